package cn.pilotcity.lifecycle;

import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pilotcity.lifecycle.*}: the day of the year the annual assessment of the previous year starts
 * (R-AA-1, default 01-15), how many annual assessments make a review cycle (R-SC-8, default 3), and how many
 * rounds of rectification a city gets before its title is withdrawn (R-SC-8, default 2: one more after a
 * failed first round).
 */
@ConfigurationProperties("pilotcity.lifecycle")
public class LifecycleSettings {

	private String assessmentDate = "01-15";
	private int reviewEveryYears = 3;
	private int rectificationRounds = 2;

	public MonthDay assessmentDay() {
		try {
			return MonthDay.parse(assessmentDate, DateTimeFormatter.ofPattern("MM-dd"));
		}
		catch (DateTimeParseException e) {
			throw new IllegalStateException("pilotcity.lifecycle.assessment-date must be MM-dd, e.g. 01-15: " + assessmentDate, e);
		}
	}

	public String getAssessmentDate() {
		return assessmentDate;
	}

	public void setAssessmentDate(String assessmentDate) {
		this.assessmentDate = assessmentDate;
	}

	public int getReviewEveryYears() {
		return reviewEveryYears;
	}

	public void setReviewEveryYears(int reviewEveryYears) {
		this.reviewEveryYears = reviewEveryYears;
	}

	public int getRectificationRounds() {
		return rectificationRounds;
	}

	public void setRectificationRounds(int rectificationRounds) {
		this.rectificationRounds = rectificationRounds;
	}
}
