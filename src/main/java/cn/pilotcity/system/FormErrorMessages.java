package cn.pilotcity.system;

import java.io.IOException;
import java.util.regex.Pattern;

import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * When a form submission is refused, the engine's REST API prefixes our Chinese message with
 * "Cannot submit task form &lt;id&gt;: ", and the Tasklist shows that to the user. This filter removes the
 * English prefix from the error responses of form submissions, so the user reads only the message
 * that tells him what to correct.
 */
class FormErrorMessages extends OncePerRequestFilter {

	private static final Pattern PREFIX = Pattern.compile(
			"^(?:(?:Cannot submit task form|Cannot instantiate process definition|Cannot complete task|"
					+ "Cannot start process instance|Cannot resolve task|Cannot submit form) \\S+: )+");

	private final ObjectMapper json;

	FormErrorMessages(ObjectMapper json) {
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return !HttpMethod.POST.matches(request.getMethod())
				|| !(uri.endsWith("/submit-form") || uri.endsWith("/complete") || uri.endsWith("/start"));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		if (wrapper.getStatus() >= 400 && wrapper.getContentSize() > 0 && isJson(wrapper.getContentType())) {
			JsonNode body = json.readTree(wrapper.getContentAsByteArray());
			if (body instanceof ObjectNode object && object.path("message").isTextual()) {
				object.put("message", PREFIX.matcher(object.get("message").asText()).replaceFirst(""));
				wrapper.resetBuffer();
				json.writeValue(wrapper.getOutputStream(), object);
			}
		}
		wrapper.copyBodyToResponse();
	}

	private static boolean isJson(String contentType) {
		return contentType != null && contentType.contains("json");
	}
}
