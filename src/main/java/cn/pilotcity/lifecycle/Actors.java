package cn.pilotcity.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

import cn.pilotcity.system.InvalidInputException;

/** Who completes a task: the signed-in user, else its assignee; for the records that name him. */
final class Actors {

	private Actors() {
	}

	static String of(DelegateTask task) {
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
