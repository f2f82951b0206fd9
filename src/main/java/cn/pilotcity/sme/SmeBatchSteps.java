package cn.pilotcity.sme;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;


import cn.pilotcity.application.Application;
import cn.pilotcity.application.ApplicationStatus;
import cn.pilotcity.application.Applications;
import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.identity.Roles;
import cn.pilotcity.notification.Notice;
import cn.pilotcity.notification.Notifications;

/** The steps of {@code sme-batch.bpmn}, called by expression ({@code ${smeBatchSteps.close(execution)}}). */
@Component("smeBatchSteps")
public class SmeBatchSteps {

	/** Applications that will not reach the determination. */
	private static final Set<ApplicationStatus> OUT = EnumSet.of(ApplicationStatus.LATE, ApplicationStatus.WITHDRAWN,
			ApplicationStatus.ADMITTED, ApplicationStatus.NOT_ADMITTED);

	private final SmeBatches batches;
	private final Applications applications;
	private final CityDirectory cities;
	private final RuntimeService runtimeService;
	private final Notifications notifications;

	SmeBatchSteps(SmeBatches batches, Applications applications, CityDirectory cities, RuntimeService runtimeService,
			Notifications notifications) {
		this.batches = batches;
		this.applications = applications;
		this.cities = cities;
		this.runtimeService = runtimeService;
		this.notifications = notifications;
	}

	/** R-SME-2: at the deadline the batch closes by itself. */
	public void close(DelegateExecution execution) {
		long batchId = batchId(execution);
		batches.close(batchId);
		notifications.toGroups(List.of(Roles.CNIPA, Roles.MIIT), new Notice("【申报截止】" + execution.getVariable("subject"),
				execution.getVariable("batchName") + "已于 " + execution.getVariable("batchDeadlineText") + " 截止申报,进入国家审查评审阶段。",
				execution.getProcessInstanceId(), null));
	}

	/** How many applications of the batch are still on their way (national check, expert review). */
	public void countPending(DelegateExecution execution) {
		List<Application> ofBatch = applications.ofBatch(batchId(execution));
		long pending = ofBatch.stream()
				.filter(a -> !OUT.contains(a.status()) && a.status() != ApplicationStatus.AWAITING_DETERMINATION).count();
		execution.setVariable("pendingReviews", pending);
		execution.setVariable("awaitingDetermination",
				ofBatch.stream().filter(a -> a.status() == ApplicationStatus.AWAITING_DETERMINATION).count());
	}

	/** R-SME-6: nothing to determine (no application, or all late or withdrawn): the batch ends without a list. */
	public void endWithoutDetermination(DelegateExecution execution) {
		notifications.toGroups(List.of(Roles.CNIPA, Roles.MIIT), new Notice("【批次结束】" + execution.getVariable("subject"),
				execution.getVariable("batchName") + "没有经评审待审定的申报(未收到申报,或申报均已逾期、撤回),本批次结束,不拟定、不发布入选名单。",
				execution.getProcessInstanceId(), null));
	}

	/** R-SME-6: the ranked results the determination starts from; the panel's recommendation is proposed. */
	public void prepareProposal(DelegateExecution execution) {
		List<ProposalItem> items = applications.ofBatch(batchId(execution)).stream()
				.filter(a -> a.status() == ApplicationStatus.AWAITING_DETERMINATION).map(this::item)
				.sorted(Comparator.comparing((ProposalItem i) -> i.panelScore() == null ? -1 : i.panelScore()).reversed()
						.thenComparing(ProposalItem::cityName))
				.toList();
		if (items.size() > SmeProposal.SLOTS) {
			throw new IllegalStateException("A batch's determination form holds " + SmeProposal.SLOTS
					+ " applications; this batch has " + items.size());
		}
		for (int i = 1; i <= items.size(); i++) {
			ProposalItem item = items.get(i - 1);
			execution.setVariable(SmeProposal.slot(i, "Id"), item.applicationId());
			execution.setVariable(SmeProposal.slot(i, "ReviewId"), item.reviewId());
			execution.setVariable(SmeProposal.slot(i, "City"), item.cityName() + "（" + item.provinceName() + "）");
			execution.setVariable(SmeProposal.slot(i, "Score"), item.panelScore());
			execution.setVariable(SmeProposal.slot(i, "Recommendation"), item.recommendationLabel());
			execution.setVariable(SmeProposal.slot(i, "Admitted"), item.admitted());
		}
		execution.setVariable("proposalCount", items.size());
	}

	private ProposalItem item(Application application) {
		Map<String, Object> review = runtimeService.getVariables(application.processInstanceId(),
				List.of("panelScore", "panelRecommendation", "reviewId"));
		Double score = review.get("panelScore") instanceof Number n ? n.doubleValue() : null;
		String recommendation = (String) review.get("panelRecommendation");
		var city = cities.city(application.cityCode());
		Long reviewId = review.get("reviewId") instanceof Number n ? n.longValue() : null;
		return new ProposalItem(application.id(), reviewId, city.name(), city.provinceName(), score,
				recommendation == null ? "" : recommendation, label(recommendation), "APPROVE".equals(recommendation), "");
	}

	private static String label(String recommendation) {
		if (recommendation == null) {
			return "无";
		}
		return switch (recommendation) {
			case "APPROVE" -> "建议纳入";
			case "REVISE" -> "修改完善后纳入";
			case "REJECT" -> "不建议纳入";
			default -> recommendation;
		};
	}

	static long batchId(DelegateExecution execution) {
		return ((Number) execution.getVariable("batchId")).longValue();
	}

	/** One line of the determination form. */
	record ProposalItem(long applicationId, Long reviewId, String cityName, String provinceName, Double panelScore,
			String panelRecommendation, String recommendationLabel, boolean admitted, String opinion) {
	}
}
