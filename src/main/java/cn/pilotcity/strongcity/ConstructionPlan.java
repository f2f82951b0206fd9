package cn.pilotcity.strongcity;

import java.util.List;

/** R-SC-3: a strong-city construction plan: overall goals for its period and the work projects of the five projects. */
public record ConstructionPlan(String overallGoals, int startYear, int endYear, List<WorkProject> workProjects) {

	public ConstructionPlan {
		workProjects = List.copyOf(workProjects);
	}

	public List<WorkProject> of(MajorProject project) {
		return workProjects.stream().filter(w -> w.project() == project).toList();
	}
}
