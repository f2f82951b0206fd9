package cn.pilotcity.application;

import java.time.LocalDateTime;

/** One submitted revision of an application, as it was submitted. */
public record Revision(int revision, ApplicationContent content, String note, String submittedBy,
		LocalDateTime submittedAt) {
}
