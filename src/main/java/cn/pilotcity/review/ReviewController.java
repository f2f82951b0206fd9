package cn.pilotcity.review;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.pilotcity.application.Application;
import cn.pilotcity.application.Applications;
import cn.pilotcity.document.Downloads;
import cn.pilotcity.identity.CurrentUser;
import cn.pilotcity.identity.RegionAccess;
import cn.pilotcity.system.NotFoundException;

/** The expert reviews through our API: the review, its draws, the score sheet and the application for the experts. */
@RestController
class ReviewController {

	record MemberView(Long expertId, String name, String employer, String role, String status, Integer seat,
			Integer reserveOrder, boolean chair) {
	}

	record AssessmentView(long expertId, String expert, int scoringPass, int seat, Map<String, BigDecimal> scores,
			BigDecimal total, String recommendation, String opinion, String guidance, boolean fieldVisitRequested,
			String fieldVisitReason, LocalDateTime submittedAt) {
	}

	record ReviewView(long id, long applicationId, String programme, int round, String cityCode, String subject,
			String status, String statusLabel, int panelSize, int scoringPass, String recommendation,
			String recommendationLabel, BigDecimal panelScore, String guidance, List<MemberView> members,
			List<Criterion> rubric, List<AssessmentView> assessments, boolean allScoresVisible,
			List<Statistic> statistics, FieldVisit fieldVisit, List<MemberEvent> events) {
	}

	record ResultView(long id, int round, String status, String statusLabel, String recommendation,
			String recommendationLabel, BigDecimal panelScore, String guidance, LocalDateTime decidedAt) {
	}

	record DrawEntryView(long expertId, String expert, String outcome, String reason, String reasonLabel,
			Integer position, int loadAtDraw) {
	}

	/** {@code seedText}: the seed as text, since a browser's numbers cannot hold every long exactly. */
	record DrawView(int drawNo, String kind, long seed, String seedText, int panelSize, int reserveCount, String drawnBy,
			LocalDateTime drawnAt, boolean reproducible, List<DrawEntryView> entries) {
	}

	record ExpertView(Expert expert, int openReviews, int workloadCap) {
	}


	private final Reviews reviews;
	private final ReviewAccess access;
	private final ExpertRegistry registry;
	private final ScoreSheet scoreSheet;
	private final Applications applications;
	private final RegionAccess regions;
	private final CurrentUser currentUser;
	private final ReviewApplicationDocument applicationDocument;

	ReviewController(Reviews reviews, ReviewAccess access, ExpertRegistry registry, ScoreSheet scoreSheet,
			Applications applications, RegionAccess regions,
			CurrentUser currentUser, ReviewApplicationDocument applicationDocument) {
		this.applicationDocument = applicationDocument;
		this.reviews = reviews;
		this.access = access;
		this.registry = registry;
		this.scoreSheet = scoreSheet;
		this.applications = applications;
		this.regions = regions;
		this.currentUser = currentUser;
	}

	@GetMapping("/api/reviews/{id}")
	Object review(@PathVariable long id) {
		Review review = find(id);
		ReviewAccess.Viewer viewer = access.viewer(review);
		if (viewer == ReviewAccess.Viewer.REGION) {
			return result(review);
		}
		boolean national = viewer == ReviewAccess.Viewer.NATIONAL;
		boolean allScores = access.maySeeAllScores(review);
		Long self = access.membership(review).map(Member::expertId).orElse(null);
		Map<Long, Expert> experts = experts();
		boolean former = viewer == ReviewAccess.Viewer.FORMER_MEMBER;
		List<MemberView> members = reviews.members(review.id()).stream()
				.filter(m -> national || m.isSeated() && (!former || Objects.equals(m.expertId(), self)))
				.map(m -> {
					boolean chair = m.isSeated() && Objects.equals(m.seat(), review.chairSeat());
					// before his own scores are in, an expert knows his chair, not who else scores
					boolean named = allScores || former || chair || Objects.equals(m.expertId(), self);
					Expert expert = experts.get(m.expertId());
					return new MemberView(named ? m.expertId() : null, named ? expert.name() : "专家(第 " + m.seat() + " 席)",
							named ? expert.employer() : null, m.role().name(), m.status().name(), m.seat(), m.reserveOrder(), chair);
				})
				.toList();
		List<AssessmentView> assessments = reviews.assessments(review.id()).stream()
				.filter(a -> allScores || Objects.equals(a.expertId(), self))
				.map(a -> new AssessmentView(a.expertId(), experts.get(a.expertId()).name(), a.scoringPass(), a.seat(),
						a.scores(), a.total(), a.recommendation(), a.opinion(), a.guidance(), a.fieldVisitRequested(),
						a.fieldVisitReason(), a.submittedAt()))
				.toList();
		return new ReviewView(review.id(), review.applicationId(), review.programme().name(), review.reviewRound(),
				review.cityCode(), review.subject(), review.status().name(), review.status().label(), review.panelSize(),
				review.scoringPass(), review.recommendation(), Assessment.label(review.recommendation()),
				review.panelScore(), review.guidance(), members, reviews.rubric(review.programme()), assessments, allScores,
				allScores ? reviews.statistics(review.id()) : List.of(), reviews.fieldVisit(review.id()).orElse(null),
				national ? reviews.events(review.id()) : List.of());
	}

