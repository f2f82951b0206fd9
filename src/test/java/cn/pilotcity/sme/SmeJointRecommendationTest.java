package cn.pilotcity.sme;

import static cn.pilotcity.sme.SmeApplicationDriver.DRAFT_TASK;
import static cn.pilotcity.sme.SmeApplicationDriver.IP_OFFICE_TASK;
import static cn.pilotcity.sme.SmeApplicationDriver.SME_AUTHORITY_TASK;
import static cn.pilotcity.sme.SmeApplicationDriver.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.pilotcity.application.Application;
import cn.pilotcity.application.ApplicationStatus;
import cn.pilotcity.application.Applications;
import cn.pilotcity.decision.Decision;
import cn.pilotcity.decision.Decisions;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;
import cn.pilotcity.system.InvalidInputException;

/** Every path of the joint provincial recommendation (R-SME-3), through the engine API as real users. */
@PilotCityTest
class SmeJointRecommendationTest {

	private static final String SUZHOU = "320500";
	private static final String JIANGSU = "320000";
	private static final String ZHEJIANG = "330000";

	@Autowired
	ProcessEngine engine;
	@Autowired
	TestUsers users;
	@Autowired
	Applications applications;
	@Autowired
	Decisions decisions;
	@Autowired
	SmeBatches batches;

