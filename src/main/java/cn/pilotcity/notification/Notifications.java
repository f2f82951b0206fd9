package cn.pilotcity.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.pilotcity.system.Unrestricted;
import cn.pilotcity.system.EngineClock;

/**
 * Notifies users or whole groups. Each notification is recorded in the current transaction and handed to the
 * background sender ({@link NotificationOutbox}) only after it commits, so a step that fails and rolls back sends
 * nothing and no step waits for the mail server; a failed delivery is recorded (status FAILED with the error)
 * and never undoes the step.
 */
@Service
public class Notifications {

	private final NotificationMapper mapper;
	private final IdentityService identityService;
	private final Unrestricted unrestricted;
	private final NotificationOutbox outbox;

	Notifications(NotificationMapper mapper, IdentityService identityService, Unrestricted unrestricted,
			NotificationOutbox outbox) {
		this.mapper = mapper;
		this.identityService = identityService;
		this.unrestricted = unrestricted;
		this.outbox = outbox;
	}

	/** Notifies every member of the groups (each person once). */
	public void toGroups(Collection<String> groupIds, Notice notice) {
		Set<String> users = new LinkedHashSet<>();
		unrestricted.lookup(() -> {
			groupIds.forEach(g -> identityService.createUserQuery().memberOfGroup(g).list().forEach(u -> users.add(u.getId())));
			return null;
		});
		toUsers(users, notice);
	}

	public void toUsers(Collection<String> userIds, Notice notice) {
		for (String userId : new LinkedHashSet<>(userIds)) {
			User user = unrestricted.lookup(() -> identityService.createUserQuery().userId(userId).singleResult());
			String email = user == null || user.getEmail() == null || user.getEmail().isBlank() ? null : user.getEmail();
			NewNotification row = new NewNotification(userId, email, notice, email == null ? "NO_EMAIL" : "PENDING", EngineClock.now());
			mapper.insert(row);
			if (email != null) {
				afterCommit(() -> outbox.submit(row.id));
			}
		}
	}

	public List<SentNotification> sentTo(String userId) {
		return mapper.findByRecipient(userId);
	}

	public List<SentNotification> aboutProcess(String processInstanceId) {
		return mapper.findByProcessInstance(processInstanceId);
	}

	private static void afterCommit(Runnable action) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					action.run();
				}
			});
		}
		else {
			action.run();
		}
	}
}
