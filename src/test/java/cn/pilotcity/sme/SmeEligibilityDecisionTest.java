package cn.pilotcity.sme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.pilotcity.support.PilotCityTest;

/** R-SME-4: the eligibility table sme-eligibility, one test per rule. */
@PilotCityTest
class SmeEligibilityDecisionTest {

	@Autowired
	DecisionService decisions;

	@ParameterizedTest(name = "condition {0} not met → ineligible, reason names 条件{1}")
	@CsvSource({ "1, 一", "2, 二", "3, 三", "4, 四" })
	@DisplayName("R-SME-4: any condition rated 'not met' makes the application ineligible, with the condition named")
	void conditionNotMet(int condition, String name) {
		Map<String, Object> ratings = Map.of("condition1", "MET", "condition2", "MET", "condition3", "MET", "condition4",
				"MET");
		ratings = new java.util.HashMap<>(ratings);
		ratings.put("condition" + condition, "NOT_MET");

		DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey("sme-eligibility", ratings).getSingleResult();

		assertThat((Boolean) result.getEntry("eligible")).isFalse();
		assertThat((String) result.getEntry("reason")).contains("条件" + name);
	}

	@Test
	@DisplayName("R-SME-4: all four conditions met or partly met → eligible")
	void allMetOrPartly() {
		DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey("sme-eligibility",
				Map.of("condition1", "MET", "condition2", "PARTLY", "condition3", "MET", "condition4", "PARTLY"))
				.getSingleResult();

		assertThat((Boolean) result.getEntry("eligible")).isTrue();
		assertThat((String) result.getEntry("reason")).isEqualTo("符合申报条件");
	}

	@Test
	@DisplayName("R-SME-4: the first condition not met is the reason given when several are not met")
	void firstFailingConditionIsTheReason() {
		DmnDecisionRuleResult result = decisions.evaluateDecisionTableByKey("sme-eligibility",
				Map.of("condition1", "MET", "condition2", "NOT_MET", "condition3", "NOT_MET", "condition4", "MET"))
				.getSingleResult();
		assertThat((String) result.getEntry("reason")).contains("条件二");
	}
}