	SmeApplicationDriver driver;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
		driver = new SmeApplicationDriver(engine, users);
		driver.openBatch(batches, SmeApplicationDriver.today().plusDays(30));
	}

	@Test
	@DisplayName("R-SME-1, R-SME-3: a city applies naming its clusters; both provincial offices of its province get a task in parallel")
	void cityAppliesAndBothProvincialOfficesReviewInParallel() {
		ProcessInstance instance = driver.apply(SUZHOU);
		assertThat(driver.task(instance, DRAFT_TASK)).hasCandidateGroup("city-" + SUZHOU);
		driver.submit(instance, SUZHOU, draft("苏州工业园区纳米产业集聚区", "昆山光电产业集聚区"));

		assertThat(instance).isWaitingAt(IP_OFFICE_TASK, SME_AUTHORITY_TASK);
		assertThat(driver.task(instance, IP_OFFICE_TASK)).hasCandidateGroup("prov-ip-" + JIANGSU);
		assertThat(driver.task(instance, SME_AUTHORITY_TASK)).hasCandidateGroup("prov-sme-" + JIANGSU);
		Application application = applications.get(driver.applicationId(instance));
		assertThat(application.cityCode()).isEqualTo(SUZHOU);
		assertThat(application.clusters()).containsExactly("苏州工业园区纳米产业集聚区", "昆山光电产业集聚区");
		assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(instance.getBusinessKey()).isEqualTo("SME-" + application.id());
	}

	@Test
	@DisplayName("R-SME-3, R-X-1: both agree → recommended with the joint document number; each decision keeps who, when, opinion")
	void bothAgreeRecommendsWithDocumentNumber() {
		ProcessInstance instance = driver.applyAndSubmit(SUZHOU);

		driver.smeAuthorityDecides(instance, JIANGSU, "AGREE", "同意推荐。");
		assertThat(instance).isWaitingAt(IP_OFFICE_TASK);
		driver.ipOfficeDecides(instance, JIANGSU, "AGREE", "符合申报条件,同意推荐。", "苏知发〔2026〕12号");

		assertThat(instance).hasPassed("Task_RecordRecommendation", "Task_ReceiveNationally").isWaitingAt("Timer_BatchClosed");
		Application application = applications.get(driver.applicationId(instance));
		assertThat(application.status()).isEqualTo(ApplicationStatus.RECEIVED);
		assertThat(application.recommendationDoc()).isEqualTo("苏知发〔2026〕12号");
		List<Decision> recorded = decisions.of("APPLICATION", application.id());
		assertThat(recorded).extracting(Decision::step).containsExactly(DRAFT_TASK, SME_AUTHORITY_TASK, IP_OFFICE_TASK);
		assertThat(recorded).extracting(Decision::decidedBy).containsExactly(users.city(SUZHOU),
				users.provincialSmeAuthority(JIANGSU), users.provincialIpOffice(JIANGSU));
		assertThat(recorded).extracting(Decision::opinion).containsExactly("首次提交。", "同意推荐。", "符合申报条件,同意推荐。");
		assertThat(recorded).allSatisfy(d -> assertThat(d.decidedAt()).isNotNull());
		assertThat(recorded.get(2).docNumber()).isEqualTo("苏知发〔2026〕12号");
	}

	@Test
	@DisplayName("R-SME-3: the provincial IP office returns → the other office's task is withdrawn and the city revises with the opinion")
	void ipOfficeReturnsToCity() {
		ProcessInstance instance = driver.applyAndSubmit(SUZHOU);

		driver.ipOfficeDecides(instance, JIANGSU, "RETURN", "请补充集聚区知识产权基础数据。", null);

		assertThat(instance).isWaitingAt(DRAFT_TASK).hasPassed("EndEvent_ReturnedByIpOffice");
		assertThat(driver.task(instance, SME_AUTHORITY_TASK)).isNull();
		assertThat(applications.get(driver.applicationId(instance)).status()).isEqualTo(ApplicationStatus.RETURNED);
		assertThat((String) engine.getTaskService().getVariable(driver.task(instance, DRAFT_TASK).getId(), "returnReason"))
				.contains("江苏省知识产权局:请补充集聚区知识产权基础数据。");
		assertThat((String) engine.getTaskService().getVariable(driver.task(instance, DRAFT_TASK).getId(), "returnedBy"))
				.as("R-X-1: the reopened draft says who returned it").startsWith("测试").endsWith("(省知识产权局推荐意见)");
		assertThat((String) engine.getTaskService().getVariable(driver.task(instance, DRAFT_TASK).getId(), "returnedAt")).as("and when")
				.matches("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");
		assertThat(engine.getTaskService().getVariable(driver.task(instance, DRAFT_TASK).getId(), "section3"))
				.as("the stored plan is put back into the form for revision").isNotNull();
	}

	@Test
	@DisplayName("R-SME-3: the SME authority returns, the city revises and resubmits, both agree; the revision history shows what changed")
	void smeAuthorityReturnsCityResubmitsBothAgree() {
		ProcessInstance instance = driver.applyAndSubmit(SUZHOU);
		driver.ipOfficeDecides(instance, JIANGSU, "AGREE", "同意推荐。", "苏知发〔2026〕13号");
		driver.smeAuthorityDecides(instance, JIANGSU, "RETURN", "资金保障措施不具体,请修改。");
		assertThat(instance).isWaitingAt(DRAFT_TASK);

		Map<String, Object> revised = draft("工业园区纳米技术产业集聚区", "相城区新材料产业集聚区");
		revised.put("section7", "市财政每年安排专项资金 2000 万元,用于集聚区中小企业知识产权工作;设立专职人员 10 名,建立部门联席会议制度,保障各项措施落实到位。");
		revised.put("revisionNote", "已补充市级专项资金安排。");
		driver.submit(instance, SUZHOU, revised);

		assertThat(instance).isWaitingAt(IP_OFFICE_TASK, SME_AUTHORITY_TASK);
		long id = driver.applicationId(instance);
		assertThat(applications.get(id).revision()).isEqualTo(2);
		assertThat(applications.get(id).clusters()).contains("相城区新材料产业集聚区");
		assertThat(engine.getRuntimeService().getVariable(instance.getId(), "provSmeDecision"))
				.as("the previous round's decision must not pre-fill the next round").isNull();
		var changes = cn.pilotcity.application.RevisionChanges.between(applications.revisions(id).get(0).content(),
				applications.revisions(id).get(1).content());
		assertThat(changes).extracting(cn.pilotcity.application.RevisionChanges.Change::field)
				.containsExactlyInAnyOrder("clusters", "section.7");

		driver.recommend(instance, JIANGSU);
		assertThat(instance).isWaitingAt("Timer_BatchClosed");
		assertThat(decisions.of("APPLICATION", id)).extracting(Decision::outcome)
				.containsExactly("SUBMIT", "AGREE", "RETURN", "SUBMIT", "AGREE", "AGREE");
	}

	@Test
	@DisplayName("R-SME-3, R-X-1: after a return the city may withdraw; its reason is recorded")
	void cityWithdrawsAfterReturn() {
		ProcessInstance instance = driver.applyAndSubmit(SUZHOU);
		driver.ipOfficeDecides(instance, JIANGSU, "RETURN", "不符合申报条件。", null);

		Map<String, Object> withdraw = draft();
		withdraw.put("cityAction", "WITHDRAW");
		withdraw.put("revisionNote", "本批次暂不申报。");
		driver.submit(instance, SUZHOU, withdraw);

		assertThat(instance).isEnded().hasPassed("EndEvent_Withdrawn");
		long id = driver.applicationId(instance);
		assertThat(applications.get(id).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
		assertThat(decisions.of("APPLICATION", id)).last().extracting(Decision::outcome, Decision::opinion)
				.containsExactly("WITHDRAW", "本批次暂不申报。");
	}

	@Test
	@DisplayName("R-SME-3: another province's office can neither see nor complete the task")
	void otherProvinceCannotActOnTask() {
		ProcessInstance instance = driver.applyAndSubmit(SUZHOU);
		String zhejiang = users.provincialIpOffice(ZHEJIANG);

		long visible = driver.as(zhejiang, () -> engine.getTaskService().createTaskQuery()
				.processInstanceId(instance.getId()).count());
		assertThat(visible).isZero();
		assertThatThrownBy(() -> driver.complete(zhejiang, instance, IP_OFFICE_TASK,
				Map.of("provIpDecision", "AGREE", "provIpOpinion", "同意", "jointDocNumber", "浙知发〔2026〕1号")))
				.isInstanceOf(AuthorizationException.class);
		assertThat(instance).isWaitingAt(IP_OFFICE_TASK, SME_AUTHORITY_TASK);
	}

	@Test
	@DisplayName("R-X-1: a decision without an opinion, an agreement without the document number or with one that is no 文号 (\"abc\"), is refused and the task stays open")
	void decisionWithoutOpinionOrDocumentNumberIsRefused() {
		ProcessInstance instance = driver.applyAndSubmit(SUZHOU);
		long before = decisions.of("APPLICATION", driver.applicationId(instance)).size();

		assertThatThrownBy(() -> driver.ipOfficeDecides(instance, JIANGSU, "AGREE", " ", "苏知发〔2026〕15号"))
				.isInstanceOf(InvalidInputException.class).hasMessage("请填写办理意见");
		assertThatThrownBy(() -> driver.ipOfficeDecides(instance, JIANGSU, "AGREE", "同意推荐。", null))
				.isInstanceOf(InvalidInputException.class).hasMessage("请填写文号");
		assertThatThrownBy(() -> driver.ipOfficeDecides(instance, JIANGSU, "MAYBE", "同意推荐。", null))
				.isInstanceOf(InvalidInputException.class).hasMessage("请选择办理结果");
		for (String notADocNumber : List.of("abc", "苏知发(2026)15号", "苏知发〔26〕15号", "苏知发〔2026〕第十五号", "15号")) {
			assertThatThrownBy(() -> driver.ipOfficeDecides(instance, JIANGSU, "AGREE", "同意推荐。", notADocNumber))
					.as(notADocNumber).isInstanceOf(InvalidInputException.class)
					.hasMessageStartingWith("文号格式不正确:应为“机关代字〔年份〕序号号”");
		}

		assertThat(instance).isWaitingAt(IP_OFFICE_TASK, SME_AUTHORITY_TASK);
		assertThat(decisions.of("APPLICATION", driver.applicationId(instance))).hasSize((int) before);
	}

	@Test
	@DisplayName("R-SME-1: only a city may apply; the national office cannot start an application")
	void onlyCitiesMayApply() {
		assertThatThrownBy(() -> driver.as(users.cnipa(),
				() -> engine.getRuntimeService().startProcessInstanceByKey("sme-application", Map.of())))
				.isInstanceOf(AuthorizationException.class);
	}
}
