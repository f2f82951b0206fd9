package cn.pilotcity.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.pilotcity.city.TitleKind;
import cn.pilotcity.city.Titles;
import cn.pilotcity.system.EngineClock;
import cn.pilotcity.system.InvalidInputException;
import cn.pilotcity.system.NotFoundException;
import cn.pilotcity.system.ValidationFailedException;

/**
 * Annual assessments as stored in our tables (R-AA-1 … R-AA-5, R-SC-7): opened per title and year, the
 * city's report and its work-plan tasks, the objective score from the indicator system, the assessors'
 * subjective score, the grade and the published results.
 */
@Service
public class Assessments {

	/** What the objective part came to, and how many mandatory tasks were left unfinished (R-AA-4). */
	public record ObjectiveResult(BigDecimal score, BigDecimal max, int unfinishedMandatory, String summary) {
	}

	/** The city's report on one work-plan task: done or not, and how. */
	public record TaskReport(Boolean completed, String note) {
	}

	static final int MAX_NOTE_LENGTH = 500;

	private final AssessmentMapper mapper;
	private final IndicatorSystem indicators;
	private final Titles titles;
	private final ReportRevisions revisions;

	Assessments(AssessmentMapper mapper, IndicatorSystem indicators, Titles titles, ReportRevisions revisions) {
		this.mapper = mapper;
		this.revisions = revisions;
		this.indicators = indicators;
		this.titles = titles;
	}

	public Optional<Assessment> find(long id) {
		return mapper.findById(id);
	}

