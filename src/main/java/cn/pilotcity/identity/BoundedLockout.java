package cn.pilotcity.identity;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.pilotcity.notification.Notice;
import cn.pilotcity.notification.Notifications;

/**
 * Puts {@link BoundedLockIdentityProvider} into the engine: a lock after {@code login-max-attempts} wrong passwords
 * lasts {@code pilotcity.login.lockout} (default 30 minutes) after the last one, and the administrators get a notice.
 */
@Component
class BoundedLockout extends AbstractProcessEnginePlugin {

	private final Duration lockout;
	private final ObjectProvider<Notifications> notifications;

	BoundedLockout(@Value("${pilotcity.login.lockout:30m}") Duration lockout, ObjectProvider<Notifications> notifications) {
		this.lockout = lockout;
		this.notifications = notifications;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		Consumer<String> onLocked = userId -> notifications.getObject().toGroups(List.of(Roles.ADMIN),
				Notice.of("【账号锁定】" + userId + " 因连续输错密码已被锁定",
						"账号 " + userId + " 已连续 " + configuration.getLoginMaxAttempts() + " 次输错密码,现已锁定;最后一次输错后 "
								+ lockout.toMinutes() + " 分钟自动解除。如非本人所为,请核实后在 Admin 中处理(必要时重置密码)。"));
		configuration.setIdentityProviderSessionFactory(new SessionFactory() {

			@Override
			public Class<?> getSessionType() {
				return BoundedLockIdentityProvider.class;
			}

			@Override
			public Session openSession() {
				return new BoundedLockIdentityProvider(lockout, onLocked);
			}
		});
	}
}
