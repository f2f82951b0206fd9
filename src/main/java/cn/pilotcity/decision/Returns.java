package cn.pilotcity.decision;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.pilotcity.identity.CurrentUser;
import cn.pilotcity.system.EngineClock;

/**
 * R-X-1: a step reached by a return shows who returned it, when and why. Read from the record of decisions,
 * the steps that returned a subject in its latest round: for each returning step its latest decision, kept if
 * it was a return.
 */
@Service
public class Returns {

	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

	private final DecisionMapper mapper;
	private final CurrentUser users;

	Returns(DecisionMapper mapper, CurrentUser users) {
		this.mapper = mapper;
		this.users = users;
	}

	/** A return made by a body that takes no task of its own here (the expert panel's conclusion), now. */
	public static Map<String, Object> returnedNow(String by) {
		return Map.of("returnedBy", by, "returnedAt", EngineClock.now().format(AT));
	}

	/**
	 * Who returned the subject and when, as form values ({@code returnedBy}, {@code returnedAt}; the why is the caller's own, it words the opinions): "张三(省知识产权局推荐意见)",
	 * several joined by ";", and the time of the latest return. Empty when none of the steps' latest decision
	 * was {@code outcome}.
	 */
	public Map<String, Object> lastReturn(String subjectType, long subjectId, String outcome, String... steps) {
		List<Decision> returns = latestReturns(subjectType, subjectId, outcome, steps);
		if (returns.isEmpty()) {
			return Map.of();
		}
		return Map.of("returnedBy", returns.stream().map(this::by).collect(Collectors.joining(";")),
				"returnedAt", returns.get(returns.size() - 1).decidedAt().format(AT));
	}

	/** The same in one sentence with the opinions: "张三(组长协调评分)于2026年12月4日 10:20:意见". */
	public Optional<String> describeLastReturn(String subjectType, long subjectId, String outcome, String... steps) {
		List<Decision> returns = latestReturns(subjectType, subjectId, outcome, steps);
		return returns.isEmpty() ? Optional.empty() : Optional.of(returns.stream()
				.map(d -> by(d) + "于" + d.decidedAt().format(AT) + ":" + d.opinion()).collect(Collectors.joining(";")));
	}

	private List<Decision> latestReturns(String subjectType, long subjectId, String outcome, String... steps) {
		List<String> wanted = List.of(steps);
		Map<String, Decision> latestPerStep = mapper.findBySubject(subjectType, subjectId).stream()
				.filter(d -> wanted.contains(d.step()))
				.collect(Collectors.toMap(Decision::step, d -> d, (earlier, later) -> later, LinkedHashMap::new));
		return latestPerStep.values().stream().filter(d -> Objects.equals(outcome, d.outcome()))
				.sorted(Comparator.comparing(Decision::decidedAt)).toList();
	}

	private String by(Decision decision) {
		return users.nameOf(decision.decidedBy()) + "(" + decision.stepName() + ")";
	}
}
