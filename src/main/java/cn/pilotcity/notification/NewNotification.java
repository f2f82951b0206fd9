package cn.pilotcity.notification;

import java.time.LocalDateTime;

/** The row written before delivery; MyBatis fills in the id. */
class NewNotification {

	Long id;
	final String recipient;
	final String email;
	final String subject;
	final String body;
	final String status;
	final String processInstanceId;
	final String taskId;
	final LocalDateTime createdAt;

	NewNotification(String recipient, String email, Notice notice, String status, LocalDateTime createdAt) {
		this.recipient = recipient;
		this.email = email;
		this.subject = notice.subject();
		this.body = notice.body();
		this.status = status;
		this.processInstanceId = notice.processInstanceId();
		this.taskId = notice.taskId();
		this.createdAt = createdAt;
	}
}
