package cn.pilotcity.strongcity;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.pilotcity.attachment.AttachmentKind;
import cn.pilotcity.attachment.Attachments;
import cn.pilotcity.identity.CurrentUser;
import cn.pilotcity.system.EngineClock;
import cn.pilotcity.system.InvalidInputException;

/**
 * R-SC-6, R-X-1: the city registers its government's issuing of the approved plan (task listener {@code complete}
 * of {@code Task_IssuePlan}): the 文号, a date between the approval and today, the issuing document uploaded.
 * Recorded with the plan in our tables, in the completion's transaction; refused in Chinese otherwise.
 */
@Component("issuingRecorder")
class IssuingRecorder implements TaskListener {

	private final StrongCityPlans plans;
	private final Attachments attachments;
	private final CurrentUser currentUser;

	IssuingRecorder(StrongCityPlans plans, Attachments attachments, CurrentUser currentUser) {
		this.plans = plans;
		this.attachments = attachments;
		this.currentUser = currentUser;
	}

	@Override
	public void notify(DelegateTask task) {
		long id = StrongCitySteps.applicationId(task.getExecution());
		Approval approval = plans.approval(id).orElseThrow(() -> new InvalidInputException("该建设方案尚未批复"));
		String issuingDoc = text(task.getVariable("issuingDocNumber"));
		LocalDate issuedOn = date(task.getVariable("issuedOn"));
		if (issuingDoc.length() < 2 || issuingDoc.length() > 100) {
			throw new InvalidInputException("请填写印发文号");
		}
		if (issuedOn == null || issuedOn.isBefore(approval.approvedOn()) || issuedOn.isAfter(EngineClock.today())) {
			throw new InvalidInputException("印发日期应在批复日期(" + approval.approvedOn() + ")之后、今天之前");
		}
		if (attachments.of(id).stream().noneMatch(a -> a.kind() == AttachmentKind.ISSUING_DOCUMENT)) {
			throw new InvalidInputException("请先上传市人民政府印发建设方案的文件(附件类别选择“印发文件”)");
		}
		plans.recordIssuing(id, issuingDoc, issuedOn, currentUser.authentication().map(a -> a.getUserId()).orElse("system"));
	}

	private static String text(Object value) {
		return value == null ? "" : value.toString().strip();
	}

	private static LocalDate date(Object value) {
		if (value instanceof java.util.Date d) {
			return d.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
		}
		String text = text(value);
		try {
			return text.isEmpty() ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new InvalidInputException("印发日期格式不正确,应为 年-月-日");
		}
	}
}
