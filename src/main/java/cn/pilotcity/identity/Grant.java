package cn.pilotcity.identity;

import java.util.List;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * A group (or, with {@link #ALL_USERS}, every user) is granted permissions on one resource.
 *
 * @param resourceId a resource id, or {@code "*"} for all resources of the type
 */
public record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {

	/** A global grant: every authenticated user. */
	public static final String ALL_USERS = "*";

	public static Grant of(String groupId, Resource resource, String resourceId, Permission... permissions) {
		return new Grant(groupId, resource, resourceId, List.of(permissions));
	}

	boolean isGlobal() {
		return ALL_USERS.equals(groupId);
	}
}
