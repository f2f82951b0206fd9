package cn.pilotcity.strongcity;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.pilotcity.application.ApplicationStates;
import cn.pilotcity.attachment.AttachmentKind;
import cn.pilotcity.attachment.Attachments;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.city.Titles;
import cn.pilotcity.identity.CurrentUser;
import cn.pilotcity.system.EngineClock;
import cn.pilotcity.system.InvalidInputException;

/**
 * R-SC-6: the city government has issued the plan. Its document number, date and the uploaded document are
 * recorded; only then is the strong-city title active, from the issuing date, and its lifecycle starts.
 */
@Component("activateStrongCityTitle")
class ActivateStrongCityTitle implements JavaDelegate {

	private final StrongCityPlans plans;
	private final ApplicationStates states;
	private final Attachments attachments;
	private final Titles titles;
	private final CurrentUser currentUser;

	ActivateStrongCityTitle(StrongCityPlans plans, ApplicationStates states, Attachments attachments, Titles titles,
			CurrentUser currentUser) {
		this.plans = plans;
		this.states = states;
		this.attachments = attachments;
		this.titles = titles;
		this.currentUser = currentUser;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long id = StrongCitySteps.applicationId(execution);
		Approval approval = plans.approval(id).orElseThrow(() -> new InvalidInputException("该建设方案尚未批复"));
		String issuingDoc = text(execution.getVariable("issuingDocNumber"));
		LocalDate issuedOn = date(execution.getVariable("issuedOn"));
		if (issuingDoc.length() < 2 || issuingDoc.length() > 100) {
			throw new InvalidInputException("请填写印发文号");
		}
		if (issuedOn == null || issuedOn.isBefore(approval.approvedOn()) || issuedOn.isAfter(EngineClock.today())) {
			throw new InvalidInputException("印发日期应在批复日期(" + approval.approvedOn() + ")之后、今天之前");
		}
		if (attachments.of(id).stream().noneMatch(a -> a.kind() == AttachmentKind.ISSUING_DOCUMENT)) {
			throw new InvalidInputException("请先上传市人民政府印发建设方案的文件(附件类别选择“印发文件”)");
		}
		String by = currentUser.authentication().map(a -> a.getUserId()).orElse("system");
		plans.recordIssuing(id, issuingDoc, issuedOn, by);
		// the title is the national office's, on its approval; the city's issuing is what makes it take effect
		titles.grant((String) execution.getVariable("cityCode"), TitleKind.STRONG_CITY, issuedOn, null,
				"国家知识产权局批复(" + approval.approvalDoc() + "),市人民政府印发实施(" + issuingDoc + ")",
				approval.approvalDoc(), approval.approvedBy());
		states.markIssued(id);
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
