package cn.pilotcity.assessment;

/** R-AA-4: a task of the year's work plan, and the city's report on it ({@code completed} null until reported). */
public record AssessmentTask(long assessmentId, int position, String code, String name, boolean mandatory,
		Boolean completed, String note) {

	public String kindLabel() {
		return mandatory ? "必做" : "选做";
	}
}
