package cn.pilotcity.decision;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

import cn.pilotcity.system.EngineClock;
import cn.pilotcity.system.InvalidInputException;

/** The record of decisions (R-X-1). */
@Service
public class Decisions {

	static final String DUPLICATE = "该决定已经记录,不能重复提交";

	private final DecisionMapper mapper;

	Decisions(DecisionMapper mapper) {
		this.mapper = mapper;
	}

	/**
	 * One decision per task and subject (unique key {@code uq_decision_task}): a task decided again in a later
	 * revision is a new task with its own id, a second record of the same task is refused.
	 */
	public void record(Decision decision) {
		try {
			mapper.insert(decision);
		}
		catch (DuplicateKeyException e) {
			// the same task's decision arriving twice at once (two tabs, a double click): a concurrent change, 409
			throw new OptimisticLockingException(DUPLICATE, e);
		}
	}

	/** Records a decision taken in a task: who (the signed-in user, else the assignee), when, which step. */
	public void recordIn(DelegateTask task, String subjectType, long subjectId, String cityCode, String outcome,
			String opinion, String docNumber) {
		record(new Decision(null, subjectType, subjectId, cityCode, task.getTaskDefinitionKey(), stepName(task), outcome,
				opinion, docNumber, decidedBy(task), EngineClock.now(), task.getProcessInstanceId(), task.getId()));
	}

	public List<Decision> of(String subjectType, long subjectId) {
		return mapper.findBySubject(subjectType, subjectId);
	}

	/** The latest decision taken at a step about a subject (a step taken again in a later round: its last one). */
	public Optional<Decision> latest(String subjectType, long subjectId, String step) {
		return of(subjectType, subjectId).stream().filter(d -> step.equals(d.step())).reduce((earlier, later) -> later);
	}

	public List<Decision> ofCity(String cityCode) {
		return mapper.findByCity(cityCode);
	}

	/** The step's name as the model has it (the task's own name also names the city, for the Tasklist's cards). */
	private static String stepName(DelegateTask task) {
		var element = task.getBpmnModelElementInstance();
		return element != null && element.getName() != null ? element.getName() : task.getName();
	}

	static String decidedBy(DelegateTask task) {
		Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (authentication != null && authentication.getUserId() != null) {
			return authentication.getUserId();
		}
		if (task.getAssignee() != null) {
			return task.getAssignee();
		}
		throw new InvalidInputException("无法确定办理人,请登录后办理");
	}
}
