package cn.pilotcity.assessment;

import static cn.pilotcity.support.LifecycleDriver.GOOD_VALUES;
import static cn.pilotcity.support.LifecycleDriver.POOR_VALUES;
import static cn.pilotcity.support.LifecycleDriver.PROVINCE_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

import cn.pilotcity.city.Title;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.support.Http;
import cn.pilotcity.support.IndicatorFiles;
import cn.pilotcity.support.LifecycleDriver;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;
import cn.pilotcity.system.EngineClock;
import cn.pilotcity.system.ValidationFailedException;

/**
 * R-X-3, R-AA-3: the national office imports one year's objective indicator data of many cities from one summary
 * workbook; all or nothing, each city's data replaced, the import in each city's upload history.
 */
@PilotCityTest
class NationalIndicatorImportTest {

	static final String GUIYANG = "520100";
	static final String GUIZHOU = "520000";
	static final String KUNMING = "530100";
	static final String YUNNAN = "530000";

	@Autowired
	ProcessEngine engine;
	@Autowired
	TestUsers users;
	@Autowired
	NationalIndicatorImport nationalImport;
	@Autowired
	Assessments assessments;
	@Autowired
	TestRestTemplate rest;

	@Autowired
	LifecycleDriver driver;
	Title guiyang;
	Title kunming;
	int year;

	@BeforeEach
	void twoCitiesReport() {
		users.city(GUIYANG);
		users.city(KUNMING);
		users.provincialIpOffice(GUIZHOU);
		users.provincialIpOffice(YUNNAN);
		users.cnipa();
		guiyang = driver.grantAfresh(GUIYANG, TitleKind.DEMONSTRATION);
		driver.startNextAssessment(guiyang);
		kunming = driver.grantAfresh(KUNMING, TitleKind.DEMONSTRATION);
		driver.startNextAssessment(kunming);
		year = driver.assessment(guiyang).assessedYear();
		assertThat(driver.assessment(kunming).assessedYear()).as("both grants fall in one year").isEqualTo(year);
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	Map<String, BigDecimal> values(Title title) {
		return assessments.values(driver.assessmentId(title)).stream()
				.collect(Collectors.toMap(IndicatorValue::indicatorCode, IndicatorValue::value));
	}

	byte[] filled(Map<String, Map<String, ?>> valuesByCity) {
		return IndicatorFiles.fillNational(nationalImport.template(year, TitleKind.DEMONSTRATION), valuesByCity);
	}

	@Test
	@DisplayName("R-X-3, R-AA-3: one summary replaces the data of each city it fills in, names the national user in the city's upload history, and leaves a city with an empty row as it was; the city can then submit its report")
	void importsTheFilledCities() {
		driver.uploadIndicators(guiyang, GOOD_VALUES);

		driver.tick();
		NationalIndicatorImport.Imported imported = nationalImport.upload(year, TitleKind.DEMONSTRATION, "汇总.xlsx",
				filled(Map.of(KUNMING, POOR_VALUES)), users.cnipa());

		assertThat(imported.cities()).isEqualTo(1);
		assertThat(imported.values()).isEqualTo(POOR_VALUES.size());
		assertThat(values(kunming)).containsEntry("INVENTION_PER_10K", new BigDecimal("2.0000")).hasSize(POOR_VALUES.size());
		assertThat(values(guiyang)).containsEntry("INVENTION_PER_10K", new BigDecimal("25.5000")).hasSize(GOOD_VALUES.size());
		assertThat(assessments.uploads(driver.assessmentId(kunming))).singleElement().satisfies(u -> {
			assertThat(u.uploadedBy()).isEqualTo(users.cnipa());
			assertThat(u.fileName()).isEqualTo("汇总.xlsx");
			assertThat(u.accepted()).isTrue();
			assertThat(u.valueCount()).isEqualTo(POOR_VALUES.size());
		});

		driver.tick();
		nationalImport.upload(year, TitleKind.DEMONSTRATION, "汇总.xlsx", filled(Map.of(GUIYANG, POOR_VALUES)), users.cnipa());
		assertThat(values(guiyang)).containsEntry("INVENTION_PER_10K", new BigDecimal("2.0000")).hasSize(POOR_VALUES.size());
		assertThat(assessments.uploads(driver.assessmentId(guiyang))).extracting(IndicatorUpload::uploadedBy)
				.containsExactly(users.city(GUIYANG), users.cnipa());

		driver.citySubmits(kunming, true);
		assertThat(driver.task(kunming, PROVINCE_REVIEW)).isNotNull();
	}

	@Test
	@DisplayName("R-X-3: one wrong cell anywhere and nothing is imported, for no city; every wrong cell is named")
	void allOrNothing() {
		driver.uploadIndicators(guiyang, GOOD_VALUES);
		Map<String, Object> wrong = new HashMap<>(POOR_VALUES);
		wrong.put("INVENTION_PER_10K", "不详");

		assertThatThrownBy(() -> nationalImport.upload(year, TitleKind.DEMONSTRATION, "汇总.xlsx",
				filled(Map.of(GUIYANG, POOR_VALUES, KUNMING, wrong)), users.cnipa()))
				.isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.details())
						.singleElement().asString().contains("昆明市 指标 INVENTION_PER_10K").contains("应填写数字,实际为文字“不详”"));

