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

/** One test per rule of the DMN table annual-grade (processes/annual-grade.dmn), on the DMN engine alone (FEEL, as deployed). */
class AnnualGradeDecisionTest {

	static DmnEngine dmn;
	static DmnDecision annualGrade;

	@BeforeAll
	static void parse() throws IOException {
		dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream in = new FileInputStream("processes/annual-grade.dmn")) {
			annualGrade = dmn.parseDecision("annual-grade", in);
		}
	}

	static String grade(boolean submitted, double total, int unfinished) {
		VariableMap variables = Variables.createVariables().putValue("reportSubmitted", submitted).putValue("totalScore", total)
				.putValue("unfinishedMandatory", unfinished);
		DmnDecisionTableResult result = dmn.evaluateDecisionTable(annualGrade, variables);
		assertThat(result).as("exactly one rule applies (hit policy UNIQUE)").hasSize(1);
		return result.getSingleEntry();
	}


	@Test
	@DisplayName("annual-grade Rule_NoReport (seeds 000/003, R-AA-5): a report not submitted is 不合格, whatever else")
	void noReport() {
		assertThat(grade(false, 0, 2)).isEqualTo("FAILED");
		assertThat(grade(false, 95, 0)).isEqualTo("FAILED");
	}

	@Test
	@DisplayName("annual-grade Rule_LowScore (R-AA-5): under 60 points is 不合格")
	void lowScore() {
		assertThat(grade(true, 59.99, 0)).isEqualTo("FAILED");
		assertThat(grade(true, 30, 2)).isEqualTo("FAILED");
	}

	@Test
	@DisplayName("annual-grade Rule_MandatoryUnfinished (R-AA-4): an unfinished mandatory task caps the grade at 合格")
	void mandatoryUnfinished() {
		assertThat(grade(true, 98, 1)).isEqualTo("QUALIFIED");
		assertThat(grade(true, 60, 2)).isEqualTo("QUALIFIED");
	}

	@Test
	@DisplayName("annual-grade Rule_Excellent (R-AA-5): 90 points and more, every mandatory task done, is 优秀")
	void excellent() {
		assertThat(grade(true, 90, 0)).isEqualTo("EXCELLENT");
		assertThat(grade(true, 100, 0)).isEqualTo("EXCELLENT");
	}

	@Test
	@DisplayName("annual-grade Rule_Good (R-AA-5): from 75 to under 90 points is 良好")
	void good() {
		assertThat(grade(true, 75, 0)).isEqualTo("GOOD");
		assertThat(grade(true, 89.99, 0)).isEqualTo("GOOD");
	}

	@Test
	@DisplayName("annual-grade Rule_Qualified (R-AA-5): from 60 to under 75 points is 合格")
	void qualified() {
		assertThat(grade(true, 60, 0)).isEqualTo("QUALIFIED");
		assertThat(grade(true, 74.99, 0)).isEqualTo("QUALIFIED");
	}
}
