package cn.pilotcity.sme;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.ApplicationContext;

import cn.pilotcity.city.City;
import cn.pilotcity.review.ReviewTestSupport;
import cn.pilotcity.support.TestUsers;

/**
 * A whole SME batch for the benchmark: the national office opens it, each city applies, its province
 * recommends jointly, the national office checks, a panel of five experts reviews, the national office admits
 * every city and MIIT concurs. The titles are then granted and the cities' lifecycles started.
 */
public class SmePilotRun {

	private final ProcessEngine engine;
	private final TestUsers users;
	private final SmeBatches batches;
	private final ReviewTestSupport reviews;
	private final SmeDeterminationWorklist worklist;
	private final SmeApplicationDriver driver;

	public SmePilotRun(ProcessEngine engine, TestUsers users, ApplicationContext context) {
		this.engine = engine;
		this.users = users;
		this.batches = context.getBean(SmeBatches.class);
		this.reviews = context.getBean(ReviewTestSupport.class);
		this.worklist = context.getBean(SmeDeterminationWorklist.class);
		this.driver = new SmeApplicationDriver(engine, users, context.getBean(cn.pilotcity.attachment.Attachments.class));
	}

	public void admitAll(List<City> cities) {
		LocalDate lastDay = SmeApplicationDriver.today().plusDays(10);
		ProcessInstance batch = driver.openBatch(batches, lastDay);
		List<ProcessInstance> applications = new ArrayList<>();
		for (City city : cities) {
			ProcessInstance application = driver.applyAndSubmit(city.code());
			driver.recommend(application, city.provinceCode());
			applications.add(application);
		}
		driver.passDeadline(lastDay, applications.toArray(ProcessInstance[]::new));
		driver.runDueTimers(batch);
		for (ProcessInstance application : applications) {
			driver.checkCompleteness(application, "COMPLETE", "材料齐全。");
			reviews.complete(application.getId(), 0.9, "方案可行,建议纳入。");
		}
		ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(1).toMillis() + 1000));
		driver.runDueTimers(batch);
		driver.saveList(worklist, batch, applications.stream().collect(Collectors.toMap(driver::applicationId, a -> true)),
				yes -> "评审得分较高,同意纳入。");
		driver.complete(users.cnipa(), batch, SmeApplicationDriver.PROPOSE_TASK, Map.of("noticeDocNumber", "国知发管字〔2026〕8号"));
		driver.complete(users.memberOf("miit"), batch, SmeApplicationDriver.CONCUR_TASK,
				Map.of("miitDecision", "AGREE", "miitOpinion", "同意。"));
		if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(batch.getId()).count() != 0) {
			throw new IllegalStateException("the batch did not end");
		}
	}
}
