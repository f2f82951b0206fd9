package cn.pilotcity.decision;

import java.time.LocalDateTime;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.identity.CurrentUser;

/** 我的已办: what the signed-in official decided, newest first, from the record of decisions — his own only. */
@RestController
class DoneController {

	static final int MOST = 500;

	record Done(LocalDateTime decidedAt, String step, String cityCode, String cityName, String outcome, String opinion,
			String docNumber, String page) {
	}

	private final DecisionMapper mapper;
	private final CurrentUser currentUser;
	private final CityDirectory cities;

	DoneController(DecisionMapper mapper, CurrentUser currentUser, CityDirectory cities) {
		this.mapper = mapper;
		this.currentUser = currentUser;
		this.cities = cities;
	}

	@GetMapping("/api/me/done")
	List<Done> done() {
		return mapper.findByDecider(currentUser.id(), MOST).stream().map(d -> new Done(d.decidedAt(), d.stepName(),
				d.cityCode(), d.cityCode() == null ? null : cities.city(d.cityCode()).name(), Outcomes.label(d.outcome()),
				d.opinion(), d.docNumber(), page(d))).toList();
	}

	private static String page(Decision decision) {
		if ("APPLICATION".equals(decision.subjectType())) {
			return "/app/application.html?id=" + decision.subjectId();
		}
		return decision.cityCode() == null ? null : "/timeline.html?city=" + decision.cityCode();
	}
}
