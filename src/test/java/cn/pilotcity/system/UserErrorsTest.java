package cn.pilotcity.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.pilotcity.support.PilotCityTest;

/** Input the engine cannot keep is refused with a Chinese message, and nothing of it is kept. */
@PilotCityTest
class UserErrorsTest {

	@Autowired
	ProcessEngine engine;

	Deployment deployment;
	ProcessInstance instance;

	@BeforeEach
	void deployAWaitingProcess() {
		deployment = engine.getRepositoryService().createDeployment().addModelInstance("waits.bpmn",
				Bpmn.createExecutableProcess("waits").camundaHistoryTimeToLive(1).startEvent().userTask("Task_Wait").endEvent().done())
				.deploy();
		instance = engine.getRuntimeService().startProcessInstanceByKey("waits");
	}

	@AfterEach
	void undeploy() {
		engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
	}

	@Tag("hostile")
	@Test
	void textLongerThanTheEngineKeepsIsRefusedInChinese() {
		String task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
		String tooLong = "长".repeat(EngineLimits.MAX_TEXT + 1);

		assertThatThrownBy(() -> engine.getTaskService().complete(task, Map.of("opinion", tooLong, "other", "kept?")))
				.isInstanceOf(InvalidInputException.class)
				.hasMessage("填写的内容过长:每一项不超过 4000 字,较长的材料请作为附件上传");

		assertThat(engine.getTaskService().createTaskQuery().taskId(task).count()).isOne();
		assertThat(engine.getRuntimeService().getVariables(instance.getId())).isEmpty();
		engine.getTaskService().complete(task, Map.of("opinion", "长".repeat(EngineLimits.MAX_TEXT)));
		assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
	}
}
