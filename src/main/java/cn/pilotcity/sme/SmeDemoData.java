package cn.pilotcity.sme;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.pilotcity.identity.Roles;

/**
 * Demo profile only: on the first start, 苏州 has applied and waits for the joint recommendation of
 * 江苏省知识产权局 and 江苏省中小企业主管部门 (demo users prov-ip-320000 and prov-sme-320000).
 */
@Component
@Profile("demo")
@Order(10)
class SmeDemoData implements ApplicationRunner {

	private final RuntimeService runtimeService;
	private final HistoryService historyService;
	private final IdentityService identityService;

	SmeDemoData(RuntimeService runtimeService, HistoryService historyService, IdentityService identityService) {
		this.runtimeService = runtimeService;
		this.historyService = historyService;
		this.identityService = identityService;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (historyService.createHistoricProcessInstanceQuery().processDefinitionKey(SmeAccessPolicy.APPLICATION_PROCESS)
				.count() > 0) {
			return;
		}
		String suzhou = Roles.city("320500");
		identityService.setAuthentication(suzhou, List.of(suzhou));
		try {
			runtimeService.startProcessInstanceByKey(SmeAccessPolicy.APPLICATION_PROCESS, Map.of(
					"clusters", SpinValues.jsonValue("[{\"name\":\"苏州工业园区纳米技术产业集聚区\"},{\"name\":\"昆山光电产业集聚区\"}]").create(),
					"summary", "苏州市以工业园区纳米技术产业集聚区和昆山光电产业集聚区为载体,三年内培育知识产权优势中小企业 300 家,"
							+ "建设中小企业知识产权服务机构 10 家,培训企业知识产权人员 2000 人次,市财政每年安排专项资金 2000 万元。"));
		}
		finally {
			identityService.clearAuthentication();
		}
	}
}
