package cn.pilotcity.identity;

import java.time.Duration;
import java.util.Date;
import java.util.function.Consumer;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's identity provider, except that the lock after too many wrong passwords ends by itself: the engine
 * keeps such an account (the administrator's too) locked until an administrator unlocks it, so ten wrong passwords
 * spaced past each delay lock anyone out for good. Here the account opens again {@link #lockout} after the last
 * wrong password's delay; a wrong password then locks it for as long again, the right one unlocks it. The moment
 * an account reaches the limit the administrators are told ({@code onLocked}). One is opened per command, by the
 * session factory {@link BoundedLockout} gives the engine.
 */
class BoundedLockIdentityProvider extends DbIdentityServiceProvider {

	private final Duration lockout;
	private final Consumer<String> onLocked;

	BoundedLockIdentityProvider(Duration lockout, Consumer<String> onLocked) {
		this.lockout = lockout;
		this.onLocked = onLocked;
	}

	@Override
	protected boolean isUserLocked(UserEntity user) {
		if (user.getAttempts() >= Context.getProcessEngineConfiguration().getLoginMaxAttempts()) {
			Date lastDelayEnds = user.getLockExpirationTime();
			return lastDelayEnds == null || lockEnds(user).after(ClockUtil.getCurrentTime());
		}
		return super.isUserLocked(user);
	}

	@Override
	protected void lockUser(UserEntity user) {
		int before = user.getAttempts();
		super.lockUser(user);
		int max = Context.getProcessEngineConfiguration().getLoginMaxAttempts();
		if (before < max && user.getAttempts() >= max) {
			onLocked.accept(user.getId());
		}
	}

	/** When the lock of an account that reached the limit ends. */
	private Date lockEnds(UserEntity user) {
		return lockEnds(user, lockout);
	}

	static Date lockEnds(UserEntity user, Duration lockout) {
		return new Date(user.getLockExpirationTime().getTime() + lockout.toMillis());
	}
}
