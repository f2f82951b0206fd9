package cn.pilotcity.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.pilotcity.application.Application;
import cn.pilotcity.application.Applications;
import cn.pilotcity.application.Programme;
import cn.pilotcity.city.City;
import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.identity.CurrentUser;
import cn.pilotcity.identity.Roles;
import cn.pilotcity.notification.Notice;
import cn.pilotcity.notification.Notifications;
import cn.pilotcity.system.EngineClock;
import cn.pilotcity.system.InvalidInputException;

/**
 * The service steps and task listeners of {@code expert-review.bpmn}, called by expression
 * ({@code ${reviewSteps.drawPanel(execution)}}). Process variables carry the review's id, the seat of each
 * panel instance and the inputs of gateways and of the DMN table; everything else is in our tables.
 */
@Component("reviewSteps")
public class ReviewSteps {

	static final String SYSTEM = "system";

	private final Reviews reviews;
	private final Panels panels;
	private final Scoring scoring;
	private final ReviewMapper mapper;
	private final ExpertRegistry registry;
	private final Applications applications;
	private final CityDirectory cities;
	private final ReviewSettings settings;
	private final CurrentUser currentUser;
	private final Notifications notifications;
	private final String baseUrl;

	ReviewSteps(Reviews reviews, Panels panels, Scoring scoring, ReviewMapper mapper, ExpertRegistry registry,
			Applications applications, CityDirectory cities, ReviewSettings settings, CurrentUser currentUser,
			Notifications notifications, @Value("${pilotcity.base-url:http://localhost:8080}") String baseUrl) {
		this.reviews = reviews;
		this.panels = panels;
		this.scoring = scoring;
		this.mapper = mapper;
		this.registry = registry;
		this.applications = applications;
		this.cities = cities;
		this.settings = settings;
		this.currentUser = currentUser;
		this.notifications = notifications;
		this.baseUrl = baseUrl;
	}

	// forming the panel

	/** Opens the review (first time) and draws a proposed panel; again with a new size after a REDRAW. */
	public void drawPanel(DelegateExecution execution) {
		Object existing = execution.getVariable("reviewId");
		Review review;
		String kind;
		if (existing == null) {
			review = reviews.get(open(execution));
			execution.setVariable("reviewId", review.id());
			kind = DrawRecord.INITIAL;
		}
		else {
			review = reviews.get(((Number) existing).longValue());
			kind = DrawRecord.REDRAW;
		}
		Integer size = TaskValues.integer(execution, "requestedPanelSize");
		Integer reserves = TaskValues.integer(execution, "requestedReserveCount");
		panels.propose(review, kind, size == null ? settings.getPanelSize() : size,
				reserves == null ? settings.getReserves() : reserves, actor());
	}

	private long open(DelegateExecution execution) {
		Object applicationId = execution.getVariable("applicationId");
		if (!(applicationId instanceof Number)) {
			throw new IllegalArgumentException("expert-review needs the input applicationId (Long)");
		}
		Programme programme = Programme.valueOf(Objects.requireNonNull(TaskValues.text(execution, "programme"),
				"expert-review needs the input programme (SME_PILOT or STRONG_CITY)"));
		Integer round = TaskValues.integer(execution, "round");
		if (round != null && round < 1) {
			throw new IllegalArgumentException("expert-review: round must be at least 1, was " + round);
		}
		Application application = applications.get(((Number) applicationId).longValue());
		if (application.programme() != programme) {
			throw new IllegalArgumentException("Application " + application.id() + " belongs to " + application.programme()
					+ ", not " + programme);
		}
		String cityCode = TaskValues.text(execution, "cityCode");
		if (cityCode != null && !cityCode.equals(application.cityCode())) {
			throw new IllegalArgumentException("Application " + application.id() + " is of city " + application.cityCode()
					+ ", not " + cityCode);
		}
		City city = cities.city(application.cityCode());
		// the decisions, forms and Tasklist list read these; a caller that left them out gets them from the application
		setIfMissing(execution, "cityCode", city.code());
		setIfMissing(execution, "provinceCode", city.provinceCode());
		setIfMissing(execution, "cityName", city.name());
		int reviewRound = round == null ? 1 : round;
		String subject = TaskValues.text(execution, "subject");
		if (subject == null || subject.isBlank()) {
			subject = city.name() + " · " + programme.label() + " · 第 " + reviewRound + " 轮专家评审";
			execution.setVariable("subject", subject);
		}
		return reviews.open(new Reviews.Request(application.id(), programme, reviewRound, city.code(), city.provinceCode(),
				subject, execution.getProcessBusinessKey(), execution.getProcessInstanceId()), settings.getPanelSize(),
				settings.getReserves());
	}

