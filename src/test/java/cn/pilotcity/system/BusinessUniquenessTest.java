package cn.pilotcity.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import cn.pilotcity.application.ApplicationStatus;
import cn.pilotcity.application.Applications;
import cn.pilotcity.application.Programme;
import cn.pilotcity.assessment.Assessments;
import cn.pilotcity.city.Title;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.city.Titles;
import cn.pilotcity.decision.Decision;
import cn.pilotcity.decision.Decisions;
import cn.pilotcity.lifecycle.Lifecycles;
import cn.pilotcity.support.LifecycleDriver;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;
import cn.pilotcity.support.ApplicationFixtures;

/**
 * Business uniqueness is enforced by the database, not only by the checks in code: two nodes, two tabs or a
 * retried request can pass a check at the same moment, a unique key cannot be passed twice. Each case
 * inserts the duplicate past our code (plain SQL) and through the service a user reaches, which answers in
 * Chinese. Cases that need no committed data run in a transaction that is rolled back.
 */
@PilotCityTest
class BusinessUniquenessTest {

	private static final String WUXI = "320200";
	private static final String CHANGZHOU = "320400";
	private static final String HARBIN = "230100";

	@Autowired
	LifecycleDriver driver;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	Applications applications;
	@Autowired
	Decisions decisions;
	@Autowired
	Lifecycles lifecycles;
	@Autowired
	Titles titles;
	@Autowired
	ProcessEngine engine;
	@Autowired
	TestUsers users;

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
	}

	/** The users exist before any rolled-back transaction: created inside one they would be rolled back too. */
	@BeforeEach
	void createUsers() {
		users.city(WUXI);
		users.city(CHANGZHOU);
		users.cnipa();
	}

	@Test
	@DisplayName("R-SME-2: one application per city and batch, refused by the unique key and told in Chinese")
	void smeOneApplicationPerCityAndBatch() {
		inRolledBackTransaction(() -> {
			long batch = newBatch();
			applications.start(Programme.SME_PILOT, CHANGZHOU, batch, null, users.city(CHANGZHOU));

			assertThatThrownBy(() -> applications.start(Programme.SME_PILOT, CHANGZHOU, batch, null, users.city(CHANGZHOU)))
					.isInstanceOf(InvalidInputException.class).hasMessage("本市已在该批次提交过申报,不能重复申报");
			assertThatThrownBy(() -> insertApplication("SME_PILOT", CHANGZHOU, batch, "DRAFT"))
					.isInstanceOf(DuplicateKeyException.class);
			// another batch is another application
			applications.start(Programme.SME_PILOT, CHANGZHOU, newBatch(), null, users.city(CHANGZHOU));
		});
	}

	@Test
	@DisplayName("R-SC-1: one strong-city application under way per city, refused by the unique key; after it has ended the city may apply again")
	void strongCityOneActiveApplicationPerCity() {
		inRolledBackTransaction(() -> {
			withdrawActiveStrongCityApplications(WUXI);
			long first = applications.start(Programme.STRONG_CITY, WUXI, null, null, users.city(WUXI));

			assertThatThrownBy(() -> applications.start(Programme.STRONG_CITY, WUXI, null, null, users.city(WUXI)))
					.isInstanceOf(InvalidInputException.class).hasMessage("本市已有正在办理的知识产权强市申请,请在任务列表中继续办理");
			for (String status : List.of("DRAFT", "SUBMITTED", "UNDER_ARGUMENTATION", "REVISING", "APPROVED")) {
				assertThatThrownBy(() -> insertApplication("STRONG_CITY", WUXI, null, status))
						.as(status).isInstanceOf(DuplicateKeyException.class);
			}
			// ended applications do not count, and other programmes are not affected
			insertApplication("STRONG_CITY", WUXI, null, "REJECTED");
			insertApplication("STRONG_CITY", WUXI, null, "LAPSED");
			insertApplication("SME_PILOT", WUXI, null, "SUBMITTED");
			ApplicationFixtures.setStatus(jdbc, first, ApplicationStatus.WITHDRAWN);
			long second = applications.start(Programme.STRONG_CITY, WUXI, null, null, users.city(WUXI));
			assertThat(applications.activeOf(WUXI, Programme.STRONG_CITY)).singleElement()
					.satisfies(a -> assertThat(a.id()).isEqualTo(second));
			// an ended application cannot come back to life beside the active one
			assertThatThrownBy(() -> ApplicationFixtures.setStatus(jdbc, first, ApplicationStatus.SUBMITTED))
					.isInstanceOf(DuplicateKeyException.class);
		});
	}

	@Test
	@DisplayName("R-SC-1: two strong-city applications of one city started at the same moment (both past the check in code): exactly one is stored")
	void strongCityConcurrentStartsStoreOne() throws Exception {
		transactions.executeWithoutResult(tx -> withdrawActiveStrongCityApplications(WUXI));
		CyclicBarrier bothChecked = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Object> outcomes = Collections.synchronizedList(new ArrayList<>());
		try {
			List<Future<?>> starts = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				starts.add(pool.submit(() -> {
					try {
						outcomes.add(transactions.execute(tx -> {
							assertThat(applications.activeOf(WUXI, Programme.STRONG_CITY)).isEmpty();
							await(bothChecked);
							return applications.start(Programme.STRONG_CITY, WUXI, null, null, users.city(WUXI));
						}));
					}
					catch (RuntimeException e) {
						outcomes.add(e);
					}
				}));
			}
			for (Future<?> start : starts) {
				start.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(outcomes).hasSize(2);
		assertThat(outcomes).filteredOn(Long.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(RuntimeException.class::isInstance).singleElement()
				.satisfies(e -> assertThat(e).isInstanceOfAny(InvalidInputException.class, DataIntegrityViolationException.class));
		assertThat(applications.activeOf(WUXI, Programme.STRONG_CITY)).hasSize(1);
		transactions.executeWithoutResult(tx -> withdrawActiveStrongCityApplications(WUXI));
	}

	@Test
	@DisplayName("R-AA-1: one annual assessment per title, grant and year, refused by the unique key")
	void oneAssessmentPerTitleAndYear() {
		inRolledBackTransaction(() -> {
			Title title = demonstrationTitle();
			insertAssessment(title, 2030);
			insertAssessment(title, 2031);
			assertThatThrownBy(() -> insertAssessment(title, 2030)).isInstanceOf(DuplicateKeyException.class);
		});
	}

	@Test
	@DisplayName("R-SC-8: one three-year review per title, grant and cycle, refused by the unique key")
	void oneReviewPerTitleAndCycle() {
		inRolledBackTransaction(() -> {
			Title title = demonstrationTitle();
			insertReview(title, 2030);
			insertReview(title, 2033);
			assertThatThrownBy(() -> insertReview(title, 2030)).isInstanceOf(DuplicateKeyException.class);
		});
	}

	@Test
	@DisplayName("R-X-1: one decision per task and subject; the same task recorded again is a conflict (409) with a Chinese message, a later task on the same step is recorded")
	void oneDecisionPerTask() {
		inRolledBackTransaction(() -> {
			String task = "test-" + UUID.randomUUID();
			decisions.record(decision(task, "RETURN"));

			assertThatThrownBy(() -> decisions.record(decision(task, "APPROVE")))
					.isInstanceOf(OptimisticLockingException.class).hasMessage("该决定已经记录,不能重复提交");
			// the step decided again after a revision is a new task
			decisions.record(decision("test-" + UUID.randomUUID(), "APPROVE"));
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pc_decision WHERE task_id = ?", Integer.class, task))
					.isEqualTo(1);
		});
	}

	@Test
	@DisplayName("R-AA-1: one lifecycle per title; a second start is refused in Chinese, and the database refuses a second row or a start that saw an older lifecycle")
	void oneLifecyclePerTitle() {
		Title title = driver.grantAfresh(HARBIN, TitleKind.SME_PILOT, 3);
		String running = driver.lifecycle(title).getId();
		assertThat(currentLifecycle(title)).isEqualTo(running);

		assertThatThrownBy(() -> lifecycles.start(title.id())).isInstanceOf(InvalidInputException.class)
				.hasMessage("该称号的考核周期已在进行中,无需重复启动");
		inRolledBackTransaction(() -> {
			assertThatThrownBy(() -> jdbc.update("INSERT INTO pc_title_lifecycle (title_id, process_instance_id, title_granted_on, "
					+ "started_at) VALUES (?, ?, ?, ?)", title.id(), "other-" + UUID.randomUUID(), title.grantedOn(),
					LocalDateTime.now())).isInstanceOf(DuplicateKeyException.class);
			// a starter that saw no lifecycle or an older one cannot replace the current one
			assertThat(jdbc.update("UPDATE pc_title_lifecycle SET process_instance_id = ? WHERE title_id = ? "
					+ "AND process_instance_id = ?", "other", title.id(), "older")).isZero();
		});

		// granted again: the new lifecycle replaces the old one in the same row
		Title again = driver.grantAfresh(HARBIN, TitleKind.SME_PILOT, 3);
		String renewed = driver.lifecycle(again).getId();
		assertThat(renewed).isNotEqualTo(running);
		assertThat(currentLifecycle(again)).isEqualTo(renewed);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM pc_title_lifecycle WHERE title_id = ?", Integer.class,
				title.id())).isEqualTo(1);
	}

	private String currentLifecycle(Title title) {
		return jdbc.queryForObject("SELECT process_instance_id FROM pc_title_lifecycle WHERE title_id = ?", String.class,
				title.id());
	}

	private void inRolledBackTransaction(Runnable body) {
		transactions.executeWithoutResult(tx -> {
			tx.setRollbackOnly();
			body.run();
		});
	}

	private long newBatch() {
		String name = "唯一性测试批次-" + UUID.randomUUID();
		jdbc.update("INSERT INTO pc_sme_batch (name, batch_year, opens_on, deadline, status, created_by, created_at) "
				+ "VALUES (?, 2030, ?, ?, 'OPEN', 'test', ?)", name, LocalDate.of(2030, 1, 1), LocalDateTime.of(2030, 3, 1, 17, 0),
				LocalDateTime.now());
		return jdbc.queryForObject("SELECT id FROM pc_sme_batch WHERE name = ?", Long.class, name);
	}

	private void insertApplication(String programme, String city, Long batch, String status) {
		jdbc.update("INSERT INTO pc_application (programme, city_code, batch_id, status, revision, created_by, created_at, "
				+ "updated_at) VALUES (?, ?, ?, ?, 0, 'test', ?, ?)", programme, city, batch, status, LocalDateTime.now(),
				LocalDateTime.now());
	}

	private void withdrawActiveStrongCityApplications(String city) {
		applications.activeOf(city, Programme.STRONG_CITY).forEach(a -> ApplicationFixtures.setStatus(jdbc, a.id(), ApplicationStatus.WITHDRAWN));
	}

	private Title demonstrationTitle() {
		return titles.find("210100", TitleKind.DEMONSTRATION).orElseThrow();
	}

	/** Assessments and reviews of a grant day no test uses, in a transaction that is rolled back. */
	private static final LocalDate TEST_GRANT_DAY = LocalDate.of(1999, 9, 9);

	private void insertAssessment(Title title, int year) {
		jdbc.update("INSERT INTO pc_assessment (title_id, city_code, title_kind, title_granted_on, assessed_year, status, "
				+ "opened_at, late, report_missing, priority_support) VALUES (?, ?, ?, ?, ?, 'OPEN', ?, FALSE, FALSE, FALSE)",
				title.id(), title.cityCode(), title.kind().name(), TEST_GRANT_DAY, year, LocalDateTime.now());
	}

	private void insertReview(Title title, int firstYear) {
		jdbc.update("INSERT INTO pc_title_review (title_id, city_code, title_granted_on, first_year, last_year, status, "
				+ "opened_at, promoted) VALUES (?, ?, ?, ?, ?, 'OPEN', ?, FALSE)", title.id(), title.cityCode(), TEST_GRANT_DAY,
				firstYear, firstYear + 2, LocalDateTime.now());
	}

	private Decision decision(String taskId, String outcome) {
		return new Decision(null, "APPLICATION", 999_999_999L, WUXI, "Task_ProvincialIpOfficeReview", "省级知识产权局审核",
				outcome, "测试意见", null, users.cnipa(), LocalDateTime.now(), null, taskId);
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(30, TimeUnit.SECONDS);
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
