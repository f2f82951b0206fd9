package cn.pilotcity.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.InputStream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.pilotcity.city.Title;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.support.LifecycleDriver;
import cn.pilotcity.support.PilotCityTest;

/**
 * Lifecycles run for years while their model changes: a running instance is moved to the new version with
 * the engine's migration API (docs/processes.md, "Running lifecycles and new model versions").
 */
@PilotCityTest
class LifecycleMigrationTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	LifecycleDriver driver;
	Deployment v2;

	@BeforeEach
	void init() {
		BpmnAwareTests.init(engine);
	}

	@AfterEach
	void cleanUp() {
		ClockUtil.reset();
		if (v2 != null) {
			engine.getRepositoryService().deleteDeployment(v2.getId(), true);
		}
	}

	@Test
	@DisplayName("A lifecycle waiting for its next assessment is migrated to a new version of title-lifecycle; its timer keeps its due date and it goes on along the new model")
	void runningLifecycleMovesToTheNewVersion() throws Exception {
		RuntimeService runtime = engine.getRuntimeService();
		RepositoryService repository = engine.getRepositoryService();
		Title title = driver.grantAfresh("360400", TitleKind.STRONG_CITY);
		ProcessInstance instance = driver.lifecycle(title);
		ProcessDefinition v1 = repository.getProcessDefinition(instance.getProcessDefinitionId());
		Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();

		v2 = repository.createDeployment().name("title-lifecycle v2 (migration test)")
				.addModelInstance("title-lifecycle.bpmn", withAnnouncement(v1)).deploy();
		ProcessDefinition target = repository.createProcessDefinitionQuery().deploymentId(v2.getId()).singleResult();
		assertThat(target.getVersion()).isGreaterThan(v1.getVersion());

		MigrationPlan plan = runtime.createMigrationPlan(v1.getId(), target.getId()).mapEqualActivities().build();
		runtime.newMigration(plan).processInstanceIds(instance.getId()).execute();

		ProcessInstance migrated = runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult();
		assertThat(migrated.getProcessDefinitionId()).isEqualTo(target.getId());
		assertThat(migrated).isWaitingAt("Timer_AnnualAssessment");
		Job moved = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
		assertThat(moved.getDuedate()).isEqualTo(timer.getDuedate());
		assertThat(moved.getProcessDefinitionId()).isEqualTo(target.getId());
		assertThat(runtime.getVariable(instance.getId(), "titleId")).isEqualTo(title.id());

		driver.startNextAssessment(title);

		assertThat(runtime.getVariable(instance.getId(), "announcedByV2")).isEqualTo(true);
		assertThat(driver.task(title, LifecycleDriver.CITY_REPORT)).isNotNull();
		runtime.deleteProcessInstance(instance.getId(), "迁移测试结束");
	}

	/** Version 2 of the lifecycle: a new step between the assessment timer and the title check. */
	private BpmnModelInstance withAnnouncement(ProcessDefinition v1) throws Exception {
		BpmnModelInstance model;
		try (InputStream in = engine.getRepositoryService().getProcessModel(v1.getId())) {
			model = Bpmn.readModelFromStream(in);
		}
		Process process = model.getModelElementsByType(Process.class).iterator().next();
		SequenceFlow toCheck = model.getModelElementById("Flow_ToCheckTitle");
		FlowNode check = model.getModelElementById("Task_CheckTitle");
		ServiceTask announce = model.newInstance(ServiceTask.class);
		announce.setId("Task_AnnounceAssessment");
		announce.setName("通知考核开始");
		announce.setCamundaExpression("${execution.setVariable('announcedByV2', true)}");
		process.addChildElement(announce);
		SequenceFlow after = model.newInstance(SequenceFlow.class);
		after.setId("Flow_AfterAnnouncement");
		process.addChildElement(after);
		after.setSource(announce);
		after.setTarget(check);
		check.getIncoming().remove(toCheck);
		check.getIncoming().add(after);
		toCheck.setTarget(announce);
		announce.getIncoming().add(toCheck);
		announce.getOutgoing().add(after);
		return model;
	}
}