	/** Task listener (complete) of the national office's confirmation: confirm or edit (REDRAW loops back). */
	public void panelDecided(DelegateTask task) {
		String action = TaskValues.text(task, "panelAction");
		if (Panels.PanelDecision.REDRAW.equals(action)) {
			return;
		}
		Review review = review(task);
		if (review.status() != ReviewStatus.FORMING) {
			throw new InvalidInputException("专家组已确定");
		}
		panels.decide(review, new Panels.PanelDecision(action, TaskValues.ids(task, "removeExperts"),
				TaskValues.ids(task, "addExperts"), TaskValues.id(task, "chairExpert"),
				TaskValues.flag(task, "fieldVisitPlanned"), TaskValues.text(task, "panelOpinion").strip()), actor(), task.getId());
	}

	// reviewing, one instance per seat

	/** The seats of the panel, one review task each (multi-instance collection). */
	public List<Integer> seats(DelegateExecution execution) {
		return mapper.findMembers(reviewId(execution)).stream().filter(Member::isSeated).map(Member::seat).sorted().toList();
	}

	/** The Tasklist account of the expert now in this seat. */
	public String assignee(DelegateExecution execution) {
		Member member = panels.seated(reviewId(execution), seat(execution))
				.orElseThrow(() -> new IllegalStateException("Seat " + seat(execution) + " is vacant"));
		return registry.find(member.expertId()).map(Expert::userId).orElseThrow();
	}

	public boolean seatVacant(DelegateExecution execution) {
		return panels.seated(reviewId(execution), seat(execution)).isEmpty();
	}

	/** Task listener (complete) of an expert's review: a declared conflict, or his assessment. */
	public void assessmentSubmitted(DelegateTask task) {
		Review review = review(task);
		Member member = panels.seated(review.id(), seat(task))
				.orElseThrow(() -> new InvalidInputException("您已不在该评审的专家组中"));
		Expert expert = registry.find(member.expertId()).orElseThrow();
		String actor = actor();
		if (!SYSTEM.equals(actor) && !actor.equals(expert.userId())) {
			throw new InvalidInputException("评审意见只能由受邀专家本人提交");
		}
		String conflict = TaskValues.text(task, "conflict");
		if ("DECLARED".equals(conflict)) {
			String reason = TaskValues.text(task, "conflictReason");
			if (reason == null || reason.strip().length() < 2) {
				throw new InvalidInputException("请说明利益冲突的情况");
			}
			panels.recuse(review, member, reason.strip(), actor, task.getId());
			return;
		}
		if (!"NONE".equals(conflict)) {
			throw new InvalidInputException("请先声明与该申报有无利益冲突");
		}
		scoring.submit(review, member, new Scoring.AssessmentForm(TaskValues.scores(task, scoring.rubric(review.programme())),
				TaskValues.text(task, "recommendation"), TaskValues.text(task, "opinion"), TaskValues.text(task, "guidance"),
				TaskValues.flag(task, "fieldVisit"), TaskValues.text(task, "fieldVisitReason")), actor, task.getId());
	}

	/** Task listener (complete) of the national office's decision on an overdue review. */
	public void overdueDecided(DelegateTask task) {
		if (!"HAND_OVER".equals(TaskValues.text(task, "overdueAction"))) {
			return;
		}
		Review review = review(task);
		Member member = panels.seated(review.id(), seat(task))
				.orElseThrow(() -> new InvalidInputException("该席位已无评审专家"));
		panels.handOver(review, member, TaskValues.text(task, "overdueOpinion").strip(), actor(), task.getId());
	}

	/** After a recusal or a hand-over: the next reserve (or a supplementary draw) takes the seat. */
	public void fillSeat(DelegateExecution execution) {
		panels.fillSeat(review(execution), seat(execution), actor());
	}

	// the result

	/** Aggregates the scores; sets the inputs of the dispersion gateway and of the DMN table. */
	public void aggregate(DelegateExecution execution) {
		Review review = review(execution);
		Scoring.Result result = scoring.aggregate(review);
		double spread = result.total().spread().doubleValue();
		boolean reconcile = spread > settings.getDispersionThreshold();
		execution.setVariable("panelScore", result.total().trimmedMean().doubleValue());
		execution.setVariable("scoreSpread", spread);
		execution.setVariable("needsReconciliation", reconcile);
		execution.setVariable("approveShare", result.approveShare());
		execution.setVariable("rejectShare", result.rejectShare());
		execution.setVariable("fieldVisitRequested", result.fieldVisitRequested() || review.fieldVisitPlanned());
		if (execution.getVariable("fieldVisitDone") == null) {
			execution.setVariable("fieldVisitDone", false);
		}
		if (reconcile) {
			mapper.updateStatus(review.id(), ReviewStatus.RECONCILING);
		}
	}

