package cn.pilotcity.city;

import java.time.LocalDate;

/** A title held by a city, with the day it was granted and, where the programme has one, its end. */
public record Title(Long id, String cityCode, TitleKind kind, TitleStatus status, LocalDate grantedOn,
		LocalDate endsOn, String source) {

	public boolean isActive() {
		return status == TitleStatus.ACTIVE || status == TitleStatus.RECTIFICATION;
	}
}
