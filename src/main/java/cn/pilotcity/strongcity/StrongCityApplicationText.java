package cn.pilotcity.strongcity;

import org.springframework.stereotype.Component;

import cn.pilotcity.application.Application;
import cn.pilotcity.application.ApplicationContent;
import cn.pilotcity.application.ApplicationTexts;
import cn.pilotcity.application.Programme;

/** A strong-city construction plan in full: its overall goals and every work project of the five major projects. */
@Component
class StrongCityApplicationText implements ApplicationTexts {

	private final StrongCityPlans plans;

	StrongCityApplicationText(StrongCityPlans plans) {
		this.plans = plans;
	}

	@Override
	public Programme programme() {
		return Programme.STRONG_CITY;
	}

	@Override
	public String fullText(Application application, ApplicationContent content) {
		return plans.plan(application.id()).map(plan -> {
			StringBuilder text = new StringBuilder("【建设期】").append(plan.startYear()).append("—").append(plan.endYear())
					.append(" 年\n\n【总体目标】\n").append(plan.overallGoals().strip()).append("\n");
			MajorProject current = null;
			for (WorkProject project : plan.workProjects()) {
				if (project.project() != current) {
					current = project.project();
					text.append("\n【").append(current.label()).append("】\n");
				}
				text.append(project.position()).append(". ").append(project.name()).append("\n  目标:").append(project.target())
						.append("\n  措施:").append(project.measures()).append("\n  责任单位:").append(project.responsibleUnit())
						.append(";预算:").append(project.budget() == null ? "—" : project.budget().toPlainString() + " 万元")
						.append(";年度:").append(project.startYear()).append("—").append(project.endYear()).append("\n");
			}
			return text.toString().strip();
		}).orElse(content.summary());
	}
}