	/** The Tasklist account of the panel's chair (the member in the chair's seat). */
	public String chair(DelegateExecution execution) {
		Review review = review(execution);
		List<Member> seated = mapper.findMembers(review.id()).stream().filter(Member::isSeated).toList();
		Member chair = seated.stream().filter(m -> Objects.equals(m.seat(), review.chairSeat())).findFirst()
				.or(() -> seated.stream().min(java.util.Comparator.comparing(Member::seat)))
				.orElseThrow(() -> new IllegalStateException("Review " + review.id() + " has no panel member"));
		return registry.find(chair.expertId()).map(Expert::userId).orElseThrow();
	}

	/** Task listener (complete) of the chair's reconciliation: RESCORE opens a new scoring pass. */
	public void reconciled(DelegateTask task) {
		Review review = review(task);
		if ("RESCORE".equals(TaskValues.text(task, "reconcileAction"))) {
			mapper.updateScoringPass(review.id(), review.scoringPass() + 1);
			mapper.updateStatus(review.id(), ReviewStatus.REVIEWING);
		}
	}

	/** Execution listener (start) of the field visit: records who asked for it. */
	public void fieldVisitRequested(DelegateExecution execution) {
		Review review = review(execution);
		if (mapper.findFieldVisit(review.id()).isPresent()) {
			return;
		}
		List<String> askedBy = new ArrayList<>();
		if (review.fieldVisitPlanned()) {
			askedBy.add("国家知识产权局");
		}
		scoring.assessments(review.id()).stream().filter(a -> a.scoringPass() == review.scoringPass())
				.filter(Assessment::fieldVisitRequested)
				.forEach(a -> registry.find(a.expertId()).ifPresent(e -> askedBy.add("专家" + e.name())));
		mapper.insertFieldVisit(new GeneratedKey(), review.id(), String.join("、", askedBy));
		mapper.updateStatus(review.id(), ReviewStatus.FIELD_VISIT);
	}

	/** A field visit belongs to the review it checks: it is held within a season, not in years. */
	static final int MAX_DAYS_TO_VISIT = 180;

	/** Task listener (complete) of the field visit's scheduling: date, team from the panel, plan. */
	public void fieldVisitScheduled(DelegateTask task) {
		Review review = review(task);
		FieldVisit visit = mapper.findFieldVisit(review.id()).orElseThrow();
		LocalDate date = date(TaskValues.text(task, "visitDate"));
		if (date.isBefore(EngineClock.today())) {
			throw new InvalidInputException("调研日期不能早于今天");
		}
		if (date.isAfter(EngineClock.today().plusDays(MAX_DAYS_TO_VISIT))) {
			throw new InvalidInputException("调研日期应在今天起 " + MAX_DAYS_TO_VISIT + " 天之内");
		}
		List<Long> team = TaskValues.ids(task, "visitTeam");
		List<Long> seated = mapper.findMembers(review.id()).stream().filter(Member::isSeated).map(Member::expertId).toList();
		if (team.isEmpty()) {
			throw new InvalidInputException("请从专家组中选择参加实地调研的专家");
		}
		if (!seated.containsAll(team)) {
			throw new InvalidInputException("调研专家须为本专家组成员");
		}
		String plan = TaskValues.text(task, "visitPlan");
		if (plan == null || plan.isBlank() || plan.length() > Scoring.MAX_TEXT) {
			throw new InvalidInputException("请填写调研安排(不超过 " + Scoring.MAX_TEXT + " 字)");
		}
		mapper.updateFieldVisitSchedule(visit.id(), date, plan.strip(), actor(), EngineClock.now());
		mapper.insertFieldVisitTeam(visit.id(), team.stream().distinct().toList());
		List<String> users = team.stream().map(id -> registry.find(id).map(Expert::userId).orElse(null))
				.filter(Objects::nonNull).toList();
		notifications.toUsers(users, Notice.of("【实地调研】" + review.subject() + " · " + date,
				"您被安排参加实地调研。\n\n调研日期:" + date + "\n调研安排:" + plan.strip()));
	}

	/** Task listener (complete) of the findings: a checklist, the text, confirm or adjust the result. */
	public void findingsRecorded(DelegateTask task) {
		Review review = review(task);
		FieldVisit visit = mapper.findFieldVisit(review.id()).orElseThrow();
		String outcome = TaskValues.text(task, "findingsOutcome");
		String adjusted = TaskValues.text(task, "adjustedRecommendation");
		String findings = TaskValues.text(task, "findings");
		if (findings == null || findings.isBlank()) {
			throw new InvalidInputException("请填写实地调研情况");
		}
		if ("ADJUST".equals(outcome)) {
			if (adjusted == null || !List.of(Assessment.APPROVE, Assessment.REVISE, Assessment.REJECT).contains(adjusted)) {
				throw new InvalidInputException("调整评审结论时,请选择调整后的结论");
			}
		}
		else {
			adjusted = null;
		}
		mapper.updateFieldVisitFindings(visit.id(), String.join(",", TaskValues.strings(task, "findingsChecklist")),
				findings.strip(), outcome, adjusted, actor(), EngineClock.now());
		task.getExecution().setVariable("fieldVisitDone", true);
	}

