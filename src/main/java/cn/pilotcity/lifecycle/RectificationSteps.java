package cn.pilotcity.lifecycle;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.city.Province;
import cn.pilotcity.city.Title;
import cn.pilotcity.city.TitleStatus;
import cn.pilotcity.city.Titles;
import cn.pilotcity.deadline.Deadlines;
import cn.pilotcity.decision.Decision;
import cn.pilotcity.decision.Decisions;
import cn.pilotcity.deadline.TaskNotices;
import cn.pilotcity.identity.Roles;
import cn.pilotcity.notification.Notice;
import cn.pilotcity.notification.Notifications;
import cn.pilotcity.system.EngineClock;
import cn.pilotcity.system.NotFoundException;

/**
 * The service steps of {@code rectification.bpmn} (R-SC-8): the rectification notice with its reasons and
 * deadline (the title goes under rectification), the outcome of each round (passed, failed, deadline missed),
 * another round while rounds remain, and the withdrawal of the title. The title's status changes only
 * through {@link Titles#changeStatus}.
 */
@Component("rectificationSteps")
public class RectificationSteps {

	static final String PASSED = "PASSED";
	static final String FAILED = "FAILED";
	static final String MISSED = "MISSED";
	static final String WITHDRAWN = "WITHDRAWN";
	static final String RE_REVIEW_STEP = "Task_ReReview";
	static final String WITHDRAWAL_STEP = "Task_WithdrawalDecision";
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private final LifecycleMapper mapper;
	private final Titles titles;
	private final Deadlines deadlines;
	private final LifecycleSettings settings;
	private final Notifications notifications;
	private final CityDirectory cities;
	private final TaskNotices taskNotices;
	private final Decisions decisions;

	RectificationSteps(LifecycleMapper mapper, Titles titles, Deadlines deadlines, LifecycleSettings settings,
			Notifications notifications, CityDirectory cities, TaskNotices taskNotices, Decisions decisions) {
		this.decisions = decisions;
		this.mapper = mapper;
		this.titles = titles;
		this.deadlines = deadlines;
		this.settings = settings;
		this.notifications = notifications;
		this.cities = cities;
		this.taskNotices = taskNotices;
	}

	/** R-X-2: reminds the city of whichever rectification task is open before the deadline. */
	public void remind(DelegateExecution execution) {
		taskNotices.remind(execution, "Task_SubmitRectificationPlan");
		taskNotices.remind(execution, "Task_SubmitRectificationReport");
	}

	/** The notice of a round: reasons and deadline to the city (and its province); the title is under rectification. */
	public void issueNotice(DelegateExecution execution) {
		RectificationVariables variables = RectificationVariables.of(execution);
		LifecycleInputs lifecycle = variables.lifecycle();
		long titleId = lifecycle.titleId();
		long reviewId = variables.reviewId();
		int round = variables.round();
		String cityCode = lifecycle.cityCode();
		String cityName = lifecycle.cityName();
		Review review = mapper.findReview(reviewId).orElseThrow(() -> new NotFoundException("评估 " + reviewId + " 不存在"));
		String reasons = round == 1 ? firstReasons(review) : laterReasons(reviewId, round - 1);
		LocalDateTime now = EngineClock.now();
		LocalDateTime deadline = now.plus(deadlines.length("rectification"));
		Optional<Rectification> existing = mapper.findRectificationRound(reviewId, round);
		long id;
		if (existing.isPresent()) {
			id = existing.get().id();
		}
		else {
			LifecycleMapper.NewRow row = new LifecycleMapper.NewRow(titleId, cityCode, null, reviewId, 0, 0, round, reasons,
					now, deadline, execution.getProcessInstanceId());
			mapper.insertRectification(row);
			id = row.id;
		}
		Title title = titles.get(titleId);
		if (title.status() == TitleStatus.ACTIVE) {
			titles.changeStatus(titleId, TitleStatus.ACTIVE, TitleStatus.RECTIFICATION, now.toLocalDate(),
					"三年第三方评估结论为督促整改:" + reasons, null, LifecycleSteps.SYSTEM);
		}
		variables.opened(id, round, settings.getRectificationRounds(),
				Date.from(deadline.atZone(ZoneId.systemDefault()).toInstant()), cityName + " · 督促整改(第 " + round + " 轮)");
		notifications.toGroups(List.of(Roles.city(cityCode), Roles.provincialIpOffice(lifecycle.provinceCode())),
				new Notice("【整改通知】" + cityName + "须于" + DAY.format(deadline) + "前完成整改(第 " + round + " 轮)",
						"整改原因:" + reasons + "\n\n请在任务列表中先提交整改方案,再于期限前提交整改报告。逾期未完成视为整改不合格。",
						execution.getProcessInstanceId(), null));
	}

	/** The deadline passed before the city reported: the round has failed. */
	public void missed(DelegateExecution execution) {
		mapper.decideRectification(rectificationId(execution), MISSED, LifecycleSteps.SYSTEM, EngineClock.now(),
				"整改期限已过,城市未按期提交整改方案或整改报告,视为整改不合格");
	}

