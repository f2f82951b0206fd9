package cn.pilotcity.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import cn.pilotcity.system.InvalidInputException;

/**
 * Task listener ({@code complete}): keeps who completed the task in the variable {@code decidedBy}, for the
 * service steps that change a title on that person's decision (the title's history names him).
 */
@Component("actorRecorder")
class ActorRecorder implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		task.getExecution().setVariable("decidedBy", actor(task));
	}

	static String actor(DelegateTask task) {
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
