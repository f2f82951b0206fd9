package cn.pilotcity.system;

import java.util.List;

/** The body of every error our API returns: one message for the user, details per field or cell. */
public record ApiError(String message, List<String> details) {

	public static ApiError of(String message) {
		return new ApiError(message, List.of());
	}
}
