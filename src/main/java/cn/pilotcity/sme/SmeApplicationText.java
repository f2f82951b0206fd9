package cn.pilotcity.sme;

import java.math.BigDecimal;
import java.util.Map;

import org.springframework.stereotype.Component;

import cn.pilotcity.application.Application;
import cn.pilotcity.application.ApplicationContent;
import cn.pilotcity.application.ApplicationTexts;
import cn.pilotcity.application.ConditionRating;
import cn.pilotcity.application.Programme;
import cn.pilotcity.application.Target;

/** An SME-pilot application in full: the eight sections of its plan, its yearly targets and its self-assessment. */
@Component
class SmeApplicationText implements ApplicationTexts {

	private static final Map<String, String> RATINGS = Map.of("MET", "符合", "PARTLY", "基本符合", "NOT_MET", "不符合");

	@Override
	public Programme programme() {
		return Programme.SME_PILOT;
	}

	@Override
	public String fullText(Application application, ApplicationContent content) {
		StringBuilder text = new StringBuilder("【摘要】\n").append(content.summary()).append("\n");
		for (SmePlan.Section section : SmePlan.SECTIONS) {
			String written = content.sections().get(section.no());
			text.append("\n【(").append(section.no()).append(")").append(section.title()).append("】\n")
					.append(written == null || written.isBlank() ? "(未填写)" : written.strip()).append("\n");
		}
		text.append("\n【逐年实施目标】\n");
		for (SmePlan.Metric metric : SmePlan.METRICS) {
			text.append(metric.label()).append(":");
			for (int year = 1; year <= SmePlan.YEARS; year++) {
				text.append(year == 1 ? "" : ";").append("第").append(year).append("年 ").append(value(content, year, metric))
						.append(" ").append(metric.unit());
			}
			text.append("\n");
		}
		text.append("\n【申报条件自评】\n");
		for (int no = 1; no <= SmePlan.CONDITIONS.size(); no++) {
			int condition = no;
			ConditionRating rating = content.conditions().stream().filter(c -> c.conditionNo() == condition).findFirst()
					.orElse(null);
			text.append("(").append(no).append(")").append(SmePlan.CONDITIONS.get(no - 1)).append(":")
					.append(rating == null ? "(未自评)" : RATINGS.getOrDefault(rating.rating(), rating.rating()))
					.append(rating == null || rating.evidence() == null || rating.evidence().isBlank() ? ""
							: "。说明:" + rating.evidence().strip())
					.append("\n");
		}
		return text.toString().strip();
	}

	private static String value(ApplicationContent content, int year, SmePlan.Metric metric) {
		return content.targets().stream().filter(t -> t.yearNo() == year && t.metric().equals(metric.code()))
				.map(Target::value).findFirst().map(BigDecimal::toPlainString).orElse("—");
	}
}
