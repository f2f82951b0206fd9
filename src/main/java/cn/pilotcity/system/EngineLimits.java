package cn.pilotcity.system;

/** Limits the engine's own tables set on what a process or task variable holds. */
public final class EngineLimits {

	/** The longest text variable: the engine keeps text in VARCHAR(4000) columns. */
	public static final int MAX_TEXT = 4000;

	private EngineLimits() {
	}
}