	/** The panel's recommendation: the DMN's, or the one the field visit adjusted it to. */
	public void recordRecommendation(DelegateExecution execution) {
		Review review = review(execution);
		String adjusted = TaskValues.text(execution, "adjustedRecommendation");
		String recommendation = adjusted != null ? adjusted : TaskValues.text(execution, "dmnRecommendation");
		if (!List.of(Assessment.APPROVE, Assessment.REVISE, Assessment.REJECT).contains(recommendation)) {
			throw new IllegalStateException("Review " + review.id() + " has no final recommendation: " + recommendation);
		}
		Statistic total = mapper.findStatistics(review.id()).stream()
				.filter(s -> s.scoringPass() == review.scoringPass() && Statistic.TOTAL.equals(s.criterionCode()))
				.findFirst().orElseThrow();
		String basis = RecommendationBasis.describe(execution, total.trimmedMean());
		if (adjusted != null) {
			basis = "实地调研后调整为“" + Assessment.label(adjusted) + "”(调整前:" + basis + ")";
		}
		mapper.updateRecommendation(review.id(), recommendation, total.trimmedMean(), basis);
		mapper.updateStatus(review.id(), ReviewStatus.CONCLUDING);
		execution.setVariable("panelRecommendation", recommendation);
		execution.setVariable("panelScore", total.trimmedMean().doubleValue());
	}

	/** Task listener (complete) of the chair's written guidance for the applicant. */
	public void guidanceWritten(DelegateTask task) {
		String guidance = TaskValues.text(task, "panelGuidance");
		if (guidance == null || guidance.strip().length() < 2) {
			throw new InvalidInputException("请填写专家组意见和对申报城市的指导意见");
		}
		if (guidance.length() > Scoring.MAX_TEXT) {
			throw new InvalidInputException("专家组意见不能超过 " + Scoring.MAX_TEXT + " 字");
		}
		mapper.updateGuidance(reviewId(task), guidance.strip(), actor(), EngineClock.now());
	}

	/** The review is decided; its outputs are set for the calling process. */
	public void close(DelegateExecution execution) {
		Review review = review(execution);
		mapper.updateClosed(review.id(), ReviewStatus.DECIDED, EngineClock.now());
		notifications.toGroups(List.of(Roles.CNIPA), new Notice("【评审完成】" + review.subject(),
				"专家组结论:" + Assessment.label(review.recommendation()) + "(专家组评分 "
						+ review.panelScore().stripTrailingZeros().toPlainString() + " 分)\n\n专家组意见:" + review.guidance()
						+ "\n\n专家评分表:" + baseUrl + "/api/reviews/" + review.id() + "/score-sheet.xlsx",
				execution.getProcessInstanceId(), null));
		// the caller's gateway reads the recommendation; score and guidance are the review's, in pc_review
		execution.setVariable("panelRecommendation", review.recommendation());
	}

	/** Execution listener (end) of the process: a review that ends undecided (deleted, cancelled) is cancelled. */
	public void cancelIfOpen(DelegateExecution execution) {
		Object id = execution.getVariable("reviewId");
		if (id instanceof Number number) {
			reviews.find(number.longValue()).filter(r -> r.status().isOpen())
					.ifPresent(r -> mapper.updateClosed(r.id(), ReviewStatus.CANCELLED, EngineClock.now()));
		}
	}

	// helpers

	private static void setIfMissing(DelegateExecution execution, String name, String value) {
		if (execution.getVariable(name) == null) {
			execution.setVariable(name, value);
		}
	}

	private Review review(VariableScope scope) {
		return reviews.get(reviewId(scope));
	}

	static long reviewId(VariableScope scope) {
		return ((Number) scope.getVariable("reviewId")).longValue();
	}

	static int seat(VariableScope scope) {
		return ((Number) scope.getVariable("seat")).intValue();
	}

	private String actor() {
		return currentUser.authentication().map(Authentication::getUserId).orElse(SYSTEM);
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("请选择调研日期");
		}
		try {
			return LocalDate.parse(text.strip().length() > 10 ? text.strip().substring(0, 10) : text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("调研日期格式不正确");
		}
	}
}
