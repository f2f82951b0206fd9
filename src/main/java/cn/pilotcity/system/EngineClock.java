package cn.pilotcity.system;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's time as local date-time: what our rows record, so that tests and the demo clock, which move the
 * engine's clock, move ours with it.
 */
public final class EngineClock {

	private EngineClock() {
	}

	public static LocalDateTime now() {
		return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
	}

	public static LocalDate today() {
		return now().toLocalDate();
	}
}
