package cn.pilotcity.lifecycle;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import cn.pilotcity.city.City;
import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.city.Title;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.city.TitleStatus;
import cn.pilotcity.city.Titles;
import cn.pilotcity.system.EngineClock;

/**
 * The service steps of {@code title-lifecycle.bpmn} ({@code ${lifecycleSteps.prepare(execution)}}): when the
 * next annual assessment is due and which year it assesses (R-AA-1), when the review is due (R-SC-8 every
 * third assessment; R-SME-7 the end of the pilot's three years), the next cycle, and the end of a term.
 *
 * <p>The next assessment is always one year after the previous one, never "one year from now": when a
 * review or a rectification ran over an assessment date, the missed assessment is due at once afterwards,
 * so no year goes unassessed.
 */
@Component("lifecycleSteps")
public class LifecycleSteps {

	static final String NEXT_YEAR = "NEXT_YEAR";
	static final String REVIEW = "REVIEW";
	static final String END_OF_TERM = "END_OF_TERM";
	static final String SYSTEM = "system";

	private final Titles titles;
	private final CityDirectory cities;
	private final LifecycleSettings settings;

	LifecycleSteps(Titles titles, CityDirectory cities, LifecycleSettings settings) {
		this.titles = titles;
		this.cities = cities;
		this.settings = settings;
	}

	/**
	 * The title, its city and the first assessment: the first assessment day after today whose previous year
	 * the city held the title in (a title granted in March is first assessed the next January).
	 */
	public void prepare(DelegateExecution execution) {
		LifecycleVariables variables = LifecycleVariables.of(execution);
		Title title = titles.get(variables.titleId());
		City city = cities.city(title.cityCode());
		variables.started(title, city, title.endsOn() == null ? null : date(title.endsOn()));
		LocalDate today = EngineClock.today();
		LocalDate from = title.grantedOn().isAfter(today) ? title.grantedOn() : today;
		// the first assessment day after today that assesses a year in which the city held the title
		LocalDate first = settings.assessmentDay().atYear(from.getYear());
		while (!first.isAfter(from) || first.getYear() - 1 < title.grantedOn().getYear()) {
			first = first.plusYears(1);
		}
		variables.firstAssessment(date(first), first.getYear() - 1);
		variables.nextStep(nextStep(execution));
	}

	/** A timer fired: is the title still held (a title withdrawn or ended elsewhere ends its lifecycle)? */
	public void checkTitle(DelegateExecution execution) {
		LifecycleVariables.of(execution).titleHeld(titles.get(titleId(execution)).isActive());
	}

	/** An annual assessment is done: count it, schedule the next one a year after it, decide what comes next. */
	public void afterAssessment(DelegateExecution execution) {
		LifecycleVariables variables = LifecycleVariables.of(execution);
		variables.assessed(date(assessmentDay(variables.assessmentYear() + 2)));
		variables.nextStep(nextStep(execution));
	}

	/** R-SC-8: a qualified or promoted city (or one that passed rectification) starts the next cycle. */
	public void nextCycle(DelegateExecution execution) {
		LifecycleVariables variables = LifecycleVariables.of(execution);
		variables.nextCycle();
		variables.nextStep(nextStep(execution));
	}

	/** R-SME-7: the pilot's three years are over; the title ends (it was not withdrawn). */
	public void endTerm(DelegateExecution execution) {
		Title title = titles.get(titleId(execution));
		if (title.status() == TitleStatus.ACTIVE) {
			titles.changeStatus(title.id(), TitleStatus.ACTIVE, TitleStatus.ENDED, EngineClock.today(),
					"试点实施期满(自纳入工程之日起三年)", null, SYSTEM);
		}
	}

	/** What follows: another year, the review (every third assessment), or the end of the pilot's term. */
	String nextStep(DelegateExecution execution) {
		LifecycleVariables variables = LifecycleVariables.of(execution);
		boolean sme = TitleKind.SME_PILOT.name().equals(variables.titleKind());
		Date termEndsOn = variables.termEndsOn();
		if (sme && termEndsOn != null) {
			return variables.nextAssessmentAt().after(termEndsOn) ? END_OF_TERM : NEXT_YEAR;
		}
		return variables.yearInCycle() >= settings.getReviewEveryYears() ? REVIEW : NEXT_YEAR;
	}

	private LocalDate assessmentDay(int year) {
		MonthDay day = settings.assessmentDay();
		return day.atYear(year);
	}

	static long titleId(DelegateExecution execution) {
		return LifecycleVariables.of(execution).titleId();
	}

	static Date date(LocalDate day) {
		return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
	}
}
