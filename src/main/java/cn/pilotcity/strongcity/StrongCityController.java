package cn.pilotcity.strongcity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.pilotcity.application.Application;
import cn.pilotcity.application.ApplicationAccess;
import cn.pilotcity.application.ApplicationStatus;
import cn.pilotcity.application.Programme;
import cn.pilotcity.city.City;
import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.decision.Decision;
import cn.pilotcity.decision.Decisions;
import cn.pilotcity.document.Downloads;
import cn.pilotcity.document.WordTemplate;
import cn.pilotcity.identity.CurrentUser;
import cn.pilotcity.system.Unrestricted;
import cn.pilotcity.system.EngineClock;
import cn.pilotcity.system.ForbiddenException;
import cn.pilotcity.system.InvalidInputException;
import cn.pilotcity.system.NotFoundException;

/** A strong-city application's plan, rounds and approval letter; the city's withdrawal. */
@RestController
class StrongCityController {

	static final String WITHDRAW_MESSAGE = "StrongCityWithdrawn";
	static final int MAX_DRAFT = 500_000;
	private static final WordTemplate LETTER = new WordTemplate("documents/strong-city-approval.docx");

	record Withdrawal(String reason) {
	}

	record PlanView(ConstructionPlan plan, List<Round> rounds, Approval approval) {
	}

	record PlanDraftView(long applicationId, String cityName, String status, boolean editable, JsonNode draft,
			List<Map<String, String>> majorProjects) {
	}

	private final ApplicationAccess access;
	private final StrongCityPlans plans;
	private final CityDirectory cities;
	private final RuntimeService runtimeService;
	private final Decisions decisions;
	private final CurrentUser currentUser;
	private final Unrestricted unrestricted;
	private final StrongCityProgramme programme;

	StrongCityController(ApplicationAccess access, StrongCityPlans plans, CityDirectory cities,
			RuntimeService runtimeService, Decisions decisions, CurrentUser currentUser, Unrestricted unrestricted,
			StrongCityProgramme programme) {
		this.unrestricted = unrestricted;
		this.programme = programme;
		this.access = access;
		this.plans = plans;
		this.cities = cities;
		this.runtimeService = runtimeService;
		this.decisions = decisions;
		this.currentUser = currentUser;
	}

	/** R-SC-9: the target of about 20 strong cities against the cities holding the title. */
	@GetMapping("/api/strong-city/programme")
	StrongCityProgramme.Progress programme() {
		return programme.progress();
	}

	/** R-SC-3, R-SC-5: the plan as stored, every argumentation round and the approval. */
	@GetMapping("/api/strong-city/applications/{id}")
	PlanView plan(@PathVariable long id) {
		strongCity(access.readable(id));
		return new PlanView(plans.plan(id).orElse(null), plans.rounds(id), plans.approval(id).orElse(null));
	}

	/**
	 * R-SC-3: the plan as the city is editing it (its saved draft, else the plan last submitted, else empty),
	 * with the five major projects it is organised around and whether this user may change it now.
	 */
	@GetMapping("/api/strong-city/applications/{id}/plan-draft")
	PlanDraftView planDraft(@PathVariable long id) {
		Application application = strongCity(access.readable(id));
		String json = plans.draft(id).or(() -> plans.plan(id).map(PlanJson::toJson)).orElse("{}");
		return new PlanDraftView(id, cities.city(application.cityCode()).name(), application.status().label(), mayChangePlan(application),
				PlanJson.parse(json), MajorProject.choices());
	}

	/** The city saves its working copy; it is checked as a whole when submitted in the Tasklist. */
	@PutMapping(path = "/api/strong-city/applications/{id}/plan-draft", consumes = "application/json")
	ResponseEntity<Void> savePlanDraft(@PathVariable long id, @RequestBody String json) {
		Application application = strongCity(access.editable(id));
		if (!mayChangePlan(application)) {
			throw new ForbiddenException("建设方案已批复,不能再修改");
		}
		if (json.length() > MAX_DRAFT) {
			throw new InvalidInputException("建设方案内容过长(超过 " + MAX_DRAFT / 10_000 + " 万字)");
		}
		PlanJson.parseForSaving(json);
		plans.saveDraft(id, json, currentUser.id());
		return ResponseEntity.noContent().build();
	}

