package cn.pilotcity.boundary;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
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
 * What a city writes (its summary, its clusters, its report) is shown in the province's and the national office's
 * Tasklist forms inside templated text views, which form-js renders as markdown: {@code [官方通知](http://…)} or a raw
 * {@code <a href>} would become a live link inside an official form, {@code <img>} an image. The form variables
 * the Tasklist loads for a task ({@code GET …/task/{id}/form-variables}) therefore carry every user-written text
 * the form only shows — a variable shown in a text view ({@link FormSchema#shownAsText()}) whose name is a field of
 * one of our forms, so that a user once submitted it — with the characters markdown and HTML act on escaped: it
 * reads exactly as written. Values the form edits or tests in a condition are left as they are, and so are the
 * views our own code writes in markdown (the review's {@code applicationView}, the scoring's
 * {@code indicatorSummary}: they escape the user's parts themselves).
 */
class FormTextAsText extends OncePerRequestFilter {

	private static final Pattern FORM_VARIABLES = Pattern.compile("/task/([^/]+)/form-variables$");
	/** CommonMark lets any ASCII punctuation be escaped by a backslash; these are the ones that make links, images, HTML and code. */
	private static final Pattern ACTIVE = Pattern.compile("[\\\\`*\\[\\]()<>!&|~#:]");

	private final CommandExecutor commands;
	private final ObjectMapper json;
	private final Set<String> userWritten;

	/** @param userWritten the field keys of all our forms: what users submit */
	FormTextAsText(CommandExecutor commands, ObjectMapper json, Set<String> userWritten) {
		this.commands = commands;
		this.json = json;
		this.userWritten = Set.copyOf(userWritten);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || !FORM_VARIABLES.matcher(request.getRequestURI()).find();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		Matcher task = FORM_VARIABLES.matcher(request.getRequestURI());
		if (wrapper.getStatus() == HttpServletResponse.SC_OK && wrapper.getContentSize() > 0 && task.find()) {
			Set<String> shown = shownAsText(task.group(1));
			JsonNode variables = json.readTree(wrapper.getContentAsByteArray());
			if (!shown.isEmpty() && variables instanceof ObjectNode all) {
				for (String name : shown) {
					JsonNode variable = all.path(name);
					if (variable instanceof ObjectNode typed && "String".equals(typed.path("type").asText())
							&& typed.path("value").isTextual()) {
						typed.put("value", asText(typed.get("value").asText()));
					}
				}
				wrapper.resetBuffer();
				json.writeValue(wrapper.getOutputStream(), all);
			}
		}
		wrapper.copyBodyToResponse();
	}

	static String asText(String value) {
		return ACTIVE.matcher(value).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
	}

	private Set<String> shownAsText(String taskId) {
		return commands.execute(context -> {
			TaskEntity task = context.getTaskManager().findTaskById(taskId);
			Optional<FormSchema> form = task == null ? Optional.empty() : DeployedForms.ofTask(context, task);
			return form.map(FormSchema::shownAsText).orElse(Set.<String>of()).stream().filter(userWritten::contains)
					.collect(java.util.stream.Collectors.toSet());
		});
	}
}
