package cn.pilotcity.decision;

import java.util.Map;

/** The outcome of a decision as officials say it: every code the steps record, in Chinese. */
public final class Outcomes {

	private static final Map<String, String> LABELS = Map.ofEntries(
			// applications
			Map.entry("SUBMIT", "提交申报"), Map.entry("RESUBMIT", "修改后重新提交"), Map.entry("WITHDRAW", "撤回"),
			Map.entry("AGREE", "同意"), Map.entry("RETURN", "退回修改"), Map.entry("RECOMMEND", "同意推荐"),
			Map.entry("COMPLETE", "材料齐全,予以受理"), Map.entry("SUPPLEMENT", "要求补充材料"), Map.entry("SUPPLIED", "已补充材料"),
			Map.entry("ADMIT", "拟纳入试点"), Map.entry("NOT_ADMIT", "拟不纳入试点"), Map.entry("CONCUR", "会签同意"),
			Map.entry("APPROVE", "批复同意"), Map.entry("ISSUED", "已印发实施"),
			// expert reviews
			Map.entry("CONFIRM", "确认"), Map.entry("EDIT", "调整专家组"), Map.entry("REDRAW", "重新抽取专家"),
			Map.entry("HAND_OVER", "改由候补专家评审"), Map.entry("WAIT", "延长评审期限"), Map.entry("RESCORE", "请专家组重新评分"),
			Map.entry("ADJUST", "根据调研调整结论"),
			// assessments, reviews, rectification, titles
			Map.entry("FORWARD", "同意报送"), Map.entry("SCORE", "评分"), Map.entry("LEADING", "水平领先、实绩突出"),
			Map.entry("SOUND", "达到要求"), Map.entry("WEAK", "推进力度不大、工作成效不明显"), Map.entry("PASSED", "整改通过"),
			Map.entry("FAILED", "整改不合格"), Map.entry("MISSED", "逾期未完成整改"), Map.entry("GRANT", "授予称号"),
			Map.entry("START_CYCLE", "启动考核周期"), Map.entry("WITHDRAW_TITLE", "取消资格"),
			Map.entry("PROMOTE", "水平领先,向全国推广"), Map.entry("CONTINUE", "达到要求,进入下一周期"),
			Map.entry("RECTIFY", "督促整改"));

	private Outcomes() {
	}

	/** The outcome in Chinese; a code nobody named yet is shown as it is. */
	public static String label(String outcome) {
		return outcome == null ? "" : LABELS.getOrDefault(outcome, outcome);
	}

	static boolean isNamed(String outcome) {
		return LABELS.containsKey(outcome);
	}
}
