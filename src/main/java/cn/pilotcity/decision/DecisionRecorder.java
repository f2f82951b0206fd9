package cn.pilotcity.decision;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

import cn.pilotcity.system.InvalidInputException;
import cn.pilotcity.system.EngineLimits;

/**
 * Task listener ({@code complete}) for decision tasks. The user task says in its extension properties
 * which form variables hold the decision:
 * <ul>
 * <li>{@code decision.outcome}: the variable with the outcome, e.g. {@code provIpDecision}</li>
 * <li>{@code decision.outcomes}: the allowed outcomes, comma-separated, e.g. {@code AGREE,RETURN}</li>
 * <li>{@code decision.opinion}: the variable with the written opinion (always required)</li>
 * <li>{@code decision.docNumber} (optional): the variable with a document number (文号), required for the
 * outcomes listed in {@code decision.docNumberRequiredFor}</li>
 * <li>{@code decision.subject} (optional, default {@code APPLICATION}) and {@code decision.subjectId}
 * (optional, default {@code applicationId}): what the decision is about</li>
 * </ul>
 * Form validation in the browser can be bypassed, so the rules are checked here again; a refused
 * completion leaves the task open and shows the message to the user.
 */
@Component("decisionRecorder")
class DecisionRecorder implements TaskListener {

	static final int MAX_OPINION_LENGTH = EngineLimits.MAX_TEXT;
	static final int MAX_DOC_NUMBER_LENGTH = 100;

	private final Decisions decisions;

	DecisionRecorder(Decisions decisions) {
		this.decisions = decisions;
	}

	@Override
	public void notify(DelegateTask task) {
		Map<String, String> config = properties(task);
		String outcome = text(task, required(config, "decision.outcome", task));
		List<String> allowed = Arrays.asList(required(config, "decision.outcomes", task).split(","));
		if (outcome == null || !allowed.contains(outcome)) {
			throw new InvalidInputException("请选择办理结果");
		}
		String opinion = text(task, required(config, "decision.opinion", task));
		if (opinion == null || opinion.isBlank()) {
			throw new InvalidInputException("请填写办理意见");
		}
		if (opinion.length() > MAX_OPINION_LENGTH) {
			throw new InvalidInputException("办理意见不能超过 " + MAX_OPINION_LENGTH + " 字");
		}
		String docNumber = config.containsKey("decision.docNumber") ? text(task, config.get("decision.docNumber")) : null;
		List<String> docNumberRequiredFor = Arrays.asList(config.getOrDefault("decision.docNumberRequiredFor", "").split(","));
		if (docNumberRequiredFor.contains(outcome) && (docNumber == null || docNumber.isBlank())) {
			throw new InvalidInputException("请填写文号");
		}
		if (docNumber != null && docNumber.length() > MAX_DOC_NUMBER_LENGTH) {
			throw new InvalidInputException("文号不能超过 " + MAX_DOC_NUMBER_LENGTH + " 字");
		}
		if (docNumber != null && !docNumber.isBlank()) {
			docNumber = DocNumbers.check(docNumber);
		}
		String subjectIdVariable = config.getOrDefault("decision.subjectId", "applicationId");
		Object subjectId = task.getVariable(subjectIdVariable);
		if (!(subjectId instanceof Number number)) {
			throw new IllegalStateException("Task " + task.getTaskDefinitionKey() + " has no " + subjectIdVariable);
		}
		decisions.recordIn(task, config.getOrDefault("decision.subject", "APPLICATION"), number.longValue(),
				(String) task.getVariable("cityCode"), outcome, opinion.strip(), docNumber == null ? null : docNumber.strip());
		routeBy(task, config.get("decision.outcome"), outcome);
	}

	/**
	 * Where the task's form is its own (the outcome field is local to the task's scope), the checked outcome is
	 * what the gateway after the task reads, at process scope; the opinion stays in the record of decisions.
	 */
	private static void routeBy(DelegateTask task, String outcomeVariable, String outcome) {
		DelegateExecution execution = task.getExecution();
		if (!execution.getId().equals(execution.getProcessInstanceId()) && execution.hasVariableLocal(outcomeVariable)) {
			execution.getProcessInstance().setVariable(outcomeVariable, outcome);
		}
	}

	private static String text(DelegateTask task, String variable) {
		Object value = task.getVariable(variable);
		return value == null ? null : value.toString();
	}

	private static String required(Map<String, String> config, String key, DelegateTask task) {
		String value = config.get(key);
		if (value == null) {
			throw new IllegalStateException("User task " + task.getTaskDefinitionKey() + " lacks property " + key);
		}
		return value;
	}

	private static Map<String, String> properties(DelegateTask task) {
		UserTask element = task.getBpmnModelElementInstance();
		if (element.getExtensionElements() == null) {
			return Map.of();
		}
		return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
				.flatMap(p -> p.getCamundaProperties().stream())
				.collect(Collectors.toMap(CamundaProperty::getCamundaName, CamundaProperty::getCamundaValue, (a, b) -> b));
	}
}
