package cn.pilotcity.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.pilotcity.support.PilotCityTest;

/**
 * Runs near the end (after the suite's paths through every process): every variable any instance ever held at
 * process scope is one its process declares (ids, codes, names the Tasklist shows, gateway and table inputs and
 * outputs), so a plan, an opinion, a score or a report never lands in the process beside our tables. Deleted
 * variables count: a value that passed through the process is in its history.
 */
@PilotCityTest
@Order(Integer.MAX_VALUE - 2)
class ProcessScopeVariablesTest {

	/** Also the start forms' fields: a start form's values are the process's until its first step stores and removes them. */
	private static final Map<String, Set<String>> DECLARED = Map.of(
			"sme-batch", Set.of("batchId", "batchDeadline", "pendingReviews", "awaitingDetermination", "concurrence",
					"subject", "initiator", "batchName", "batchYear", "opensOn", "lastDay"),
			"sme-application", Set.of("applicationId", "batchId", "cityCode", "cityName", "provinceCode", "provinceName",
					"batchDeadline", "subject", "initiator", "condition1", "condition2", "condition3", "condition4",
					"eligibility", "cityAction", "provIpDecision", "provSmeDecision", "completenessDecision",
					"supplementAction", "receivedInTime", "admitted", "acknowledged"),
			"annual-assessment", Set.of("titleId", "cityCode", "cityName", "provinceCode", "provinceName", "titleKind",
					"assessmentYear", "assessmentId", "subject", "reportSupervisors", "provinceDecision", "cnipaDecision",
					"reportSubmitted", "totalScore", "unfinishedMandatory", "grade"),
			// planNote: the city's note reaches the submission step in the same transaction, kept with the revision
			"strong-city-application", Set.of("applicationId", "cityCode", "cityName", "provinceCode", "provinceName",
					"subject", "initiator", "round", "reviewId", "panelRecommendation", "provGuidanceDecision",
					"formalCheckDecision", "approvalDecision", "issueAction", "planNote", "acknowledged"),
			"expert-review", Set.of("applicationId", "programme", "cityCode", "cityName", "provinceCode", "subject", "round",
					"reviewId", "requestedPanelSize", "requestedReserveCount", "panelAction", "overdueAction",
					"reconcileAction", "findingsOutcome", "needsReconciliation", "scoreSpread", "panelScore", "approveShare",
					"rejectShare", "fieldVisitRequested", "fieldVisitDone", "dmnRecommendation", "dmnRule",
					"adjustedRecommendation", "panelRecommendation"),
			"title-lifecycle", Set.of("titleId", "titleKind", "cityCode", "cityName", "provinceCode", "provinceName",
					"subject", "cycle", "cycleFirstYear", "yearInCycle", "assessmentYear", "lastAssessedYear",
					"nextAssessmentAt", "termEndsOn", "nextStep", "titleHeld", "grade", "reviewId", "reviewOutcome",
					"rectificationOutcome"),
			"title-grant", Set.of("cityCode", "titleKind", "cityName", "subject", "titleId", "initiator", "grantReason",
					"grantDocNumber", "grantedOn", "endsOn"),
			"three-year-review", Set.of("titleId", "titleKind", "cityCode", "cityName", "provinceCode", "provinceName",
					"firstYear", "lastYear", "reviewId", "reviewYears", "subject", "failedYears", "excellentYears",
					"evaluationRating", "reviewOutcome"),
			"rectification", Set.of("titleId", "titleKind", "cityCode", "cityName", "provinceCode", "provinceName",
					"reviewId", "rectificationId", "rectificationRound", "rectificationRounds", "rectificationDeadline",
					"subject", "reReviewDecision", "withdrawalDecision", "rectificationOutcome"));

	@Autowired
	ProcessEngine engine;

	@Test
	@DisplayName("R-X-1: the processes keep only their declared variables at process scope, on every path the suite ran")
	void onlyDeclaredVariablesAtProcessScope() {
		Map<String, Set<String>> found = new TreeMap<>();
		for (String process : DECLARED.keySet()) {
			for (HistoricVariableInstance variable : engine.getHistoryService().createHistoricVariableInstanceQuery()
					.processDefinitionKey(process).includeDeleted().list()) {
				if (variable.getProcessInstanceId().equals(variable.getActivityInstanceId())) {
					found.computeIfAbsent(process, k -> new TreeSet<>()).add(variable.getName());
				}
			}
		}
		assumeTrue(found.keySet().containsAll(Set.of("sme-batch", "annual-assessment", "rectification")),
				"only meaningful after the whole suite");
		DECLARED.forEach((process, declared) -> assertThat(found.get(process)).as(process).isNotEmpty().isSubsetOf(declared));
	}
}
