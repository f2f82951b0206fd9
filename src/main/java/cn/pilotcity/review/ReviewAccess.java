package cn.pilotcity.review;

import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.pilotcity.application.Application;
import cn.pilotcity.application.ApplicationReaders;
import cn.pilotcity.application.Applications;
import cn.pilotcity.identity.CurrentUser;
import cn.pilotcity.identity.RegionAccess;
import cn.pilotcity.system.ForbiddenException;
import cn.pilotcity.system.NotFoundException;

/**
 * Who may see what of a review. The national offices see everything. An expert sees only the reviews in
 * whose panel he sits (not as a reserve, not after recusing himself or handing over), the application under
 * review, and the other experts' names and scores only once his own for the current pass are in. Once the
 * application's result is published (or the application ended) he keeps only his own scores: no application,
 * no score sheet, no colleagues. The applicant's region sees a decided review's result and guidance, never who
 * scored what. Anyone else: 404.
 */
@Component
class ReviewAccess implements ApplicationReaders {

	enum Viewer {
		NATIONAL, MEMBER, FORMER_MEMBER, REGION
	}

	private final ReviewMapper mapper;
	private final ExpertRegistry registry;
	private final CurrentUser currentUser;
	private final RegionAccess regions;
	private final Scoring scoring;
	private final Applications applications;

	ReviewAccess(ReviewMapper mapper, ExpertRegistry registry, CurrentUser currentUser, RegionAccess regions,
			Scoring scoring, Applications applications) {
		this.applications = applications;
		this.mapper = mapper;
		this.registry = registry;
		this.currentUser = currentUser;
		this.regions = regions;
		this.scoring = scoring;
	}

	/** An expert reads an application while he sits on the panel of one of its reviews, until its result is published. */
	@Override
	public boolean mayRead(String userId, Application application) {
		return !application.status().isSettled() && mapper.countActiveMemberships(userId, application.id()) > 0;
	}

	/** @throws NotFoundException unless the user is national, a seated member, or (for a decided review) of the region */
	Viewer viewer(Review review) {
		if (currentUser.isNational()) {
			return Viewer.NATIONAL;
		}
		if (membership(review).isPresent()) {
			return settled(review) ? Viewer.FORMER_MEMBER : Viewer.MEMBER;
		}
		if (review.status() == ReviewStatus.DECIDED && regions.maySee(review.cityCode())) {
			return Viewer.REGION;
		}
		throw notFound(review.id());
	}

	/** The national offices or a seated member while the result is not published; anyone else 404. */
	Viewer nationalOrMember(Review review) {
		Viewer viewer = viewer(review);
		if (viewer == Viewer.REGION || viewer == Viewer.FORMER_MEMBER) {
			throw notFound(review.id());
		}
		return viewer;
	}

	void national(Review review) {
		if (!currentUser.isNational()) {
			throw notFound(review.id());
		}
	}

	/** The current user's seat on the panel, if he is a seated member. */
	Optional<Member> membership(Review review) {
		return registry.byUser(currentUser.id()).flatMap(expert -> mapper.findMembers(review.id()).stream()
				.filter(Member::isSeated).filter(m -> m.expertId() == expert.id()).findFirst());
	}

	/** May the user see every expert's scores? National, or a member whose own scores of the current pass are in. */
	boolean maySeeAllScores(Review review) {
		if (currentUser.isNational()) {
			return true;
		}
		return !settled(review) && membership(review).map(m -> scoring.assessments(review.id()).stream()
				.anyMatch(a -> a.expertId() == m.expertId() && a.scoringPass() == review.scoringPass())).orElse(false);
	}

	void requireAllScores(Review review) {
		if (!maySeeAllScores(review)) {
			throw new ForbiddenException("提交本人本轮评分后,方可查看专家组的评分");
		}
	}

	private boolean settled(Review review) {
		return applications.get(review.applicationId()).status().isSettled();
	}

	static NotFoundException notFound(long reviewId) {
		return new NotFoundException("评审 " + reviewId + " 不存在");
	}
}
