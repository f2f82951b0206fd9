package cn.pilotcity.identity;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start: the groups of every role and region, the administrator, the Tasklist filters and the
 * authorizations. Idempotent; adds what is missing and changes nothing an administrator set.
 */
@Component
@Order(0)
class IdentitySetup implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

	private final GroupCatalogue catalogue;
	private final IdentityAdmin identityAdmin;
	private final AdminAccount adminAccount;
	private final TasklistFilters filters;
	private final Authorizations authorizations;
	private final List<AccessPolicy> policies;

	IdentitySetup(GroupCatalogue catalogue, IdentityAdmin identityAdmin, AdminAccount adminAccount,
			TasklistFilters filters, Authorizations authorizations, List<AccessPolicy> policies) {
		this.catalogue = catalogue;
		this.identityAdmin = identityAdmin;
		this.adminAccount = adminAccount;
		this.filters = filters;
		this.authorizations = authorizations;
		this.policies = policies;
	}

	@Override
	public void run(ApplicationArguments args) {
		setUp();
	}

	/** @return how many authorizations had to be added or widened */
	int setUp() {
		List<GroupCatalogue.GroupSpec> groups = catalogue.groups();
		identityAdmin.ensureGroups(groups);
		adminAccount.ensure();
		RoleGroups roleGroups = catalogue.roleGroups();
		List<Grant> grants = new ArrayList<>(filters.ensure(roleGroups));
		policies.forEach(policy -> grants.addAll(policy.grants(roleGroups)));
		int changed = authorizations.ensure(grants);
		log.info("Identity ready: {} groups, {} grants ({} added or widened)", groups.size(), grants.size(), changed);
		return changed;
	}
}
