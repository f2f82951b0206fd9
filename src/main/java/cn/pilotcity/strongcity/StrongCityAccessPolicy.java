package cn.pilotcity.strongcity;

import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.pilotcity.city.Title;
import cn.pilotcity.city.TitleGranted;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.city.TitleStatus;
import cn.pilotcity.city.TitleStatusChanged;
import cn.pilotcity.city.Titles;
import cn.pilotcity.identity.AccessPolicy;
import cn.pilotcity.identity.Grant;
import cn.pilotcity.identity.RoleGroups;
import cn.pilotcity.identity.Roles;
import cn.pilotcity.system.Unrestricted;

/**
 * R-SC-1: only a national IP demonstration city may apply, so only its group may start the strong-city application
 * (the Tasklist offers it to no other city). The grant follows the title: given when a city becomes a
 * demonstration city, taken back when the title is withdrawn or ends; at start-up every city group is set right.
 * The process checks R-SC-1 again when it starts.
 */
@Component
class StrongCityAccessPolicy implements AccessPolicy {

	static final String PROCESS = "strong-city-application";

	private final Titles titles;
	private final AuthorizationService authorizations;
	private final Unrestricted unrestricted;

	StrongCityAccessPolicy(Titles titles, AuthorizationService authorizations, Unrestricted unrestricted) {
		this.titles = titles;
		this.authorizations = authorizations;
		this.unrestricted = unrestricted;
	}

	@Override
	public List<Grant> grants(RoleGroups groups) {
		Set<String> demonstrationCities = titles.ofKind(TitleKind.DEMONSTRATION).stream().filter(Title::isActive)
				.map(t -> Roles.city(t.cityCode())).collect(Collectors.toSet());
		unrestricted.asSystem(() -> {
			// a city that lost its title, or an installation from before this rule, keeps no start permission
			authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
					.resourceType(PROCESS_DEFINITION).resourceId(PROCESS).list().stream()
					.filter(a -> a.getGroupId() != null && Roles.cityOf(List.of(a.getGroupId())).isPresent())
					.filter(a -> !demonstrationCities.contains(a.getGroupId()))
					.forEach(a -> disallow(a.getGroupId()));
			return null;
		});
		return groups.cityGroups().stream().filter(demonstrationCities::contains)
				.map(city -> Grant.of(city, PROCESS_DEFINITION, PROCESS, READ, CREATE_INSTANCE)).toList();
	}

	@EventListener
	void granted(TitleGranted granted) {
		if (granted.kind() == TitleKind.DEMONSTRATION) {
			allow(Roles.city(granted.cityCode()));
		}
	}

	@EventListener
	void changed(TitleStatusChanged changed) {
		if (changed.kind() == TitleKind.DEMONSTRATION
				&& (changed.to() == TitleStatus.WITHDRAWN || changed.to() == TitleStatus.ENDED)) {
			disallow(Roles.city(changed.cityCode()));
		}
	}

	private void allow(String group) {
		unrestricted.asSystem(() -> {
			Authorization authorization = existing(group);
			if (authorization == null) {
				authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
				authorization.setGroupId(group);
				authorization.setResource(PROCESS_DEFINITION);
				authorization.setResourceId(PROCESS);
			}
			authorization.addPermission(READ);
			authorization.addPermission(CREATE_INSTANCE);
			return authorizations.saveAuthorization(authorization);
		});
	}

	private void disallow(String group) {
		unrestricted.asSystem(() -> {
			Authorization authorization = existing(group);
			if (authorization != null && authorization.isPermissionGranted(CREATE_INSTANCE)) {
				authorization.removePermission(CREATE_INSTANCE);
				authorizations.saveAuthorization(authorization);
			}
			return null;
		});
	}

	private Authorization existing(String group) {
		return authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(group)
				.resourceType(PROCESS_DEFINITION).resourceId(PROCESS).singleResult();
	}
}
