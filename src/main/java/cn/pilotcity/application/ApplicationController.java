package cn.pilotcity.application;

import java.util.ArrayList;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.pilotcity.decision.Decision;
import cn.pilotcity.decision.Decisions;

/** An application with its content, every decision taken on it (R-X-1) and its revision history. */
@RestController
class ApplicationController {

	record ApplicationView(Application application, String statusLabel, ApplicationContent content,
			List<Decision> decisions) {
	}

	record RevisionView(int revision, String note, String submittedBy, java.time.LocalDateTime submittedAt,
			List<RevisionChanges.Change> changes) {
	}

	private final Applications applications;
	private final Decisions decisions;
	private final ApplicationAccess access;

	ApplicationController(Applications applications, Decisions decisions, ApplicationAccess access) {
		this.applications = applications;
		this.decisions = decisions;
		this.access = access;
	}

	@GetMapping("/api/applications/{id}")
	ApplicationView application(@PathVariable long id) {
		Application application = access.readable(id);
		return new ApplicationView(application, application.status().label(), applications.content(id),
				decisions.of("APPLICATION", id));
	}

	/** R-SME-3: each submission with what changed since the one before. */
	@GetMapping("/api/applications/{id}/revisions")
	List<RevisionView> revisions(@PathVariable long id) {
		access.readable(id);
		List<Revision> revisions = applications.revisions(id);
		List<RevisionView> views = new ArrayList<>();
		for (int i = 0; i < revisions.size(); i++) {
			Revision r = revisions.get(i);
			List<RevisionChanges.Change> changes = i == 0 ? List.of()
					: RevisionChanges.between(revisions.get(i - 1).content(), r.content());
			views.add(new RevisionView(r.revision(), r.note(), r.submittedBy(), r.submittedAt(), changes));
		}
		return views;
	}
}
