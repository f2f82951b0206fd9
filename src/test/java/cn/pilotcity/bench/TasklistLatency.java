package cn.pilotcity.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.transaction.support.TransactionTemplate;

import cn.pilotcity.city.City;
import cn.pilotcity.identity.Roles;
import cn.pilotcity.support.TestUsers;

/**
 * 2. Tasklist latency: 10,000 open tasks over every city and role, authorization on; a city user's filter
 * 本市待办 listed and counted through the REST API as the Tasklist asks (HAL, with the filter's variables).
 * Baseline: the same tasks before they carry variables; then each instance gets the variables our
 * processes set (ids, names, subject, dates), and the same requests are measured again.
 */
final class TasklistLatency {

	static final String PROCESS = "bench-tasklist";
	static final int TASKS = 10_000;
	private static final int WARM_UP = 10;
	private static final int SAMPLES = 100;
	private static final String BODY = """
			{"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],"orQueries":[],
			 "sorting":[{"sortBy":"created","sortOrder":"desc"}],"active":true}""";

	private final ProcessEngine engine;
	private final TransactionTemplate transaction;
	private final TestUsers users;
	private final List<City> cities;
	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
	private final String baseUrl;

	TasklistLatency(ProcessEngine engine, TransactionTemplate transaction, TestUsers users, List<City> cities, int port) {
		this.engine = engine;
		this.transaction = transaction;
		this.users = users;
		this.cities = cities;
		this.baseUrl = "http://localhost:" + port + "/engine-rest";
	}

	static BpmnModelInstance model() {
		return Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(30)
				.startEvent()
				.userTask("Task_Bench").name("基准待办").camundaCandidateGroups("${group}")
				.endEvent().done();
	}

	/** Seven in ten tasks for a city, the rest for its province's two offices and the national roles. */
	private String group(int i) {
		City city = cities.get(i % cities.size());
		return switch (i % 10) {
			case 7 -> Roles.provincialIpOffice(city.provinceCode());
			case 8 -> Roles.provincialSmeAuthority(city.provinceCode());
			case 9 -> List.of(Roles.CNIPA, Roles.MIIT, Roles.EVALUATORS, Roles.EXPERTS).get((i / 10) % 4);
			default -> Roles.city(city.code());
		};
	}

	void run(BenchReport report, boolean mysql) {
		long started = System.nanoTime();
		String[] instances = createTasks();
		System.out.printf("[bench] %,d tasks created in %.0f s%n", TASKS, (System.nanoTime() - started) / 1e9);
		String filterId = engine.getFilterService().createTaskFilterQuery().filterName("本市待办").singleResult().getId();
		List<String> cityUsers = cities.subList(0, 10).stream().map(c -> users.city(c.code())).toList();

		Latency bare = measure(filterId, cityUsers);
		addVariables(instances);
		Latency ours = measure(filterId, cityUsers);


		double limit = mysql ? 100 : 50;
		String target = "p95 < " + (int) limit + " ms";
		report.add(new BenchReport.Row("tasklist.list.p50", "2. Tasklist 10,000 tasks: filter list, p50", ours.list[0], bare.list[0], "ms",
				"", true));
		report.add(new BenchReport.Row("tasklist.list.p95", "2. Tasklist 10,000 tasks: filter list, p95", ours.list[1], bare.list[1], "ms",
				target, ours.list[1] < limit));
		report.add(new BenchReport.Row("tasklist.count.p50", "2. Tasklist 10,000 tasks: filter count, p50", ours.count[0], bare.count[0],
				"ms", "", true));
		report.add(new BenchReport.Row("tasklist.count.p95", "2. Tasklist 10,000 tasks: filter count, p95", ours.count[1], bare.count[1],
				"ms", target, ours.count[1] < limit));
		System.out.printf("[bench] a city user's filter lists %d tasks%n", ours.listed);
	}

	String[] createTasks() {
		String[] instances = new String[TASKS];
		for (int from = 0; from < TASKS; from += 250) {
			int start = from;
			transaction.executeWithoutResult(tx -> {
				for (int i = start; i < Math.min(TASKS, start + 250); i++) {
					instances[i] = engine.getRuntimeService().startProcessInstanceByKey(PROCESS, Map.of("group", group(i))).getId();
				}
			});
		}
		return instances;
	}

	void addVariables(String[] instances) {
		for (int from = 0; from < TASKS; from += 250) {
			int start = from;
			transaction.executeWithoutResult(tx -> {
				for (int i = start; i < Math.min(TASKS, start + 250); i++) {
					engine.getRuntimeService().setVariables(instances[i], variables(i));
				}
			});
		}
	}

	/** What our processes keep on an instance: ids, the names the filter shows, dates. */
	private Map<String, Object> variables(int i) {
		City city = cities.get(i % cities.size());
		Map<String, Object> variables = new HashMap<>();
		variables.put("cityCode", city.code());
		variables.put("cityName", city.name());
		variables.put("provinceCode", city.provinceCode());
		variables.put("provinceName", city.provinceName());
		variables.put("subject", city.name() + " · 国家知识产权示范城市年度考核");
		variables.put("titleId", (long) i);
		variables.put("assessmentId", (long) i);
		variables.put("assessmentYear", 2034);
		variables.put("titleKind", "DEMONSTRATION");
		variables.put("dueOn", java.sql.Date.valueOf(LocalDate.of(2035, 3, 1)));
		return variables;
	}

	private record Latency(double[] list, double[] count, int listed) {
	}

	private Latency measure(String filterId, List<String> cityUsers) {
		for (int i = 0; i < WARM_UP; i++) {
			post(cityUsers.get(i % cityUsers.size()), "/filter/" + filterId + "/list?firstResult=0&maxResults=15");
			post(cityUsers.get(i % cityUsers.size()), "/filter/" + filterId + "/count");
		}
		double[] list = new double[SAMPLES];
		double[] count = new double[SAMPLES];
		int listed = 0;
		for (int i = 0; i < SAMPLES; i++) {
			String user = cityUsers.get(i % cityUsers.size());
			long start = System.nanoTime();
			String body = post(user, "/filter/" + filterId + "/list?firstResult=0&maxResults=15");
			list[i] = (System.nanoTime() - start) / 1e6;
			start = System.nanoTime();
			String counted = post(user, "/filter/" + filterId + "/count");
			count[i] = (System.nanoTime() - start) / 1e6;
			if (i == 0) {
				listed = Integer.parseInt(counted.replaceAll("\\D", ""));
				if (listed == 0 || !body.contains("\"_embedded\"")) {
					throw new IllegalStateException("the city user sees no task: " + body);
				}
			}
		}
		Latency latency = new Latency(percentiles(list), percentiles(count), listed);
		System.out.printf("[bench] filter list p50 %.1f p95 %.1f ms, count p50 %.1f p95 %.1f ms%n", latency.list[0], latency.list[1],
				latency.count[0], latency.count[1]);
		return latency;
	}

	private static double[] percentiles(double[] samples) {
		double[] sorted = samples.clone();
		Arrays.sort(sorted);
		return new double[] { sorted[(int) Math.ceil(0.50 * sorted.length) - 1], sorted[(int) Math.ceil(0.95 * sorted.length) - 1] };
	}

	private String post(String userId, String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
				.header("Accept", "application/hal+json, application/json")
				.header("Content-Type", "application/json")
				.header("Authorization", "Basic " + Base64.getEncoder()
						.encodeToString((userId + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.POST(HttpRequest.BodyPublishers.ofString(BODY)).build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(path + " → " + response.statusCode() + " " + response.body());
			}
			return response.body();
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
