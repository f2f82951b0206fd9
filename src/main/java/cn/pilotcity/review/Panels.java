package cn.pilotcity.review;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.pilotcity.application.Applications;
import cn.pilotcity.identity.Roles;
import cn.pilotcity.notification.Notice;
import cn.pilotcity.notification.Notifications;
import cn.pilotcity.system.EngineClock;
import cn.pilotcity.system.InvalidInputException;

/**
 * Forms and keeps a review's panel: the draw (and redraws), the national office's confirmation or edit,
 * and bringing in a reserve when a member recuses himself or his overdue review is handed over.
 * Every change is a {@link MemberEvent} with who, when and why.
 */
@Component
class Panels {

	/** The national office's decision on a proposed panel. */
	record PanelDecision(String action, List<Long> remove, List<Long> add, Long chairExpertId,
			boolean fieldVisitPlanned, String reason) {

		static final String CONFIRM = "CONFIRM";
		static final String EDIT = "EDIT";
		static final String REDRAW = "REDRAW";
	}

	private final ReviewMapper mapper;
	private final ExpertRegistry registry;
	private final Applications applications;
	private final ReviewSettings settings;
	private final Notifications notifications;
	private final SecureRandom seeds = new SecureRandom();

	Panels(ReviewMapper mapper, ExpertRegistry registry, Applications applications, ReviewSettings settings,
			Notifications notifications) {
		this.mapper = mapper;
		this.registry = registry;
		this.applications = applications;
		this.settings = settings;
		this.notifications = notifications;
	}

	/** Draws a proposed panel (INITIAL or REDRAW); earlier proposals of this review are discarded. */
	PanelDraw.Result propose(Review review, String kind, int panelSize, int reserveCount, String actor) {
		if (panelSize < settings.getMinPanelSize() || panelSize > settings.getMaxPanelSize()) {
			throw new InvalidInputException("专家组人数应为 " + settings.getMinPanelSize() + " 至 "
					+ settings.getMaxPanelSize() + " 人");
		}
		if (reserveCount < 0 || reserveCount > 10) {
			throw new InvalidInputException("候补专家人数应为 0 至 10 人");
		}
		if (mapper.deleteProposed(review.id()) > 0) {
			event(review.id(), null, MemberEvent.REDRAWN, null, "按 " + panelSize + " 人、候补 " + reserveCount + " 人重新抽取",
					actor, null);
		}
		PanelDraw.Result result = draw(review, kind, panelSize, reserveCount, actor);
		List<Long> panel = result.panel();
		if (panel.size() < settings.getMinPanelSize()) {
			throw new InvalidInputException("专家库中符合回避规则、可以抽取的专家只有 " + panel.size() + " 人,不足 "
					+ settings.getMinPanelSize() + " 人;请先补充专家库");
		}
		for (int i = 0; i < panel.size(); i++) {
			addMember(review.id(), panel.get(i), Member.Role.MEMBER, Member.Status.PROPOSED, i + 1, null);
			event(review.id(), panel.get(i), MemberEvent.DRAWN, i + 1, "随机抽取为评审专家", actor, null);
		}
		List<Long> reserves = result.reserves();
		for (int i = 0; i < reserves.size(); i++) {
			addMember(review.id(), reserves.get(i), Member.Role.RESERVE, Member.Status.PROPOSED, null, i + 1);
			event(review.id(), reserves.get(i), MemberEvent.DRAWN, null, "随机抽取为第 " + (i + 1) + " 候补专家", actor, null);
		}
		mapper.updatePanel(review.id(), panel.size(), reserves.size(), 1, review.fieldVisitPlanned());
		return result;
	}

