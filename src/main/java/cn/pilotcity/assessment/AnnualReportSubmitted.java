package cn.pilotcity.assessment;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import cn.pilotcity.system.InvalidInputException;

/**
 * Task listener ({@code complete}) of the city's annual-report task: R-AA-2 the five parts, R-AA-4 the
 * report on each work-plan task ({@code task<n>Status} DONE/NOT_DONE and {@code task<n>Note}, in the plan's
 * order), and the indicator data already imported. A report submitted after the
 * task's due date is recorded as late (R-X-2). Anything missing refuses the completion; the task stays open.
 */
@Component("annualReportSubmitted")
class AnnualReportSubmitted implements TaskListener {

	private final Assessments assessments;

	AnnualReportSubmitted(Assessments assessments) {
		this.assessments = assessments;
	}

	@Override
	public void notify(DelegateTask task) {
		long id = AnnualAssessmentVariables.of(task).assessmentId();
		AnnualReport report = new AnnualReport(text(task, "measures"), text(task, "results"), text(task, "problems"),
				text(task, "nextPlan"), text(task, "suggestions"));
		// the form has a status and a note per task of the work plan: task1Status, task1Note, task2Status, ...
		List<Assessments.TaskReport> reports = new ArrayList<>();
		for (int n = 1; n <= assessments.tasks(id).size(); n++) {
			String status = text(task, "task" + n + "Status");
			Boolean completed = "DONE".equals(status) ? Boolean.TRUE : "NOT_DONE".equals(status) ? Boolean.FALSE : null;
			reports.add(new Assessments.TaskReport(completed, text(task, "task" + n + "Note")));
		}
		boolean late = task.getDueDate() != null && ClockUtil.getCurrentTime().after(task.getDueDate());
		assessments.submitReport(id, report, reports, submittedBy(task), late);
	}

	private static String submittedBy(DelegateTask task) {
		Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		if (authentication != null && authentication.getUserId() != null) {
			return authentication.getUserId();
		}
		if (task.getAssignee() != null) {
			return task.getAssignee();
		}
		throw new InvalidInputException("无法确定提交人,请登录后办理");
	}

	private static String text(DelegateTask task, String name) {
		Object value = task.getVariable(name);
		return value == null ? null : value.toString();
	}
}
