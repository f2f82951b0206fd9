package cn.pilotcity.identity;

import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.GROUP;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.TASK;
import static org.camunda.bpm.engine.authorization.Resources.USER;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * Who may use which webapp and see what, independent of any one process. Tasks themselves become
 * visible through their candidate groups (the engine grants the group TASK_WORK on each task).
 */
@Component
class CoreAccessPolicy implements AccessPolicy {

	private static final String ANY = "*";

	@Override
	public List<Grant> grants(RoleGroups groups) {
		List<Grant> grants = new ArrayList<>();
		for (Resources resource : Resources.values()) {
			grants.add(Grant.of(Roles.ADMIN, resource, ANY, ALL));
		}
		List<String> everyRole = Stream.of(groups.cityGroups(), groups.provincialGroups(),
				List.of(Roles.CNIPA, Roles.MIIT, Roles.EXPERTS, Roles.EVALUATORS)).flatMap(List::stream).toList();
		for (String group : everyRole) {
			grants.add(Grant.of(group, APPLICATION, "tasklist", ACCESS));
			// the models are not secret: the Tasklist draws the diagram of a task's process
			grants.add(Grant.of(group, PROCESS_DEFINITION, ANY, READ));
		}
		for (String city : groups.cityGroups()) {
			// starting a process also needs CREATE_INSTANCE on the definition, granted per programme
			grants.add(Grant.of(city, PROCESS_INSTANCE, ANY, CREATE));
		}
		// the national office sees everything, and acts only through its own tasks
		grants.add(Grant.of(Roles.CNIPA, APPLICATION, "cockpit", ACCESS));
		grants.add(Grant.of(Roles.CNIPA, PROCESS_DEFINITION, ANY, READ, READ_INSTANCE, READ_HISTORY, READ_TASK));
		grants.add(Grant.of(Roles.CNIPA, PROCESS_INSTANCE, ANY, READ, CREATE));
		grants.add(Grant.of(Roles.CNIPA, TASK, ANY, READ));
		grants.add(Grant.of(Roles.CNIPA, DECISION_DEFINITION, ANY, READ, org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY));
		grants.add(Grant.of(Roles.CNIPA, DECISION_REQUIREMENTS_DEFINITION, ANY, READ));
		grants.add(Grant.of(Roles.CNIPA, DEPLOYMENT, ANY, READ));
		grants.add(Grant.of(Roles.CNIPA, USER, ANY, READ));
		grants.add(Grant.of(Roles.CNIPA, GROUP, ANY, READ));
		return grants;
	}
}
