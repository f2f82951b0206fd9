package cn.pilotcity.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import cn.pilotcity.application.Programme;
import cn.pilotcity.system.EngineClock;
import cn.pilotcity.system.NotFoundException;

/** The expert reviews as stored in our tables: panels, draws, assessments, results. */
@Service
public class Reviews {

	/** What a new review is about (the inputs of {@code expert-review}). */
	record Request(long applicationId, Programme programme, int round, String cityCode, String provinceCode,
			String subject, String businessKey, String processInstanceId) {
	}

	private final ReviewMapper mapper;
	private final Scoring scoring;

	Reviews(ReviewMapper mapper, Scoring scoring) {
		this.mapper = mapper;
		this.scoring = scoring;
	}

	long open(Request request, int panelSize, int reserveCount) {
		GeneratedKey key = new GeneratedKey();
		mapper.insertReview(key, new Review(null, request.applicationId(), request.programme(), request.round(),
				request.cityCode(), request.provinceCode(), request.subject(), request.businessKey(),
				request.processInstanceId(), ReviewStatus.FORMING, panelSize, reserveCount, null, 1, false, null, null,
				null, null, null, EngineClock.now(), null, null));
		return key.id();
	}

	public Optional<Review> find(long id) {
		return mapper.findReview(id);
	}

	public Review get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("评审 " + id + " 不存在"));
	}

	public List<Review> ofApplication(long applicationId) {
		return mapper.findReviewsOfApplication(applicationId);
	}

	public Optional<Review> ofProcess(String processInstanceId) {
		return mapper.findReviewOfProcess(processInstanceId);
	}

	public List<Member> members(long reviewId) {
		return mapper.findMembers(reviewId);
	}

	public List<MemberEvent> events(long reviewId) {
		return mapper.findEvents(reviewId);
	}

	public List<DrawRecord> draws(long reviewId) {
		Map<Long, List<DrawRecord.DrawEntry>> entries = mapper.findDrawEntries(reviewId).stream()
				.collect(Collectors.groupingBy(DrawRecord.DrawEntry::drawId));
		return mapper.findDraws(reviewId).stream().map(d -> d.withEntries(entries.getOrDefault(d.id(), List.of())))
				.toList();
	}

	public List<Assessment> assessments(long reviewId) {
		return scoring.assessments(reviewId);
	}

	public List<Statistic> statistics(long reviewId) {
		return mapper.findStatistics(reviewId);
	}

	public Optional<FieldVisit> fieldVisit(long reviewId) {
		return mapper.findFieldVisit(reviewId).map(v -> v.withTeam(mapper.findFieldVisitTeam(v.id())));
	}

	public List<Criterion> rubric(Programme programme) {
		return scoring.rubric(programme);
	}

	/**
	 * Does the recorded draw follow from its seed? The eligible experts with the loads recorded at the time,
	 * ordered again with the seed, must give the recorded positions.
	 */
	public boolean reproduces(DrawRecord draw, List<Expert> registry) {
		Map<Long, Expert> experts = registry.stream().collect(Collectors.toMap(Expert::id, e -> e));
		List<DrawRecord.DrawEntry> eligible = draw.entries().stream().filter(e -> e.position() != null).toList();
		List<PanelDraw.Candidate> candidates = eligible.stream()
				.map(e -> new PanelDraw.Candidate(experts.get(e.expertId()), e.loadAtDraw(), Integer.MAX_VALUE)).toList();
		List<Long> again = PanelDraw.order(candidates, draw.seed()).stream().map(PanelDraw.Candidate::id).toList();
		List<Long> recorded = eligible.stream().sorted(java.util.Comparator.comparing(DrawRecord.DrawEntry::position))
				.map(DrawRecord.DrawEntry::expertId).toList();
		return again.equals(recorded);
	}
}
