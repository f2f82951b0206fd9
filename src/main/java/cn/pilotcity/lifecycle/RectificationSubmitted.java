package cn.pilotcity.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.pilotcity.system.EngineClock;
import cn.pilotcity.system.InvalidInputException;

/**
 * Task listener ({@code complete}) of the city's rectification tasks: keeps the plan
 * ({@code Task_SubmitRectificationPlan}) or the report ({@code Task_SubmitRectificationReport}) with who and when.
 */
@Component("rectificationSubmitted")
class RectificationSubmitted implements TaskListener {

	static final int MIN_LENGTH = 20;
	static final int MAX_LENGTH = 3000;

	private final LifecycleMapper mapper;

	RectificationSubmitted(LifecycleMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public void notify(DelegateTask task) {
		boolean plan = task.getTaskDefinitionKey().equals("Task_SubmitRectificationPlan");
		String label = plan ? "整改方案" : "整改报告";
		Object value = task.getVariable(plan ? "rectificationPlan" : "rectificationReport");
		String text = value == null ? "" : value.toString().strip();
		if (text.length() < MIN_LENGTH) {
			throw new InvalidInputException(label + "不少于 " + MIN_LENGTH + " 字");
		}
		if (text.length() > MAX_LENGTH) {
			throw new InvalidInputException(label + "不能超过 " + MAX_LENGTH + " 字");
		}
		long id = ((Number) task.getVariable("rectificationId")).longValue();
		String by = Actors.of(task);
		if (plan) {
			mapper.submitPlan(id, text, by, EngineClock.now());
		}
		else {
			mapper.submitReport(id, text, by, EngineClock.now());
		}
	}
}
