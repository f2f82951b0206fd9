package cn.pilotcity.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.test.context.TestComponent;

import cn.pilotcity.identity.IdentityAdmin;
import cn.pilotcity.identity.Memberships;
import cn.pilotcity.identity.Roles;

/**
 * Users for the tests, created on first use in the groups the application itself created. The password
 * satisfies the engine's password policy (the tests run outside the demo profile).
 */
@TestComponent
public class TestUsers {

	public static final String PASSWORD = "Pc-Test-2026!x";

	private final IdentityAdmin identityAdmin;
	private final IdentityService identityService;
	private final Memberships memberships;
	private final Map<String, List<String>> created = new ConcurrentHashMap<>();

	TestUsers(IdentityAdmin identityAdmin, IdentityService identityService, Memberships memberships) {
		this.identityAdmin = identityAdmin;
		this.identityService = identityService;
		this.memberships = memberships;
	}

	/** A user who is a member of exactly the given group; his id is the group id with a "u-" prefix. */
	public String memberOf(String groupId) {
		String userId = "u-" + groupId;
		created.computeIfAbsent(userId, id -> {
			identityAdmin.ensureUser(id, "测试", groupId, id + "@test.example", PASSWORD, List.of(groupId));
			return memberships.groupsOf(id);
		});
		return userId;
	}

	public String city(String cityCode) {
		return memberOf(Roles.city(cityCode));
	}

	public String provincialIpOffice(String provinceCode) {
		return memberOf(Roles.provincialIpOffice(provinceCode));
	}

	public String provincialSmeAuthority(String provinceCode) {
		return memberOf(Roles.provincialSmeAuthority(provinceCode));
	}

	public String cnipa() {
		return memberOf(Roles.CNIPA);
	}

	/** Runs the following engine calls as this user, authorization-checked, until {@link #logout()}. */
	public void login(String userId) {
		identityService.setAuthentication(userId, memberships.groupsOf(userId));
	}

	public void logout() {
		identityService.clearAuthentication();
	}
}
