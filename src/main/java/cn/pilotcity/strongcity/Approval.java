package cn.pilotcity.strongcity;

import java.time.LocalDate;

/** R-SC-6: CNIPA's approval of a plan and the city government's issuing of it. */
public record Approval(long applicationId, String approvalDoc, LocalDate approvedOn, String approvedBy, String opinion,
		String issuingDoc, LocalDate issuedOn, String issuedBy) {
}
