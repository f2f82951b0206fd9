package cn.pilotcity.strongcity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.pilotcity.system.EngineClock;
import cn.pilotcity.system.InvalidInputException;

/** Construction plans, argumentation rounds and approvals of strong-city applications, in our tables. */
@Service
public class StrongCityPlans {

	private final StrongCityMapper mapper;

	StrongCityPlans(StrongCityMapper mapper) {
		this.mapper = mapper;
	}

	@Transactional
	public void save(long applicationId, ConstructionPlan plan) {
		mapper.deletePlan(applicationId);
		mapper.insertPlan(applicationId, plan);
		mapper.deleteWorkProjects(applicationId);
		mapper.insertWorkProjects(applicationId, plan.workProjects());
	}

	public Optional<ConstructionPlan> plan(long applicationId) {
		return mapper.findPlan(applicationId).map(p -> new ConstructionPlan(p.overallGoals(), p.startYear(), p.endYear(),
				mapper.findWorkProjects(applicationId)));
	}

	/** Keeps the city's working copy of the plan (any state, checked only when submitted). */
	@Transactional
	public void saveDraft(long applicationId, String json, String by) {
		if (mapper.updateDraft(applicationId, json, by, EngineClock.now()) == 0) {
			mapper.insertDraft(applicationId, json, by, EngineClock.now());
		}
	}

	public Optional<String> draft(long applicationId) {
		return mapper.findDraft(applicationId);
	}

	public void startRound(long applicationId, int roundNo) {
		mapper.insertRound(applicationId, roundNo, EngineClock.now());
	}

	public void concludeRound(long applicationId, int roundNo, Long reviewId, String recommendation, BigDecimal score,
			String guidance, LocalDateTime revisionDue) {
		mapper.concludeRound(applicationId, roundNo, reviewId, recommendation, score, guidance, EngineClock.now(), revisionDue);
	}

	public List<Round> rounds(long applicationId) {
		return mapper.findRounds(applicationId);
	}

	/** R-SC-6: one approval per application; its document number is unique. */
	@Transactional
	public void approve(long applicationId, String docNumber, String opinion, String approvedBy) {
		try {
			mapper.insertApproval(new Approval(applicationId, docNumber, EngineClock.today(), approvedBy, opinion, null, null, null));
		}
		catch (DuplicateKeyException e) {
			throw new InvalidInputException("批复文号「" + docNumber + "」已被使用,或该申请已批复");
		}
	}

	public void recordIssuing(long applicationId, String issuingDoc, LocalDate issuedOn, String issuedBy) {
		if (mapper.recordIssuing(applicationId, issuingDoc, issuedOn, issuedBy) != 1) {
			throw new InvalidInputException("该建设方案尚未批复,或已登记印发");
		}
	}

	public Optional<Approval> approval(long applicationId) {
		return mapper.findApproval(applicationId);
	}
}
