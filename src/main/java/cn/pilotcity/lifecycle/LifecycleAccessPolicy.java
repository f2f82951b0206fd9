package cn.pilotcity.lifecycle;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.pilotcity.identity.AccessPolicy;
import cn.pilotcity.identity.Grant;
import cn.pilotcity.identity.RoleGroups;
import cn.pilotcity.identity.Roles;

/**
 * Only the national office may grant a title directly or start the cycle of a title held before
 * ({@code title-grant}). The lifecycle and its assessments, reviews and rectifications are started by the
 * system; each person acts on them only through the tasks of his own group.
 */
@Component
class LifecycleAccessPolicy implements AccessPolicy {

	static final String GRANT_PROCESS = "title-grant";

	@Override
	public List<Grant> grants(RoleGroups groups) {
		return List.of(Grant.of(Roles.CNIPA, PROCESS_DEFINITION, GRANT_PROCESS, READ, CREATE_INSTANCE));
	}
}
