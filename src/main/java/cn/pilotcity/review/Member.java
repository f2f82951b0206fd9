package cn.pilotcity.review;

import java.time.LocalDateTime;

/** An expert on a review's panel (in a seat) or among its reserves (in order). */
public record Member(Long id, long reviewId, long expertId, Role role, Status status, Integer seat,
		Integer reserveOrder, LocalDateTime joinedAt, LocalDateTime leftAt) {

	public enum Role {
		MEMBER, RESERVE
	}

	public enum Status {
		/** Drawn, awaiting the national office's confirmation. */
		PROPOSED,
		ACTIVE,
		/** Declared a conflict of interest. */
		RECUSED,
		/** Overdue; the national office handed his review to a reserve. */
		HANDED_OVER,
		/** Taken off the panel by the national office. */
		REMOVED
	}

	boolean isSeated() {
		return role == Role.MEMBER && status == Status.ACTIVE;
	}

	boolean isWaitingReserve() {
		return role == Role.RESERVE && status == Status.ACTIVE;
	}
}
