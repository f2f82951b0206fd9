package cn.pilotcity.city;

import java.time.LocalDate;

/** The row of a first grant; MyBatis fills in the id. */
class NewTitle {

	Long id;
	final String cityCode;
	final TitleKind kind;
	final TitleStatus status = TitleStatus.ACTIVE;
	final LocalDate grantedOn;
	final LocalDate endsOn;
	final String source;

	NewTitle(String cityCode, TitleKind kind, LocalDate grantedOn, LocalDate endsOn, String source) {
		this.cityCode = cityCode;
		this.kind = kind;
		this.grantedOn = grantedOn;
		this.endsOn = endsOn;
		this.source = source;
	}
}
