package cn.pilotcity.boundary;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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
}
