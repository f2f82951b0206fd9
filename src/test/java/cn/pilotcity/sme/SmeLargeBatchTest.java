package cn.pilotcity.sme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.pilotcity.application.Applications;
import cn.pilotcity.application.Programme;
import cn.pilotcity.bench.BenchCities;
import cn.pilotcity.city.City;
import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.city.Title;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.city.TitleStatus;
import cn.pilotcity.city.Titles;
import cn.pilotcity.lifecycle.Lifecycles;
import cn.pilotcity.review.ReviewTestSupport;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;

/**
 * R-SME-6: the determination list has no fixed number of places: a batch of 150 cities goes through. The
 * reference data hold fewer free cities, so synthetic ones are added (as the benchmark does); they stay, so
 * this class runs after the others (only the boundary's coverage check comes later).
 */
@PilotCityTest
@Order(Integer.MAX_VALUE - 1)
class SmeLargeBatchTest {

	static final int CITIES = 150;

	@Autowired
	ProcessEngine engine;
	@Autowired
	TestUsers users;
	@Autowired
	ApplicationContext context;
	@Autowired
	CityDirectory directory;
	@Autowired
	Titles titles;
	@Autowired
	Applications applications;
	@Autowired
	SmeBatches batches;
	@Autowired
	ReviewTestSupport reviews;
	@Autowired
	Lifecycles lifecycles;
	@Autowired
	SmeDeterminationWorklist worklist;
	@Autowired
	JdbcTemplate jdbc;

	private final List<Title> granted = new ArrayList<>();

	@Test
	@DisplayName("R-SME-6: a batch of 150 cities is determined on the list page, concurred and published: every city admitted, ranked and granted its title")
	void aBatchOf150Cities() {
		reviews.ensureExperts();
		BenchCities.atLeast(directory.cities().size() + CITIES, directory, jdbc, context);
		List<City> cities = directory.cities().stream().filter(this::mayApply).limit(CITIES).toList();
		assertThat(cities).as("cities without an SME title or application").hasSize(CITIES);

		new SmePilotRun(engine, users, context).admitAll(cities);

		SmeBatch batch = batches.all().stream().max(Comparator.comparing(SmeBatch::id)).orElseThrow();
		assertThat(batch.status()).isEqualTo(SmeBatch.PUBLISHED);
		assertThat(batches.determinations(batch.id())).hasSize(CITIES).allMatch(Determination::admitted)
				.extracting(Determination::ranking).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, CITIES).boxed().toList());
		for (City city : cities) {
			Title title = titles.find(city.code(), TitleKind.SME_PILOT).orElseThrow();
			assertThat(title.status()).isEqualTo(TitleStatus.ACTIVE);
			granted.add(title);
		}
		assertThat(worklist.lines(batch.id())).as("nothing awaits the determination any more").isEmpty();
	}

	/** The 150 titles and their lifecycles go, so that other tests may let these cities apply again. */
	@AfterEach
	void release() {
		ClockUtil.reset();
		for (Title title : granted) {
			lifecycles.running(title.id()).ifPresent(
					lifecycle -> engine.getRuntimeService().deleteProcessInstance(lifecycle.getId(), "测试结束", true, true));
			titles.changeStatus(title.id(), TitleStatus.ACTIVE, TitleStatus.ENDED, LocalDate.now(), "测试结束", null, "test");
		}
	}

	private boolean mayApply(City city) {
		return titles.find(city.code(), TitleKind.SME_PILOT)
				.map(t -> t.status() == TitleStatus.ENDED || t.status() == TitleStatus.WITHDRAWN).orElse(true)
				&& applications.activeOf(city.code(), Programme.SME_PILOT).isEmpty();
	}
}
