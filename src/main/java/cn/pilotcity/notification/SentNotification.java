package cn.pilotcity.notification;

import java.time.LocalDateTime;

/** A notification as recorded, with how it was delivered. */
public record SentNotification(Long id, String recipient, String email, String subject, String body, String status,
		String error, String processInstanceId, String taskId, LocalDateTime createdAt, LocalDateTime sentAt) {
}
