package cn.pilotcity.system;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitializationDetector;

/**
 * Starts the process engine only after our migrations (Flyway) ran, so that on a fresh database our
 * tables exist before the engine's first job or start-up listener touches them.
 */
class EngineAfterMigrations implements DependsOnDatabaseInitializationDetector {

	@Override
	public Set<String> detect(ConfigurableListableBeanFactory beanFactory) {
		return Arrays.stream(beanFactory.getBeanNamesForType(ProcessEngineFactoryBean.class, true, false))
				.map(name -> name.startsWith("&") ? name.substring(1) : name).collect(Collectors.toSet());
	}
}
