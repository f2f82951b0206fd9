package cn.pilotcity.sme;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.pilotcity.identity.AccessPolicy;
import cn.pilotcity.identity.Grant;
import cn.pilotcity.identity.RoleGroups;
import cn.pilotcity.identity.Roles;

/**
 * Every city may start an SME-pilot application (R-SME-1); the national office opens batches (R-SME-2);
 * MIIT, which co-decides the batches (R-SME-6), reads the programme's instances and history.
 */
@Component
class SmeAccessPolicy implements AccessPolicy {

	static final String APPLICATION_PROCESS = "sme-application";
	static final String BATCH_PROCESS = "sme-batch";

	@Override
	public List<Grant> grants(RoleGroups groups) {
		List<Grant> grants = new ArrayList<>();
		groups.cityGroups().forEach(city -> grants.add(Grant.of(city, PROCESS_DEFINITION, APPLICATION_PROCESS, READ, CREATE_INSTANCE)));
		grants.add(Grant.of(Roles.CNIPA, PROCESS_DEFINITION, BATCH_PROCESS, READ, CREATE_INSTANCE));
		for (String process : List.of(APPLICATION_PROCESS, BATCH_PROCESS)) {
			grants.add(Grant.of(Roles.MIIT, PROCESS_DEFINITION, process, READ, READ_INSTANCE, READ_HISTORY));
		}
		return grants;
	}
}
