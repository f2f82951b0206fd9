package cn.pilotcity.application;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.pilotcity.identity.CurrentUser;
import cn.pilotcity.identity.RegionAccess;
import cn.pilotcity.system.ForbiddenException;
import cn.pilotcity.system.NotFoundException;

/**
 * Who may read an application (and its files): the national offices, the city, its province's offices and
 * whoever a feature adds ({@link ApplicationReaders}, e.g. its experts). Anyone else is told it does not
 * exist. Only the city changes it, and only while it is in the city's hands.
 */
@Component
public class ApplicationAccess {

	private static final List<ApplicationStatus> EDITABLE = List.of(ApplicationStatus.DRAFT, ApplicationStatus.INELIGIBLE,
			ApplicationStatus.RETURNED, ApplicationStatus.SUPPLEMENT_REQUESTED, ApplicationStatus.REVISING,
			ApplicationStatus.APPROVED);

	private final Applications applications;
	private final RegionAccess regions;
	private final CurrentUser currentUser;
	private final List<ApplicationReaders> readers;

	ApplicationAccess(Applications applications, RegionAccess regions, CurrentUser currentUser,
			List<ApplicationReaders> readers) {
		this.applications = applications;
		this.regions = regions;
		this.currentUser = currentUser;
		this.readers = readers;
	}

	/** The application, if the current user may read it. */
	public Application readable(long id) {
		String notFound = "申报 " + id + " 不存在";
		Application application = applications.find(id).orElseThrow(() -> new NotFoundException(notFound));
		if (regions.maySee(application.cityCode())
				|| readers.stream().anyMatch(r -> r.mayRead(currentUser.id(), application))) {
			return application;
		}
		throw new NotFoundException(notFound);
	}

	/** Whether the current user is the application's city and the application is in the city's hands now. */
	public boolean mayEdit(Application application) {
		return currentUser.cityCode().filter(application.cityCode()::equals).isPresent()
				&& EDITABLE.contains(application.status());
	}

	/** The application, if the current user is its city and it is in the city's hands now. */
	public Application editable(long id) {
		Application application = readable(id);
		if (currentUser.cityCode().filter(application.cityCode()::equals).isEmpty()) {
			throw new ForbiddenException("只有申报城市可以修改申报材料");
		}
		if (!EDITABLE.contains(application.status())) {
			throw new ForbiddenException("申报当前处于「" + application.status().label() + "」阶段,不能修改材料");
		}
		return application;
	}
}
