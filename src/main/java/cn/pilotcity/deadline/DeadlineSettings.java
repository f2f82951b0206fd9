package cn.pilotcity.deadline;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The deadlines of the programmes, by name, from {@code pilotcity.deadlines.<name>.duration} and
 * {@code .remind-before} (e.g. {@code 14d} and {@code 3d}).
 */
@ConfigurationProperties("pilotcity")
public class DeadlineSettings {

	public static class Deadline {

		private Duration duration;
		private Duration remindBefore = Duration.ZERO;

		public Duration getDuration() {
			return duration;
		}

		public void setDuration(Duration duration) {
			this.duration = duration;
		}

		public Duration getRemindBefore() {
			return remindBefore;
		}

		public void setRemindBefore(Duration remindBefore) {
			this.remindBefore = remindBefore;
		}
	}

	private Map<String, Deadline> deadlines = new HashMap<>();

	public Map<String, Deadline> getDeadlines() {
		return deadlines;
	}

	public void setDeadlines(Map<String, Deadline> deadlines) {
		this.deadlines = deadlines;
	}

	Deadline get(String name) {
		Deadline deadline = deadlines.get(name);
		if (deadline == null || deadline.getDuration() == null) {
			throw new IllegalStateException("No deadline 'pilotcity.deadlines." + name + ".duration' configured; known: "
					+ deadlines.keySet());
		}
		return deadline;
	}
}
