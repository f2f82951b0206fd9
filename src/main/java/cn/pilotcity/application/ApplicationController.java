package cn.pilotcity.application;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.pilotcity.decision.Decision;
import cn.pilotcity.decision.Decisions;
import cn.pilotcity.identity.CurrentUser;
import cn.pilotcity.identity.RegionAccess;
import cn.pilotcity.system.NotFoundException;

/** An application with every decision taken on it (R-X-1), for those entitled to see it (its region, its experts). */
@RestController
class ApplicationController {

	record ApplicationView(Application application, String statusLabel, List<Decision> decisions) {
	}

	private final Applications applications;
	private final Decisions decisions;
	private final RegionAccess access;
	private final CurrentUser currentUser;
	private final List<ApplicationReaders> readers;

	ApplicationController(Applications applications, Decisions decisions, RegionAccess access, CurrentUser currentUser,
			List<ApplicationReaders> readers) {
		this.applications = applications;
		this.decisions = decisions;
		this.access = access;
		this.currentUser = currentUser;
		this.readers = readers;
	}

	@GetMapping("/api/applications/{id}")
	ApplicationView application(@PathVariable long id) {
		String notFound = "申报 " + id + " 不存在";
		Application application = applications.find(id).orElseThrow(() -> new NotFoundException(notFound));
		if (!access.maySee(application.cityCode())
				&& readers.stream().noneMatch(r -> r.mayRead(currentUser.id(), application))) {
			throw new NotFoundException(notFound);
		}
		return new ApplicationView(application, application.status().label(), decisions.of("APPLICATION", id));
	}
}
