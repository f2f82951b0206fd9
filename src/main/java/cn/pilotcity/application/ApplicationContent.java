package cn.pilotcity.application;

import java.util.List;
import java.util.Map;

/**
 * What a city writes in an application: the clusters it names (R-SME-1), the organisations taking part,
 * an abstract, the numbered sections of its plan (R-SME-5), yearly targets as numbers and its
 * self-assessment against the programme's conditions (R-SME-4). Each programme checks its own rules.
 */
public record ApplicationContent(List<String> clusters, List<String> organisations, String summary,
		Map<Integer, String> sections, List<Target> targets, List<ConditionRating> conditions) {

	public ApplicationContent {
		clusters = List.copyOf(clusters);
		organisations = List.copyOf(organisations);
		sections = Map.copyOf(sections);
		targets = List.copyOf(targets);
		conditions = List.copyOf(conditions);
	}
}
