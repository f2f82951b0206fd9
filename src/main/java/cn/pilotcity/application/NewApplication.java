package cn.pilotcity.application;

import java.time.LocalDateTime;

/** The row written when a city submits; MyBatis fills in the generated id. */
class NewApplication {

	Long id;
	final Programme programme;
	final String cityCode;
	final ApplicationStatus status = ApplicationStatus.SUBMITTED;
	final String summary;
	final String processInstanceId;
	final String createdBy;
	final LocalDateTime createdAt;

	NewApplication(Programme programme, String cityCode, String summary, String processInstanceId, String createdBy,
			LocalDateTime createdAt) {
		this.programme = programme;
		this.cityCode = cityCode;
		this.summary = summary;
		this.processInstanceId = processInstanceId;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}
}
