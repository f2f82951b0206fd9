package cn.pilotcity.application;

/**
 * A programme writes an application out in full, in its own words (the titles of its plan's sections, the names
 * of its targets, its conditions): what the experts read in their Word document.
 */
public interface ApplicationTexts {

	Programme programme();

	/** The whole application as plain text, a heading line before each part. */
	String fullText(Application application, ApplicationContent content);
}
