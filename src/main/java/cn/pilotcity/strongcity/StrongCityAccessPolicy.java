package cn.pilotcity.strongcity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.pilotcity.identity.AccessPolicy;
import cn.pilotcity.identity.Grant;
import cn.pilotcity.identity.RoleGroups;

/**
 * Every city group may start the strong-city application; whether the city may really apply (R-SC-1: only a
 * demonstration city) is decided in the process, so a city is told why it cannot.
 */
@Component
class StrongCityAccessPolicy implements AccessPolicy {

	static final String PROCESS = "strong-city-application";

	@Override
	public List<Grant> grants(RoleGroups groups) {
		return groups.cityGroups().stream().map(city -> Grant.of(city, PROCESS_DEFINITION, PROCESS, READ, CREATE_INSTANCE))
				.toList();
	}
}