		assertThat(values(guiyang)).containsEntry("INVENTION_PER_10K", new BigDecimal("25.5000"));
		assertThat(values(kunming)).isEmpty();
		assertThat(assessments.uploads(driver.assessmentId(kunming))).isEmpty();
	}

	@Test
	@DisplayName("R-AA-2, R-X-3: a city that has submitted its report is no longer in the summary, and its row in an older file is refused")
	void submittedCityIsClosed() throws IOException {
		byte[] older = filled(Map.of(GUIYANG, GOOD_VALUES, KUNMING, GOOD_VALUES));
		driver.uploadIndicators(guiyang, GOOD_VALUES);
		driver.citySubmits(guiyang, true);

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(nationalImport.template(year, TitleKind.DEMONSTRATION)))) {
			var sheet = book.getSheet(NationalIndicatorWorkbook.SHEET);
			assertThatThrownBy(() -> IndicatorFiles.nationalRowOf(sheet, GUIYANG)).isInstanceOf(IllegalArgumentException.class);
			assertThat(IndicatorFiles.nationalRowOf(sheet, KUNMING).getCell(2).getStringCellValue()).isEqualTo("昆明市");
		}
		assertThatThrownBy(() -> nationalImport.upload(year, TitleKind.DEMONSTRATION, "汇总.xlsx", older, users.cnipa()))
				.isInstanceOfSatisfying(ValidationFailedException.class, e -> assertThat(e.details()).singleElement().asString()
						.contains("城市代码“" + GUIYANG + "”没有可填报的 " + year + " 年度国家知识产权示范城市考核"));
		assertThat(values(kunming)).isEmpty();
	}

	@Test
	@DisplayName("R-X-3: only the national office sees the list, downloads the summary and imports it through the API; a city or province gets 403 in Chinese")
	void onlyTheNationalOfficeImports() {
		Http http = new Http(rest);
		String base = "/api/assessment-years/" + year;

		ResponseEntity<JsonNode> scopes = http.get(users.cnipa(), base + "/indicator-import");
		assertThat(scopes.getStatusCode()).isEqualTo(HttpStatus.OK);
		JsonNode demonstration = scopes.getBody().get(0);
		assertThat(demonstration.get("title").asText()).isEqualTo("DEMONSTRATION");
		assertThat(demonstration.get("cities").asInt()).isGreaterThanOrEqualTo(2);
		ResponseEntity<byte[]> template = http.download(users.cnipa(), base + "/indicator-template?title=DEMONSTRATION");
		assertThat(template.getStatusCode()).isEqualTo(HttpStatus.OK);

		ResponseEntity<JsonNode> ok = http.upload(users.cnipa(), base + "/indicator-data?title=DEMONSTRATION",
				IndicatorFiles.fillNational(template.getBody(), Map.of(KUNMING, GOOD_VALUES)), "汇总.xlsx");
		assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(ok.getBody().get("message").asText()).isEqualTo("校验通过,已为 1 个城市导入 " + GOOD_VALUES.size() + " 项指标数据");

		// R-AA-1: by default the year before the engine's today, the one assessed now
		ResponseEntity<JsonNode> current = http.get(users.cnipa(), "/api/assessment-years/indicator-import");
		assertThat(current.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(current.getBody().get(0).get("year").asInt()).isEqualTo(EngineClock.today().getYear() - 1);

		for (String user : List.of(users.city(KUNMING), users.provincialIpOffice(YUNNAN))) {
			assertThat(http.get(user, base + "/indicator-import").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(http.get(user, "/api/assessment-years/indicator-import").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			ResponseEntity<JsonNode> refused = http.upload(user, base + "/indicator-data?title=DEMONSTRATION", template.getBody(), "x.xlsx");
			assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
			assertThat(refused.getBody().get("message").asText()).isEqualTo("只有国家知识产权局可以统一导入指标数据");
		}
		ResponseEntity<JsonNode> wrongTitle = http.get(users.cnipa(), base + "/indicator-template?title=NONE");
		assertThat(wrongTitle.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}
}
