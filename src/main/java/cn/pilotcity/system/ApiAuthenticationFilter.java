package cn.pilotcity.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Authenticates calls to our own API ({@code /api/*}): either the session of a user logged in to the
 * Tasklist (so links in task forms just work) or HTTP Basic against the engine's identity service
 * (which also applies the engine's lock-out after repeated wrong passwords). The engine's authentication
 * is set for the request, so engine queries made on the user's behalf are authorization-checked.
 *
 * <p>A session-authenticated request that changes data must carry the {@code X-Requested-With} header:
 * a cross-site form cannot set it, which keeps the session cookie from being used for CSRF.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

	static final String CSRF_HEADER = "X-Requested-With";

	private final ProcessEngine engine;
	private final ObjectMapper json;

	ApiAuthenticationFilter(ProcessEngine engine, ObjectMapper json) {
		this.engine = engine;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		IdentityService identity = engine.getIdentityService();
		Optional<Authentication> fromSession = fromSession(request);
		Optional<Authentication> authentication = fromSession.isPresent() ? fromSession : fromBasic(request);
		if (authentication.isEmpty()) {
			if (request.getHeader(CSRF_HEADER) == null) {
				response.setHeader("WWW-Authenticate", "Basic realm=\"pilot-city\", charset=\"UTF-8\"");
			}
			reject(response, HttpServletResponse.SC_UNAUTHORIZED, "请先登录(会话已过期,或用户名、密码不正确)");
			return;
		}
		if (fromSession.isPresent() && changesData(request) && request.getHeader(CSRF_HEADER) == null) {
			reject(response, HttpServletResponse.SC_FORBIDDEN, "请求来源无法验证,请从系统页面重新操作");
			return;
		}
		identity.setAuthentication(authentication.get());
		try {
			chain.doFilter(request, response);
		}
		finally {
			identity.clearAuthentication();
		}
	}

	private Optional<Authentication> fromSession(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(AuthenticationUtil.getAuthsFromSession(session))
				.map(all -> all.getAuthenticationForProcessEngine(engine.getName()))
				.filter(UserAuthentication.class::isInstance)
				.map(UserAuthentication.class::cast)
				.map(user -> new Authentication(user.getIdentityId(), user.getGroupIds(), user.getTenantIds()));
	}

	private Optional<Authentication> fromBasic(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return Optional.empty();
		}
		String decoded;
		try {
			decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
		int colon = decoded.indexOf(':');
		if (colon <= 0) {
			return Optional.empty();
		}
		String userId = decoded.substring(0, colon);
		IdentityService identity = engine.getIdentityService();
		if (!identity.checkPassword(userId, decoded.substring(colon + 1))) {
			return Optional.empty();
		}
		List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
				.toList();
		return Optional.of(new Authentication(userId, groups));
	}

	private static boolean changesData(HttpServletRequest request) {
		String method = request.getMethod();
		return !(HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method) || HttpMethod.OPTIONS.matches(method));
	}

	private void reject(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setContentType("application/json;charset=UTF-8");
		json.writeValue(response.getOutputStream(), ApiError.of(message));
	}
}
