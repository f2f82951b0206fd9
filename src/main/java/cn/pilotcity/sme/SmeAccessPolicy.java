package cn.pilotcity.sme;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.pilotcity.identity.AccessPolicy;
import cn.pilotcity.identity.Grant;
import cn.pilotcity.identity.RoleGroups;

/** Every city may start an SME-pilot application (R-SME-1); nobody else may. */
@Component
class SmeAccessPolicy implements AccessPolicy {

	static final String APPLICATION_PROCESS = "sme-application";

	@Override
	public List<Grant> grants(RoleGroups groups) {
		return groups.cityGroups().stream()
				.map(city -> Grant.of(city, PROCESS_DEFINITION, APPLICATION_PROCESS, READ, CREATE_INSTANCE)).toList();
	}
}
