package cn.pilotcity.system;

import java.util.List;

/** Input refused as a whole, with one message per field, row or cell. */
public class ValidationFailedException extends InvalidInputException {

	private final String summary;
	private final List<String> details;

	/** The message names every problem too, for the Tasklist, which shows only the message. */
	public ValidationFailedException(String summary, List<String> details) {
		super(summary + ":" + String.join(";", details));
		this.summary = summary;
		this.details = List.copyOf(details);
	}

	/** What was refused, without the problems (our pages list those one per line). */
	public String summary() {
		return summary;
	}

	public List<String> details() {
		return details;
	}
}
