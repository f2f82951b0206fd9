package cn.pilotcity.lifecycle;

import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.pilotcity.city.TitleKind;

/** A published withdrawal of a title (取消资格, R-SC-8). */
public record Withdrawal(String cityCode, String cityName, String provinceName, TitleKind kind, LocalDate effectiveOn,
		String reason, String docNumber, String recordedBy, LocalDateTime recordedAt) {

	public String title() {
		return kind.label();
	}
}
