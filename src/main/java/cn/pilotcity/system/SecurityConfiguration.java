package cn.pilotcity.system;

import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.pilotcity.system.Unrestricted;

/**
 * The engine's REST API is open by default; here it requires HTTP Basic against the engine's identity
 * service, and our own API requires a Tasklist session or HTTP Basic.
 */
@Configuration
class SecurityConfiguration {

	static final String REST_API_PATH = "/engine-rest";

	@Bean
	FilterRegistrationBean<ProcessEngineAuthenticationFilter> restApiAuthentication() {
		FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ProcessEngineAuthenticationFilter());
		registration.setName("engine-rest-authentication");
		registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
		registration.addInitParameter("rest-url-pattern-prefix", REST_API_PATH);
		registration.addUrlPatterns(REST_API_PATH + "/*");
		registration.setOrder(10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<SecurityHeaders> securityHeaders() {
		FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
		registration.setName("security-headers");
		registration.addUrlPatterns("/*");
		registration.setOrder(1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<FormErrorMessages> formErrorMessages(ObjectMapper json, TaskService tasks, HistoryService history,
			Unrestricted unrestricted) {
		FilterRegistrationBean<FormErrorMessages> registration = new FilterRegistrationBean<>(
				new FormErrorMessages(json, taskId -> unrestricted.lookup(() -> tasks.createTaskQuery().taskId(taskId).count() > 0),
						taskId -> unrestricted.lookup(() -> endedUndone(history, taskId))));
		registration.setName("form-error-messages");
		// the REST API and the webapps' own engine API (used by the Tasklist)
		registration.addUrlPatterns(REST_API_PATH + "/*", "/camunda/api/engine/*");
		registration.setOrder(5);
		return registration;
	}

	/** What a user who submits a task that ended without being completed is told: when, and whether its deadline had passed. */
	static Optional<String> endedUndone(HistoryService history, String taskId) {
		HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
		if (task == null || task.getEndTime() == null || "completed".equals(task.getDeleteReason())) {
			return Optional.empty();
		}
		java.time.format.DateTimeFormatter format = java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
		String ended = format.format(task.getEndTime().toInstant().atZone(java.time.ZoneId.systemDefault()));
		boolean late = task.getDueDate() != null && !task.getEndTime().before(task.getDueDate());
		return Optional.of(late
				? "办理期限已过(截止 " + format.format(task.getDueDate().toInstant().atZone(java.time.ZoneId.systemDefault()))
						+ "),该任务已于 " + ended + " 结束,您的提交未被接受;请刷新任务列表查看"
				: "该任务已于 " + ended + " 结束(期限届满或流程已变化),您的提交未被接受;请刷新任务列表查看");
	}

	@Bean
	FilterRegistrationBean<DatabaseOutage> databaseOutage(ObjectMapper json) {
		FilterRegistrationBean<DatabaseOutage> registration = new FilterRegistrationBean<>(new DatabaseOutage(json));
		registration.setName("database-outage");
		registration.addUrlPatterns("/api/*", REST_API_PATH + "/*", "/camunda/api/*");
		// outside every filter that may need the database (authentication first of all)
		registration.setOrder(Integer.MIN_VALUE + 10);
		return registration;
	}

	@Bean
	FilterRegistrationBean<UnreachableTasks> taskReadErrors(ObjectMapper json, TaskService tasks, Unrestricted unrestricted) {
		FilterRegistrationBean<UnreachableTasks> registration = new FilterRegistrationBean<>(
				new UnreachableTasks(json, taskId -> unrestricted.lookup(() -> tasks.createTaskQuery().taskId(taskId).count() > 0)));
		registration.setName("unreachable-tasks");
		registration.addUrlPatterns(REST_API_PATH + "/*", "/camunda/api/engine/*");
		registration.setOrder(6);
		return registration;
	}

	/** Takes the place of the webapps' CSRF filter (same name, paths and settings), before their initializer runs. */
	@Bean
	FilterRegistrationBean<CsrfWithoutLogout> webappCsrf(ObjectMapper json, CamundaBpmProperties camunda) {
		FilterRegistrationBean<CsrfWithoutLogout> registration = new FilterRegistrationBean<>(new CsrfWithoutLogout(json));
		registration.setName(CsrfWithoutLogout.FILTER_NAME);
		String webapps = camunda.getWebapp().getApplicationPath();
		registration.addUrlPatterns(webapps + "/api/*", webapps + "/app/*");
		registration.setInitParameters(camunda.getWebapp().getCsrf().getInitParams());
		registration.setOrder(14);
		return registration;
	}

	@Bean
	FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(ProcessEngine engine, ObjectMapper json) {
		FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(
				new ApiAuthenticationFilter(engine, json));
		registration.setName("api-authentication");
		registration.addUrlPatterns("/api/*");
		registration.setOrder(11);
		return registration;
	}
}
