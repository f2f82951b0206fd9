package cn.pilotcity.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * Asks the readiness check over HTTP, as a load balancer would, while the start-up set-up runs: first of all the
 * application runners (before the groups, the administrator and the grants exist) and last of them (before the
 * demo data is complete). {@link ReadinessTest} reads what it saw. Imported by {@code @PilotCityTest}.
 */
public final class ReadinessDuringSetUp {

	static final List<Integer> SEEN = new ArrayList<>();

	private ReadinessDuringSetUp() {
	}

	private static int readiness(Environment environment) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + environment.getProperty("local.server.port")
				+ "/actuator/health/readiness")).GET().build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/** Asks once, when the runners reach it. */
	abstract static class Probe implements ApplicationRunner {

		private final Environment environment;

		Probe(Environment environment) {
			this.environment = environment;
		}

		@Override
		public void run(ApplicationArguments args) throws Exception {
			SEEN.add(readiness(environment));
		}
	}

	@TestComponent
	@Order(Ordered.HIGHEST_PRECEDENCE)
	public static class First extends Probe {

		First(Environment environment) {
			super(environment);
		}
	}

	@TestComponent
	@Order(Ordered.LOWEST_PRECEDENCE)
	public static class Last extends Probe {

		Last(Environment environment) {
			super(environment);
		}
	}
}
