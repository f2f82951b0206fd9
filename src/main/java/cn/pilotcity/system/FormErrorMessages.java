package cn.pilotcity.system;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
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
 *
 * <p>It also answers the two ways a submission can meet another one (two tabs, a double click, a retried
 * request, two people on one task) with 409 and a Chinese message instead of the engine's 500 with its
 * English text: the task is already gone (completed by the first submission), or the engine's optimistic
 * lock found the row changed by a concurrent transaction. Either way the other transaction was rolled back
 * whole, so nothing of it is half-written; the user refreshes and sees the result of the first. A refusal
 * (403) or an engine failure (5xx) of a task that no longer exists is the same race seen half-way: the first
 * submission removed the task, its candidate groups or its execution in between.
 */
class FormErrorMessages extends OncePerRequestFilter {

	private static final Pattern PREFIX = Pattern.compile(
			"^(?:(?:Cannot submit task form|Cannot instantiate process definition|Cannot complete task|"
					+ "Cannot start process instance|Cannot resolve task|Cannot submit form) \\S+: )+");

	static final String ALREADY_DONE = "该任务已办理完毕或已不存在(可能已在其他窗口或由他人提交),请刷新任务列表查看";
	static final String CONCURRENT = "该事项刚刚已被他人处理,您的提交未生效,请刷新后重试";

	private static final Pattern TASK_GONE = Pattern.compile("Cannot find task with id|task is null");
	private static final Pattern OPTIMISTIC_LOCK = Pattern.compile(
			"OptimisticLockingException|was updated by another transaction concurrently|ENGINE-03005");

	private static final Pattern TASK_ID = Pattern.compile("/task/([^/]+)/(?:submit-form|complete)$");

	private final ObjectMapper json;
	private final Predicate<String> taskExists;
	private final Function<String, Optional<String>> endedUndone;

	/**
	 * @param endedUndone for a task that ended without being completed (its deadline's timer, a withdrawal), what the
	 *     user is told instead of "already done"
	 */
	FormErrorMessages(ObjectMapper json, Predicate<String> taskExists, Function<String, Optional<String>> endedUndone) {
		this.json = json;
		this.taskExists = taskExists;
		this.endedUndone = endedUndone;
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
				String message = object.get("message").asText();
				if (OPTIMISTIC_LOCK.matcher(message).find() || OPTIMISTIC_LOCK.matcher(object.path("type").asText()).find()) {
					conflict(wrapper, object, CONCURRENT);
				}
				else if (TASK_GONE.matcher(message).find() || refusedOrFailed(wrapper.getStatus()) && taskGone(request.getRequestURI())) {
					conflict(wrapper, object, taskId(request.getRequestURI()).flatMap(endedUndone).orElse(ALREADY_DONE));
				}
				else {
					object.put("message", PREFIX.matcher(message).replaceFirst(""));
				}
				wrapper.resetBuffer();
				json.writeValue(wrapper.getOutputStream(), object);
			}
		}
		wrapper.copyBodyToResponse();
	}

	/**
	 * A refusal (403) or an engine failure (5xx) of a submission whose task no longer exists: the first
	 * submission removed the task between this one's reads (READ COMMITTED), so this one saw a task without its
	 * candidate groups, or without its execution (the engine then fails with a NullPointerException). Its
	 * transaction was rolled back whole.
	 */
	private static boolean refusedOrFailed(int status) {
		return status == HttpServletResponse.SC_FORBIDDEN || status >= 500;
	}

	private boolean taskGone(String uri) {
		return taskId(uri).filter(id -> !taskExists.test(id)).isPresent();
	}

	private static Optional<String> taskId(String uri) {
		Matcher task = TASK_ID.matcher(uri);
		return task.find() ? Optional.of(task.group(1)) : Optional.empty();
	}

	private static void conflict(HttpServletResponse response, ObjectNode body, String message) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		body.put("type", "Conflict");
		body.put("message", message);
	}

	private static boolean isJson(String contentType) {
		return contentType != null && contentType.contains("json");
	}
}
