package cn.pilotcity.sme;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.pilotcity.application.Application;
import cn.pilotcity.application.ApplicationStatus;
import cn.pilotcity.application.Applications;
import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.decision.Decision;
import cn.pilotcity.decision.Decisions;
import cn.pilotcity.document.Markdown;
import cn.pilotcity.review.Review;

/**
 * R-SME-6: the list the national office proposed for a batch, as the record of decisions keeps it (its latest
 * proposal per application awaiting the determination, in the proposal's ranking order). MIIT's concurrence and
 * the publication read it here, never from what a form sent back.
 */
@Component
class SmeDeterminationList {

	static final String PROPOSAL_STEP = "Task_ProposeAdmissions";

	/** Characters of the concurrence form's table, below the engine's 4000 for a text value. */
	static final int VIEW_BUDGET = 3800;

	/** One city of the proposed list, with the decision that put it there. */
	record Proposed(Application application, Decision decision) {

		boolean admitted() {
			return "ADMIT".equals(decision.outcome());
		}

		String opinion() {
			return decision.opinion();
		}
	}

	private final Applications applications;
	private final Decisions decisions;
	private final CityDirectory cities;
	private final SmeDeterminationWorklist worklist;

	SmeDeterminationList(Applications applications, Decisions decisions, CityDirectory cities,
			SmeDeterminationWorklist worklist) {
		this.applications = applications;
		this.decisions = decisions;
		this.cities = cities;
		this.worklist = worklist;
	}

	List<Proposed> of(long batchId) {
		return applications.ofBatch(batchId).stream().filter(a -> a.status() == ApplicationStatus.AWAITING_DETERMINATION)
				.map(this::proposed).sorted(Comparator.comparing(p -> p.decision().id())).toList();
	}

	/**
	 * The proposed list as a table for MIIT's concurrence form: the counts, then the cities in ranking order as far
	 * as a form value holds (the engine keeps at most 4000 characters); the whole list is on the list page.
	 */
	String view(long batchId) {
		List<Proposed> list = of(batchId);
		if (list.isEmpty()) {
			return "(本批次没有待审定的申报)";
		}
		long admitted = list.stream().filter(Proposed::admitted).count();
		StringBuilder md = new StringBuilder("共 ").append(list.size()).append(" 个城市,拟纳入试点 ").append(admitted)
				.append(" 个,不纳入 ").append(list.size() - admitted).append(" 个。\n\n| 排名 | 城市 | 评审得分 | 拟定结果 | 审定意见 |\n|---|---|---|---|---|\n");
		for (int i = 0; i < list.size(); i++) {
			Proposed proposed = list.get(i);
			var city = cities.city(proposed.application().cityCode());
			var score = worklist.conclusion(proposed.application().id()).map(Review::panelScore);
			String row = "| " + (i + 1) + " | " + city.name() + "（" + city.provinceName() + "） | "
					+ score.map(s -> s.stripTrailingZeros().toPlainString()).orElse("—") + " | "
					+ (proposed.admitted() ? "**纳入试点**" : "不纳入") + " | " + Markdown.cell(proposed.opinion()) + " |\n";
			if (md.length() + row.length() > VIEW_BUDGET) {
				md.append("| … | 其余 ").append(list.size() - i).append(" 个城市见拟定名单页面 | | | |\n");
				break;
			}
			md.append(row);
		}
		return md.toString();
	}

	private Proposed proposed(Application application) {
		Decision decision = decisions.latest("APPLICATION", application.id(), PROPOSAL_STEP)
				.orElseThrow(() -> new IllegalStateException("No proposal recorded for application " + application.id()));
		return new Proposed(application, decision);
	}
}
