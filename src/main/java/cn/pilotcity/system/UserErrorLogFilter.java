package cn.pilotcity.system;

import org.slf4j.Marker;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * The engine logs every failed command at ERROR with its stack trace, including a form submission we
 * refused because the user must correct it. Those are not errors of the system: they are dropped from
 * the engine's command log (the user sees the message; real failures are still logged).
 */
public class UserErrorLogFilter extends TurboFilter {

	private static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

	@Override
	public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
		if (logger == null || !ENGINE_CONTEXT_LOGGER.equals(logger.getName())) {
			return FilterReply.NEUTRAL;
		}
		if (UserErrors.refusalIn(t) != null) {
			return FilterReply.DENY;
		}
		if (params != null) {
			for (Object param : params) {
				if (param instanceof Throwable thrown && UserErrors.refusalIn(thrown) != null) {
					return FilterReply.DENY;
				}
			}
		}
		return FilterReply.NEUTRAL;
	}
}
