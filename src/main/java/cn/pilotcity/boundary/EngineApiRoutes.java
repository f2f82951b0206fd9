package cn.pilotcity.boundary;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import cn.pilotcity.identity.Roles;

/**
 * What of the engine's API an official may call, on the REST API ({@code /engine-rest}) and on the webapps' own
 * ({@code /camunda/api/engine}): he reads what the engine's authorizations let him read, except the engine's
 * machinery (jobs, batches, metrics), and he changes things only by working his tasks — submitting a form,
 * claiming, commenting — and his own password. Everything else that changes state is the administrator's. The
 * engine's services check the submissions themselves ({@link EngineBoundary}); this filter keeps the rest of the
 * API closed, secure by default: a route the engine adds later is refused until it is listed here.
 */
class EngineApiRoutes extends OncePerRequestFilter {

	static final String ADMINISTRATORS_ONLY = "此操作只能由系统管理员执行;办理业务请通过任务列表中的任务表单";
	static final String NOT_OFFERED = "本系统未启用此功能:没有 CMMN 案例,也没有条件启动事件";

	private static final Pattern REST = Pattern.compile("^/engine-rest(?:/engine/[^/]+)?(/.*)?$");
	private static final Pattern WEBAPP = Pattern.compile("^/camunda/api/engine/engine/([^/]+)(/.*)?$");

	/** The engine's machinery: not even to be read by officials. */
	private static final Pattern MACHINERY = Pattern.compile("^/(job|job-definition|batch|external-task|metrics|telemetry|"
			+ "schema|migration|modification|history/(job-log|batch|cleanup|external-task-log))(/.*)?$");

	/** What the engine offers but this system does not use (CMMN is off; no model has a conditional start event). */
	private static final Pattern NOT_USED = Pattern.compile("^/(case-definition|case-instance|case-execution|"
			+ "history/case-[a-z-]+|condition)(/.*)?$");

	/** What an official may change: his tasks, through their forms, and his own password. */
	private static final List<Pattern> CHANGES = List.of(
			Pattern.compile("^POST /task/[^/]+/(submit-form|complete|claim|unclaim)$"),
			Pattern.compile("^POST /task/[^/]+/comment/create$"),
			Pattern.compile("^POST /process-definition/(key/[^/]+|[^/]+)/submit-form$"),
			// queries sent as POST: the Tasklist's filters and lists
			Pattern.compile("^POST /filter/[^/]+/(list|count|singleResult)$"),
			Pattern.compile("^POST /(task|process-instance|execution|variable-instance)(/count)?$"),
			Pattern.compile("^POST /history/(process-instance|task|variable-instance|activity-instance|detail|"
					+ "decision-instance|user-operation)(/count)?$"),
			Pattern.compile("^POST /identity/password-policy$"));
	private static final Pattern OWN_PASSWORD = Pattern.compile("^PUT /user/([^/]+)/credentials$");

	private final IdentityService identity;
	private final ObjectMapper json;

	EngineApiRoutes(IdentityService identity, ObjectMapper json) {
		this.identity = identity;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Route> route = route(request);
		if (route.isPresent() && NOT_USED.matcher(route.get().path()).matches()) {
			answer(response, HttpServletResponse.SC_NOT_FOUND, "NotFound", NOT_OFFERED);
			return;
		}
		if (route.isPresent() && route.get().user() != null && !route.get().groups().contains(Roles.ADMIN)
				&& !allowed(request.getMethod(), route.get())) {
			answer(response, HttpServletResponse.SC_FORBIDDEN, "AuthorizationException", ADMINISTRATORS_ONLY);
			return;
		}
		chain.doFilter(request, response);
	}

	private void answer(HttpServletResponse response, int status, String type, String message) throws IOException {
		response.setStatus(status);
		response.setContentType("application/json;charset=UTF-8");
		json.writeValue(response.getOutputStream(), new RestError(type, message));
	}

	record RestError(String type, String message) {
	}

	/** A call of the engine's API: the path after the engine's root, and who makes it. */
	record Route(String path, String user, List<String> groups) {
	}

	static boolean allowed(String method, Route route) {
		if (MACHINERY.matcher(route.path()).matches()) {
			return false;
		}
		if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
			return true;
		}
		String call = method + " " + route.path();
		if (CHANGES.stream().anyMatch(p -> p.matcher(call).matches())) {
			return true;
		}
		Matcher password = OWN_PASSWORD.matcher(call);
		return password.matches() && password.group(1).equals(route.user());
	}

	private Optional<Route> route(HttpServletRequest request) {
		// the decoded and normalised path, as the engine's servlets route it
		String uri = (request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()))
				.replaceAll("/{2,}", "/");
		Matcher rest = REST.matcher(uri);
		if (rest.matches()) {
			Authentication user = identity.getCurrentAuthentication();
			return Optional.of(new Route(path(rest.group(1)), user == null ? null : user.getUserId(),
					user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds()));
		}
		Matcher webapp = WEBAPP.matcher(uri);
		if (webapp.matches()) {
			HttpSession session = request.getSession(false);
			Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
			UserAuthentication user = authentications == null ? null
					: authentications.getAuthenticationForProcessEngine(webapp.group(1)) instanceof UserAuthentication u ? u : null;
			return Optional.of(new Route(path(webapp.group(2)), user == null ? null : user.getName(),
					user == null || user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds())));
		}
		return Optional.empty();
	}

	private static String path(String path) {
		return path == null || path.isEmpty() ? "/" : path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
	}
}
