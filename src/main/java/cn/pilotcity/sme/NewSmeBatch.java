package cn.pilotcity.sme;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** The row of a newly opened batch; MyBatis fills in the id. */
class NewSmeBatch {

	Long id;
	final String name;
	final int batchYear;
	final LocalDate opensOn;
	final LocalDateTime deadline;
	final String status = SmeBatch.OPEN;
	final String processInstanceId;
	final String createdBy;
	final LocalDateTime createdAt;

	NewSmeBatch(String name, int batchYear, LocalDate opensOn, LocalDateTime deadline, String processInstanceId,
			String createdBy, LocalDateTime createdAt) {
		this.name = name;
		this.batchYear = batchYear;
		this.opensOn = opensOn;
		this.deadline = deadline;
		this.processInstanceId = processInstanceId;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}
}
