package cn.pilotcity.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.pilotcity.support.PilotCityTest;

/**
 * Camunda creates its MySQL tables in the 3-byte utf8 character set (our own tables are utf8mb4): a character
 * outside the Basic Multilingual Plane fits on H2 but not in the engine's tables on MySQL/MariaDB, where it is
 * refused with a Chinese message and nothing is stored.
 */
@PilotCityTest
class FourByteCharactersTest {

	/** 𠮷 (U+20BB7) is outside the Basic Multilingual Plane: four bytes in UTF-8. */
	static final String RARE = "𠮷田的意见";

	@Autowired
	ProcessEngine engine;

	@Test
	@DisplayName("A rare character outside the BMP in an engine variable: stored on H2; on MySQL refused in Chinese, nothing stored")
	void rareCharacterInAVariable() {
		BpmnModelInstance model = Bpmn.createExecutableProcess("four-byte-test").camundaHistoryTimeToLive(1)
				.startEvent().userTask("Task_Wait").endEvent().done();
		Deployment deployment = engine.getRepositoryService().createDeployment().addModelInstance("four-byte-test.bpmn", model)
				.deploy();
		try {
			RuntimeService runtime = engine.getRuntimeService();
			String instance = runtime.startProcessInstanceByKey("four-byte-test").getId();
			if (onMysql()) {
				assertThatThrownBy(() -> runtime.setVariable(instance, "opinion", RARE)).isInstanceOf(InvalidInputException.class)
						.hasMessage(UserErrors.UNSUPPORTED_CHARACTER);
				assertThat(runtime.getVariable(instance, "opinion")).isNull();
			}
			else {
				runtime.setVariable(instance, "opinion", RARE);
				assertThat(runtime.getVariable(instance, "opinion")).isEqualTo(RARE);
			}
		}
		finally {
			engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
		}
	}

	private boolean onMysql() {
		return "mysql".equals(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDatabaseType());
	}
}
