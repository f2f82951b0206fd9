package cn.pilotcity.identity;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import cn.pilotcity.system.Unrestricted;

/**
 * The webapps' login page tells a user whose account is locked after too many wrong passwords, in Chinese, when the
 * lock ends (it ends by itself, {@link BoundedLockIdentityProvider}). The page shows the {@code message} of a refused
 * login; for an account that is not locked the answer stays the engine's own.
 */
class LoginLockNotice extends OncePerRequestFilter {

	private static final int MAX_FORM = 4096;
	private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("HH:mm");

	private final IdentityService identityService;
	private final Unrestricted unrestricted;
	private final int maxAttempts;
	private final Duration lockout;
	private final ObjectMapper json;

	LoginLockNotice(IdentityService identityService, Unrestricted unrestricted, int maxAttempts, Duration lockout,
			ObjectMapper json) {
		this.identityService = identityService;
		this.unrestricted = unrestricted;
		this.maxAttempts = maxAttempts;
		this.lockout = lockout;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !request.getRequestURI().contains("/login/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// the login reads the form body; the copy kept here names the account
		ContentCachingRequestWrapper login = new ContentCachingRequestWrapper(request, MAX_FORM);
		HeldError answer = new HeldError(response);
		chain.doFilter(login, answer);
		if (answer.status == null) {
			return;
		}
		String userId = formField(login, "username");
		Optional<String> notice = answer.status == HttpServletResponse.SC_UNAUTHORIZED && userId != null
				? lockNotice(userId) : Optional.empty();
		if (notice.isPresent()) {
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
			response.setContentType("application/json;charset=UTF-8");
			json.writeValue(response.getOutputStream(), Map.of("type", "AuthenticationException", "message", notice.get()));
		}
		else if (answer.message == null) {
			response.sendError(answer.status);
		}
		else {
			response.sendError(answer.status, answer.message);
		}
	}

	private static String formField(ContentCachingRequestWrapper request, String name) {
		String form = new String(request.getContentAsByteArray(), StandardCharsets.UTF_8);
		for (String pair : form.split("&")) {
			String[] field = pair.split("=", 2);
			if (field.length == 2 && name.equals(URLDecoder.decode(field[0], StandardCharsets.UTF_8))) {
				return URLDecoder.decode(field[1], StandardCharsets.UTF_8);
			}
		}
		return null;
	}

	/** Holds back an error the login sends, so that a locked account's answer can take its place. */
	private static final class HeldError extends HttpServletResponseWrapper {

		Integer status;
		String message;

		HeldError(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void sendError(int status) {
			this.status = status;
		}

		@Override
		public void sendError(int status, String message) {
			this.status = status;
			this.message = message;
		}
	}

	/**
	 * What a locked account is told; empty when it is not locked (or does not exist). Only the lock after the limit
	 * is told: the short delay after each wrong password would tell anyone which accounts exist.
	 */
	Optional<String> lockNotice(String userId) {
		UserEntity user = unrestricted.lookup(() -> (UserEntity) identityService.createUserQuery().userId(userId).singleResult());
		if (user == null || user.getLockExpirationTime() == null || user.getAttempts() < maxAttempts) {
			return Optional.empty();
		}
		Date now = ClockUtil.getCurrentTime();
		Date ends = BoundedLockIdentityProvider.lockEnds(user, lockout);
		return ends.after(now) ? Optional.of("账号因连续 " + maxAttempts + " 次输错密码已被锁定,将于 "
				+ AT.format(ends.toInstant().atZone(ZoneId.systemDefault())) + " 自动解除(约 " + minutesUntil(now, ends)
				+ " 分钟后);锁定期间输入正确的密码也无法登录。如非本人所为,请联系系统管理员。") : Optional.empty();
	}

	@Configuration
	static class Registration {

		@Bean
		FilterRegistrationBean<LoginLockNotice> loginLockNotice(ProcessEngine engine, Unrestricted unrestricted,
				@Value("${pilotcity.login.lockout:30m}") Duration lockout, ObjectMapper json) {
			int maxAttempts = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getLoginMaxAttempts();
			FilterRegistrationBean<LoginLockNotice> registration = new FilterRegistrationBean<>(
					new LoginLockNotice(engine.getIdentityService(), unrestricted, maxAttempts, lockout, json));
			registration.setName("login-lock-notice");
			registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
			registration.setOrder(15);
			return registration;
		}
	}

	private static long minutesUntil(Date now, Date ends) {
		return Math.max(1, (ends.getTime() - now.getTime() + 59_999) / 60_000);
	}
}
