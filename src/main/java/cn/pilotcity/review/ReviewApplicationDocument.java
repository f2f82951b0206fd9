package cn.pilotcity.review;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import cn.pilotcity.application.Application;
import cn.pilotcity.application.ApplicationTexts;
import cn.pilotcity.application.Applications;
import cn.pilotcity.city.City;
import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.decision.Decisions;
import cn.pilotcity.decision.Outcomes;
import cn.pilotcity.document.WordTemplate;
import cn.pilotcity.identity.CurrentUser;

/**
 * The application as the experts read it in Word: the whole application in its programme's words (every section
 * of the plan, the targets, the self-assessment), the record of its decisions in Chinese, who downloaded it when.
 */
@Component
class ReviewApplicationDocument {

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
	private static final WordTemplate TEMPLATE = new WordTemplate("documents/review-application.docx");

	private final Applications applications;
	private final CityDirectory cities;
	private final Decisions decisions;
	private final CurrentUser currentUser;
	private final List<ApplicationTexts> texts;

	ReviewApplicationDocument(Applications applications, CityDirectory cities, Decisions decisions,
			CurrentUser currentUser, List<ApplicationTexts> texts) {
		this.applications = applications;
		this.cities = cities;
		this.decisions = decisions;
		this.currentUser = currentUser;
		this.texts = texts;
	}

	String fileName(Review review) {
		return cities.city(applications.get(review.applicationId()).cityCode()).name() + "-申报材料-评审" + review.id() + ".docx";
	}

	byte[] of(Review review) {
		Application application = applications.get(review.applicationId());
		City city = cities.city(application.cityCode());
		Map<String, String> values = new HashMap<>();
		values.put("subject", review.subject());
		values.put("cityName", city.name());
		values.put("provinceName", city.provinceName());
		values.put("programme", review.programme().label());
		values.put("round", String.valueOf(review.reviewRound()));
		values.put("revision", String.valueOf(application.revision()));
		values.put("clusters", application.clusters().isEmpty() ? "—" : String.join("、", application.clusters()));
		values.put("organisations", application.organisations().isEmpty() ? "—" : String.join("、", application.organisations()));
		values.put("recommendationDoc", application.recommendationDoc() == null ? "—" : application.recommendationDoc());
		values.put("reviewId", String.valueOf(review.id()));
		values.put("summary", fullText(application));
		values.put("decisions", decisions.of("APPLICATION", application.id()).stream()
				.map(d -> d.decidedAt().format(MINUTE) + " " + d.stepName() + "(" + currentUser.nameOf(d.decidedBy()) + "):"
						+ Outcomes.label(d.outcome()) + "。" + d.opinion() + (d.docNumber() == null ? "" : "(" + d.docNumber() + ")"))
				.collect(Collectors.joining("\n")));
		values.put("downloadedBy", currentUser.displayName().orElse(currentUser.id()));
		values.put("downloadedAt", LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault())
				.format(MINUTE));
		return TEMPLATE.fill(values);
	}

	private String fullText(Application application) {
		var content = applications.content(application.id());
		return texts.stream().filter(t -> t.programme() == application.programme()).findFirst()
				.map(t -> t.fullText(application, content))
				.orElse(application.summary() == null ? "" : application.summary());
	}
}
