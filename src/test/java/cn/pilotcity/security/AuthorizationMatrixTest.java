package cn.pilotcity.security;

import static cn.pilotcity.security.AuthorizationMatrixTest.Expect.CREATED;
import static cn.pilotcity.security.AuthorizationMatrixTest.Expect.DENIED;
import static cn.pilotcity.security.AuthorizationMatrixTest.Expect.EMPTY;
import static cn.pilotcity.security.AuthorizationMatrixTest.Expect.FORBIDDEN;
import static cn.pilotcity.security.AuthorizationMatrixTest.Expect.GONE;
import static cn.pilotcity.security.AuthorizationMatrixTest.Expect.HIDDEN;
import static cn.pilotcity.security.AuthorizationMatrixTest.Expect.OK;
import static cn.pilotcity.security.AuthorizationMatrixTest.Expect.REFUSED;
import static cn.pilotcity.security.AuthorizationMatrixTest.Expect.ROWS;
import static cn.pilotcity.security.AuthorizationMatrixTest.Expect.UNAUTHENTICATED;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.pilotcity.application.ApplicationContent;
import cn.pilotcity.application.ApplicationStatus;
import cn.pilotcity.application.Applications;
import cn.pilotcity.application.Programme;
import cn.pilotcity.assessment.Assessments;
import cn.pilotcity.attachment.Attachments;
import cn.pilotcity.city.Title;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.review.ReviewTestSupport;
import cn.pilotcity.review.ReviewTestSupport.OpenReview;
import cn.pilotcity.sme.SmeTestSupport;
import cn.pilotcity.support.LifecycleDriver;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;
import cn.pilotcity.support.ApplicationFixtures;

