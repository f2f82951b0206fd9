package cn.pilotcity.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One test per rule of processes/panel-recommendation.dmn (hit policy FIRST), evaluated by the DMN engine. */
class PanelRecommendationDmnTest {

	private static DmnEngine engine;
	private static DmnDecision decision;
	private static final List<String> matched = new ArrayList<>();

	@BeforeAll
	static void load() throws IOException {
		DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
				.createDefaultDmnEngineConfiguration();
		configuration.customPostDecisionTableEvaluationListeners(List.of((DmnDecisionTableEvaluationEvent event) -> {
			matched.clear();
			event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(matched::add);
		}));
		engine = configuration.buildEngine();
		try (InputStream in = new FileInputStream("processes/panel-recommendation.dmn")) {
			decision = engine.parseDecision("panel-recommendation", in);
		}
	}

	@Test
	@DisplayName("R-SME-6: a field visit asked for and not yet made comes first, whatever the scores")
	void fieldVisitFirst() {
		assertThat(evaluate(true, false, 92.0, 1.0, 0.0)).isEqualTo("FIELD_VISIT");
		assertThat(matched.get(0)).isEqualTo("Rule_FieldVisitFirst");
	}

	@Test
	@DisplayName("R-SME-6, R-SC-5: a panel score below 60 → reject (also after the field visit)")
	void rejectLowScore() {
		assertThat(evaluate(true, true, 59.99, 0.6, 0.0)).isEqualTo("REJECT");
		assertThat(matched.get(0)).isEqualTo("Rule_RejectLowScore");
	}

	@Test
	@DisplayName("R-SME-6, R-SC-5: more than half of the experts recommend rejection → reject")
	void rejectByMajority() {
		assertThat(evaluate(false, false, 75.0, 0.2, 0.6)).isEqualTo("REJECT");
		assertThat(matched.get(0)).isEqualTo("Rule_RejectByMajority");
	}

	@Test
	@DisplayName("R-SME-6, R-SC-5: a panel score of 80 or more with at least half recommending approval → approve")
	void approve() {
		assertThat(evaluate(false, false, 80.0, 0.5, 0.0)).isEqualTo("APPROVE");
		assertThat(matched.get(0)).isEqualTo("Rule_Approve");
	}

	@Test
	@DisplayName("R-SC-5: otherwise (60 or more, not enough for approval) → revise with the panel's guidance")
	void revise() {
		assertThat(evaluate(false, false, 85.0, 0.4, 0.2)).isEqualTo("REVISE");
		assertThat(matched.get(0)).isEqualTo("Rule_Revise");
		assertThat(evaluate(false, false, 60.0, 1.0, 0.0)).isEqualTo("REVISE");
	}

	@Test
	@DisplayName("Every rule of the table has its test above")
	void everyRuleTested() throws IOException {
		String xml = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("processes/panel-recommendation.dmn")));
		List<String> rules = java.util.regex.Pattern.compile("<rule id=\"([^\"]+)\"").matcher(xml).results()
				.map(m -> m.group(1)).toList();
		assertThat(rules).containsExactly("Rule_FieldVisitFirst", "Rule_RejectLowScore", "Rule_RejectByMajority",
				"Rule_Approve", "Rule_Revise");
	}

	private static String evaluate(boolean requested, boolean done, double score, double approve, double reject) {
		Map<String, Object> variables = Variables.createVariables().putValue("fieldVisitRequested", requested)
				.putValue("fieldVisitDone", done).putValue("panelScore", score).putValue("approveShare", approve)
				.putValue("rejectShare", reject);
		return engine.evaluateDecisionTable(decision, variables).getSingleResult().getSingleEntry();
	}
}
