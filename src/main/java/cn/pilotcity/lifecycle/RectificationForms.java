package cn.pilotcity.lifecycle;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.pilotcity.system.NotFoundException;
import cn.pilotcity.system.TaskForms;

/**
 * What the rectification's forms show, filled from {@code pc_rectification} when each task is created
 * ({@code create} listener), local to the task: the round's reasons and deadline, the city's plan and report as
 * submitted. The fields the city and the national office fill are the tasks' input parameters (in the model).
 */
@Component("rectificationForms")
class RectificationForms implements TaskListener {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final LifecycleMapper mapper;

	RectificationForms(LifecycleMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public void notify(DelegateTask task) {
		long id = RectificationSteps.rectificationId(task.getExecution());
		Rectification round = mapper.findRectification(id).orElseThrow(() -> new NotFoundException("整改 " + id + " 不存在"));
		Map<String, Object> form = new HashMap<>();
		form.put("rectificationReasons", round.reasons());
		form.put("rectificationDeadlineText", DAY.format(round.deadline()));
		if (!"Task_SubmitRectificationPlan".equals(task.getTaskDefinitionKey())) {
			form.put("rectificationPlan", round.plan());
		}
		if (!"Task_SubmitRectificationReport".equals(task.getTaskDefinitionKey())
				&& !"Task_SubmitRectificationPlan".equals(task.getTaskDefinitionKey())) {
			form.put("rectificationReport", round.report());
		}
		TaskForms.fill(task, form);
	}
}
