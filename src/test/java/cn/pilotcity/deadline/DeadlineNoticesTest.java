package cn.pilotcity.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import cn.pilotcity.notification.Notice;
import cn.pilotcity.notification.Notifications;
import cn.pilotcity.notification.SentNotification;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;
import jakarta.mail.internet.MimeMessage;

/** R-X-2: due and follow-up dates from configuration; a reminder before, an escalation after, by real e-mail. */
@PilotCityTest
class DeadlineNoticesTest {

	@Autowired
	ProcessEngine engine;
	@Autowired
	TestUsers users;
	@Autowired
	Notifications notifications;
	@Autowired
	GreenMail greenMail;
	@Autowired
	PlatformTransactionManager transactions;

	Deployment deployment;
	Instant start = Instant.parse("2030-03-02T02:00:00Z");

	@BeforeEach
	void deploy() {
		deployment = engine.getRepositoryService().createDeployment()
				.addClasspathResource("test-processes/deadline-test.bpmn").deploy();
		ClockUtil.setCurrentTime(Date.from(start));
	}

	@AfterEach
	void cleanUp() {
		ClockUtil.reset();
		engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
	}

	@Test
	@DisplayName("R-X-2: a task is due after the configured 14 days, followed up 3 days before; the reminder and the escalation reach people by e-mail")
	void reminderThenEscalation() throws Exception {
		String provinceUser = users.provincialIpOffice("320000");
		String nationalUser = users.cnipa();
		ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("deadline-test");
		Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
		assertThat(task.getDueDate()).isEqualTo(Date.from(start.plus(Duration.ofDays(14))));
		assertThat(task.getFollowUpDate()).isEqualTo(Date.from(start.plus(Duration.ofDays(11))));

		ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofDays(11)).plusSeconds(1)));
		execute(dueJobs(instance));
		assertThat(subjects(provinceUser, instance)).singleElement().asString().startsWith("【待办提醒】").contains("测试待办");
		assertThat(subjects(nationalUser, instance)).isEmpty();

		ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofDays(14)).plusSeconds(1)));
		execute(dueJobs(instance));
		assertThat(subjects(nationalUser, instance)).singleElement().asString().startsWith("【逾期督办】");
		assertThat(subjects(provinceUser, instance)).hasSize(2);
		// sent in the background after each step's commit
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(notifications.aboutProcess(instance.getId()))
				.extracting(SentNotification::status).containsOnly("SENT"));

		MimeMessage mail = Arrays.stream(greenMail.getReceivedMessages())
				.filter(m -> recipients(m).contains(nationalUser + "@test.example")).reduce((a, b) -> b).orElseThrow();
		assertThat(mail.getSubject()).startsWith("【逾期督办】");
		assertThat(GreenMailUtil.getBody(mail)).isNotBlank();
	}

	@Test
	@DisplayName("A notification of a step that fails is neither recorded nor sent")
	void rolledBackStepSendsNothing() {
		String user = users.city("320500");
		TransactionTemplate tx = new TransactionTemplate(transactions);
		assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
			notifications.toUsers(List.of(user), Notice.of("不应发出", "回滚"));
			throw new IllegalStateException("step failed");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(notifications.sentTo(user)).noneMatch(n -> n.subject().equals("不应发出"));
		// other tests' notifications may still be arriving in the background: none is this one
		assertThat(greenMail.getReceivedMessages()).noneMatch(m -> subject(m).equals("不应发出"));
	}

	private List<Job> dueJobs(ProcessInstance instance) {
		return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
				.executable().list();
	}

	private void execute(List<Job> jobs) {
		assertThat(jobs).hasSize(1);
		engine.getManagementService().executeJob(jobs.get(0).getId());
	}

	private List<String> subjects(String user, ProcessInstance instance) {
		return notifications.sentTo(user).stream().filter(n -> instance.getId().equals(n.processInstanceId()))
				.map(SentNotification::subject).toList();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static String recipients(MimeMessage message) {
		try {
			return Arrays.toString(message.getAllRecipients());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
