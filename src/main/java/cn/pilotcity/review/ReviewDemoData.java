package cn.pilotcity.review;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.pilotcity.application.ApplicationContent;
import cn.pilotcity.application.ApplicationStates;
import cn.pilotcity.application.Applications;
import cn.pilotcity.application.Programme;
import cn.pilotcity.identity.IdentityAdmin;
import cn.pilotcity.identity.Roles;

/**
 * Demo profile only: an expert registry of 32 experts in 22 provinces (accounts expert-01 … expert-32, password
 * "demo"; expert-01 … expert-12 come from the identity demo users), and on the first start one review of 宁波's
 * recommended SME-pilot application waiting for the national office (cnipa-admin) to confirm the panel.
 */
@Component
@Profile("demo")
@Order(20)
class ReviewDemoData implements ApplicationRunner {

	static final String PASSWORD = "demo";
	static final String NINGBO = "330200";

	private record Demo(String name, String employer, String title, String province, String city, List<String> fields) {
	}

	private static final List<Demo> EXPERTS = List.of(
			new Demo("张明远", "北京大学法学院", "教授", "110000", null, List.of("知识产权法", "专利管理")),
			new Demo("李华", "清华大学技术转移研究院", "研究员", "110000", null, List.of("技术转移", "专利运营")),
			new Demo("王立新", "中国科学院科技战略咨询研究院", "研究员", "110000", null, List.of("科技政策", "区域创新")),
			new Demo("陈静", "上海交通大学安泰经济与管理学院", "教授", "310000", null, List.of("产业经济", "中小企业")),
			new Demo("刘洋", "同济大学上海国际知识产权学院", "副教授", "310000", null, List.of("知识产权管理")),
			new Demo("赵磊", "华中科技大学管理学院", "教授", "420000", "420100", List.of("创新管理")),
			new Demo("孙丽", "武汉大学知识产权与竞争法研究所", "教授", "420000", "420100", List.of("知识产权保护")),
			new Demo("周强", "中山大学知识产权学院", "教授", "440000", "440100", List.of("知识产权法")),
			new Demo("吴敏", "广东省知识产权保护中心", "高级工程师", "440000", "440100", List.of("专利审查", "维权援助")),
			new Demo("郑伟", "四川大学知识产权研究中心", "教授", "510000", "510100", List.of("知识产权管理")),
			new Demo("冯晓", "西安交通大学管理学院", "教授", "610000", "610100", List.of("产业集群", "区域经济")),
			new Demo("何芳", "山东大学法学院", "教授", "370000", "370100", List.of("知识产权法")),
			new Demo("韩冰", "浙江大学管理学院", "教授", "330000", "330100", List.of("中小企业", "创新管理")),
			new Demo("曹宁", "宁波大学法学院", "副教授", "330000", NINGBO, List.of("知识产权法")),
			new Demo("许志", "南京大学商学院", "教授", "320000", "320100", List.of("产业经济")),
			new Demo("邓楠", "苏州大学王健法学院", "教授", "320000", "320500", List.of("知识产权法")),
			new Demo("彭涛", "湖南大学法学院", "教授", "430000", "430100", List.of("知识产权法", "竞争法")),
			new Demo("蒋丽", "中南大学商学院", "教授", "430000", "430100", List.of("创新管理")),
			new Demo("谢军", "厦门大学知识产权研究院", "教授", "350000", "350200", List.of("知识产权管理", "专利运营")),
			new Demo("罗斌", "重庆大学经济与工商管理学院", "教授", "500000", null, List.of("区域经济")),
			new Demo("梁红", "大连理工大学管理与经济学部", "教授", "210000", "210200", List.of("科技管理")),
			new Demo("宋佳", "吉林大学法学院", "教授", "220000", "220100", List.of("知识产权法")),
			new Demo("唐亮", "哈尔滨工业大学经济与管理学院", "教授", "230000", "230100", List.of("技术经济")),
			new Demo("董平", "郑州大学法学院", "教授", "410000", "410100", List.of("知识产权法")),
			new Demo("袁芳", "安徽大学法学院", "教授", "340000", "340100", List.of("知识产权保护")),
			new Demo("潘岳", "南开大学法学院", "教授", "120000", null, List.of("知识产权法")),
			new Demo("杜鹃", "天津大学管理与经济学部", "教授", "120000", null, List.of("创新管理", "中小企业")),
			new Demo("范勇", "中华全国专利代理师协会", "高级专利代理师", "110000", null, List.of("专利代理")),
			new Demo("石磊", "云南大学法学院", "教授", "530000", "530100", List.of("知识产权法")),
			new Demo("贾敏", "兰州大学管理学院", "教授", "620000", "620100", List.of("区域经济")),
			new Demo("姚远", "江西财经大学知识产权研究院", "教授", "360000", "360100", List.of("知识产权管理")),
			new Demo("白雪", "新疆大学法学院", "教授", "650000", "650100", List.of("知识产权法")));

