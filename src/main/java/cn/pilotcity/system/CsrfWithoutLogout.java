package cn.pilotcity.system;

import java.io.IOException;

import org.camunda.bpm.webapp.impl.security.filter.CsrfPreventionFilter;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The webapps' CSRF check, which refuses a change without the session's token as Camunda's does, but keeps the
 * session: Camunda's filter ends it, so any page able to send a request without the token (a stale tab, a
 * script) signed the official out in the middle of his work. Registered under Camunda's filter name, so the
 * webapps' initializer does not add its own.
 */
class CsrfWithoutLogout extends CsrfPreventionFilter {

	static final String FILTER_NAME = "CsrfPreventionFilter";
	static final String MESSAGE = "安全校验未通过(页面可能已过期),本次操作未执行。请刷新页面后重试;您仍处于登录状态。";

	private final ObjectMapper json;

	CsrfWithoutLogout(ObjectMapper json) {
		this.json = json;
	}

	@Override
	protected boolean doTokenValidation(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpSession session = request.getSession();
		String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
		Object kept = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
		if (sent != null && !sent.isBlank() && sent.equals(kept)) {
			return true;
		}
		if (sent == null || sent.isBlank()) {
			response.setHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, CsrfConstants.CSRF_TOKEN_HEADER_REQUIRED);
		}
		response.setStatus(getDenyStatus());
		response.setContentType("application/json;charset=UTF-8");
		json.writeValue(response.getOutputStream(), ApiError.of(MESSAGE));
		return false;
	}
}
