package cn.pilotcity.system;

import java.util.List;

/** Input refused as a whole, with one message per field, row or cell. */
public class ValidationFailedException extends InvalidInputException {

	private final List<String> details;

	public ValidationFailedException(String message, List<String> details) {
		super(message + ":" + String.join(";", details));
		this.details = List.copyOf(details);
	}

	public List<String> details() {
		return details;
	}
}