/**
 * Every role against every kind of resource, through HTTP as the real users (Basic auth on /engine-rest and
 * /api), authorization on. The data belong to 苏州 (320500, 江苏): an SME application in the city's hands
 * with an attachment, an annual assessment waiting for the city's report, an expert review waiting for the
 * panel's scores, a strong-city application not yet approved. Each row of {@link #matrix()} is one resource,
 * each column one role; every cell is one test.
 *
 * <p>Run alone: {@code ./mvnw -B verify -Dtest='AuthorizationMatrixTest' -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@PilotCityTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

	static final String SUZHOU = "320500";
	static final String JIANGSU = "320000";
	static final String REST = "/engine-rest";
	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

	/** The columns of the matrix. */
	enum Role {
		CITY, OTHER_CITY, PROVINCE, OTHER_PROVINCE, SME_AUTHORITY, EXPERT, OTHER_EXPERT, EVALUATOR, CNIPA, MIIT, ANONYMOUS
	}

	/** What a cell expects of the response. */
	enum Expect {
		/** 200 with a body (a file, an object; a list may be empty) */
		OK,
		/** 201: the change was made */
		CREATED,
		/** 204: the change was made */
		GONE,
		/** 200 with a list that holds the rows of the fixture */
		ROWS,
		/** 200 with a list that holds none of the fixture's rows */
		EMPTY,
		/** 404: the thing is not there for this user (ids cannot be probed) */
		HIDDEN,
		/** 403: seen, but not this action */
		FORBIDDEN,
		/** 403 or 404 (the engine answers either, depending on the call): denied either way */
		DENIED,
		/** 400 with a Chinese reason: the user may act, but the empty submission is refused on its content (or, for a publication, nothing is out yet) */
		REFUSED,
		/** 401 */
		UNAUTHENTICATED
	}

	@Autowired
	LifecycleDriver lifecycle;
	@Autowired
	ProcessEngine engine;
	@Autowired
	TestUsers users;
	@Autowired
	TestRestTemplate rest;
	@Autowired
	SmeTestSupport sme;
	@Autowired
	ReviewTestSupport reviewSupport;
	@Autowired
	Assessments assessments;
	@Autowired
	Applications applications;
	@Autowired
	JdbcTemplate jdbc;
	@Autowired
	Attachments attachments;

	final ObjectMapper json = new ObjectMapper();
	final Map<Role, String> userOf = new EnumMap<>(Role.class);
	Fixture f;

	/** The ids the resources are built from. */
	record Fixture(String smeInstance, String smeTask, long smeApplication, long smeBatch, long attachment,
			String assessmentInstance, String cityTask, long assessment, int assessmentYear, OpenReview review,
			long strongCityApplication) {
	}

	@BeforeAll
	void createTheData() {
		reviewSupport.ensureExperts();
		ProcessInstance draft = sme.draftApplication(SUZHOU);
		long smeApplication = sme.applicationId(draft);
		String smeTask = engine.getTaskService().createTaskQuery().processInstanceId(draft.getId()).singleResult().getId();
		long attachment = idOf(upload(users.city(SUZHOU), smeApplication));

		Title title = lifecycle.grantAfresh(SUZHOU, TitleKind.DEMONSTRATION);
		lifecycle.startNextAssessment(title);
		String cityTask = lifecycle.task(title, LifecycleDriver.CITY_REPORT).getId();
		String assessmentInstance = engine.getTaskService().createTaskQuery().taskId(cityTask).singleResult()
				.getProcessInstanceId();
		long assessment = lifecycle.assessmentId(title);
		ClockUtil.reset();

		OpenReview review = reviewSupport.openReview();
		// one strong-city application under way per city (a unique key): the one an earlier run left is withdrawn
		applications.activeOf(SUZHOU, Programme.STRONG_CITY).forEach(a -> ApplicationFixtures.setStatus(jdbc, a.id(), ApplicationStatus.WITHDRAWN));
		long strongCity = applications.register(Programme.STRONG_CITY, SUZHOU, null, new ApplicationContent(List.of(),
				List.of(), "苏州市知识产权强市建设方案。", Map.of(), List.of(), List.of()), users.city(SUZHOU));
		long batch = applications.get(smeApplication).batchId();
		f = new Fixture(draft.getId(), smeTask, smeApplication, batch, attachment, assessmentInstance, cityTask, assessment,
				assessments.get(assessment).assessedYear(), review, strongCity);

		userOf.put(Role.CITY, users.city(SUZHOU));
		userOf.put(Role.OTHER_CITY, users.city("330100"));
		userOf.put(Role.PROVINCE, users.provincialIpOffice(JIANGSU));
		userOf.put(Role.OTHER_PROVINCE, users.provincialIpOffice("330000"));
		userOf.put(Role.SME_AUTHORITY, users.provincialSmeAuthority(JIANGSU));
		userOf.put(Role.EXPERT, review.seatedUsers().get(0));
		userOf.put(Role.OTHER_EXPERT, review.expertNotOnPanel());
		userOf.put(Role.EVALUATOR, users.memberOf("evaluators"));
		userOf.put(Role.CNIPA, users.cnipa());
		userOf.put(Role.MIIT, users.memberOf("miit"));
	}

	@AfterAll
	void removeTheInstances() {
		for (String instance : List.of(f.smeInstance(), f.assessmentInstance(), f.review().processInstanceId())) {
			if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
				engine.getRuntimeService().deleteProcessInstance(instance, "authorization matrix finished");
			}
		}
	}

	/** A resource: how to call it for the fixture. */
	enum Resource {
		// the engine's REST API on the city's annual assessment (annual-assessment, waiting for the city's report)
		TASK_LIST(f -> get(REST + "/task?processInstanceId=" + f.assessmentInstance())),
		TASK_GET(f -> get(REST + "/task/" + f.cityTask())),
		TASK_FORM_VARIABLES(f -> get(REST + "/task/" + f.cityTask() + "/form-variables")),
		TASK_COMPLETE(f -> post(REST + "/task/" + f.cityTask() + "/submit-form", "{\"variables\":{}}")),
		TASK_CLAIM_FOR_SOMEONE_ELSE(f -> post(REST + "/task/" + f.cityTask() + "/assignee", "{\"userId\":\"u-city-330100\"}")),
		PROCESS_INSTANCE_LIST(f -> get(REST + "/process-instance?processInstanceIds=" + f.assessmentInstance())),
		PROCESS_INSTANCE_GET(f -> get(REST + "/process-instance/" + f.assessmentInstance())),
		PROCESS_VARIABLES(f -> get(REST + "/process-instance/" + f.assessmentInstance() + "/variables")),
		PROCESS_VARIABLE_CHANGE(f -> post(REST + "/process-instance/" + f.assessmentInstance() + "/variables",
				"{\"modifications\":{\"cityCode\":{\"value\":\"330100\",\"type\":\"String\"}}}")),
		VARIABLE_INSTANCES(f -> get(REST + "/variable-instance?processInstanceIdIn=" + f.assessmentInstance())),
		HISTORY_PROCESS_INSTANCES(f -> get(REST + "/history/process-instance?processInstanceId=" + f.assessmentInstance())),
		HISTORY_TASKS(f -> get(REST + "/history/task?processInstanceId=" + f.assessmentInstance())),
		HISTORY_VARIABLES(f -> get(REST + "/history/variable-instance?processInstanceId=" + f.assessmentInstance())),
		HISTORY_DETAILS(f -> get(REST + "/history/detail?processInstanceId=" + f.assessmentInstance())),
		// the SME programme, whose instances MIIT co-decides and may read
		SME_TASK_LIST(f -> get(REST + "/task?processInstanceId=" + f.smeInstance())),
		SME_PROCESS_INSTANCE_LIST(f -> get(REST + "/process-instance?processInstanceIds=" + f.smeInstance())),
		SME_HISTORY_PROCESS_INSTANCES(f -> get(REST + "/history/process-instance?processInstanceId=" + f.smeInstance())),
		SME_VARIABLE_INSTANCES(f -> get(REST + "/variable-instance?processInstanceIdIn=" + f.smeInstance())),
		// the expert review: the EXPERT sits on the panel; the second seat is a colleague's
		REVIEW_TASK_LIST(f -> get(REST + "/task?processInstanceId=" + f.review().processInstanceId()
				+ "&assignee=" + f.review().seatedUsers().get(0))),
		REVIEW_OWN_TASK_GET(f -> get(REST + "/task/" + f.review().taskIds().get(0))),
		REVIEW_COLLEAGUES_TASK_GET(f -> get(REST + "/task/" + f.review().taskIds().get(1))),
		REVIEW_OWN_TASK_COMPLETE(f -> post(REST + "/task/" + f.review().taskIds().get(0) + "/submit-form",
				"{\"variables\":{\"conflict\":{\"value\":\"NONE\"}}}")),
		REVIEW_PROCESS_INSTANCE_GET(f -> get(REST + "/process-instance/" + f.review().processInstanceId())),
		// attachments of the SME application (in the city's hands)
		ATTACHMENT_LIST(f -> get("/api/applications/" + f.smeApplication() + "/attachments")),
		ATTACHMENT_DOWNLOAD(f -> get("/api/attachments/" + f.attachment())),
		ATTACHMENT_UPLOAD(f -> new Call(HttpMethod.POST, "/api/applications/" + f.smeApplication() + "/attachments", null)),
		ATTACHMENT_DELETE(f -> new Call(HttpMethod.DELETE, "/api/attachments/{fresh}", null)),
		// Excel and Word
		SCORE_SHEET(f -> get("/api/reviews/" + f.review().reviewId() + "/score-sheet.xlsx")),
		REVIEW_APPLICATION_DOCX(f -> get("/api/reviews/" + f.review().reviewId() + "/application.docx")),
		INDICATOR_TEMPLATE(f -> get("/api/assessments/" + f.assessment() + "/indicator-template")),
		NATIONAL_IMPORT_SCOPES(f -> get("/api/assessment-years/" + f.assessmentYear() + "/indicator-import")),
		NATIONAL_INDICATOR_TEMPLATE(f -> get("/api/assessment-years/" + f.assessmentYear() + "/indicator-template?title=DEMONSTRATION")),
		// a file that is no spreadsheet: refused on its content by whoever may import, nothing stored
		NATIONAL_INDICATOR_UPLOAD(f -> new Call(HttpMethod.POST, "/api/assessment-years/" + f.assessmentYear()
				+ "/indicator-data?title=DEMONSTRATION", null)),
		ADMITTED_LIST_UNPUBLISHED(f -> get("/api/sme/batches/" + f.smeBatch() + "/admitted.xlsx")),
		// the national office's working list of a batch (the batch is still open: nobody may change it yet)
		DETERMINATION_LIST(f -> get("/api/sme/batches/" + f.smeBatch() + "/determination")),
		DETERMINATION_EXCEL(f -> get("/api/sme/batches/" + f.smeBatch() + "/determination.xlsx")),
		DETERMINATION_SAVE(f -> new Call(HttpMethod.PUT, "/api/sme/batches/" + f.smeBatch() + "/determination",
				"{\"entries\":[{\"applicationId\":" + f.smeApplication() + ",\"admitted\":true,\"opinion\":\"同意\"}]}")),
		APPROVAL_LETTER_UNAPPROVED(f -> get("/api/strong-city/applications/" + f.strongCityApplication() + "/approval-letter.docx")),
		RESULTS_EXCEL(f -> get("/api/assessment-results/2026/excel")),
		WITHDRAWALS_EXCEL(f -> get("/api/title-withdrawals/excel")),
		// our API
		TIMELINE(f -> get("/api/cities/" + SUZHOU + "/timeline")),
		APPLICATION(f -> get("/api/applications/" + f.smeApplication())),
		APPLICATION_REVISIONS(f -> get("/api/applications/" + f.smeApplication() + "/revisions")),
		REVIEWED_APPLICATION(f -> get("/api/applications/" + f.review().applicationId())),
		APPLICATION_REVIEWS(f -> get("/api/applications/" + f.review().applicationId() + "/reviews")),
		REVIEW(f -> get("/api/reviews/" + f.review().reviewId())),
		REVIEW_DRAWS(f -> get("/api/reviews/" + f.review().reviewId() + "/draws")),
		EXPERT_REGISTRY(f -> get("/api/experts")),
		ASSESSMENT(f -> get("/api/assessments/" + f.assessment())),
		STRONG_CITY_APPLICATION(f -> get("/api/strong-city/applications/" + f.strongCityApplication())),
		STRONG_CITY_WITHDRAW(f -> post("/api/strong-city/applications/" + f.strongCityApplication() + "/withdraw", "{}"));

		final Function<Fixture, Call> call;

		Resource(Function<Fixture, Call> call) {
			this.call = call;
		}
	}

	record Call(HttpMethod method, String path, String body) {
	}

	static Call get(String path) {
		return new Call(HttpMethod.GET, path, null);
	}

	static Call post(String path, String body) {
		return new Call(HttpMethod.POST, path, body);
	}

	/**
	 * The matrix. Columns: CITY (苏州), OTHER_CITY (杭州), PROVINCE (江苏 IP office), OTHER_PROVINCE (浙江),
	 * SME_AUTHORITY (江苏 SME authority), EXPERT (on the panel), OTHER_EXPERT (not on it), EVALUATOR, CNIPA, MIIT,
	 * ANONYMOUS.
	 */
	Stream<Arguments> matrix() {
		return Stream.of(
			//                                   CITY     OTHER_CITY PROVINCE  OTHER_PROV SME_AUTH  EXPERT    OTHER_EXP EVALUATOR CNIPA     MIIT      ANONYMOUS
			row(Resource.TASK_LIST,              ROWS,    EMPTY,     EMPTY,    EMPTY,     EMPTY,    EMPTY,    EMPTY,    EMPTY,    ROWS,     EMPTY,    UNAUTHENTICATED),
			row(Resource.TASK_GET,               OK,      HIDDEN,    HIDDEN,   HIDDEN,    HIDDEN,   HIDDEN,   HIDDEN,   HIDDEN,   OK,       HIDDEN,   UNAUTHENTICATED),
			row(Resource.TASK_FORM_VARIABLES,    OK,      DENIED,    DENIED,   DENIED,    DENIED,   DENIED,   DENIED,   DENIED,   OK,       DENIED,   UNAUTHENTICATED),
			row(Resource.TASK_COMPLETE,          REFUSED, DENIED,    DENIED,   DENIED,    DENIED,   DENIED,   DENIED,   DENIED,   DENIED,   DENIED,   UNAUTHENTICATED),
			row(Resource.TASK_CLAIM_FOR_SOMEONE_ELSE, DENIED, DENIED, DENIED,  DENIED,    DENIED,   DENIED,   DENIED,   DENIED,   DENIED,   DENIED,   UNAUTHENTICATED),
			row(Resource.PROCESS_INSTANCE_LIST,  EMPTY,   EMPTY,     EMPTY,    EMPTY,     EMPTY,    EMPTY,    EMPTY,    EMPTY,    ROWS,     EMPTY,    UNAUTHENTICATED),
			row(Resource.PROCESS_INSTANCE_GET,   HIDDEN,  HIDDEN,    HIDDEN,   HIDDEN,    HIDDEN,   HIDDEN,   HIDDEN,   HIDDEN,   OK,       HIDDEN,   UNAUTHENTICATED),
			row(Resource.PROCESS_VARIABLES,      DENIED,  DENIED,    DENIED,   DENIED,    DENIED,   DENIED,   DENIED,   DENIED,   OK,       DENIED,   UNAUTHENTICATED),
			row(Resource.PROCESS_VARIABLE_CHANGE, DENIED, DENIED,    DENIED,   DENIED,    DENIED,   DENIED,   DENIED,   DENIED,   DENIED,   DENIED,   UNAUTHENTICATED),
			row(Resource.VARIABLE_INSTANCES,     EMPTY,   EMPTY,     EMPTY,    EMPTY,     EMPTY,    EMPTY,    EMPTY,    EMPTY,    ROWS,     EMPTY,    UNAUTHENTICATED),
			row(Resource.HISTORY_PROCESS_INSTANCES, EMPTY, EMPTY,    EMPTY,    EMPTY,     EMPTY,    EMPTY,    EMPTY,    EMPTY,    ROWS,     EMPTY,    UNAUTHENTICATED),
			row(Resource.HISTORY_TASKS,          EMPTY,   EMPTY,     EMPTY,    EMPTY,     EMPTY,    EMPTY,    EMPTY,    EMPTY,    ROWS,     EMPTY,    UNAUTHENTICATED),
			row(Resource.HISTORY_VARIABLES,      EMPTY,   EMPTY,     EMPTY,    EMPTY,     EMPTY,    EMPTY,    EMPTY,    EMPTY,    ROWS,     EMPTY,    UNAUTHENTICATED),
			row(Resource.HISTORY_DETAILS,        EMPTY,   EMPTY,     EMPTY,    EMPTY,     EMPTY,    EMPTY,    EMPTY,    EMPTY,    ROWS,     EMPTY,    UNAUTHENTICATED),
			row(Resource.SME_TASK_LIST,          ROWS,    EMPTY,     EMPTY,    EMPTY,     EMPTY,    EMPTY,    EMPTY,    EMPTY,    ROWS,     EMPTY,    UNAUTHENTICATED),
			row(Resource.SME_PROCESS_INSTANCE_LIST, EMPTY, EMPTY,    EMPTY,    EMPTY,     EMPTY,    EMPTY,    EMPTY,    EMPTY,    ROWS,     ROWS,     UNAUTHENTICATED),
			row(Resource.SME_HISTORY_PROCESS_INSTANCES, EMPTY, EMPTY, EMPTY,   EMPTY,     EMPTY,    EMPTY,    EMPTY,    EMPTY,    ROWS,     ROWS,     UNAUTHENTICATED),
			row(Resource.SME_VARIABLE_INSTANCES, EMPTY,   EMPTY,     EMPTY,    EMPTY,     EMPTY,    EMPTY,    EMPTY,    EMPTY,    ROWS,     ROWS,     UNAUTHENTICATED),
			row(Resource.REVIEW_TASK_LIST,       EMPTY,   EMPTY,     EMPTY,    EMPTY,     EMPTY,    ROWS,     EMPTY,    EMPTY,    ROWS,     EMPTY,    UNAUTHENTICATED),
			row(Resource.REVIEW_OWN_TASK_GET,    HIDDEN,  HIDDEN,    HIDDEN,   HIDDEN,    HIDDEN,   OK,       HIDDEN,   HIDDEN,   OK,       HIDDEN,   UNAUTHENTICATED),
			row(Resource.REVIEW_COLLEAGUES_TASK_GET, HIDDEN, HIDDEN, HIDDEN,   HIDDEN,    HIDDEN,   HIDDEN,   HIDDEN,   HIDDEN,   OK,       HIDDEN,   UNAUTHENTICATED),
			row(Resource.REVIEW_OWN_TASK_COMPLETE, DENIED, DENIED,   DENIED,   DENIED,    DENIED,   REFUSED,  DENIED,   DENIED,   DENIED,   DENIED,   UNAUTHENTICATED),
			row(Resource.REVIEW_PROCESS_INSTANCE_GET, HIDDEN, HIDDEN, HIDDEN,  HIDDEN,    HIDDEN,   HIDDEN,   HIDDEN,   HIDDEN,   OK,       HIDDEN,   UNAUTHENTICATED),
			row(Resource.ATTACHMENT_LIST,        OK,      HIDDEN,    OK,       HIDDEN,    OK,       HIDDEN,   HIDDEN,   HIDDEN,   OK,       OK,       UNAUTHENTICATED),
			row(Resource.ATTACHMENT_DOWNLOAD,    OK,      HIDDEN,    OK,       HIDDEN,    OK,       HIDDEN,   HIDDEN,   HIDDEN,   OK,       OK,       UNAUTHENTICATED),
			row(Resource.ATTACHMENT_UPLOAD,      CREATED, HIDDEN,    FORBIDDEN, HIDDEN,   FORBIDDEN, HIDDEN,  HIDDEN,   HIDDEN,   FORBIDDEN, FORBIDDEN, UNAUTHENTICATED),
			row(Resource.ATTACHMENT_DELETE,      GONE,    HIDDEN,    FORBIDDEN, HIDDEN,   FORBIDDEN, HIDDEN,  HIDDEN,   HIDDEN,   FORBIDDEN, FORBIDDEN, UNAUTHENTICATED),
			row(Resource.SCORE_SHEET,            HIDDEN,  HIDDEN,    HIDDEN,   HIDDEN,    HIDDEN,   FORBIDDEN, HIDDEN,  HIDDEN,   OK,       OK,       UNAUTHENTICATED),
			row(Resource.REVIEW_APPLICATION_DOCX, HIDDEN, HIDDEN,    HIDDEN,   HIDDEN,    HIDDEN,   OK,       HIDDEN,   HIDDEN,   OK,       OK,       UNAUTHENTICATED),
			row(Resource.INDICATOR_TEMPLATE,     OK,      HIDDEN,    OK,       HIDDEN,    OK,       HIDDEN,   HIDDEN,   HIDDEN,   OK,       OK,       UNAUTHENTICATED),
			row(Resource.NATIONAL_IMPORT_SCOPES, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK,   FORBIDDEN, UNAUTHENTICATED),
			row(Resource.NATIONAL_INDICATOR_TEMPLATE, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, UNAUTHENTICATED),
			row(Resource.NATIONAL_INDICATOR_UPLOAD, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, REFUSED, FORBIDDEN, UNAUTHENTICATED),
			row(Resource.ADMITTED_LIST_UNPUBLISHED, REFUSED, REFUSED, REFUSED,  REFUSED,   REFUSED,  REFUSED,  REFUSED,  REFUSED,  REFUSED,  REFUSED,  UNAUTHENTICATED),
			row(Resource.DETERMINATION_LIST,     FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK,   OK,       UNAUTHENTICATED),
			row(Resource.DETERMINATION_EXCEL,    FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK,   OK,       UNAUTHENTICATED),
			row(Resource.DETERMINATION_SAVE,     FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, UNAUTHENTICATED),
			row(Resource.APPROVAL_LETTER_UNAPPROVED, HIDDEN, HIDDEN, HIDDEN,   HIDDEN,    HIDDEN,   HIDDEN,   HIDDEN,   HIDDEN,   HIDDEN,   HIDDEN,   UNAUTHENTICATED),
			row(Resource.RESULTS_EXCEL,          OK,      OK,        OK,       OK,        OK,       OK,       OK,       OK,       OK,       OK,       UNAUTHENTICATED),
			row(Resource.WITHDRAWALS_EXCEL,      OK,      OK,        OK,       OK,        OK,       OK,       OK,       OK,       OK,       OK,       UNAUTHENTICATED),
			row(Resource.TIMELINE,               OK,      HIDDEN,    OK,       HIDDEN,    OK,       HIDDEN,   HIDDEN,   HIDDEN,   OK,       OK,       UNAUTHENTICATED),
			row(Resource.APPLICATION,            OK,      HIDDEN,    OK,       HIDDEN,    OK,       HIDDEN,   HIDDEN,   HIDDEN,   OK,       OK,       UNAUTHENTICATED),
			row(Resource.APPLICATION_REVISIONS,  OK,      HIDDEN,    OK,       HIDDEN,    OK,       HIDDEN,   HIDDEN,   HIDDEN,   OK,       OK,       UNAUTHENTICATED),
			row(Resource.REVIEWED_APPLICATION,   OK,      HIDDEN,    OK,       HIDDEN,    OK,       OK,       HIDDEN,   HIDDEN,   OK,       OK,       UNAUTHENTICATED),
			row(Resource.APPLICATION_REVIEWS,    EMPTY,   HIDDEN,    EMPTY,    HIDDEN,    EMPTY,    ROWS,     HIDDEN,   HIDDEN,   ROWS,     ROWS,     UNAUTHENTICATED),
			row(Resource.REVIEW,                 HIDDEN,  HIDDEN,    HIDDEN,   HIDDEN,    HIDDEN,   OK,       HIDDEN,   HIDDEN,   OK,       OK,       UNAUTHENTICATED),
			row(Resource.REVIEW_DRAWS,           HIDDEN,  HIDDEN,    HIDDEN,   HIDDEN,    HIDDEN,   HIDDEN,   HIDDEN,   HIDDEN,   OK,       OK,       UNAUTHENTICATED),
			row(Resource.EXPERT_REGISTRY,        HIDDEN,  HIDDEN,    HIDDEN,   HIDDEN,    HIDDEN,   HIDDEN,   HIDDEN,   HIDDEN,   OK,       OK,       UNAUTHENTICATED),
			row(Resource.ASSESSMENT,             OK,      HIDDEN,    OK,       HIDDEN,    OK,       HIDDEN,   HIDDEN,   HIDDEN,   OK,       OK,       UNAUTHENTICATED),
			row(Resource.STRONG_CITY_APPLICATION, OK,     HIDDEN,    OK,       HIDDEN,    OK,       HIDDEN,   HIDDEN,   HIDDEN,   OK,       OK,       UNAUTHENTICATED),
			row(Resource.STRONG_CITY_WITHDRAW,   REFUSED, HIDDEN,    FORBIDDEN, HIDDEN,   FORBIDDEN, HIDDEN,  HIDDEN,   HIDDEN,   FORBIDDEN, FORBIDDEN, UNAUTHENTICATED))
			.flatMap(cells -> cells);
	}

	private static Stream<Arguments> row(Resource resource, Expect... byRole) {
		assertThat(byRole).as(resource + ": one cell per role").hasSize(Role.values().length);
		return Arrays.stream(Role.values()).map(role -> Arguments.of(resource, role, byRole[role.ordinal()]));
	}

	@ParameterizedTest(name = "{0} as {1}: {2}")
	@MethodSource("matrix")
	@DisplayName("Every role against every resource through HTTP: allowed or denied, foreign rows absent")
	void cell(Resource resource, Role role, Expect expected) throws Exception {
		String user = userOf.get(role);
		Call call = resource.call.apply(f);
		if (resource == Resource.ATTACHMENT_UPLOAD) {
			int before = attachmentIds().size();
			check(expected, upload(user, f.smeApplication()));
			assertThat(attachmentIds()).as("stored only when allowed").hasSize(expected == CREATED ? before + 1 : before);
			return;
		}
		if (resource == Resource.ATTACHMENT_DELETE) {
			long fresh = idOf(upload(users.city(SUZHOU), f.smeApplication()));
			check(expected, send(user, new Call(HttpMethod.DELETE, "/api/attachments/" + fresh, null)));
			boolean stillThere = attachmentIds().contains(fresh);
			assertThat(stillThere).as("removed only when allowed").isEqualTo(expected != GONE);
			return;
		}
		if (resource == Resource.NATIONAL_INDICATOR_UPLOAD) {
			int before = assessments.uploads(f.assessment()).size();
			check(expected, multipart(user, call.path(), "不是表格".getBytes(StandardCharsets.UTF_8), "汇总.xlsx"));
			assertThat(assessments.uploads(f.assessment())).as("nothing stored").hasSize(before);
			return;
		}
		check(expected, send(user, call));
	}

	private void check(Expect expected, ResponseEntity<byte[]> response) throws Exception {
		int status = response.getStatusCode().value();
		String body = response.getBody() == null ? "" : new String(response.getBody(), StandardCharsets.UTF_8);
		switch (expected) {
		case OK -> assertThat(status).as(body).isEqualTo(200);
		case CREATED -> assertThat(status).as(body).isEqualTo(201);
		case GONE -> assertThat(status).as(body).isEqualTo(204);
		case ROWS -> {
			assertThat(status).as(body).isEqualTo(200);
			assertThat(json.readTree(body)).as("the fixture's rows are listed").isNotEmpty();
		}
		case EMPTY -> {
			assertThat(status).as(body).isEqualTo(200);
			assertThat(json.readTree(body)).as("no row of the fixture is listed").isEmpty();
		}
		case HIDDEN -> assertThat(status).as(body).isEqualTo(404);
		case FORBIDDEN -> assertThat(status).as(body).isEqualTo(403);
		case DENIED -> assertThat(status).as(body).isIn(403, 404);
		case REFUSED -> {
			assertThat(status).as(body).isEqualTo(400);
			assertThat(json.readTree(body).get("message").asText()).as("a Chinese reason").containsPattern("\\p{IsHan}");
		}
		case UNAUTHENTICATED -> assertThat(status).as(body).isEqualTo(401);
		}
		assertThat(body).as("never a stack trace").doesNotContain("\tat ").doesNotContain("at org.camunda");
	}

	private ResponseEntity<byte[]> send(String user, Call call) {
		HttpHeaders headers = new HttpHeaders();
		headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
		headers.setContentType(MediaType.APPLICATION_JSON);
		if (user != null) {
			headers.setBasicAuth(user, TestUsers.PASSWORD);
		}
		return rest.exchange(call.path(), call.method(), new HttpEntity<>(call.body(), headers), byte[].class);
	}

	private ResponseEntity<byte[]> upload(String user, long applicationId) {
		return multipart(user, "/api/applications/" + applicationId + "/attachments", PDF, "授权矩阵.pdf", "kind", "SUPPORTING");
	}

	private ResponseEntity<byte[]> multipart(String user, String path, byte[] file, String fileName, String... fields) {
		HttpHeaders headers = new HttpHeaders();
		if (user != null) {
			headers.setBasicAuth(user, TestUsers.PASSWORD);
		}
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("file", new ByteArrayResource(file) {
			@Override
			public String getFilename() {
				return fileName;
			}
		});
		for (int i = 0; i + 1 < fields.length; i += 2) {
			body.add(fields[i], fields[i + 1]);
		}
		return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), byte[].class);
	}

	private List<Long> attachmentIds() {
		users.login(users.city(SUZHOU));
		try {
			return attachments.of(f.smeApplication()).stream().map(a -> a.id()).toList();
		}
		finally {
			users.logout();
		}
	}

	private long idOf(ResponseEntity<byte[]> created) {
		try {
			assertThat(created.getStatusCode().value()).isEqualTo(201);
			return json.readTree(created.getBody()).get("id").asLong();
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
