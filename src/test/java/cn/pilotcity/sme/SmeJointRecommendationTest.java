package cn.pilotcity.sme;

import static cn.pilotcity.sme.SmeApplicationDriver.IP_OFFICE_TASK;
import static cn.pilotcity.sme.SmeApplicationDriver.REVISE_TASK;
import static cn.pilotcity.sme.SmeApplicationDriver.SME_AUTHORITY_TASK;
import static cn.pilotcity.sme.SmeApplicationDriver.content;
import static cn.pilotcity.sme.SmeApplicationDriver.validContent;
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

	SmeApplicationDriver driver;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
		driver = new SmeApplicationDriver(engine, users);
	}

	@Test
	@DisplayName("R-SME-1, R-SME-3: a city applies; both provincial offices of its province get a task in parallel")
	void cityAppliesAndBothProvincialOfficesReviewInParallel() {
		ProcessInstance instance = driver.submit(SUZHOU, content("苏州市中小企业知识产权战略推进工作方案摘要,含目标与措施。", "苏州工业园区纳米产业集聚区", "昆山光电产业集聚区"));

		assertThat(instance).isWaitingAt(IP_OFFICE_TASK, SME_AUTHORITY_TASK);
		assertThat(driver.task(instance, IP_OFFICE_TASK)).hasCandidateGroup("prov-ip-" + JIANGSU);
		assertThat(driver.task(instance, SME_AUTHORITY_TASK)).hasCandidateGroup("prov-sme-" + JIANGSU);
		Application application = applications.get(applicationId(instance));
		assertThat(application.cityCode()).isEqualTo(SUZHOU);
		assertThat(application.clusters()).containsExactly("苏州工业园区纳米产业集聚区", "昆山光电产业集聚区");
		assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(instance.getBusinessKey()).isEqualTo("SME-" + application.id());
	}

	@Test
	@DisplayName("R-SME-3, R-X-1: both agree → recommended with the joint document number; each decision keeps who, when, opinion")
	void bothAgreeRecommendsWithDocumentNumber() {
		ProcessInstance instance = driver.submit(SUZHOU, validContent());

		driver.smeAuthorityDecides(instance, JIANGSU, "AGREE", "同意推荐。");
		assertThat(instance).isWaitingAt(IP_OFFICE_TASK);
		driver.ipOfficeDecides(instance, JIANGSU, "AGREE", "符合申报条件,同意推荐。", "苏知发〔2026〕12号");

		assertThat(instance).isEnded().hasPassed("EndEvent_Recommended");
		Application application = applications.get(applicationId(instance));
		assertThat(application.status()).isEqualTo(ApplicationStatus.RECOMMENDED);
		assertThat(application.recommendationDoc()).isEqualTo("苏知发〔2026〕12号");
		List<Decision> recorded = decisions.of("APPLICATION", application.id());
		assertThat(recorded).extracting(Decision::step).containsExactly(SME_AUTHORITY_TASK, IP_OFFICE_TASK);
		assertThat(recorded).extracting(Decision::decidedBy)
				.containsExactly(users.provincialSmeAuthority(JIANGSU), users.provincialIpOffice(JIANGSU));
		assertThat(recorded).extracting(Decision::opinion).containsExactly("同意推荐。", "符合申报条件,同意推荐。");
		assertThat(recorded).allSatisfy(d -> assertThat(d.decidedAt()).isNotNull());
		assertThat(recorded.get(1).docNumber()).isEqualTo("苏知发〔2026〕12号");
	}

	@Test
	@DisplayName("R-SME-3: the provincial IP office returns → the other office's task is withdrawn and the city revises")
	void ipOfficeReturnsToCity() {
		ProcessInstance instance = driver.submit(SUZHOU, validContent());

		driver.ipOfficeDecides(instance, JIANGSU, "RETURN", "请补充集聚区知识产权基础数据。", null);

		assertThat(instance).isWaitingAt(REVISE_TASK).hasPassed("EndEvent_ReturnedByIpOffice");
		assertThat(driver.task(instance, SME_AUTHORITY_TASK)).isNull();
		assertThat(driver.task(instance, REVISE_TASK)).hasCandidateGroup("city-" + SUZHOU);
		assertThat(applications.get(applicationId(instance)).status()).isEqualTo(ApplicationStatus.RETURNED);
	}

	@Test
	@DisplayName("R-SME-3: the provincial SME authority returns, the city revises and resubmits, both then agree")
	void smeAuthorityReturnsCityResubmitsBothAgree() {
		ProcessInstance instance = driver.submit(SUZHOU, validContent());
		driver.ipOfficeDecides(instance, JIANGSU, "AGREE", "同意推荐。", "苏知发〔2026〕13号");
		driver.smeAuthorityDecides(instance, JIANGSU, "RETURN", "资金保障措施不具体,请修改。");
		assertThat(instance).isWaitingAt(REVISE_TASK);

		driver.cityRevises(instance, SUZHOU, "RESUBMIT", "已补充市级专项资金安排。",
				content("修改后的方案:市财政每年安排专项资金 2000 万元,用于集聚区中小企业知识产权工作。", "工业园区纳米技术产业集聚区", "相城区新材料产业集聚区"));

		assertThat(instance).isWaitingAt(IP_OFFICE_TASK, SME_AUTHORITY_TASK);
		Application revised = applications.get(applicationId(instance));
		assertThat(revised.revision()).isEqualTo(2);
		assertThat(revised.clusters()).contains("相城区新材料产业集聚区");
		assertThat(revised.status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(engine.getRuntimeService().getVariable(instance.getId(), "provSmeDecision"))
				.as("the previous round's decision must not pre-fill the next round").isNull();

		driver.ipOfficeDecides(instance, JIANGSU, "AGREE", "同意推荐。", "苏知发〔2026〕14号");
		driver.smeAuthorityDecides(instance, JIANGSU, "AGREE", "同意推荐。");
		assertThat(instance).isEnded().hasPassed("EndEvent_Recommended");
		assertThat(decisions.of("APPLICATION", revised.id())).extracting(Decision::outcome)
				.containsExactly("AGREE", "RETURN", "RESUBMIT", "AGREE", "AGREE");
	}

	@Test
	@DisplayName("R-SME-3, R-X-1: after a return the city may withdraw; its reason is recorded")
	void cityWithdrawsAfterReturn() {
		ProcessInstance instance = driver.submit(SUZHOU, validContent());
		driver.ipOfficeDecides(instance, JIANGSU, "RETURN", "不符合申报条件。", null);

		driver.cityRevises(instance, SUZHOU, "WITHDRAW", "本批次暂不申报。", validContent());

		assertThat(instance).isEnded().hasPassed("EndEvent_Withdrawn");
		long id = applicationId(instance);
		assertThat(applications.get(id).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
		assertThat(decisions.of("APPLICATION", id)).last().extracting(Decision::outcome, Decision::opinion)
				.containsExactly("WITHDRAW", "本批次暂不申报。");
	}

	@Test
	@DisplayName("R-SME-3: another province's office can neither see nor complete the task")
	void otherProvinceCannotActOnTask() {
		ProcessInstance instance = driver.submit(SUZHOU, validContent());
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
	@DisplayName("R-X-1: a decision without an opinion, or an agreement without the document number, is refused and the task stays open")
	void decisionWithoutOpinionOrDocumentNumberIsRefused() {
		ProcessInstance instance = driver.submit(SUZHOU, validContent());

		assertThatThrownBy(() -> driver.ipOfficeDecides(instance, JIANGSU, "AGREE", " ", "苏知发〔2026〕15号"))
				.isInstanceOf(InvalidInputException.class).hasMessage("请填写办理意见");
		assertThatThrownBy(() -> driver.ipOfficeDecides(instance, JIANGSU, "AGREE", "同意推荐。", null))
				.isInstanceOf(InvalidInputException.class).hasMessage("请填写文号");
		assertThatThrownBy(() -> driver.ipOfficeDecides(instance, JIANGSU, "MAYBE", "同意推荐。", null))
				.isInstanceOf(InvalidInputException.class).hasMessage("请选择办理结果");

		assertThat(instance).isWaitingAt(IP_OFFICE_TASK, SME_AUTHORITY_TASK);
		assertThat(decisions.of("APPLICATION", applicationId(instance))).isEmpty();
	}

	@Test
	@DisplayName("R-SME-1: an application without a cluster or with a too short plan is refused, and nothing is stored")
	void incompleteApplicationIsRefused() {
		long before = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("sme-application").count();

		assertThatThrownBy(() -> driver.submit(SUZHOU, content("太短")))
				.isInstanceOf(InvalidInputException.class)
				.hasMessageContaining("请至少填写一个中小企业集聚区").hasMessageContaining("申报方案摘要不少于 20 字");

		assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("sme-application").count())
				.isEqualTo(before);
	}

	@Test
	@DisplayName("R-SME-1: only a city may apply; the national office cannot start an application")
	void onlyCitiesMayApply() {
		assertThatThrownBy(() -> driver.as(users.cnipa(),
				() -> engine.getRuntimeService().startProcessInstanceByKey("sme-application", validContent())))
				.isInstanceOf(AuthorizationException.class);
	}

	private long applicationId(ProcessInstance instance) {
		Object id = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
				.variableName("applicationId").singleResult().getValue();
		return ((Number) id).longValue();
	}
}