	/** The national office confirms the proposed panel, or edits it first (with a reason). */
	void decide(Review review, PanelDecision decision, String actor, String taskId) {
		List<Member> proposed = mapper.findMembers(review.id()).stream()
				.filter(m -> m.status() == Member.Status.PROPOSED).toList();
		Set<Long> proposedIds = new HashSet<>(proposed.stream().map(Member::expertId).toList());
		List<Long> panel = new ArrayList<>(proposed.stream().filter(m -> m.role() == Member.Role.MEMBER)
				.sorted(Comparator.comparing(Member::seat)).map(Member::expertId).toList());
		List<Long> reserves = new ArrayList<>(proposed.stream().filter(m -> m.role() == Member.Role.RESERVE)
				.sorted(Comparator.comparing(Member::reserveOrder)).map(Member::expertId).toList());
		if (Panels.PanelDecision.EDIT.equals(decision.action())) {
			if (decision.remove().isEmpty() && decision.add().isEmpty()) {
				throw new InvalidInputException("调整专家组时请选择要调出或增补的专家");
			}
			for (Long id : decision.remove()) {
				if (!proposedIds.contains(id)) {
					throw new InvalidInputException("调出的专家不在拟定专家组中");
				}
			}
			Set<Long> onReview = allOnReview(review.id());
			PanelDraw.Applicant applicant = applicant(review);
			Map<Long, Integer> loads = registry.openReviews();
			for (Long id : decision.add()) {
				if (reserves.contains(id) || panel.contains(id) && !decision.remove().contains(id)) {
					continue;
				}
				Expert expert = registry.find(id).orElseThrow(() -> new InvalidInputException("增补的专家不存在"));
				Optional<PanelDraw.Exclusion> exclusion = PanelDraw.exclusion(
						new PanelDraw.Candidate(expert, loads.getOrDefault(id, 0), registry.capOf(expert)), applicant,
						onReview);
				if (exclusion.isPresent()) {
					throw new InvalidInputException("专家" + expert.name() + "须回避,不能增补:" + exclusion.get().label());
				}
			}
			panel.removeAll(decision.remove());
			reserves.removeAll(decision.remove());
			for (Long id : decision.remove()) {
				mapper.updateMember(review.id(), id, roleOf(proposed, id), Member.Status.REMOVED, null, null, EngineClock.now());
				event(review.id(), id, MemberEvent.REMOVED, null, decision.reason(), actor, taskId);
			}
			for (Long id : new LinkedHashSet<>(decision.add())) {
				if (panel.contains(id)) {
					continue;
				}
				if (reserves.remove(id)) {
					event(review.id(), id, MemberEvent.ADDED, null, "由候补调入专家组:" + decision.reason(), actor, taskId);
				}
				else {
					addMember(review.id(), id, Member.Role.MEMBER, Member.Status.PROPOSED, null, null);
					event(review.id(), id, MemberEvent.ADDED, null, decision.reason(), actor, taskId);
				}
				panel.add(id);
			}
		}
		if (panel.size() < settings.getMinPanelSize() || panel.size() > settings.getMaxPanelSize()) {
			throw new InvalidInputException("专家组应为 " + settings.getMinPanelSize() + " 至 " + settings.getMaxPanelSize()
					+ " 人,调整后为 " + panel.size() + " 人");
		}
		Long chair = decision.chairExpertId() == null ? panel.get(0) : decision.chairExpertId();
		if (!panel.contains(chair)) {
			throw new InvalidInputException("专家组组长须为专家组成员");
		}
		for (int i = 0; i < panel.size(); i++) {
			mapper.updateMember(review.id(), panel.get(i), Member.Role.MEMBER, Member.Status.ACTIVE, i + 1, null, null);
		}
		for (int i = 0; i < reserves.size(); i++) {
			mapper.updateMember(review.id(), reserves.get(i), Member.Role.RESERVE, Member.Status.ACTIVE, null, i + 1, null);
		}
		int chairSeat = panel.indexOf(chair) + 1;
		mapper.updatePanel(review.id(), panel.size(), reserves.size(), chairSeat, decision.fieldVisitPlanned());
		mapper.updateStatus(review.id(), ReviewStatus.REVIEWING);
		event(review.id(), null, MemberEvent.CONFIRMED, null, decision.reason(), actor, taskId);
		event(review.id(), chair, MemberEvent.CHAIR, chairSeat, "担任专家组组长", actor, taskId);
		notifyAssigned(review, panel);
	}

	/** The member in a seat declared a conflict of interest: he leaves the panel. */
	void recuse(Review review, Member member, String reason, String actor, String taskId) {
		mapper.updateMember(review.id(), member.expertId(), Member.Role.MEMBER, Member.Status.RECUSED, member.seat(), null,
				EngineClock.now());
		event(review.id(), member.expertId(), MemberEvent.RECUSED, member.seat(), reason, actor, taskId);
	}

	/** The national office hands an overdue member's review to a reserve: he leaves the panel. */
	void handOver(Review review, Member member, String reason, String actor, String taskId) {
		mapper.updateMember(review.id(), member.expertId(), Member.Role.MEMBER, Member.Status.HANDED_OVER,
				member.seat(), null, EngineClock.now());
		event(review.id(), member.expertId(), MemberEvent.HANDED_OVER, member.seat(), reason, actor, taskId);
	}

