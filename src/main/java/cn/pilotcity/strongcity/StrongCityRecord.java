package cn.pilotcity.strongcity;

import java.util.Comparator;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.pilotcity.application.Application;
import cn.pilotcity.application.ApplicationStatus;
import cn.pilotcity.deadline.Deadlines;
import cn.pilotcity.decision.Decision;
import cn.pilotcity.decision.Decisions;
import cn.pilotcity.review.Review;
import cn.pilotcity.review.ReviewStatus;
import cn.pilotcity.review.Reviews;

/**
 * What our tables say about a strong-city application for its forms, steps and notices: the latest decision of a
 * step, the panel's conclusion of the latest round, why the plan is back with the city. Never what a form left
 * behind in the engine.
 */
@Component
class StrongCityRecord {

	static final String GUIDANCE_STEP = "Task_ProvincialGuidance";
	static final String FORMAL_CHECK_STEP = "Task_FormalCheck";
	static final String APPROVAL_STEP = "Task_Approve";
	static final String ISSUE_STEP = "Task_IssuePlan";

	private final Decisions decisions;
	private final Reviews reviews;
	private final Deadlines deadlines;

	StrongCityRecord(Decisions decisions, Reviews reviews, Deadlines deadlines) {
		this.decisions = decisions;
		this.reviews = reviews;
		this.deadlines = deadlines;
	}

	Optional<Decision> latest(long applicationId, String step) {
		return decisions.latest("APPLICATION", applicationId, step);
	}

	/** R-SC-5: the panel's conclusion of the latest decided round (score, guidance). */
	Optional<Review> conclusion(long applicationId) {
		return reviews.ofApplication(applicationId).stream().filter(r -> r.status() == ReviewStatus.DECIDED)
				.max(Comparator.comparing(Review::reviewRound).thenComparing(Review::id));
	}

	/**
	 * Why the plan is back with the city: the province's guidance (R-SC-4), the national formal check, or the
	 * panel's guidance of the round (R-SC-5, with the revision deadline); empty when it is not back.
	 */
	Optional<String> returnReason(Application application, String provinceName, int round) {
		if (application.status() == ApplicationStatus.REVISING) {
			return conclusion(application.id()).map(r -> "第" + round + "轮专家论证意见(请在 "
					+ deadlines.length(StrongCitySteps.REVISION_DEADLINE).toDays() + " 天内修改后重新提交):" + r.guidance());
		}
		if (application.status() != ApplicationStatus.RETURNED) {
			return Optional.empty();
		}
		Optional<Decision> guidance = latest(application.id(), GUIDANCE_STEP).filter(d -> "RETURN".equals(d.outcome()));
		Optional<Decision> check = latest(application.id(), FORMAL_CHECK_STEP).filter(d -> "RETURN".equals(d.outcome()));
		Optional<Decision> last = guidance.isPresent() && check.isPresent()
				? Optional.of(guidance.get().decidedAt().isAfter(check.get().decidedAt()) ? guidance.get() : check.get())
				: guidance.or(() -> check);
		return last.map(d -> GUIDANCE_STEP.equals(d.step()) ? provinceName + "知识产权局指导意见:" + d.opinion()
				: "国家知识产权局形式审查意见:" + d.opinion());
	}
}
