package cn.pilotcity.notification;

/** What to tell: a subject, a text, and the process and task it is about (either may be null). */
public record Notice(String subject, String body, String processInstanceId, String taskId) {

	public static Notice of(String subject, String body) {
		return new Notice(subject, body, null, null);
	}
}
