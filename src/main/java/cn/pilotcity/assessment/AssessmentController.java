package cn.pilotcity.assessment;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.city.City;
import cn.pilotcity.decision.Decision;
import cn.pilotcity.decision.Decisions;
import cn.pilotcity.document.Downloads;
import cn.pilotcity.identity.CurrentUser;
import cn.pilotcity.identity.RegionAccess;
import cn.pilotcity.system.ForbiddenException;
import cn.pilotcity.system.InvalidInputException;
import cn.pilotcity.system.NotFoundException;

/**
 * An annual assessment for those entitled to see it (the national offices, the city, its province), the
 * city's Excel template, and the upload of its indicator data (only the city's own IP office, only while the
 * city reports). The upload page {@code /assessment/indicators.html} uses these with the Tasklist session.
 */
@RestController
class AssessmentController {

	record IndicatorRow(String code, String name, String unit, String part, String dimension, BigDecimal weight,
			String rule, BigDecimal target, boolean required, String range, BigDecimal value, BigDecimal score) {
	}

	record AssessmentView(long id, String cityCode, String cityName, String provinceName, String title, int year,
			String status, String statusLabel, boolean mayUpload, long maxUploadBytes, AnnualReport report,
			String submittedBy, LocalDateTime submittedAt, boolean late, boolean reportMissing,
			List<AssessmentTask> tasks, List<IndicatorRow> indicators, BigDecimal objectiveScore,
			BigDecimal subjectiveScore, BigDecimal totalScore, String grade, String gradeLabel, String gradeReason,
			boolean prioritySupport, List<IndicatorUpload> uploads, List<Decision> decisions,
			List<ReportRevision> reportRevisions) {
	}

	record Imported(int imported, String message) {
	}

	private final Assessments assessments;
	private final IndicatorImport indicatorImport;
	private final IndicatorSystem indicatorSystem;
	private final Decisions decisions;
	private final RegionAccess access;
	private final CurrentUser currentUser;
	private final CityDirectory cities;
	private final ReportRevisions revisions;

	AssessmentController(Assessments assessments, IndicatorImport indicatorImport, IndicatorSystem indicatorSystem,
			Decisions decisions, RegionAccess access, CurrentUser currentUser, CityDirectory cities,
			ReportRevisions revisions) {
		this.revisions = revisions;
		this.assessments = assessments;
		this.indicatorImport = indicatorImport;
		this.indicatorSystem = indicatorSystem;
		this.decisions = decisions;
		this.access = access;
		this.currentUser = currentUser;
		this.cities = cities;
	}

	@GetMapping("/api/assessments/{id}")
	AssessmentView assessment(@PathVariable long id) {
		Assessment a = visible(id);
		City city = cities.city(a.cityCode());
		Map<String, BigDecimal> values = assessments.values(id).stream()
				.collect(Collectors.toMap(IndicatorValue::indicatorCode, IndicatorValue::value));
		Map<String, BigDecimal> scores = assessments.scores(id).stream()
				.collect(Collectors.toMap(IndicatorScore::indicatorCode, IndicatorScore::score));
		List<IndicatorRow> rows = assessments.indicatorsOf(a).stream().map(i -> new IndicatorRow(i.code(), i.name(), i.unit(),
				i.part().label(), i.dimension().label(), i.weight(), i.rule().label(), i.target(), i.required(), i.rangeText(),
				values.get(i.code()), scores.get(i.code()))).toList();
		return new AssessmentView(a.id(), a.cityCode(), city.name(), city.provinceName(), a.titleKind().label(),
				a.assessedYear(), a.status().name(), a.status().label(), mayUpload(a), indicatorImport.maxBytes(),
				new AnnualReport(a.measures(), a.results(), a.problems(), a.nextPlan(), a.suggestions()), a.submittedBy(),
				a.submittedAt(), a.late(), a.reportMissing(), assessments.tasks(id), rows, a.objectiveScore(),
				a.subjectiveScore(), a.totalScore(), a.grade() == null ? null : a.grade().name(),
				a.grade() == null ? null : a.grade().label(), a.gradeReason(), a.prioritySupport(), assessments.uploads(id),
				decisions.of("ASSESSMENT", id), revisions.of(id));
	}

	@GetMapping("/api/assessments/{id}/indicator-template")
	ResponseEntity<byte[]> template(@PathVariable long id) {
		Assessment a = visible(id);
		String name = cities.city(a.cityCode()).name() + "-" + a.assessedYear() + "年度-指标数据模板.xlsx";
		return Downloads.excel(name, indicatorImport.template(a));
	}

	@PostMapping("/api/assessments/{id}/indicator-data")
	Imported upload(@PathVariable long id, @RequestParam("file") MultipartFile file) throws IOException {
		Assessment a = visible(id);
		if (!currentUser.cityCode().filter(a.cityCode()::equals).isPresent()) {
			throw new ForbiddenException("只有本市知识产权局可以上传指标数据");
		}
		if (file.getSize() > indicatorImport.maxBytes()) {
			throw new InvalidInputException("文件超过 " + indicatorImport.maxBytes() / 1024 / 1024 + " MB 上限");
		}
		int imported = indicatorImport.upload(id, file.getOriginalFilename(), file.getBytes(), currentUser.id());
		return new Imported(imported, "校验通过,已导入 " + imported + " 项指标数据");
	}

	@GetMapping("/api/indicators")
	List<Indicator> indicators(@RequestParam(required = false) Integer year) {
		List<Indicator> all = indicatorSystem.all();
		if (year == null) {
			return all;
		}
		return all.stream().filter(i -> i.validFrom() <= year && (i.validTo() == null || i.validTo() >= year)).toList();
	}

	private boolean mayUpload(Assessment a) {
		return currentUser.cityCode().filter(a.cityCode()::equals).isPresent() && assessments.openToCity(a);
	}

	private Assessment visible(long id) {
		String notFound = "考核 " + id + " 不存在";
		Assessment a = assessments.find(id).orElseThrow(() -> new NotFoundException(notFound));
		access.check(a.cityCode(), notFound);
		return a;
	}
}
