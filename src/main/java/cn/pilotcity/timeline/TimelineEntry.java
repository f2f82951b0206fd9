package cn.pilotcity.timeline;

import java.time.LocalDateTime;

/**
 * One event in a city's history.
 *
 * @param kind     APPLICATION, DECISION, ASSESSMENT, INDICATOR_UPLOAD, REVIEW, RECTIFICATION or TITLE
 * @param ref      what it is about, e.g. {@code ASSESSMENT-12}
 * @param what     what happened, in Chinese
 * @param by       who did it (a user id, or {@code system})
 * @param byName   who did it, as people read it: the user's name (which names his unit), or 系统
 * @param outcome  the outcome, in Chinese, where there is one
 * @param opinion  the written opinion, reason or content
 * @param source   the row it was read from, e.g. {@code pc_decision:57}
 */
public record TimelineEntry(LocalDateTime at, String kind, String ref, String what, String by, String outcome,
		String opinion, String docNumber, String source, String byName) {

	TimelineEntry(LocalDateTime at, String kind, String ref, String what, String by, String outcome, String opinion,
			String docNumber, String source) {
		this(at, kind, ref, what, by, outcome, opinion, docNumber, source, null);
	}

	TimelineEntry named(String name) {
		return new TimelineEntry(at, kind, ref, what, by, outcome, opinion, docNumber, source, name);
	}
}
