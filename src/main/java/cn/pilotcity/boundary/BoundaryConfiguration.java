package cn.pilotcity.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import com.fasterxml.jackson.databind.ObjectMapper;

@Configuration
class BoundaryConfiguration {

	@Bean
	FilterRegistrationBean<EngineApiRoutes> engineApiRoutes(ProcessEngine engine, ObjectMapper json) {
		FilterRegistrationBean<EngineApiRoutes> registration = new FilterRegistrationBean<>(
				new EngineApiRoutes(engine.getIdentityService(), json));
		registration.setName("engine-api-routes");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		// after the REST API's authentication (order 10), which sets the engine's authentication for the request
		registration.setOrder(12);
		return registration;
	}

	@Bean
	FilterRegistrationBean<FormTextAsText> formTextAsText(ProcessEngine engine, ObjectMapper json) throws IOException {
		Set<String> userWritten = new HashSet<>();
		for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
			try (InputStream in = form.getInputStream()) {
				userWritten.addAll(FormSchema.parse(in).fieldKeys());
			}
		}
		FilterRegistrationBean<FormTextAsText> registration = new FilterRegistrationBean<>(new FormTextAsText(
				((ProcessEngineImpl) engine).getProcessEngineConfiguration().getCommandExecutorTxRequired(), json, userWritten));
		registration.setName("form-text-as-text");
		registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
		registration.setOrder(13);
		return registration;
	}
}
