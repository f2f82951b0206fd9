package cn.pilotcity.sme;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A batch of the SME pilot (R-SME-2): opened by the national office, closed at its deadline. */
public record SmeBatch(Long id, String name, int batchYear, LocalDate opensOn, LocalDateTime deadline, String status,
		String processInstanceId, String createdBy, LocalDateTime createdAt, LocalDate publishedOn, String noticeDocNumber) {

	static final String OPEN = "OPEN";
	static final String CLOSED = "CLOSED";
	static final String PUBLISHED = "PUBLISHED";

	boolean acceptsSubmissionsAt(LocalDateTime time) {
		return OPEN.equals(status) && !time.toLocalDate().isBefore(opensOn) && !time.isAfter(deadline);
	}
}
