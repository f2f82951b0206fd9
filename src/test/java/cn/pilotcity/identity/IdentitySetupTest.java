package cn.pilotcity.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.diagnostics.FailureAnalysis;

import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.support.PilotCityTest;

/** The groups, authorizations and administrator the application sets up at every start. */
@PilotCityTest
class IdentitySetupTest {

	@Autowired
	IdentitySetup setup;
	@Autowired
	IdentityService identityService;
	@Autowired
	AuthorizationService authorizationService;
	@Autowired
	CityDirectory cities;
	@Autowired
	org.camunda.bpm.engine.FilterService filterService;
	@Autowired
	org.camunda.bpm.engine.TaskService taskService;

	@Test
	@DisplayName("One group per city (city-<code>) and two per province (prov-ip-<code>, prov-sme-<code>), with Chinese names")
	void regionalGroups() {
		assertThat(identityService.createGroupQuery().groupIdIn(cities.cities().stream().map(c -> Roles.city(c.code()))
				.toArray(String[]::new)).count()).isEqualTo(cities.cities().size());
		assertThat(identityService.createGroupQuery().groupId("prov-ip-320000").singleResult().getName()).isEqualTo("江苏省知识产权局");
		assertThat(identityService.createGroupQuery().groupId("prov-sme-320000").singleResult().getName())
				.isEqualTo("江苏省中小企业主管部门");
		assertThat(identityService.createGroupQuery().groupId("city-320500").singleResult().getName()).isEqualTo("苏州市知识产权局");
		assertThat(identityService.createGroupQuery().groupIdIn(Roles.CNIPA, Roles.MIIT, Roles.EXPERTS, Roles.EVALUATORS,
				Roles.ADMIN).count()).isEqualTo(5);
	}

	@Test
	@DisplayName("The experts' filter 评审任务 lists review tasks assigned to the user; an older version of it is upgraded at start")
	void reviewFilterUpgraded() {
		org.camunda.bpm.engine.filter.Filter filter = filterService.createTaskFilterQuery().filterName("评审任务").singleResult();
		java.util.Map<String, Object> old = new java.util.HashMap<>(filter.getProperties());
		old.remove("pilotcityVersion");
		filter.setQuery(taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
				.includeAssignedTasks());
		filter.setProperties(old);
		filterService.saveFilter(filter);

		setup.setUp();

		org.camunda.bpm.engine.filter.Filter upgraded = filterService.getFilter(filter.getId());
		org.camunda.bpm.engine.impl.TaskQueryImpl query = upgraded.getQuery();
		assertThat(query.getExpressions()).containsEntry("taskAssignee", "${currentUser()}");
		assertThat(query.getProcessDefinitionKey()).isEqualTo("expert-review");
		assertThat(upgraded.getProperties()).containsEntry("pilotcityVersion", 3).as("before 我的待办").containsEntry("priority", -20);
	}

	@Test
	@DisplayName("Setting up again adds nothing: the start-up is idempotent")
	void idempotent() {
		assertThat(setup.setUp()).isZero();
	}

	@Test
	@DisplayName("Least privilege: a city may use the Tasklist but not Cockpit; only the national office reads every instance")
	void webappAccess() {
		assertThat(authorized("city-320500", Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isTrue();
		assertThat(authorized("city-320500", Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isFalse();
		assertThat(authorized("cnipa", Permissions.ACCESS, Resources.APPLICATION, "cockpit")).isTrue();
		assertThat(authorized("city-320500", Permissions.READ, Resources.PROCESS_INSTANCE, "any-instance")).isFalse();
		assertThat(authorized("prov-ip-320000", Permissions.READ, Resources.TASK, "any-task")).isFalse();
		assertThat(authorized("cnipa", Permissions.READ, Resources.PROCESS_INSTANCE, "any-instance")).isTrue();
	}

	@Test
	@DisplayName("Outside the demo profile a missing administrator password stops the start with a clear message")
	void missingAdminCredentials() {
		AdminAccount account = new AdminAccount(null, "admin", " ");
		assertThatThrownBy(account::ensure).isInstanceOf(MissingAdminCredentialsException.class);
		FailureAnalysis analysis = new MissingAdminCredentialsFailureAnalyzer()
				.analyze(new MissingAdminCredentialsException());
		assertThat(analysis.getAction()).contains("PILOTCITY_ADMIN_USER", "PILOTCITY_ADMIN_PASSWORD");
		assertThat(analysis.getDescription()).contains("管理员账号未配置");
	}

	@Autowired
	IdentityAdmin identityAdmin;

	@Test
	@DisplayName("An administrator password that breaks the password policy stops the start in Chinese, naming each rule, before any user is created")
	void adminPasswordAgainstThePolicy() {
		AdminAccount containsUserId = new AdminAccount(identityAdmin, "ops-admin", "Ops-admin-2026!");
		assertThatThrownBy(containsUserId::ensure).isInstanceOf(AdminPasswordRejectedException.class)
				.hasMessage("管理员密码不符合密码规则:不能包含用户名、姓名或电子邮箱");
		AdminAccount weak = new AdminAccount(identityAdmin, "ops-admin", "abcdefgh");
		assertThatThrownBy(weak::ensure).isInstanceOf(AdminPasswordRejectedException.class)
				.hasMessageContaining("至少 10 个字符").hasMessageContaining("至少 1 个大写字母")
				.hasMessageContaining("至少 1 个数字").hasMessageContaining("至少 1 个特殊字符");
		assertThat(identityService.createUserQuery().userId("ops-admin").count()).isZero();
		FailureAnalysis analysis = new AdminPasswordRejectedFailureAnalyzer()
				.analyze(new AdminPasswordRejectedException(List.of("至少 10 个字符")));
		assertThat(analysis.getDescription()).contains("PILOTCITY_ADMIN_PASSWORD", "至少 10 个字符");
		assertThat(analysis.getAction()).contains("docs/operations.md");

		new AdminAccount(identityAdmin, "ops-admin", "Pc-Ops-2026!x").ensure();
		assertThat(identityService.createUserQuery().userId("ops-admin").memberOfGroup(Roles.ADMIN).count()).isEqualTo(1);
	}

	@Test
	@DisplayName("Passwords are stored only as salted hashes")
	void passwordsAreHashed() {
		var user = (org.camunda.bpm.engine.impl.persistence.entity.UserEntity) identityService.createUserQuery()
				.userId("admin").singleResult();
		assertThat(user.getPassword()).doesNotContain("Pc-Root-2026!x").startsWith("{SHA-512}");
		assertThat(user.getSalt()).isNotBlank();
	}

	private boolean authorized(String group, org.camunda.bpm.engine.authorization.Permission permission,
			Resources resource, String id) {
		return authorizationService.isUserAuthorized("nobody", List.of(group), permission, resource, id);
	}
}
