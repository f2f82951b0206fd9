package cn.pilotcity.application;

import java.time.LocalDateTime;

/** The row written when a city starts an application; MyBatis fills in the generated id. */
class NewApplication {

	Long id;
	final Programme programme;
	final String cityCode;
	final Long batchId;
	final ApplicationStatus status = ApplicationStatus.DRAFT;
	final String processInstanceId;
	final String createdBy;
	final LocalDateTime createdAt;

	NewApplication(Programme programme, String cityCode, Long batchId, String processInstanceId, String createdBy,
			LocalDateTime createdAt) {
		this.programme = programme;
		this.cityCode = cityCode;
		this.batchId = batchId;
		this.processInstanceId = processInstanceId;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}
}
