package cn.pilotcity.review;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import cn.pilotcity.application.ApplicationContent;
import cn.pilotcity.application.ApplicationStates;
import cn.pilotcity.application.ApplicationStatus;
import cn.pilotcity.application.Applications;
import cn.pilotcity.application.Programme;
import cn.pilotcity.identity.IdentityAdmin;
import cn.pilotcity.identity.Roles;
import cn.pilotcity.support.ApplicationFixtures;
import cn.pilotcity.support.TestUsers;

/**
 * The experts and applications the review tests use. Experts are created once (by user id) and reused by
 * later runs on the same database; tests read who was drawn from our tables instead of assuming it. The
 * applications are made here only, so a change of the application API touches this class alone.
 */
class ReviewTestData {

	/** An organisation named in every test application; one test expert works there. */
	static final String APPLICANT_ORGANISATION = "苏州纳米科技发展有限公司";
	static final String SUZHOU = "320500";
	static final String JIANGSU = "320000";

	/** Test experts outside Jiangsu, eligible for a 苏州 application, with room for many open reviews. */
	static final List<String[]> ELIGIBLE = List.of(
			new String[] { "u-rx-bj1", "赵明", "北京理工大学", "110000", null },
			new String[] { "u-rx-sh1", "钱立", "上海交通大学", "310000", null },
			new String[] { "u-rx-zj1", "孙红", "浙江大学", "330000", "330100" },
			new String[] { "u-rx-gd1", "李强", "中山大学", "440000", "440100" },
			new String[] { "u-rx-hb1", "周伟", "武汉大学", "420000", "420100" },
			new String[] { "u-rx-sc1", "吴芳", "四川大学", "510000", "510100" },
			new String[] { "u-rx-sx1", "郑涛", "西安交通大学", "610000", "610100" },
			new String[] { "u-rx-sd1", "王静", "山东大学", "370000", "370100" },
			new String[] { "u-rx-hn1", "冯刚", "中南大学", "430000", "430100" },
			new String[] { "u-rx-ln1", "陈磊", "大连理工大学", "210000", "210200" });

	private final ExpertRegistry registry;
	private final IdentityAdmin identityAdmin;
	private final Applications applications;
	private final ApplicationStates states;
	private final JdbcTemplate jdbc;
	private final TestUsers users;

	ReviewTestData(ExpertRegistry registry, IdentityAdmin identityAdmin, Applications applications, ApplicationStates states,
			JdbcTemplate jdbc, TestUsers users) {
		this.registry = registry;
		this.states = states;
		this.jdbc = jdbc;
		this.identityAdmin = identityAdmin;
		this.applications = applications;
		this.users = users;
	}

	/** The pool: eligible experts plus one expert for each rule that rules an expert out for 苏州. */
	void ensureExperts() {
		for (String[] e : ELIGIBLE) {
			expert(e[0], e[1], e[2], e[3], e[4], 50, List.of());
		}
		expert("u-rx-js1", "江苏同省", "南京大学", JIANGSU, "320100", 50, List.of());
		expert("u-rx-sz1", "苏州同城", "苏州大学", JIANGSU, SUZHOU, 50, List.of());
		expert("u-rx-cc1", "城市冲突", "清华大学", "110000", null, 50, List.of(ExpertConflict.city(SUZHOU, "曾任苏州市顾问")));
		expert("u-rx-oc1", "单位冲突", APPLICANT_ORGANISATION, "310000", null, 50, List.of());
		expert("u-rx-od1", "声明单位", "复旦大学", "310000", null, 50,
				List.of(ExpertConflict.employer(APPLICANT_ORGANISATION.replace("有限公司", " 有限公司"), "亲属任职")));
		expert("u-rx-cap", "任务已满", "南开大学", "120000", null, 0, List.of());
		Expert inactive = expert("u-rx-off", "已停用", "吉林大学", "220000", null, 50, List.of());
		registry.setActive(inactive.id(), false);
		if (registry.all().stream().noneMatch(e -> "无账号专家".equals(e.name()))) {
			registry.register(new ExpertRegistry.Profile(null, "无账号专家", "兰州大学", "教授", "620000", null, 50, List.of("知识产权管理"),
					List.of()));
		}
	}

	Expert byUser(String userId) {
		return registry.byUser(userId).orElseThrow();
	}

	/** A 苏州 SME-pilot application, recommended by Jiangsu, naming {@link #APPLICANT_ORGANISATION}. */
	long recommendedApplication() {
		String summary = "苏州市以纳米技术产业集聚区为载体,三年培育知识产权优势中小企业 300 家,建设服务机构 10 家。";
		long id = applications.register(Programme.SME_PILOT, SUZHOU, null, new ApplicationContent(
				List.of("苏州工业园区纳米技术产业集聚区"), List.of(APPLICANT_ORGANISATION, "苏州工业园区管理委员会"), summary,
				java.util.Map.of(1, summary), List.of(), List.of()), users.city(SUZHOU));
		states.markRecommended(id, "苏知发〔2026〕30号");
		return id;
	}

	/**
	 * A 苏州 strong-city application (its plan around the five projects of R-SC-3). A city has one under way at
	 * a time (R-SC-1, a unique key), so the one an earlier run left is withdrawn first.
	 */
	long strongCityApplication() {
		applications.activeOf(SUZHOU, Programme.STRONG_CITY)
				.forEach(a -> ApplicationFixtures.setStatus(jdbc, a.id(), ApplicationStatus.WITHDRAWN));
		String summary = "苏州市知识产权强市建设方案:围绕五大工程设置工作项目,明确目标、措施、责任单位和预算。";
		return applications.register(Programme.STRONG_CITY, SUZHOU, null, new ApplicationContent(List.of(), List.of(),
				summary, java.util.Map.of(1, summary), List.of(), List.of()), users.city(SUZHOU));
	}

	private Expert expert(String userId, String name, String employer, String province, String city, int cap,
			List<ExpertConflict> conflicts) {
		identityAdmin.ensureUser(userId, name, "专家", userId + "@test.example", TestUsers.PASSWORD, List.of(Roles.EXPERTS));
		return registry.byUser(userId).orElseGet(() -> registry.register(new ExpertRegistry.Profile(userId, name, employer,
				"教授", province, city, cap, new ArrayList<>(List.of("知识产权管理", "产业经济")), conflicts)));
	}
}
