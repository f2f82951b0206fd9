package cn.pilotcity.system;

import java.io.IOException;
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
 * Reading a task (its form, its form variables, the task itself) or claiming it is answered in Chinese when it
 * fails: a task that
 * is gone (done in another window, by a colleague, or ended by its deadline) is a 404 that says so — the engine
 * answers its deployed form with a 500 NullPointerException and its form variables in English — and so is a task
 * the user may not read, which the engine answers with 404 on some routes and with 403 and its English permission
 * text on others: one answer for both, so that task ids cannot be probed.
 */
class UnreachableTasks extends OncePerRequestFilter {

	/** One answer for a task that is gone and one the user may not see, so that task ids cannot be probed. */
	static final String GONE = "该任务已办理完毕、已不存在或不在您的待办范围内(可能已在其他窗口或由他人提交,或已过办理期限),请刷新任务列表查看";

	private static final Pattern TASK = Pattern.compile("/task/([^/]+)(?:/(?:deployed-form|form|rendered-form|form-variables|"
			+ "variables|localVariables|identity-links|comment|attachment)(?:/.*)?)?$");

	static final String CLAIMED = "该任务已由他人认领,请刷新任务列表查看";

	private static final Pattern CLAIM = Pattern.compile("/task/([^/]+)/(?:claim|unclaim)$");

	private final ObjectMapper json;
	private final Predicate<String> taskExists;

	UnreachableTasks(ObjectMapper json, Predicate<String> taskExists) {
		this.json = json;
		this.taskExists = taskExists;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String uri = request.getRequestURI();
		return HttpMethod.GET.matches(request.getMethod()) ? !TASK.matcher(uri).find()
				: !(HttpMethod.POST.matches(request.getMethod()) && CLAIM.matcher(uri).find());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, wrapper);
		int status = wrapper.getStatus();
		if (status >= 400 && status != HttpServletResponse.SC_UNAUTHORIZED) {
			Matcher task = (HttpMethod.GET.matches(request.getMethod()) ? TASK : CLAIM).matcher(request.getRequestURI());
			task.find();
			// the engine answers a task the user may not read with 404 on some routes and 403 on others
			if (status == HttpServletResponse.SC_NOT_FOUND || status == HttpServletResponse.SC_FORBIDDEN
					|| !taskExists.test(task.group(1))) {
				answer(wrapper, HttpServletResponse.SC_NOT_FOUND, "NotFound", GONE);
			}
			else if (status >= 500 && !HttpMethod.GET.matches(request.getMethod())) {
				answer(wrapper, HttpServletResponse.SC_CONFLICT, "Conflict", CLAIMED);
			}
		}
		wrapper.copyBodyToResponse();
	}

	private void answer(ContentCachingResponseWrapper response, int status, String type, String message) throws IOException {
		ObjectNode body = json.createObjectNode();
		if (response.getContentSize() > 0 && response.getContentType() != null && response.getContentType().contains("json")) {
			JsonNode original = json.readTree(response.getContentAsByteArray());
			if (original instanceof ObjectNode object) {
				body = object;
			}
		}
		body.put("type", type);
		body.put("message", message);
		response.resetBuffer();
		response.setStatus(status);
		response.setContentType("application/json;charset=UTF-8");
		json.writeValue(response.getOutputStream(), body);
	}
}
