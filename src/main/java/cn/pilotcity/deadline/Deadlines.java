package cn.pilotcity.deadline;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Deadlines for the models, by name: {@code camunda:dueDate="${deadlines.due('expert-review')}"},
 * {@code camunda:followUpDate="${deadlines.followUp('expert-review')}"}, and for timers
 * {@code <timeDuration>${deadlines.reminderAfter('expert-review')}</timeDuration>}. Times are taken from
 * the engine's clock, so tests and the demo can move time.
 */
@Component("deadlines")
@EnableConfigurationProperties(DeadlineSettings.class)
public class Deadlines {

	private final DeadlineSettings settings;

	Deadlines(DeadlineSettings settings) {
		this.settings = settings;
	}

	/** When a task started now is due. */
	public Date due(String name) {
		return Date.from(ClockUtil.getCurrentTime().toInstant().plus(length(name)));
	}

	/** When a task started now is to be followed up: its reminder date, shown in the Tasklist. */
	public Date followUp(String name) {
		return Date.from(ClockUtil.getCurrentTime().toInstant().plus(untilReminder(name)));
	}

	/** The deadline as an ISO-8601 duration for a timer, e.g. {@code PT336H}. */
	public String duration(String name) {
		return length(name).toString();
	}

	/** The time from the start to the reminder as an ISO-8601 duration for a timer. */
	public String reminderAfter(String name) {
		return untilReminder(name).toString();
	}

	public Duration length(String name) {
		return settings.get(name).getDuration();
	}

	private Duration untilReminder(String name) {
		DeadlineSettings.Deadline deadline = settings.get(name);
		Duration until = deadline.getDuration().minus(deadline.getRemindBefore());
		return until.isNegative() ? Duration.ZERO : until;
	}
}