	/** The national office's re-review found the rectification insufficient. */
	public void failed(DelegateExecution execution) {
		Decision review = decision(execution, "RECTIFICATION", rectificationId(execution), RE_REVIEW_STEP);
		mapper.decideRectification(rectificationId(execution), FAILED, review.decidedBy(), EngineClock.now(), review.opinion());
	}

	/** Passed: the title is active again. */
	public void passed(DelegateExecution execution) {
		Decision review = decision(execution, "RECTIFICATION", rectificationId(execution), RE_REVIEW_STEP);
		String by = review.decidedBy();
		String opinion = review.opinion();
		mapper.decideRectification(rectificationId(execution), PASSED, by, EngineClock.now(), opinion);
		long titleId = LifecycleSteps.titleId(execution);
		if (titles.get(titleId).status() == TitleStatus.RECTIFICATION) {
			titles.changeStatus(titleId, TitleStatus.RECTIFICATION, TitleStatus.ACTIVE, EngineClock.today(),
					"整改复核通过:" + opinion, null, by);
		}
		RectificationVariables.of(execution).outcome(PASSED);
		String cityName = LifecycleInputs.of(execution).cityName();
		notifications.toGroups(regionGroups(execution), new Notice("【整改复核】" + cityName + "整改复核通过,称号恢复正常",
				"复核意见:" + opinion, execution.getProcessInstanceId(), null));
	}

	/** Another round follows; the decisions of the last one are cleared from the forms. */
	public void nextRound(DelegateExecution execution) {
		RectificationVariables.of(execution).nextRound();
	}

	/** R-SC-8: no rounds remain; the title is withdrawn by the national office's recorded decision and published. */
	public void withdraw(DelegateExecution execution) {
		long titleId = LifecycleSteps.titleId(execution);
		Decision decision = decision(execution, "TITLE", titleId, WITHDRAWAL_STEP);
		String by = decision.decidedBy();
		String opinion = decision.opinion();
		String docNumber = decision.docNumber();
		titles.changeStatus(titleId, TitleStatus.RECTIFICATION, TitleStatus.WITHDRAWN, EngineClock.today(), opinion,
				docNumber, by);
		RectificationVariables.of(execution).outcome(WITHDRAWN);
		Title title = titles.get(titleId);
		String cityName = LifecycleInputs.of(execution).cityName();
		List<String> everyone = new ArrayList<>(List.of(Roles.city(title.cityCode()), Roles.CNIPA));
		cities.provinces().stream().map(Province::code).map(Roles::provincialIpOffice).forEach(everyone::add);
		String text = "经督促整改仍不合格,国家知识产权局决定取消" + cityName + "“" + title.kind().label() + "”资格(" + docNumber
				+ ")。\n\n决定意见:" + opinion;
		notifications.toGroups(everyone, new Notice("【公告】取消" + cityName + title.kind().label() + "资格", text,
				execution.getProcessInstanceId(), null));
	}

	/** The national office's decision at a step, as the record of decisions keeps it (checked on the task's completion). */
	private Decision decision(DelegateExecution execution, String subjectType, long subjectId, String step) {
		return decisions.of(subjectType, subjectId).stream()
				.filter(d -> step.equals(d.step()) && execution.getProcessInstanceId().equals(d.processInstanceId()))
				.reduce((earlier, later) -> later)
				.orElseThrow(() -> new IllegalStateException("No decision at " + step + " for " + subjectType + " " + subjectId));
	}

	public List<Withdrawal> withdrawals() {
		return mapper.findWithdrawals();
	}

	private String firstReasons(Review review) {
		return review.outcomeReason() + (review.report() == null ? "" : "。评估报告要点:" + abbreviate(review.report(), 500));
	}

	private String laterReasons(long reviewId, int previousRound) {
		Rectification previous = mapper.findRectificationRound(reviewId, previousRound).orElseThrow();
		String how = MISSED.equals(previous.outcome()) ? "逾期未完成整改" : "整改复核未通过";
		String opinion = previous.opinion() == null ? "" : ":" + abbreviate(previous.opinion(), 500).replaceAll("[。.\\s]+$", "");
		return "第 " + previousRound + " 轮" + how + opinion + "。请继续整改(第 " + (previousRound + 1) + " 轮)";
	}

	private List<String> regionGroups(DelegateExecution execution) {
		LifecycleInputs lifecycle = LifecycleInputs.of(execution);
		return List.of(Roles.city(lifecycle.cityCode()), Roles.provincialIpOffice(lifecycle.provinceCode()));
	}

	static long rectificationId(DelegateExecution execution) {
		return RectificationVariables.of(execution).rectificationId();
	}

	private static String abbreviate(String text, int max) {
		return text.length() > max ? text.substring(0, max) + "…" : text;
	}
}
