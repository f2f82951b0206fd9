package cn.pilotcity.sme;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.pilotcity.attachment.AttachmentKind;
import cn.pilotcity.attachment.Attachments;
import cn.pilotcity.identity.Memberships;
import cn.pilotcity.identity.Roles;
import cn.pilotcity.system.EngineClock;

/**
 * Demo profile only, on the first start: 国家知识产权局 has opened "2026年第一批"; 苏州 has attached its signed plan and submitted its
 * application (waiting for prov-ip-320000 and prov-sme-320000, filter 本省待办); 杭州 is still drafting
 * (city-330100, filter 本市待办).
 */
@Component
@Profile("demo")
@Order(10)
class SmeDemoData implements ApplicationRunner {

	private final SmeBatches batches;
	private final RuntimeService runtimeService;
	private final TaskService taskService;
	private final IdentityService identityService;
	private final Memberships memberships;
	private final Attachments attachments;

	SmeDemoData(SmeBatches batches, RuntimeService runtimeService, TaskService taskService, IdentityService identityService,
			Memberships memberships, Attachments attachments) {
		this.attachments = attachments;
		this.batches = batches;
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.identityService = identityService;
		this.memberships = memberships;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!batches.all().isEmpty()) {
			return;
		}
		LocalDate today = EngineClock.today();
		as("cnipa-admin", () -> runtimeService.startProcessInstanceByKey(SmeAccessPolicy.BATCH_PROCESS, Map.of(
				"batchName", "2026年第一批", "batchYear", (long) today.getYear(), "opensOn", today.toString(),
				"lastDay", today.plusDays(60).toString())));
		ProcessInstance suzhou = as(Roles.city("320500"),
				() -> runtimeService.startProcessInstanceByKey(SmeAccessPolicy.APPLICATION_PROCESS, Map.of("acknowledged", true)));
		Task draft = taskService.createTaskQuery().processInstanceId(suzhou.getId()).singleResult();
		long suzhouApplication = ((Number) runtimeService.getVariable(suzhou.getId(), "applicationId")).longValue();
		as(Roles.city("320500"), () -> {
			byte[] signed = SIGNED_PLAN.getBytes(StandardCharsets.UTF_8);
			attachments.upload(suzhouApplication, AttachmentKind.SIGNED_PLAN,
					"苏州市中小企业知识产权战略推进工程实施方案(盖章).pdf", signed.length, new ByteArrayInputStream(signed));
			taskService.complete(draft.getId(), suzhouPlan());
			return null;
		});
		as(Roles.city("330100"),
				() -> runtimeService.startProcessInstanceByKey(SmeAccessPolicy.APPLICATION_PROCESS, Map.of("acknowledged", true)));
	}

	/** A stand-in for the stamped PDF a city uploads (the demo has no real one). */
	private static final String SIGNED_PLAN = "%PDF-1.7\n% 苏州市人民政府 中小企业知识产权战略推进工程实施方案(演示用盖章件)\n%%EOF\n";

	private <T> T as(String userId, Supplier<T> action) {
		identityService.setAuthentication(userId, memberships.groupsOf(userId));
		try {
			return action.get();
		}
		finally {
			identityService.clearAuthentication();
		}
	}

	private static Map<String, Object> suzhouPlan() {
		Map<String, Object> plan = new HashMap<>();
		plan.put("clusters", "苏州工业园区纳米技术产业集聚区\n昆山光电产业集聚区");
		plan.put("organisations", "苏州市知识产权保护中心\n苏州大学知识产权研究院");
		plan.put("summary", "苏州市以工业园区纳米技术产业集聚区和昆山光电产业集聚区为载体,三年内培育知识产权优势中小企业 300 家,"
				+ "建设中小企业知识产权辅导服务机构 10 家,培训企业知识产权人员 2000 人次,市财政每年安排专项资金 2000 万元。");
		plan.put("section1", "成立由市长任组长、分管副市长任副组长,市知识产权局、工业和信息化局、科技局、财政局、商务局和两个集聚区管委会主要负责人为成员的"
				+ "工程实施领导小组,领导小组办公室设在市知识产权局。建立季度联席会议制度,明确各成员单位任务分工和责任人。");
		plan.put("section2", "苏州工业园区纳米技术产业集聚区是国家纳米技术国际创新园所在地,集聚纳米企业 600 余家,2025 年产值超过 1500 亿元;"
				+ "昆山光电产业集聚区集聚光电企业 400 余家。两个集聚区是苏州市战略性新兴产业的核心承载区,在苏州建设创新型城市和知识产权强市中居于重要地位,"
				+ "产业链完整、区位优势明显,与上海紧密协同。");
		plan.put("section3", "集聚区内中小企业占企业总数的 92%,其中高新技术企业 820 家,拥有有效发明专利 1.2 万件,万人发明专利拥有量居全省前列。"
				+ "集聚区知识产权工作始于 2006 年,先后建立了专利工作站、知识产权服务中心,但中小企业知识产权管理基础仍然薄弱,"
				+ "高价值专利占比不高,运用和保护能力有待提升。");
		plan.put("section4", "以提升中小企业知识产权创造、运用、保护和管理能力为主线,坚持政府引导、企业主体、服务支撑、重点突破的原则,"
				+ "分类培育、梯度推进,打造具有自主知识产权优势的中小企业集聚区。");
		plan.put("section5", "总体目标:三年内培育知识产权优势中小企业 300 家,建设辅导服务机构 10 家,培训 2000 人次,集聚区专利申请量年均增长 15%。"
				+ "年度目标见下表。");
		plan.put("section6", "(一)实施中小企业知识产权“护航”培育计划,每年遴选 100 家企业开展一对一辅导;(二)建设纳米、光电两个产业知识产权运营中心;"
				+ "(三)开展知识产权贯标和专利导航;(四)建立知识产权快速维权机制;(五)每年举办培训班 20 期。第一年完成机制建设和首批企业培育,"
				+ "第二年全面推开,第三年总结推广。");
		plan.put("section7", "市财政每年安排专项资金 2000 万元,集聚区按 1:1 配套;出台《苏州市中小企业知识产权战略推进工程扶持办法》;"
				+ "两个集聚区各配备专职知识产权工作人员不少于 5 名,市知识产权局设立工程推进专班。");
		long[][] targets = { { 100, 3, 600, 2500, 80, 40, 30 }, { 100, 3, 700, 2900, 100, 50, 40 },
				{ 100, 4, 700, 3300, 120, 60, 50 } };
		String[] metrics = { "SMES_CULTIVATED", "SERVICE_AGENCIES", "PEOPLE_TRAINED", "PATENT_APPLICATIONS", "IP_UTILISATION",
				"IP_PROTECTION", "IP_MANAGEMENT" };
		for (int year = 1; year <= 3; year++) {
			for (int m = 0; m < metrics.length; m++) {
				plan.put("target" + year + "_" + metrics[m], targets[year - 1][m]);
			}
		}
		for (int no = 1; no <= 4; no++) {
			plan.put("condition" + no, no == 4 ? "PARTLY" : "MET");
		}
		plan.put("condition2Evidence", "市政府常务会议已审议通过工程实施方案和专项资金安排。");
		plan.put("cityAction", "SUBMIT");
		plan.put("revisionNote", "首次提交申报方案。");
		return plan;
	}
}