	/**
	 * Fills a released seat: the next reserve who is not at his workload cap, else one expert drawn from the
	 * registry under the same rules; if nobody is eligible the seat stays vacant and the national office is told.
	 */
	Optional<Long> fillSeat(Review review, int seat, String actor) {
		List<Member> members = mapper.findMembers(review.id());
		Map<Long, Integer> loads = registry.openReviews();
		List<Member> reserves = members.stream().filter(Member::isWaitingReserve)
				.sorted(Comparator.comparing(Member::reserveOrder)).toList();
		for (Member reserve : reserves) {
			Expert expert = registry.find(reserve.expertId()).orElseThrow();
			if (!expert.active() || loads.getOrDefault(expert.id(), 0) >= registry.capOf(expert)) {
				event(review.id(), expert.id(), MemberEvent.SKIPPED, seat,
						expert.active() ? PanelDraw.Exclusion.WORKLOAD_CAP.label() : PanelDraw.Exclusion.INACTIVE.label(),
						actor, null);
				continue;
			}
			if (mapper.promoteReserve(review.id(), expert.id(), seat) == 0) {
				continue; // another seat took him a moment ago
			}
			event(review.id(), expert.id(), MemberEvent.PROMOTED, seat, "第 " + reserve.reserveOrder() + " 候补专家递补", actor,
					null);
			notifyAssigned(review, List.of(expert.id()));
			return Optional.of(expert.id());
		}
		PanelDraw.Result supplement = draw(review, DrawRecord.SUPPLEMENT, 1, 0, actor);
		if (!supplement.panel().isEmpty()) {
			Long id = supplement.panel().get(0);
			addMember(review.id(), id, Member.Role.MEMBER, Member.Status.ACTIVE, seat, null);
			event(review.id(), id, MemberEvent.PROMOTED, seat, "候补专家已用尽,补充抽取", actor, null);
			notifyAssigned(review, List.of(id));
			return Optional.of(id);
		}
		event(review.id(), null, MemberEvent.VACATED, seat, "候补专家已用尽,专家库中无符合回避规则的专家", actor, null);
		Review current = mapper.findReview(review.id()).orElseThrow();
		if (Objects.equals(current.chairSeat(), seat)) {
			mapper.updateChairSeat(review.id(), mapper.findMembers(review.id()).stream().filter(Member::isSeated)
					.map(Member::seat).min(Integer::compare).orElse(null));
		}
		notifications.toGroups(List.of(Roles.CNIPA), Notice.of("【专家评审】" + review.subject() + " 第 " + seat + " 席空缺",
				"候补专家已用尽,专家库中没有符合回避规则的专家可以补充,该席位空缺,专家组以其余专家的评分形成结果。"));
		return Optional.empty();
	}

	/** The member now in a seat, if any. */
	Optional<Member> seated(long reviewId, int seat) {
		return mapper.findMembers(reviewId).stream().filter(Member::isSeated).filter(m -> m.seat() == seat).findFirst();
	}

	PanelDraw.Applicant applicant(Review review) {
		return new PanelDraw.Applicant(review.cityCode(), review.provinceCode(),
				applications.get(review.applicationId()).organisations());
	}

	/** Every expert who is or was on this review's panel or reserves. */
	Set<Long> allOnReview(long reviewId) {
		Set<Long> ids = new HashSet<>();
		mapper.findMembers(reviewId).forEach(m -> ids.add(m.expertId()));
		return ids;
	}

	private PanelDraw.Result draw(Review review, String kind, int panelSize, int reserveCount, String actor) {
		Map<Long, Integer> loads = registry.openReviews();
		List<PanelDraw.Candidate> candidates = registry.all().stream()
				.map(e -> new PanelDraw.Candidate(e, loads.getOrDefault(e.id(), 0), registry.capOf(e))).toList();
		long seed = seeds.nextLong();
		PanelDraw.Result result = PanelDraw.draw(candidates, applicant(review), allOnReview(review.id()), panelSize,
				reserveCount, seed);
		int drawNo = mapper.findDraws(review.id()).size() + 1;
		GeneratedKey key = new GeneratedKey();
		mapper.insertDraw(key, new DrawRecord(null, review.id(), drawNo, kind, seed, panelSize, reserveCount, actor, EngineClock.now()));
		if (!result.entries().isEmpty()) {
			mapper.insertDrawEntries(key.id(), result.entries());
		}
		return result;
	}

	private void addMember(long reviewId, long expertId, Member.Role role, Member.Status status, Integer seat,
			Integer reserveOrder) {
		mapper.insertMember(new Member(null, reviewId, expertId, role, status, seat, reserveOrder, EngineClock.now(), null));
	}

	private void event(long reviewId, Long expertId, String event, Integer seat, String reason, String actor,
			String taskId) {
		mapper.insertEvent(new MemberEvent(null, reviewId, expertId, event, seat, reason, actor, EngineClock.now(), taskId));
	}

	private void notifyAssigned(Review review, List<Long> expertIds) {
		List<String> users = expertIds.stream().map(id -> registry.find(id).map(Expert::userId).orElse(null))
				.filter(Objects::nonNull).toList();
		notifications.toUsers(users, Notice.of("【评审任务】" + review.subject(),
				"您已被选为该事项的评审专家。请登录系统,在“评审任务”中先声明有无利益冲突,再查阅申报材料并评分。"));
	}

	private static Member.Role roleOf(List<Member> members, long expertId) {
		return members.stream().filter(m -> m.expertId() == expertId).map(Member::role).findFirst().orElseThrow();
	}
}
