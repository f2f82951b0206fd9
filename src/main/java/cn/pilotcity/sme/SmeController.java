package cn.pilotcity.sme;

import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.pilotcity.document.Downloads;

/** The SME pilot's public face: what a plan contains, the batches and their progress, the published results. */
@RestController
class SmeController {

	record Plan(List<SmePlan.Section> sections, List<SmePlan.Metric> metrics, List<String> conditions, int years) {
	}

	private final SmeBatches batches;
	private final SmeProgramme programme;
	private final SmePublications publications;

	SmeController(SmeBatches batches, SmeProgramme programme, SmePublications publications) {
		this.batches = batches;
		this.programme = programme;
		this.publications = publications;
	}

	/** R-SME-4, R-SME-5: the sections, target metrics and conditions of an application plan. */
	@GetMapping("/api/sme/plan")
	Plan plan() {
		return new Plan(SmePlan.SECTIONS, SmePlan.METRICS, SmePlan.CONDITIONS, SmePlan.YEARS);
	}

	/** R-SME-8: programme targets against the admitted cities' numbers, and each batch's applications by stage. */
	@GetMapping("/api/sme/programme")
	Map<String, Object> programme() {
		return Map.of("indicators", programme.indicators(), "batches", programme.progress());
	}

	@GetMapping("/api/sme/batches/{id}/admitted.xlsx")
	ResponseEntity<byte[]> admittedList(@PathVariable long id) {
		return Downloads.excel(batches.get(id).name() + "实施城市名单.xlsx", publications.admittedList(id));
	}

	@GetMapping("/api/sme/batches/{id}/notice.docx")
	ResponseEntity<byte[]> notice(@PathVariable long id) {
		return Downloads.word(batches.get(id).name() + "实施城市名单通知.docx", publications.notice(id));
	}
}