	/** The reviews of an application: the national offices, its region (decided results only) and its experts. */
	@GetMapping("/api/applications/{applicationId}/reviews")
	List<ResultView> ofApplication(@PathVariable long applicationId) {
		String notFound = "申报 " + applicationId + " 不存在";
		Application application = applications.find(applicationId).orElseThrow(() -> new NotFoundException(notFound));
		boolean region = regions.maySee(application.cityCode());
		if (!region && !access.mayRead(currentUser.id(), application)) {
			throw new NotFoundException(notFound);
		}
		return reviews.ofApplication(applicationId).stream()
				.filter(r -> currentUser.isNational() || region && r.status() == ReviewStatus.DECIDED
						|| !region && access.membership(r).isPresent())
				.map(this::result).toList();
	}

	/** Every draw of a review with its seed and the whole record: the national offices only. */
	@GetMapping("/api/reviews/{id}/draws")
	List<DrawView> draws(@PathVariable long id) {
		Review review = find(id);
		access.national(review);
		List<Expert> registryNow = registry.all();
		Map<Long, Expert> experts = registryNow.stream().collect(Collectors.toMap(Expert::id, Function.identity()));
		return reviews.draws(review.id()).stream().map(d -> new DrawView(d.drawNo(), d.kind(), d.seed(), Long.toString(d.seed()), d.panelSize(),
				d.reserveCount(), d.drawnBy(), d.drawnAt(), reviews.reproduces(d, registryNow),
				d.entries().stream().map(e -> new DrawEntryView(e.expertId(), experts.get(e.expertId()).name(), e.outcome(),
						e.reason(), e.reason() == null ? null : PanelDraw.Exclusion.valueOf(e.reason()).label(),
						e.position(), e.loadAtDraw())).toList()))
				.toList();
	}

	/** The score sheet: the national offices, or a panel member once his own scores of the current pass are in. */
	@GetMapping("/api/reviews/{id}/score-sheet.xlsx")
	ResponseEntity<byte[]> scoreSheet(@PathVariable long id) {
		Review review = find(id);
		access.nationalOrMember(review);
		access.requireAllScores(review);
		return Downloads.excel(review.subject() + "-专家评分表.xlsx", scoreSheet.of(review));
	}

	/** The application as a Word document, for the national offices and the seated panel members. */
	@GetMapping("/api/reviews/{id}/application.docx")
	ResponseEntity<byte[]> application(@PathVariable long id) {
		Review review = find(id);
		access.nationalOrMember(review);
		return Downloads.word(applicationDocument.fileName(review), applicationDocument.of(review));
	}

	/** The expert registry with each expert's open reviews: the national offices only. */
	@GetMapping("/api/experts")
	List<ExpertView> registry() {
		if (!currentUser.isNational()) {
			throw new NotFoundException("专家库仅对国家知识产权局开放");
		}
		Map<Long, Integer> loads = registry.openReviews();
		return registry.all().stream().map(e -> new ExpertView(e, loads.getOrDefault(e.id(), 0), registry.capOf(e))).toList();
	}

	private ResultView result(Review review) {
		boolean decided = review.status() == ReviewStatus.DECIDED;
		return new ResultView(review.id(), review.reviewRound(), review.status().name(), review.status().label(),
				decided ? review.recommendation() : null, decided ? Assessment.label(review.recommendation()) : null,
				decided ? review.panelScore() : null, decided ? review.guidance() : null, review.decidedAt());
	}

	private Review find(long id) {
		return reviews.find(id).orElseThrow(() -> ReviewAccess.notFound(id));
	}

	private Map<Long, Expert> experts() {
		return registry.all().stream().collect(Collectors.toMap(Expert::id, Function.identity()));
	}
}
