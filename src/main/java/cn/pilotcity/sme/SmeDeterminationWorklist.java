package cn.pilotcity.sme;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.pilotcity.application.Application;
import cn.pilotcity.application.ApplicationStatus;
import cn.pilotcity.application.Applications;
import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.review.Review;
import cn.pilotcity.review.ReviewStatus;
import cn.pilotcity.review.Reviews;
import cn.pilotcity.system.EngineClock;
import cn.pilotcity.system.InvalidInputException;
import cn.pilotcity.system.ValidationFailedException;

/**
 * R-SME-6: the list the national office works while it determines a batch: every application awaiting the
 * determination, ranked by its panel's score, with the panel's recommendation and what the official has saved
 * (admitted or not, the opinion). Any number of cities; nothing of it lives in the engine.
 */
@Service
class SmeDeterminationWorklist {

	static final int MAX_OPINION = 2000;

	/** One city of the list; until the official saves it, a city the panel recommends is proposed as admitted. */
	record Line(long applicationId, Long reviewId, String cityCode, String cityName, String provinceName,
			BigDecimal panelScore, String panelRecommendation, String recommendationLabel, boolean admitted, String opinion,
			String updatedBy, LocalDateTime updatedAt) {
	}

	/** What the page sends for one city. */
	record Change(Long applicationId, Boolean admitted, String opinion) {
	}

	private final SmeBatchMapper mapper;
	private final Applications applications;
	private final Reviews reviews;
	private final CityDirectory cities;

	SmeDeterminationWorklist(SmeBatchMapper mapper, Applications applications, Reviews reviews, CityDirectory cities) {
		this.mapper = mapper;
		this.applications = applications;
		this.reviews = reviews;
		this.cities = cities;
	}

	List<Line> lines(long batchId) {
		Map<Long, DeterminationEntry> saved = mapper.findEntries(batchId).stream()
				.collect(Collectors.toMap(DeterminationEntry::applicationId, Function.identity()));
		return awaiting(batchId).stream().map(application -> line(application, saved.get(application.id())))
				.sorted(Comparator.comparing((Line l) -> l.panelScore() == null ? BigDecimal.valueOf(-1) : l.panelScore())
						.reversed().thenComparing(Line::cityCode))
				.toList();
	}

	/** The official saves some or all cities of the list; each must be one awaiting this batch's determination. */
	@Transactional
	void save(long batchId, List<Change> changes, String userId) {
		if (changes == null || changes.isEmpty()) {
			throw new InvalidInputException("没有需要保存的内容");
		}
		Map<Long, Application> awaiting = awaiting(batchId).stream()
				.collect(Collectors.toMap(Application::id, Function.identity()));
		List<String> problems = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		for (Change change : changes) {
			Application application = change == null || change.applicationId() == null ? null
					: awaiting.get(change.applicationId());
			if (application == null) {
				throw new InvalidInputException("名单中有不属于本批次待审定的申报,请刷新页面后重试");
			}
			if (!seen.add(application.id())) {
				throw new InvalidInputException("名单中同一城市出现了两次,请刷新页面后重试");
			}
			String city = cities.city(application.cityCode()).name();
			if (change.admitted() == null) {
				problems.add("请确定是否将" + city + "纳入试点");
			}
			if (change.opinion() != null && change.opinion().strip().length() > MAX_OPINION) {
				problems.add("对" + city + "的审定意见不能超过 " + MAX_OPINION + " 字");
			}
		}
		if (!problems.isEmpty()) {
			throw new ValidationFailedException("名单未保存", problems);
		}
		LocalDateTime now = EngineClock.now();
		for (Change change : changes) {
			DeterminationEntry entry = new DeterminationEntry(change.applicationId(), batchId, change.admitted(),
					change.opinion() == null ? "" : change.opinion().strip(), userId, now);
			if (mapper.updateEntry(entry) == 0) {
				mapper.insertEntry(entry);
			}
		}
	}

	/** The step opens: each city not yet on the list is put there as its panel concluded (admitted if recommended). */
	@Transactional
	void seed(long batchId) {
		Set<Long> listed = mapper.findEntries(batchId).stream().map(DeterminationEntry::applicationId)
				.collect(Collectors.toSet());
		for (Line line : lines(batchId)) {
			if (!listed.contains(line.applicationId())) {
				mapper.insertEntry(new DeterminationEntry(line.applicationId(), batchId, line.admitted(), "", null, null));
			}
		}
	}

	/** The panel's conclusion an application's determination starts from: its latest decided review. */
	Optional<Review> conclusion(long applicationId) {
		return reviews.ofApplication(applicationId).stream().filter(r -> r.status() == ReviewStatus.DECIDED)
				.reduce((earlier, later) -> later);
	}

	private List<Application> awaiting(long batchId) {
		return applications.ofBatch(batchId).stream().filter(a -> a.status() == ApplicationStatus.AWAITING_DETERMINATION)
				.toList();
	}

	private Line line(Application application, DeterminationEntry entry) {
		Optional<Review> review = conclusion(application.id());
		String recommendation = review.map(Review::recommendation).orElse(null);
		var city = cities.city(application.cityCode());
		boolean admitted = entry != null ? entry.admitted() : "APPROVE".equals(recommendation);
		return new Line(application.id(), review.map(Review::id).orElse(null), city.code(), city.name(), city.provinceName(),
				review.map(Review::panelScore).orElse(null), recommendation, label(recommendation), admitted,
				entry == null ? "" : entry.opinion(), entry == null ? null : entry.updatedBy(),
				entry == null ? null : entry.updatedAt());
	}

	static String label(String recommendation) {
		if (recommendation == null) {
			return "无";
		}
		return switch (recommendation) {
			case "APPROVE" -> "建议纳入";
			case "REVISE" -> "修改完善后纳入";
			case "REJECT" -> "不建议纳入";
			default -> recommendation;
		};
	}
}
