package cn.pilotcity.lifecycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.pilotcity.system.InvalidInputException;

/** Task listener ({@code complete}) of the evaluator's task: keeps the evaluation report and rating (R-SC-8). */
@Component("reviewSubmitted")
class ReviewSubmitted implements TaskListener {

	static final int MIN_REPORT = 20;
	static final int MAX_REPORT = 3000;

	private final LifecycleMapper mapper;

	ReviewSubmitted(LifecycleMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public void notify(DelegateTask task) {
		Object value = task.getVariable("evaluationReport");
		String report = value == null ? "" : value.toString().strip();
		if (report.length() < MIN_REPORT) {
			throw new InvalidInputException("评估报告不少于 " + MIN_REPORT + " 字");
		}
		if (report.length() > MAX_REPORT) {
			throw new InvalidInputException("评估报告不能超过 " + MAX_REPORT + " 字");
		}
		long id = ((Number) task.getVariable("reviewId")).longValue();
		mapper.evaluateReview(id, Actors.of(task), report, (String) task.getVariable("evaluationRating"));
	}
}
