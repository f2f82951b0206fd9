package cn.pilotcity.sme;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;

import cn.pilotcity.system.InvalidInputException;

/** Dates as the forms submit them and as Chinese users read them. */
final class Dates {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private Dates() {
	}

	/** A date field of a Camunda Form: "2026-04-30" (untyped) or a Date variable. */
	static LocalDate parse(Object value, String label) {
		if (value == null || value.toString().isBlank()) {
			return null;
		}
		if (value instanceof Date date) {
			return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
		}
		String text = value.toString().strip();
		try {
			return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(label + "格式不正确,应为 年-月-日");
		}
	}

	static Date toDate(LocalDateTime time) {
		return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
	}

	static String minute(LocalDateTime time) {
		return MINUTE.format(time);
	}

	static String day(LocalDate date) {
		return DAY.format(date);
	}
}
