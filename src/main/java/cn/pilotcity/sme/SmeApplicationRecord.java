package cn.pilotcity.sme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.pilotcity.application.Application;
import cn.pilotcity.application.ApplicationStatus;
import cn.pilotcity.decision.Decision;
import cn.pilotcity.decision.Decisions;

/**
 * What the record of decisions says about an SME application, for its forms and notices: the joint 文号, why it
 * was sent back, the national check's request for supplements. Read from {@code pc_decision}, never from what a
 * form left behind.
 */
@Component
class SmeApplicationRecord {

	static final String IP_OFFICE_STEP = "Task_ProvincialIpOfficeReview";
	static final String SME_AUTHORITY_STEP = "Task_ProvincialSmeAuthorityReview";
	static final String COMPLETENESS_STEP = "Task_CheckCompleteness";

	private final Decisions decisions;

	SmeApplicationRecord(Decisions decisions) {
		this.decisions = decisions;
	}

	/** R-SME-3: the 文号 of the joint recommendation, as the provincial IP office gave it when it agreed. */
	Optional<String> jointDocNumber(long applicationId) {
		return latest(applicationId, IP_OFFICE_STEP).filter(d -> "AGREE".equals(d.outcome())).map(Decision::docNumber);
	}

	/** R-SME-6: what the national formal check asked for, when it asked for supplements. */
	Optional<String> supplementRequest(long applicationId) {
		return latest(applicationId, COMPLETENESS_STEP).filter(d -> "SUPPLEMENT".equals(d.outcome())).map(Decision::opinion);
	}

	/**
	 * Why the city has its draft back: the eligibility table's reason (R-SME-4), or the provincial offices'
	 * opinions (R-SME-3); empty when it was not sent back.
	 */
	Optional<String> returnReason(Application application, String provinceName, String ineligibleReason) {
		if (application.status() == ApplicationStatus.INELIGIBLE) {
			return Optional.of("不符合申报条件:" + ineligibleReason);
		}
		if (application.status() != ApplicationStatus.RETURNED) {
			return Optional.empty();
		}
		List<String> reasons = new ArrayList<>();
		latest(application.id(), IP_OFFICE_STEP).filter(d -> "RETURN".equals(d.outcome()))
				.ifPresent(d -> reasons.add(provinceName + "知识产权局:" + d.opinion()));
		latest(application.id(), SME_AUTHORITY_STEP).filter(d -> "RETURN".equals(d.outcome()))
				.ifPresent(d -> reasons.add(provinceName + "中小企业主管部门:" + d.opinion()));
		return Optional.of("退回修改。" + String.join(";", reasons));
	}

	private Optional<Decision> latest(long applicationId, String step) {
		return decisions.latest("APPLICATION", applicationId, step);
	}
}
