package cn.pilotcity.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** What changed from one submitted revision to the next, field by field (R-SME-3: the history shows it). */
public final class RevisionChanges {

	/** A changed field: {@code field} is a stable key (e.g. {@code section.3}, {@code target.1.PEOPLE_TRAINED}). */
	public record Change(String field, String before, String after) {
	}

	private RevisionChanges() {
	}

	public static List<Change> between(ApplicationContent before, ApplicationContent after) {
		List<Change> changes = new ArrayList<>();
		compare(changes, "clusters", String.join("、", before.clusters()), String.join("、", after.clusters()));
		compare(changes, "organisations", String.join("、", before.organisations()), String.join("、", after.organisations()));
		compare(changes, "summary", before.summary(), after.summary());
		for (Integer no : new TreeSet<>(union(before.sections().keySet(), after.sections().keySet()))) {
			compare(changes, "section." + no, before.sections().get(no), after.sections().get(no));
		}
		Map<String, BigDecimal> oldTargets = targets(before);
		Map<String, BigDecimal> newTargets = targets(after);
		for (String key : new TreeSet<>(union(oldTargets.keySet(), newTargets.keySet()))) {
			compare(changes, "target." + key, plain(oldTargets.get(key)), plain(newTargets.get(key)));
		}
		Map<Integer, ConditionRating> oldConditions = conditions(before);
		Map<Integer, ConditionRating> newConditions = conditions(after);
		for (Integer no : new TreeSet<>(union(oldConditions.keySet(), newConditions.keySet()))) {
			ConditionRating a = oldConditions.get(no);
			ConditionRating b = newConditions.get(no);
			compare(changes, "condition." + no, a == null ? null : a.rating(), b == null ? null : b.rating());
			compare(changes, "condition." + no + ".evidence", a == null ? null : a.evidence(), b == null ? null : b.evidence());
		}
		return changes;
	}

	private static void compare(List<Change> changes, String field, String before, String after) {
		String a = before == null ? "" : before;
		String b = after == null ? "" : after;
		if (!Objects.equals(a, b)) {
			changes.add(new Change(field, a, b));
		}
	}

	private static Map<String, BigDecimal> targets(ApplicationContent content) {
		Map<String, BigDecimal> targets = new LinkedHashMap<>();
		content.targets().forEach(t -> targets.put(t.yearNo() + "." + t.metric(), t.value()));
		return targets;
	}

	private static Map<Integer, ConditionRating> conditions(ApplicationContent content) {
		Map<Integer, ConditionRating> conditions = new LinkedHashMap<>();
		content.conditions().forEach(c -> conditions.put(c.conditionNo(), c));
		return conditions;
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString();
	}

	private static <T> java.util.Set<T> union(java.util.Set<T> a, java.util.Set<T> b) {
		java.util.Set<T> all = new java.util.HashSet<>(a);
		all.addAll(b);
		return all;
	}
}