	public Assessment get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("考核 " + id + " 不存在"));
	}

	/**
	 * Opens the assessment of a title (its current grant) for a year with a copy of the year's work plan
	 * (R-AA-4). An assessment that was opened before but never graded (its lifecycle was restarted) is taken over.
	 */
	@Transactional
	public long open(long titleId, String cityCode, TitleKind kind, int year, String processInstanceId) {
		LocalDate grantedOn = titles.get(titleId).grantedOn();
		Optional<Assessment> existing = mapper.findByGrantAndYear(titleId, grantedOn, year);
		if (existing.isPresent()) {
			if (existing.get().status() == AssessmentStatus.GRADED) {
				throw new IllegalStateException("The " + year + " assessment of title " + titleId + " is already graded");
			}
			mapper.reopen(existing.get().id(), processInstanceId);
			return existing.get().id();
		}
		NewAssessment row = new NewAssessment(titleId, cityCode, kind, grantedOn, year, processInstanceId, EngineClock.now());
		mapper.insert(row);
		List<AssessmentTask> tasks = indicators.workPlan(kind, year).stream()
				.map(i -> new AssessmentTask(row.id, i.position(), i.code(), i.name(), i.mandatory(), null, null)).toList();
		if (!tasks.isEmpty()) {
			mapper.insertTasks(tasks);
		}
		return row.id;
	}

	public List<AssessmentTask> tasks(long id) {
		return mapper.findTasks(id);
	}

	public List<IndicatorValue> values(long id) {
		return mapper.findValues(id);
	}

	public List<IndicatorScore> scores(long id) {
		return mapper.findScores(id);
	}

	public List<IndicatorUpload> uploads(long id) {
		return mapper.findUploads(id);
	}

	/**
	 * The city may still change the assessment's data: it waits for the city, and it belongs to the title's current
	 * grant while the city holds it (a title granted again or ended leaves its earlier assessment behind).
	 */
	public boolean openToCity(Assessment assessment) {
		return assessment.status().openToCity() && mapper.countOfCurrentGrant(assessment.id()) > 0;
	}

	/** The indicators of this assessment's year and title. */
	public List<Indicator> indicatorsOf(Assessment assessment) {
		return indicators.indicators(assessment.titleKind(), assessment.assessedYear());
	}

	/**
	 * R-AA-2, R-AA-4: the city submits its five-part report and its report on every task of the work plan.
	 * Refused, with every problem named, when a part is missing, a task is not reported on, or the indicator
	 * data have not been imported.
	 */
	@Transactional
	public void submitReport(long id, AnnualReport report, List<TaskReport> taskReports, String by, boolean late) {
		Assessment assessment = mapper.lock(id).orElseThrow(() -> new NotFoundException("考核 " + id + " 不存在"));
		if (!assessment.status().openToCity()) {
			throw new InvalidInputException("该年度考核当前为“" + assessment.status().label() + "”,不能提交年度报告");
		}
		List<String> problems = new ArrayList<>(report.problemsWithIt());
		List<AssessmentTask> tasks = mapper.findTasks(id);
		if (taskReports.size() != tasks.size()) {
			problems.add("工作计划任务应逐项填报完成情况(共 " + tasks.size() + " 项)");
		}
		else {
			for (int i = 0; i < tasks.size(); i++) {
				TaskReport r = taskReports.get(i);
				String task = "任务“" + tasks.get(i).name() + "”";
				if (r.completed() == null) {
					problems.add("请选择" + task + "的完成情况");
				}
				if (r.note() == null || r.note().strip().length() < 2) {
					problems.add("请填写" + task + "的完成情况说明");
				}
				else if (r.note().strip().length() > MAX_NOTE_LENGTH) {
					problems.add(task + "的完成情况说明不能超过 " + MAX_NOTE_LENGTH + " 字");
				}
			}
		}
		Map<String, IndicatorValue> values = mapper.findValues(id).stream()
				.collect(Collectors.toMap(IndicatorValue::indicatorCode, Function.identity()));
		boolean missingData = indicatorsOf(assessment).stream()
				.anyMatch(i -> i.isObjective() && i.required() && !values.containsKey(i.code()));
		if (missingData) {
			problems.add("请先在指标数据填报页面下载模板、上传本年度指标数据(校验通过后才能提交)");
		}
		if (!problems.isEmpty()) {
			throw new ValidationFailedException("年度报告不完整", problems);
		}
		LocalDateTime now = EngineClock.now();
		mapper.submitReport(id, report.stripped(), by, now, late);
		revisions.record(id, report.stripped(), taskReports.stream().map(r -> new TaskReport(r.completed(), r.note().strip()))
				.toList(), late, by, now);
		mapper.deleteTasks(id);
		List<AssessmentTask> reported = new ArrayList<>();
		for (int i = 0; i < tasks.size(); i++) {
			AssessmentTask t = tasks.get(i);
			reported.add(new AssessmentTask(id, t.position(), t.code(), t.name(), t.mandatory(), taskReports.get(i).completed(),
					taskReports.get(i).note().strip()));
		}
		if (!reported.isEmpty()) {
			mapper.insertTasks(reported);
		}
	}

	/** R-AA-2: the province (reviewing) or the national office (scoring) returned the report to the city. */
	public void markReturned(long id) {
		if (mapper.markReturned(id) != 1) {
			throw new InvalidInputException("考核当前为“" + get(id).status().label() + "”,不能退回城市修改,请刷新后查看");
		}
	}

	/** R-AA-3: the objective part, each indicator scored by its rule from the reported value; kept per indicator. */
	@Transactional
	public ObjectiveResult computeObjective(long id) {
		Objective objective = objectiveOf(get(id));
		mapper.deleteScores(id);
		if (!objective.scores().isEmpty()) {
			mapper.insertScores(id, objective.scores());
		}
		mapper.updateObjective(id, objective.result().score(), objective.result().unfinishedMandatory());
		return objective.result();
	}

	/** The objective part as {@link #computeObjective} finds it, without storing anything (for the assessors' form). */
	public ObjectiveResult objective(long id) {
		return objectiveOf(get(id)).result();
	}

	private record Objective(List<IndicatorScore> scores, ObjectiveResult result) {
	}

	private Objective objectiveOf(Assessment assessment) {
		long id = assessment.id();
		Map<String, BigDecimal> values = mapper.findValues(id).stream()
				.collect(Collectors.toMap(IndicatorValue::indicatorCode, IndicatorValue::value));
		List<IndicatorScore> scores = new ArrayList<>();
		BigDecimal total = BigDecimal.ZERO;
		BigDecimal max = BigDecimal.ZERO;
		StringBuilder summary = new StringBuilder();
		for (Indicator indicator : indicatorsOf(assessment)) {
			if (!indicator.isObjective()) {
				continue;
			}
			BigDecimal value = values.get(indicator.code());
			BigDecimal score = indicator.score(value);
			scores.add(new IndicatorScore(indicator.code(), score));
			total = total.add(score);
			max = max.add(indicator.weight());
			summary.append("- ").append(indicator.name()).append(":")
					.append(value == null ? "未填报" : Indicator.plain(value) + indicator.unit()).append(" → ")
					.append(Indicator.plain(score)).append(" / ").append(Indicator.plain(indicator.weight())).append(" 分\n");
		}
		int unfinished = (int) mapper.findTasks(id).stream().filter(t -> t.mandatory() && !Boolean.TRUE.equals(t.completed()))
				.count();
		return new Objective(scores, new ObjectiveResult(total.setScale(2, RoundingMode.HALF_UP), max, unfinished,
				summary.toString()));
	}

	/** The most points each subjective indicator (工作思路、工作措施、工作投入) can get, by dimension. */
	public Map<Dimension, BigDecimal> subjectiveMaxima(long id) {
		return indicatorsOf(get(id)).stream().filter(i -> !i.isObjective())
				.collect(Collectors.toMap(Indicator::dimension, Indicator::weight, BigDecimal::add));
	}

	/**
	 * R-AA-3: the assessors' subjective scores per dimension; the total is objective plus subjective, on a
	 * scale of 100 (the weights of the indicator system decide the share of each part).
	 *
	 * @return the total score
	 */
	@Transactional
	public BigDecimal score(long id, Map<Dimension, BigDecimal> subjective, String by) {
		Assessment assessment = get(id);
		List<Indicator> all = indicatorsOf(assessment);
		List<String> problems = new ArrayList<>();
		List<IndicatorScore> scores = new ArrayList<>(mapper.findScores(id));
		BigDecimal subjectiveTotal = BigDecimal.ZERO;
		for (Indicator indicator : all) {
			if (indicator.isObjective()) {
				continue;
			}
			BigDecimal given = subjective.get(indicator.dimension());
			if (given == null) {
				problems.add("请填写“" + indicator.name() + "”得分");
			}
			else if (given.signum() < 0 || given.compareTo(indicator.weight()) > 0) {
				problems.add("“" + indicator.name() + "”得分应在 0 至 " + Indicator.plain(indicator.weight()) + " 之间");
			}
			else {
				BigDecimal score = given.setScale(2, RoundingMode.HALF_UP);
				scores.removeIf(s -> s.indicatorCode().equals(indicator.code()));
				scores.add(new IndicatorScore(indicator.code(), score));
				subjectiveTotal = subjectiveTotal.add(score);
			}
		}
		if (!problems.isEmpty()) {
			throw new ValidationFailedException("评分不完整", problems);
		}
		BigDecimal objective = assessment.objectiveScore() == null ? BigDecimal.ZERO : assessment.objectiveScore();
		BigDecimal weights = all.stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal total = weights.signum() == 0 ? BigDecimal.ZERO
				: objective.add(subjectiveTotal).multiply(BigDecimal.valueOf(100)).divide(weights, 2, RoundingMode.HALF_UP);
		mapper.deleteScores(id);
		mapper.insertScores(id, scores);
		mapper.updateScored(id, subjectiveTotal, total, by);
		return total;
	}

	/** R-AA-5 (seeds 003/000): no report by the final cutoff; the grade will be 不合格. */
	public int markMissing(long id) {
		mapper.markMissing(id);
		return (int) mapper.findTasks(id).stream().filter(AssessmentTask::mandatory).count();
	}

	/** R-AA-5: the grade is recorded and published; an excellent city is marked for priority support. */
	public void recordGrade(long id, Grade grade, String reason) {
		mapper.updateGrade(id, grade, reason, grade == Grade.EXCELLENT, EngineClock.now());
	}

	/** The graded assessments of a title's current grant in a span of years (the basis of the three-year review, R-AA-5). */
	public List<Assessment> graded(long titleId, int fromYear, int toYear) {
		return mapper.findGraded(titleId, titles.get(titleId).grantedOn(), fromYear, toYear);
	}

	/** R-AA-5: the published results of a year, best first. */
	public List<Assessment> published(int year) {
		return mapper.findGradedInYear(year);
	}
}
