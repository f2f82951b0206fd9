package cn.pilotcity.city;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One change of a title, for the city's timeline (R-X-4). */
public record TitleEvent(Long id, long titleId, String cityCode, TitleKind kind, TitleStatus status,
		LocalDate effectiveOn, String reason, String docNumber, String recordedBy, LocalDateTime recordedAt) {
}
