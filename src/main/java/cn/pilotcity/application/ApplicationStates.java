package cn.pilotcity.application;

import static cn.pilotcity.application.ApplicationStatus.APPROVED;
import static cn.pilotcity.application.ApplicationStatus.AWAITING_DETERMINATION;
import static cn.pilotcity.application.ApplicationStatus.DRAFT;
import static cn.pilotcity.application.ApplicationStatus.INELIGIBLE;
import static cn.pilotcity.application.ApplicationStatus.RECEIVED;
import static cn.pilotcity.application.ApplicationStatus.RECOMMENDED;
import static cn.pilotcity.application.ApplicationStatus.RETURNED;
import static cn.pilotcity.application.ApplicationStatus.REVISING;
import static cn.pilotcity.application.ApplicationStatus.SUBMITTED;
import static cn.pilotcity.application.ApplicationStatus.SUPPLEMENT_REQUESTED;
import static cn.pilotcity.application.ApplicationStatus.UNDER_ARGUMENTATION;
import static cn.pilotcity.application.ApplicationStatus.UNDER_REVIEW;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.stereotype.Service;

import cn.pilotcity.system.EngineClock;
import cn.pilotcity.system.InvalidInputException;

/**
 * Every change of an application's status, by name, each from the states the processes reach it from (R-SME-2 …
 * R-SME-7, R-SC-3 … R-SC-6). A step that finds its application in another state is refused, nothing changes:
 * a late recommendation cannot revive a withdrawn application, a determination cannot admit a city that was
 * never reviewed.
 */
@Service
public class ApplicationStates {

	/** Not yet received nationally: what the deadline makes late. */
	private static final Set<ApplicationStatus> BEFORE_RECEIPT = EnumSet.of(DRAFT, SUBMITTED, INELIGIBLE, RETURNED, RECOMMENDED);

	private final ApplicationMapper mapper;
	private final Applications applications;

	ApplicationStates(ApplicationMapper mapper, Applications applications) {
		this.mapper = mapper;
		this.applications = applications;
	}

	/** R-SME-4: the eligibility table refused the submitted application; the city revises it. */
	public void markIneligible(long id) {
		move(id, INELIGIBLE, SUBMITTED);
	}

	/** R-SME-3, R-SC-3: the province (or the national formal check) returned the submitted application. */
	public void markReturned(long id) {
		move(id, RETURNED, SUBMITTED);
	}

	/** R-SME-3: both provincial offices agreed; the joint document's number is recorded. */
	public void markRecommended(long id, String documentNumber) {
		if (mapper.updateRecommendation(id, documentNumber, EnumSet.of(SUBMITTED), EngineClock.now()) != 1) {
			throw refused(id, RECOMMENDED);
		}
	}

	/** R-SME-2: the recommended application reached the national office before the deadline. */
	public void markReceived(long id) {
		move(id, RECEIVED, RECOMMENDED);
	}

	/** R-SME-2: the deadline passed before the application was recommended and received. */
	public void markLate(long id) {
		move(id, ApplicationStatus.LATE, BEFORE_RECEIPT.toArray(ApplicationStatus[]::new));
	}

	/** R-SME-6: the national formal check asks the city for more (also after a supplement that fell short). */
	public void markSupplementRequested(long id) {
		move(id, SUPPLEMENT_REQUESTED, RECEIVED, SUPPLEMENT_REQUESTED);
	}

	/** R-SME-6: complete (as received, or once supplemented); the experts review it. */
	public void markUnderReview(long id) {
		move(id, UNDER_REVIEW, RECEIVED, SUPPLEMENT_REQUESTED);
	}

	/** R-SME-6: reviewed; it waits for the batch's determination. */
	public void markAwaitingDetermination(long id) {
		move(id, AWAITING_DETERMINATION, UNDER_REVIEW);
	}

	/** R-SME-6, R-SME-7: the batch's determination admitted the city. */
	public void markAdmitted(long id) {
		move(id, ApplicationStatus.ADMITTED, AWAITING_DETERMINATION);
	}

	/** R-SME-6: the batch's determination did not admit the city. */
	public void markNotAdmitted(long id) {
		move(id, ApplicationStatus.NOT_ADMITTED, AWAITING_DETERMINATION);
	}

	/** The city withdrew: possible while its application is not settled. */
	public void markWithdrawn(long id) {
		move(id, ApplicationStatus.WITHDRAWN, Arrays.stream(ApplicationStatus.values()).filter(s -> !s.isSettled())
				.toArray(ApplicationStatus[]::new));
	}

	/** R-SC-5: a round of expert argumentation starts on the submitted (or revised and resubmitted) plan. */
	public void markUnderArgumentation(long id) {
		move(id, UNDER_ARGUMENTATION, SUBMITTED, REVISING);
	}

	/** R-SC-5: not yet mature; the city revises by the panel's guidance. */
	public void markRevising(long id) {
		move(id, REVISING, UNDER_ARGUMENTATION);
	}

	/** R-SC-5: the revision deadline passed. */
	public void markLapsed(long id) {
		move(id, ApplicationStatus.LAPSED, REVISING);
	}

	/** R-SC-5: the panel rejected the plan. */
	public void markRejected(long id) {
		move(id, ApplicationStatus.REJECTED, UNDER_ARGUMENTATION);
	}

	/** R-SC-6: the national office approved the mature plan. */
	public void markApproved(long id) {
		move(id, APPROVED, UNDER_ARGUMENTATION);
	}

	/** R-SC-6: the city's government issued the approved plan. */
	public void markIssued(long id) {
		move(id, ApplicationStatus.ISSUED, APPROVED);
	}

	private void move(long id, ApplicationStatus to, ApplicationStatus... from) {
		if (mapper.updateStatus(id, to, Set.of(from), EngineClock.now()) != 1) {
			throw refused(id, to);
		}
	}

	private InvalidInputException refused(long id, ApplicationStatus to) {
		Application application = applications.get(id);
		return new InvalidInputException("申报当前为“" + application.status().label() + "”,不能改为“" + to.label() + "”,请刷新后查看");
	}
}
