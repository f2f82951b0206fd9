package cn.pilotcity.system;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Input the user must correct; the message is shown to him as it is, so it is written in Chinese.
 * It extends the engine's form validation exception: when a delegate or listener refuses a form
 * submission with it, the engine's REST API (and with it the Tasklist) answers 400 and the task stays
 * open; our own API answers 400 too.
 */
public class InvalidInputException extends FormFieldValidationException {

	public InvalidInputException(String message) {
		super("pilot-city", message);
	}
}
