package cn.pilotcity.identity;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.pilotcity.city.City;
import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.city.Province;

/** Every group of the system with its Chinese name, one per role and region. */
@Component
class GroupCatalogue {

	record GroupSpec(String id, String name, String type) {
	}

	private static final String WORKFLOW = "WORKFLOW";

	private final CityDirectory cities;

	GroupCatalogue(CityDirectory cities) {
		this.cities = cities;
	}

	List<GroupSpec> groups() {
		List<GroupSpec> groups = new ArrayList<>(List.of(
				new GroupSpec(Roles.ADMIN, "系统管理员", "SYSTEM"),
				new GroupSpec(Roles.CNIPA, "国家知识产权局", WORKFLOW),
				new GroupSpec(Roles.MIIT, "工业和信息化部", WORKFLOW),
				new GroupSpec(Roles.EXPERTS, "评审专家", WORKFLOW),
				new GroupSpec(Roles.EVALUATORS, "第三方评估机构", WORKFLOW)));
		for (Province p : cities.provinces()) {
			groups.add(new GroupSpec(Roles.provincialIpOffice(p.code()), p.name() + "知识产权局", WORKFLOW));
			groups.add(new GroupSpec(Roles.provincialSmeAuthority(p.code()), p.name() + "中小企业主管部门", WORKFLOW));
		}
		for (City c : cities.cities()) {
			groups.add(new GroupSpec(Roles.city(c.code()), c.name() + "知识产权局", WORKFLOW));
		}
		return groups;
	}

	RoleGroups roleGroups() {
		List<String> cityGroups = cities.cities().stream().map(c -> Roles.city(c.code())).toList();
		List<Province> provinces = cities.provinces();
		return new RoleGroups(cityGroups, provinces.stream().map(p -> Roles.provincialIpOffice(p.code())).toList(),
				provinces.stream().map(p -> Roles.provincialSmeAuthority(p.code())).toList());
	}
}
