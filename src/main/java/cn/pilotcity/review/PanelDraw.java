package cn.pilotcity.review;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The draw of a panel (专家抽取), a pure function of the candidates, the applicant and the seed.
 * <ol>
 * <li>Every expert is checked against the rules of 回避 (in this order; the first that applies is recorded):
 * inactive, no account, already on this review, same city, same province, a declared conflict with the
 * city, his employer or a declared conflict is an organisation named in the application, at his workload
 * cap. An excluded expert is never drawn.</li>
 * <li>The eligible experts, in registry order, are shuffled with {@code new Random(seed)} and then
 * stably sorted by their load (open reviews): the least loaded come first, in random order among equals.
 * So load spreads evenly, and the same seed over the same candidates and loads gives the same draw.</li>
 * <li>The first {@code panelSize} form the panel, the next {@code reserveCount} are the reserves, in
 * order; the rest are eligible but not drawn.</li>
 * </ol>
 */
final class PanelDraw {

	enum Outcome {
		PANEL, RESERVE, NOT_DRAWN, EXCLUDED
	}

	/** Why an expert may not sit on the panel, in the order the rules are checked. */
	enum Exclusion {
		INACTIVE("已停用"),
		NO_ACCOUNT("无系统账号"),
		ALREADY_ON_REVIEW("已在本次评审中"),
		SAME_CITY("与申报城市同城"),
		SAME_PROVINCE("与申报城市同省"),
		CONFLICT_CITY("声明与申报城市存在利益冲突"),
		CONFLICT_ORGANISATION("工作单位或声明回避的单位为申报材料所列单位"),
		WORKLOAD_CAP("在审评审任务已达上限");

		private final String label;

		Exclusion(String label) {
			this.label = label;
		}

		String label() {
			return label;
		}
	}

	/** The application being reviewed: its city, province, and the organisations it names. */
	record Applicant(String cityCode, String provinceCode, List<String> organisations) {
	}

	/** An expert of the registry with his current load (open reviews) and his cap. */
	record Candidate(Expert expert, int load, int cap) {

		long id() {
			return expert.id();
		}
	}

	record Entry(long expertId, Outcome outcome, Exclusion reason, Integer position, int load) {
	}

	record Result(long seed, int panelSize, int reserveCount, List<Entry> entries) {

		List<Long> panel() {
			return drawn(Outcome.PANEL);
		}

		List<Long> reserves() {
			return drawn(Outcome.RESERVE);
		}

		private List<Long> drawn(Outcome outcome) {
			return entries.stream().filter(e -> e.outcome() == outcome)
					.sorted(Comparator.comparing(Entry::position)).map(Entry::expertId).toList();
		}
	}

	private PanelDraw() {
	}

	static Result draw(List<Candidate> candidates, Applicant applicant, Set<Long> alreadyOnReview, int panelSize,
			int reserveCount, long seed) {
		List<Candidate> inRegistryOrder = new ArrayList<>(candidates);
		inRegistryOrder.sort(Comparator.comparingLong(Candidate::id));
		List<Entry> entries = new ArrayList<>();
		List<Candidate> eligible = new ArrayList<>();
		for (Candidate candidate : inRegistryOrder) {
			Optional<Exclusion> exclusion = exclusion(candidate, applicant, alreadyOnReview);
			if (exclusion.isPresent()) {
				entries.add(new Entry(candidate.id(), Outcome.EXCLUDED, exclusion.get(), null, candidate.load()));
			}
			else {
				eligible.add(candidate);
			}
		}
		List<Candidate> ordered = order(eligible, seed);
		for (int i = 0; i < ordered.size(); i++) {
			Outcome outcome = i < panelSize ? Outcome.PANEL : i < panelSize + reserveCount ? Outcome.RESERVE : Outcome.NOT_DRAWN;
			entries.add(new Entry(ordered.get(i).id(), outcome, null, i + 1, ordered.get(i).load()));
		}
		return new Result(seed, panelSize, reserveCount, List.copyOf(entries));
	}

	/** The order of the eligible experts for a seed: shuffled, then least loaded first. */
	static List<Candidate> order(List<Candidate> eligible, long seed) {
		List<Candidate> ordered = new ArrayList<>(eligible);
		ordered.sort(Comparator.comparingLong(Candidate::id));
		Collections.shuffle(ordered, new Random(seed));
		ordered.sort(Comparator.comparingInt(Candidate::load));
		return ordered;
	}

	static Optional<Exclusion> exclusion(Candidate candidate, Applicant applicant, Set<Long> alreadyOnReview) {
		Expert expert = candidate.expert();
		if (!expert.active()) {
			return Optional.of(Exclusion.INACTIVE);
		}
		if (expert.userId() == null || expert.userId().isBlank()) {
			return Optional.of(Exclusion.NO_ACCOUNT);
		}
		if (alreadyOnReview.contains(expert.id())) {
			return Optional.of(Exclusion.ALREADY_ON_REVIEW);
		}
		if (applicant.cityCode().equals(expert.cityCode())) {
			return Optional.of(Exclusion.SAME_CITY);
		}
		if (applicant.provinceCode().equals(expert.provinceCode())) {
			return Optional.of(Exclusion.SAME_PROVINCE);
		}
		for (ExpertConflict conflict : expert.conflicts()) {
			if (ExpertConflict.CITY.equals(conflict.kind()) && applicant.cityCode().equals(conflict.cityCode())) {
				return Optional.of(Exclusion.CONFLICT_CITY);
			}
		}
		List<String> organisations = applicant.organisations().stream().map(PanelDraw::normalise).toList();
		if (organisations.contains(normalise(expert.employer()))) {
			return Optional.of(Exclusion.CONFLICT_ORGANISATION);
		}
		for (ExpertConflict conflict : expert.conflicts()) {
			if (ExpertConflict.EMPLOYER.equals(conflict.kind()) && organisations.contains(normalise(conflict.employer()))) {
				return Optional.of(Exclusion.CONFLICT_ORGANISATION);
			}
		}
		if (candidate.load() >= candidate.cap()) {
			return Optional.of(Exclusion.WORKLOAD_CAP);
		}
		return Optional.empty();
	}

	/** Organisation names compare without spaces, case or the difference of full- and half-width forms. */
	static String normalise(String name) {
		if (name == null) {
			return "";
		}
		return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
	}
}
