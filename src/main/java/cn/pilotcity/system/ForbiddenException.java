package cn.pilotcity.system;

/** The user is known but may not see or do this. */
public class ForbiddenException extends RuntimeException {

	public ForbiddenException(String message) {
		super(message);
	}
}