	private final ExpertRegistry registry;
	private final IdentityAdmin identityAdmin;
	private final Applications applications;
	private final ApplicationStates states;
	private final RuntimeService runtimeService;
	private final HistoryService historyService;

	ReviewDemoData(ExpertRegistry registry, IdentityAdmin identityAdmin, Applications applications, ApplicationStates states,
			RuntimeService runtimeService, HistoryService historyService) {
		this.registry = registry;
		this.identityAdmin = identityAdmin;
		this.applications = applications;
		this.states = states;
		this.runtimeService = runtimeService;
		this.historyService = historyService;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (int i = 0; i < EXPERTS.size(); i++) {
			String userId = "expert-%02d".formatted(i + 1);
			Demo demo = EXPERTS.get(i);
			identityAdmin.ensureUser(userId, "评审专家", demo.name(), userId + "@pilotcity.example", PASSWORD,
					List.of(Roles.EXPERTS));
			if (registry.byUser(userId).isEmpty()) {
				Expert expert = registry.register(new ExpertRegistry.Profile(userId, demo.name(), demo.employer(),
						demo.title(), demo.province(), demo.city(), null, demo.fields(), conflicts(userId)));
				if (userId.equals("expert-28")) {
					registry.setActive(expert.id(), false);
				}
			}
		}
		if (historyService.createHistoricProcessInstanceQuery().processDefinitionKey("expert-review").count() == 0) {
			startDemoReview();
		}
	}

	private static List<ExpertConflict> conflicts(String userId) {
		return switch (userId) {
			case "expert-03" -> List.of(ExpertConflict.city(NINGBO, "曾参与宁波市知识产权规划编制"));
			case "expert-20" -> List.of(ExpertConflict.employer("宁波国家高新区管理委员会", "承担该单位委托课题"));
			default -> List.of();
		};
	}

	/** 宁波 has applied to the SME pilot and been recommended by 浙江; its review waits for the national office. */
	private void startDemoReview() {
		String summary = "宁波市以国家高新区新材料产业集聚区和慈溪家电产业集聚区为载体,成立由分管副市长任组长的工作领导小组;"
				+ "三年内培育知识产权优势中小企业 200 家,建设中小企业知识产权服务机构 8 家,培训企业知识产权人员 1500 人次;"
				+ "市财政每年安排专项资金 1500 万元,配套专利质押融资风险补偿和知识产权托管服务。";
		long id = applications.register(Programme.SME_PILOT, NINGBO, null, new ApplicationContent(
				List.of("宁波国家高新区新材料产业集聚区", "慈溪家电产业集聚区"),
				List.of("宁波国家高新区管理委员会", "宁波市知识产权服务中心", "宁波大学"), summary, Map.of(1, summary),
				List.of(), List.of()), Roles.city(NINGBO));
		states.markRecommended(id, "浙知发〔2026〕8号");
		Map<String, Object> inputs = new HashMap<>();
		inputs.put("applicationId", id);
		inputs.put("programme", Programme.SME_PILOT.name());
		inputs.put("cityCode", NINGBO);
		inputs.put("provinceCode", "330000");
		inputs.put("cityName", "宁波市");
		inputs.put("subject", "宁波市 · 中小企业知识产权战略推进工程试点申报");
		inputs.put("round", 1);
		runtimeService.startProcessInstanceByKey("expert-review", "SME-" + id, inputs);
	}
}
