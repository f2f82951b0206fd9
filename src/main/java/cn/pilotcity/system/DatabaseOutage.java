package cn.pilotcity.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.util.regex.Pattern;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * While the database cannot be reached, every request that needs it is answered at once (after the pool's short
 * wait, {@code spring.datasource.hikari.connection-timeout}) with 503 and a Chinese message in our error shape, on
 * our API, the engine's REST API and the webapps' API — not Spring's or the engine's English 500. Nothing is lost:
 * the request's transaction never began. The application recovers by itself when the database is back.
 */
class DatabaseOutage extends OncePerRequestFilter {

	static final String MESSAGE = "数据库暂时无法访问,请稍后重试;您的操作未被执行,未提交的内容请保留后再次提交";

	/** How the engine's REST API words it in its 500 body (the connection failure wrapped by the engine). */
	private static final Pattern NO_CONNECTION = Pattern.compile(
			"Connection is not available|Could not open JDBC Connection|Failed to obtain JDBC Connection|SQLTransientConnectionException");

	private final ObjectMapper json;

	DatabaseOutage(ObjectMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// the engine's APIs answer a failure with a body of their own; our API's handler answers it itself, and its
		// downloads may stream after this filter returned, so its responses are not buffered here
		ContentCachingResponseWrapper engineApi = request.getRequestURI().startsWith(request.getContextPath() + "/api/") ? null
				: new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, engineApi == null ? response : engineApi);
		}
		catch (ServletException | IOException | RuntimeException e) {
			if (!isOutage(e) || response.isCommitted()) {
				throw e;
			}
			unavailable(engineApi == null ? response : engineApi);
			if (engineApi != null) {
				engineApi.copyBodyToResponse();
			}
			return;
		}
		if (engineApi != null) {
			if (engineApi.getStatus() >= 500 && NO_CONNECTION.matcher(new String(engineApi.getContentAsByteArray(),
					StandardCharsets.UTF_8)).find()) {
				unavailable(engineApi);
			}
			engineApi.copyBodyToResponse();
		}
	}

	static boolean isOutage(Throwable error) {
		for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof SQLTransientConnectionException || cause instanceof CannotGetJdbcConnectionException) {
				return true;
			}
		}
		return false;
	}

	private void unavailable(HttpServletResponse response) throws IOException {
		response.resetBuffer();
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader("Retry-After", "30");
		response.setContentType("application/json;charset=UTF-8");
		json.writeValue(response.getOutputStream(), ApiError.of(MESSAGE));
	}
}