	/** Checks the saved working copy as the submission will, listing every problem. */
	@PostMapping("/api/strong-city/applications/{id}/plan-draft/check")
	Map<String, Object> checkPlanDraft(@PathVariable long id) {
		strongCity(access.readable(id));
		PlanJson.check(plans.draft(id).orElseThrow(() -> new InvalidInputException("尚未保存建设方案")));
		return Map.of("message", "建设方案完整,可以在任务列表中提交");
	}

	/** The city may withdraw at any time before approval; the reason is recorded (R-X-1). */
	@PostMapping("/api/strong-city/applications/{id}/withdraw")
	@Transactional
	ResponseEntity<Void> withdraw(@PathVariable long id, @RequestBody Withdrawal withdrawal) {
		Application application = strongCity(access.readable(id));
		if (currentUser.cityCode().filter(application.cityCode()::equals).isEmpty()) {
			throw new ForbiddenException("只有申请城市可以撤回申请");
		}
		String reason = withdrawal == null || withdrawal.reason() == null ? "" : withdrawal.reason().strip();
		if (reason.length() < 2 || reason.length() > 2000) {
			throw new InvalidInputException("请填写撤回原因(2 至 2000 字)");
		}
		try {
			// the user's right to withdraw was checked above; the engine's own instance permissions are not his
			unrestricted.asSystem(() -> runtimeService.createMessageCorrelation(WITHDRAW_MESSAGE)
					.processInstanceId(application.processInstanceId()).correlateWithResult());
		}
		catch (MismatchingMessageCorrelationException e) {
			throw new InvalidInputException("申请已批复或已结束,不能撤回");
		}
		decisions.record(new Decision(null, "APPLICATION", id, application.cityCode(), "Withdraw", "城市撤回申请", "WITHDRAW",
				reason, null, currentUser.id(), EngineClock.now(), application.processInstanceId(),
				"withdraw-" + application.processInstanceId()));
		return ResponseEntity.noContent().build();
	}

	/** R-SC-6: the approval letter (批复) as Word, from the template kept in the repository. */
	@GetMapping("/api/strong-city/applications/{id}/approval-letter.docx")
	ResponseEntity<byte[]> approvalLetter(@PathVariable long id) {
		Application application = strongCity(access.readable(id));
		Approval approval = plans.approval(id).orElseThrow(() -> new NotFoundException("该建设方案尚未批复"));
		ConstructionPlan plan = plans.plan(id).orElseThrow();
		City city = cities.city(application.cityCode());
		Map<String, String> values = new LinkedHashMap<>();
		values.put("cityName", city.name());
		values.put("cityGovernment", city.name() + "人民政府");
		values.put("approvalDoc", approval.approvalDoc());
		values.put("period", plan.startYear() + "—" + plan.endYear() + "年");
		values.put("rounds", String.valueOf(plans.rounds(id).size()));
		values.put("opinion", approval.opinion());
		values.put("projects", projects(plan));
		values.put("approvedOn", approval.approvedOn().getYear() + "年" + approval.approvedOn().getMonthValue() + "月"
				+ approval.approvedOn().getDayOfMonth() + "日");
		return Downloads.word(city.name() + "知识产权强市建设方案批复.docx", LETTER.fill(values));
	}

	private static String projects(ConstructionPlan plan) {
		StringBuilder text = new StringBuilder();
		int no = 1;
		for (MajorProject project : MajorProject.values()) {
			List<WorkProject> works = plan.of(project);
			text.append(no++).append(". ").append(project.label()).append(":");
			text.append(String.join("、", works.stream().map(WorkProject::name).toList())).append("。\n");
		}
		return text.toString().strip();
	}

	/** The city changes its plan while the application is in its hands, until the national office approves it. */
	private boolean mayChangePlan(Application application) {
		return access.mayEdit(application) && application.status() != ApplicationStatus.APPROVED;
	}

	private static Application strongCity(Application application) {
		if (application.programme() != Programme.STRONG_CITY) {
			throw new NotFoundException("知识产权强市申请 " + application.id() + " 不存在");
		}
		return application;
	}
}
