package cn.pilotcity.identity;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.springframework.stereotype.Component;

/** Makes sure the engine holds every grant: adds what is missing, leaves what an admin added alone. */
@Component
class Authorizations {

	private record Key(boolean global, String groupId, int resourceType, String resourceId) {

		static Key of(Grant g) {
			return new Key(g.isGlobal(), g.isGlobal() ? null : g.groupId(), g.resource().resourceType(),
					g.resourceId());
		}

		static Key of(Authorization a) {
			boolean global = a.getAuthorizationType() == Authorization.AUTH_TYPE_GLOBAL;
			return new Key(global, global ? null : a.getGroupId(), a.getResourceType(), a.getResourceId());
		}
	}

	private final AuthorizationService authorizationService;

	Authorizations(AuthorizationService authorizationService) {
		this.authorizationService = authorizationService;
	}

	/** @return how many authorizations were created or widened */
	int ensure(Collection<Grant> grants) {
		Map<Key, Authorization> existing = authorizationService.createAuthorizationQuery().list().stream()
				.filter(a -> a.getAuthorizationType() != Authorization.AUTH_TYPE_REVOKE)
				.filter(a -> a.getUserId() == null || a.getAuthorizationType() == Authorization.AUTH_TYPE_GLOBAL)
				.collect(Collectors.toMap(Key::of, Function.identity(), (a, b) -> a));
		Map<Key, Grant> wanted = new LinkedHashMap<>();
		Map<Key, Set<Permission>> permissions = new LinkedHashMap<>();
		for (Grant g : grants) {
			wanted.putIfAbsent(Key.of(g), g);
			permissions.computeIfAbsent(Key.of(g), k -> new LinkedHashSet<>()).addAll(g.permissions());
		}
		int changed = 0;
		for (var entry : wanted.entrySet()) {
			Authorization authorization = existing.computeIfAbsent(entry.getKey(), k -> newAuthorization(entry.getValue()));
			Set<Permission> missing = permissions.get(entry.getKey()).stream()
					.filter(p -> authorization.getId() == null || !authorization.isPermissionGranted(p))
					.collect(Collectors.toSet());
			if (!missing.isEmpty()) {
				missing.forEach(authorization::addPermission);
				authorizationService.saveAuthorization(authorization);
				changed++;
			}
		}
		return changed;
	}

	private Authorization newAuthorization(Grant grant) {
		Authorization a = authorizationService.createNewAuthorization(
				grant.isGlobal() ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_GRANT);
		if (grant.isGlobal()) {
			a.setUserId(Authorization.ANY);
		}
		else {
			a.setGroupId(grant.groupId());
		}
		a.setResource(grant.resource());
		a.setResourceId(grant.resourceId());
		return a;
	}
}
