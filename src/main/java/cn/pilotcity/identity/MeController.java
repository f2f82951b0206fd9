package cn.pilotcity.identity;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is, as our pages and API clients need it. */
@RestController
class MeController {

	record Me(String id, List<String> groups, String cityCode, String provinceCode, boolean national) {
	}

	private final CurrentUser currentUser;

	MeController(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	@GetMapping("/api/me")
	Me me() {
		return new Me(currentUser.id(), currentUser.groups(), currentUser.cityCode().orElse(null),
				currentUser.provinceCode().orElse(null), currentUser.isNational());
	}
}
