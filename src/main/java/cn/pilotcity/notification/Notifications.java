package cn.pilotcity.notification;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.pilotcity.identity.Unrestricted;
import cn.pilotcity.system.EngineClock;

/**
 * Notifies users or whole groups. Each notification is recorded in the current transaction and delivered
 * only after it commits, so a step that fails and rolls back sends nothing; a failed delivery is recorded
 * (status FAILED with the error) and never undoes the step.
 */
@Service
public class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);

	private final NotificationMapper mapper;
	private final IdentityService identityService;
	private final Unrestricted unrestricted;
	private final MailDelivery delivery;
	private final TransactionTemplate separateTransaction;

	Notifications(NotificationMapper mapper, IdentityService identityService, Unrestricted unrestricted,
			MailDelivery delivery, PlatformTransactionManager transactions) {
		this.mapper = mapper;
		this.identityService = identityService;
		this.unrestricted = unrestricted;
		this.delivery = delivery;
		this.separateTransaction = new TransactionTemplate(transactions);
		this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
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
				afterCommit(() -> deliver(row));
			}
		}
	}

	public List<SentNotification> sentTo(String userId) {
		return mapper.findByRecipient(userId);
	}

	public List<SentNotification> aboutProcess(String processInstanceId) {
		return mapper.findByProcessInstance(processInstanceId);
	}

	private void deliver(NewNotification row) {
		String status;
		String error = null;
		try {
			status = delivery.deliver(row.email, row.subject, row.body);
		}
		catch (RuntimeException e) {
			log.warn("Notification {} to {} could not be delivered: {}", row.id, row.email, e.getMessage());
			status = "FAILED";
			error = abbreviate(e.getMessage());
		}
		String finalStatus = status;
		String finalError = error;
		separateTransaction.executeWithoutResult(tx -> mapper.updateStatus(row.id, finalStatus, finalError, EngineClock.now()));
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

	private static String abbreviate(String message) {
		return message == null ? null : message.length() > 1000 ? message.substring(0, 1000) : message;
	}
}
