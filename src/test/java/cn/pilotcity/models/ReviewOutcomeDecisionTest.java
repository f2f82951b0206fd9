package cn.pilotcity.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One test per rule of the DMN table review-outcome (processes/review-outcome.dmn), on the DMN engine alone (FEEL, as deployed). */
class ReviewOutcomeDecisionTest {

	static DmnEngine dmn;
	static DmnDecision reviewOutcome;

	@BeforeAll
	static void parse() throws IOException {
		dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream in = new FileInputStream("processes/review-outcome.dmn")) {
			reviewOutcome = dmn.parseDecision("review-outcome", in);
		}
	}

	static String outcome(String rating, int failed, int excellent) {
		VariableMap variables = Variables.createVariables().putValue("evaluationRating", rating).putValue("failedYears", failed)
				.putValue("excellentYears", excellent);
		DmnDecisionTableResult result = dmn.evaluateDecisionTable(reviewOutcome, variables);
		assertThat(result).as("exactly one rule applies (hit policy UNIQUE)").hasSize(1);
		return result.getSingleEntry();
	}

	@Test
	@DisplayName("review-outcome Rule_Weak (R-SC-8): weak effort or results → rectification")
	void weak() {
		assertThat(outcome("WEAK", 0, 3)).isEqualTo("RECTIFY");
	}

	@Test
	@DisplayName("review-outcome Rule_RepeatedFailure (R-SC-8, R-AA-5): two failed years or more → rectification, even if the evaluator rated otherwise")
	void repeatedFailure() {
		assertThat(outcome("SOUND", 2, 0)).isEqualTo("RECTIFY");
		assertThat(outcome("LEADING", 3, 0)).isEqualTo("RECTIFY");
	}

	@Test
	@DisplayName("review-outcome Rule_Leading (R-SC-8): leading, two excellent years and none failed → promoted nationwide")
	void leading() {
		assertThat(outcome("LEADING", 0, 2)).isEqualTo("PROMOTE");
		assertThat(outcome("LEADING", 0, 3)).isEqualTo("PROMOTE");
	}

	@Test
	@DisplayName("review-outcome Rule_LeadingFewExcellent (R-SC-8, R-AA-5): leading but fewer than two excellent years → next cycle")
	void leadingFewExcellent() {
		assertThat(outcome("LEADING", 0, 1)).isEqualTo("CONTINUE");
	}

	@Test
	@DisplayName("review-outcome Rule_LeadingOneFailure (R-SC-8, R-AA-5): leading with one failed year → next cycle")
	void leadingOneFailure() {
		assertThat(outcome("LEADING", 1, 2)).isEqualTo("CONTINUE");
	}

	@Test
	@DisplayName("review-outcome Rule_Sound (R-SC-8): up to standard, fewer than two failed years → next cycle")
	void sound() {
		assertThat(outcome("SOUND", 1, 0)).isEqualTo("CONTINUE");
		assertThat(outcome("SOUND", 0, 3)).isEqualTo("CONTINUE");
	}
}
