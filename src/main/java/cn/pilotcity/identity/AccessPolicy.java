package cn.pilotcity.identity;

import java.util.List;

/**
 * What a feature's roles may do in the engine: each feature contributes the grants its processes need
 * (who may start them, who may read their instances). Applied at start-up; missing grants are added.
 */
public interface AccessPolicy {

	List<Grant> grants(RoleGroups groups);
}
