package cn.pilotcity.lifecycle;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.pilotcity.city.City;
import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.city.Title;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.city.Titles;
import cn.pilotcity.decision.Decision;
import cn.pilotcity.decision.Decisions;
import cn.pilotcity.decision.DocNumbers;
import cn.pilotcity.system.EngineClock;
import cn.pilotcity.system.InvalidInputException;
import cn.pilotcity.system.NotFoundException;
import cn.pilotcity.system.ValidationFailedException;

/**
 * The national office's start form "授予称号/启动考核周期" ({@code title-grant}): grants a title directly (until
 * the programmes grant their own) and so starts its lifecycle; or, for a title the city already holds
 * (the demonstration cities of the reference data), starts the lifecycle of that title. Either way the
 * decision is recorded with who, when, why and the document number (R-X-1).
 */
@Component("grantTitle")
class GrantTitle implements JavaDelegate {

	private final Titles titles;
	private final CityDirectory cities;
	private final Lifecycles lifecycles;
	private final Decisions decisions;

	/** No title of the programmes here is older (the demonstration cities of the reference data start in 2012). */
	static final LocalDate EARLIEST_GRANT = LocalDate.of(2000, 1, 1);
	static final int MAX_TERM_YEARS = 10;

	GrantTitle(Titles titles, CityDirectory cities, Lifecycles lifecycles, Decisions decisions) {
		this.titles = titles;
		this.cities = cities;
		this.lifecycles = lifecycles;
		this.decisions = decisions;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String initiator = (String) execution.getVariable("initiator");
		if (initiator == null) {
			throw new InvalidInputException("无法确定办理人,请登录后办理");
		}
		List<String> problems = new ArrayList<>();
		String cityCode = text(execution, "cityCode");
		City city = null;
		if (cityCode == null || !cityCode.matches("\\d{6}")) {
			problems.add("请选择城市");
		}
		else {
			try {
				city = cities.city(cityCode);
			}
			catch (NotFoundException e) {
				problems.add("城市代码 " + cityCode + " 不存在");
			}
		}
		TitleKind kind = null;
		try {
			kind = TitleKind.valueOf(String.valueOf(execution.getVariable("titleKind")));
		}
		catch (IllegalArgumentException e) {
			problems.add("请选择称号");
		}
		String reason = text(execution, "grantReason");
		if (reason == null || reason.length() < 2) {
			problems.add("请填写授予或启动的依据");
		}
		else if (reason.length() > 2000) {
			problems.add("依据不能超过 2000 字");
		}
		String docNumber = text(execution, "grantDocNumber");
		if (docNumber != null && docNumber.length() > 100) {
			problems.add("文号不能超过 100 字");
		}
		else if (docNumber != null && !docNumber.isBlank() && !docNumber.strip().matches(DocNumbers.PATTERN)) {
			problems.add(DocNumbers.WRONG);
		}
		if (!problems.isEmpty()) {
			throw new ValidationFailedException("无法办理", problems);
		}
		Optional<Title> held = titles.find(cityCode, kind).filter(Title::isActive);
		Title title;
		String outcome;
		if (held.isPresent()) {
			title = held.get();
			lifecycles.start(title.id());
			outcome = "START_CYCLE";
		}
		else {
			LocalDate grantedOn = day(execution.getVariable("grantedOn"), "授予日期");
			if (grantedOn == null) {
				grantedOn = EngineClock.today();
			}
			LocalDate endsOn = day(execution.getVariable("endsOn"), "期满日期");
			if (endsOn == null && kind == TitleKind.SME_PILOT) {
				endsOn = grantedOn.plusYears(3); // R-SME-7: three years from admission
			}
			if (endsOn != null && !endsOn.isAfter(grantedOn)) {
				throw new InvalidInputException("期满日期应晚于授予日期");
			}
			List<String> absurd = new ArrayList<>();
			if (grantedOn.isBefore(EARLIEST_GRANT)) {
				absurd.add("授予日期不能早于 " + EARLIEST_GRANT.getYear() + " 年");
			}
			if (grantedOn.isAfter(EngineClock.today().plusYears(1))) {
				absurd.add("授予日期不能晚于一年以后");
			}
			if (endsOn != null && endsOn.isAfter(grantedOn.plusYears(MAX_TERM_YEARS))) {
				absurd.add("期满日期不能晚于授予日期后 " + MAX_TERM_YEARS + " 年");
			}
			// R-SC-1 on this route too: only a national IP demonstration city becomes a strong city
			if (kind == TitleKind.STRONG_CITY && titles.find(cityCode, TitleKind.DEMONSTRATION).filter(Title::isActive).isEmpty()) {
				absurd.add(city.name() + "不是国家知识产权示范城市,不能授予知识产权强市称号");
			}
			if (!absurd.isEmpty()) {
				throw new ValidationFailedException("无法办理", absurd);
			}
			title = titles.grant(cityCode, kind, grantedOn, endsOn, reason, docNumber, initiator);
			outcome = "GRANT";
		}
		execution.setProcessBusinessKey(Lifecycles.businessKey(title.id()));
		execution.setVariable("titleId", title.id());
		execution.setVariable("cityName", city.name());
		execution.setVariable("subject", city.name() + " · " + kind.label() + ("GRANT".equals(outcome) ? "(授予)" : "(启动考核周期)"));
		decisions.record(new Decision(null, "TITLE", title.id(), cityCode, "StartEvent_GrantTitle",
				"GRANT".equals(outcome) ? "授予称号" : "启动考核周期", outcome, reason, docNumber, initiator, EngineClock.now(),
				execution.getProcessInstanceId(), "start:" + execution.getProcessInstanceId()));
		// the grant and its basis are in pc_title and the record of decisions; the start form's copies go
		execution.removeVariables(START_FORM_RECORDED);
	}

	/** The start form's fields that are recorded (title, decision), not kept in the process. */
	static final List<String> START_FORM_RECORDED = List.of("grantReason", "grantDocNumber", "grantedOn", "endsOn");

	private static LocalDate day(Object value, String label) {
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		if (value instanceof Date date) {
			return LocalDate.ofInstant(date.toInstant(), ZoneId.systemDefault());
		}
		try {
			String text = value.toString().strip();
			return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(label + "格式不正确");
		}
	}

	private static String text(DelegateExecution execution, String name) {
		Object value = execution.getVariable(name);
		return value == null || value.toString().isBlank() ? null : value.toString().strip();
	}
}
