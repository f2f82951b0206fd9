package cn.pilotcity.sme;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import cn.pilotcity.application.Application;
import cn.pilotcity.application.ApplicationStatus;
import cn.pilotcity.application.Applications;
import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.decision.Decisions;
import cn.pilotcity.decision.DocNumbers;
import cn.pilotcity.system.InvalidInputException;
import cn.pilotcity.system.ValidationFailedException;

/**
 * R-SME-6, R-X-1: the national office's determination of a batch: for every application awaiting it,
 * admitted or not, with an opinion per city. Checked on the server and recorded as one decision per
 * application (who, when, opinion).
 */
@Component("smeProposalRecorder")
class SmeProposalRecorder implements TaskListener {

	static final int MAX_OPINION = 2000;

	private final Applications applications;
	private final CityDirectory cities;
	private final Decisions decisions;
	private final SmeBatches batches;

	SmeProposalRecorder(Applications applications, CityDirectory cities, Decisions decisions, SmeBatches batches) {
		this.batches = batches;
		this.applications = applications;
		this.cities = cities;
		this.decisions = decisions;
	}

	@Override
	public void notify(DelegateTask task) {
		List<SmeProposal.Item> items = SmeProposal.fromSlots(task);
		long batchId = ((Number) task.getVariable("batchId")).longValue();
		Set<Long> awaiting = applications.ofBatch(batchId).stream()
				.filter(a -> a.status() == ApplicationStatus.AWAITING_DETERMINATION).map(Application::id)
				.collect(Collectors.toSet());
		Set<Long> listed = items.stream().map(SmeProposal.Item::applicationId).collect(Collectors.toSet());
		if (!listed.equals(awaiting) || listed.size() != items.size()) {
			throw new InvalidInputException("审定名单与待审定的申报不一致,请刷新页面后重新办理");
		}
		List<String> problems = new ArrayList<>();
		for (SmeProposal.Item item : items) {
			String city = cities.city(applications.get(item.applicationId()).cityCode()).name();
			if (item.opinion().isEmpty()) {
				problems.add("请填写对" + city + "的审定意见");
			}
			else if (item.opinion().length() > MAX_OPINION) {
				problems.add("对" + city + "的审定意见不能超过 " + MAX_OPINION + " 字");
			}
		}
		if (!problems.isEmpty()) {
			throw new ValidationFailedException("审定意见不完整", problems);
		}
		Object noticeDocNumber = task.getVariable("noticeDocNumber");
		if (noticeDocNumber == null || noticeDocNumber.toString().isBlank()) {
			throw new InvalidInputException("请填写公布通知的文号");
		}
		batches.recordNoticeDocNumber(batchId, DocNumbers.check(noticeDocNumber.toString()));
		for (SmeProposal.Item item : items) {
			decisions.recordIn(task, "APPLICATION", item.applicationId(), applications.get(item.applicationId()).cityCode(),
					item.admitted() ? "ADMIT" : "NOT_ADMIT", item.opinion(), null);
		}
	}
}
