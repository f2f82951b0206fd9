package cn.pilotcity.system;

/** Something the user asked for does not exist (or is not visible to him). */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String message) {
		super(message);
	}
}
