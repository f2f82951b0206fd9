package cn.pilotcity.identity;

import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.city.City;

/** The demo accounts of the README, all with password "demo". Only in the demo profile. */
@Component
@Profile("demo")
@Order(1)
class DemoUsers implements ApplicationRunner {

	static final String PASSWORD = "demo";

	/** Demo cities in six provinces; 苏州, 杭州, 宁波, 青岛, 武汉, 深圳 are demonstration cities. */
	static final List<String> CITIES = List.of("320500", "320300", "330100", "330200", "370200", "420100", "440300",
			"340300");

	private final IdentityAdmin identityAdmin;
	private final CityDirectory cities;

	DemoUsers(IdentityAdmin identityAdmin, CityDirectory cities) {
		this.identityAdmin = identityAdmin;
		this.cities = cities;
	}

	@Override
	public void run(ApplicationArguments args) {
		user("cnipa-admin", "国家知识产权局", "管理员", Roles.CNIPA);
		user("miit-admin", "工业和信息化部", "管理员", Roles.MIIT);
		for (String code : CITIES) {
			City city = cities.city(code);
			user(Roles.city(code), city.name() + "知识产权局", "经办人", Roles.city(code));
			user(Roles.provincialIpOffice(city.provinceCode()), city.provinceName() + "知识产权局", "经办人",
					Roles.provincialIpOffice(city.provinceCode()));
			user(Roles.provincialSmeAuthority(city.provinceCode()), city.provinceName() + "中小企业主管部门", "经办人",
					Roles.provincialSmeAuthority(city.provinceCode()));
		}
		for (int i = 1; i <= 12; i++) {
			user("expert-%02d".formatted(i), "评审专家", "%02d".formatted(i), Roles.EXPERTS);
		}
		user("evaluator-01", "第三方评估机构", "01", Roles.EVALUATORS);
	}

	private void user(String id, String firstName, String lastName, String group) {
		identityAdmin.ensureUser(id, firstName, lastName, id + "@pilotcity.example", PASSWORD, List.of(group));
	}
}
