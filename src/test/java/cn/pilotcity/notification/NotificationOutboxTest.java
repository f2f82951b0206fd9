package cn.pilotcity.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMail;

import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;
import cn.pilotcity.system.EngineClock;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * R-X-2: reminders and escalations reach people by e-mail even when the node that recorded them stopped before
 * sending; of several senders only one sends each notification.
 */
@PilotCityTest
class NotificationOutboxTest {

	@Autowired
	NotificationOutbox outbox;
	@Autowired
	NotificationMapper mapper;
	@Autowired
	Notifications notifications;
	@Autowired
	GreenMail greenMail;
	@Autowired
	TestUsers users;

	/** A notification as a node would have recorded it before it stopped, so many minutes ago. */
	long recorded(String subject, String status, int minutesAgo) {
		String user = users.city("320500");
		NewNotification row = new NewNotification(user, user + "@test.example", Notice.of(subject, "正文"), status,
				EngineClock.now().minusMinutes(minutesAgo));
		mapper.insert(row);
		return row.id;
	}

	long mails(String subject) {
		return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> subject.equals(subjectOf(m))).count();
	}

	SentNotification row(long id) {
		return mapper.findById(id);
	}

	@Test
	@DisplayName("R-X-2: a notification committed by a step is sent in the background and recorded as SENT")
	void sentAfterTheStep() {
		notifications.toUsers(List.of(users.city("320500")), Notice.of("后台发送测试", "正文"));

		await().atMost(Duration.ofSeconds(20)).until(() -> mails("后台发送测试") == 1);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(notifications.sentTo(users.city("320500")))
				.filteredOn(n -> n.subject().equals("后台发送测试")).singleElement()
				.satisfies(n -> assertThat(n.status()).isEqualTo("SENT")));
	}

	@Test
	@DisplayName("R-X-2: a notification a stopped node left unsent is sent by the sweep, once, however often it runs")
	void sweepSendsWhatWasLeft() {
		long left = recorded("遗留待发测试", "PENDING", 30);
		long fresh = recorded("刚刚记录测试", "PENDING", 0);

		outbox.sweep();
		outbox.sweep();
		outbox.send(left);

		await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(row(left).status()));
		assertThat(mails("遗留待发测试")).isEqualTo(1);
		assertThat(row(fresh).status()).as("a fresh one is its own sender's").isEqualTo("PENDING");
		outbox.send(fresh);
		assertThat(row(fresh).status()).isEqualTo("SENT");
	}

	@Test
	@DisplayName("R-X-2: a claim whose sender stopped mid-way is released after resend-after and the notification sent; a live claim is left alone")
	void stuckClaimIsReleased() {
		long stuck = recorded("发送中断测试", "PENDING", 30);
		assertThat(mapper.claim(stuck, EngineClock.now().minusMinutes(20))).isEqualTo(1);
		long live = recorded("正在发送测试", "PENDING", 30);
		assertThat(mapper.claim(live, EngineClock.now())).isEqualTo(1);

		outbox.sweep();

		await().atMost(Duration.ofSeconds(20)).until(() -> "SENT".equals(row(stuck).status()));
		assertThat(mails("发送中断测试")).isEqualTo(1);
		assertThat(row(live).status()).isEqualTo("SENDING");
		assertThat(mails("正在发送测试")).isZero();
	}

	private static String subjectOf(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
