package cn.pilotcity.assessment;

import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.pilotcity.city.TitleKind;

/** The row of a new assessment; MyBatis fills in the id. */
class NewAssessment {

	Long id;
	final long titleId;
	final String cityCode;
	final TitleKind titleKind;
	final LocalDate titleGrantedOn;
	final int assessedYear;
	final AssessmentStatus status = AssessmentStatus.OPEN;
	final String processInstanceId;
	final LocalDateTime openedAt;

	NewAssessment(long titleId, String cityCode, TitleKind titleKind, LocalDate titleGrantedOn, int assessedYear,
			String processInstanceId, LocalDateTime openedAt) {
		this.titleId = titleId;
		this.cityCode = cityCode;
		this.titleKind = titleKind;
		this.titleGrantedOn = titleGrantedOn;
		this.assessedYear = assessedYear;
		this.processInstanceId = processInstanceId;
		this.openedAt = openedAt;
	}
}
