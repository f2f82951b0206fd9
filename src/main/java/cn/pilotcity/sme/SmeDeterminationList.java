package cn.pilotcity.sme;

import java.util.Comparator;
import java.util.List;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.pilotcity.application.Application;
import cn.pilotcity.application.ApplicationStatus;
import cn.pilotcity.application.Applications;
import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.decision.Decision;
import cn.pilotcity.decision.Decisions;
import cn.pilotcity.document.Markdown;

/**
 * R-SME-6: the list the national office proposed for a batch, as the record of decisions keeps it (its latest
 * proposal per application awaiting the determination, in the proposal's ranking order). MIIT's concurrence and
 * the publication read it here, never from what a form sent back.
 */
@Component("smeDeterminationList")
public class SmeDeterminationList {

	static final String PROPOSAL_STEP = "Task_ProposeAdmissions";

	/** One city of the proposed list, with the decision that put it there. */
	record Proposed(SmeProposal.Item item, Application application, Decision decision) {
	}

	private final Applications applications;
	private final Decisions decisions;
	private final CityDirectory cities;
	private final RuntimeService runtimeService;

	SmeDeterminationList(Applications applications, Decisions decisions, CityDirectory cities, RuntimeService runtimeService) {
		this.applications = applications;
		this.decisions = decisions;
		this.cities = cities;
		this.runtimeService = runtimeService;
	}

	List<Proposed> of(long batchId) {
		return applications.ofBatch(batchId).stream().filter(a -> a.status() == ApplicationStatus.AWAITING_DETERMINATION)
				.map(this::proposed).sorted(Comparator.comparing(p -> p.decision().id())).toList();
	}

	List<SmeProposal.Item> items(long batchId) {
		return of(batchId).stream().map(Proposed::item).toList();
	}

	/** The proposed list as a table for MIIT's concurrence form. */
	public String view(DelegateExecution execution) {
		StringBuilder md = new StringBuilder("| 排名 | 城市 | 评审得分 | 拟定结果 | 审定意见 |\n|---|---|---|---|---|\n");
		int rank = 1;
		for (Proposed proposed : of(SmeBatchSteps.batchId(execution))) {
			var city = cities.city(proposed.application().cityCode());
			Object score = runtimeService.getVariable(proposed.application().processInstanceId(), "panelScore");
			md.append("| ").append(rank++).append(" | ").append(city.name()).append("（").append(city.provinceName())
					.append("） | ").append(score instanceof Number n ? n : "—").append(" | ")
					.append(proposed.item().admitted() ? "**纳入试点**" : "不纳入").append(" | ")
					.append(Markdown.cell(proposed.item().opinion())).append(" |\n");
		}
		return rank == 1 ? "(本批次没有待审定的申报)" : md.toString();
	}

	private Proposed proposed(Application application) {
		Decision decision = decisions.of("APPLICATION", application.id()).stream()
				.filter(d -> PROPOSAL_STEP.equals(d.step())).reduce((earlier, later) -> later)
				.orElseThrow(() -> new IllegalStateException("No proposal recorded for application " + application.id()));
		return new Proposed(new SmeProposal.Item(application.id(), "ADMIT".equals(decision.outcome()), decision.opinion()),
				application, decision);
	}
}
