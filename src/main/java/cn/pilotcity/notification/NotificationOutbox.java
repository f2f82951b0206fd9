package cn.pilotcity.notification;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.pilotcity.system.EngineClock;

/**
 * Sends recorded notifications in the background, so that nobody's step waits for the mail server (a decision
 * that tells three hundred cities would otherwise hold its user for as many SMTP conversations). A sender first
 * claims the row (PENDING → SENDING), so that of several nodes only one sends it; what a stopped node left
 * PENDING or SENDING is found again by {@link #sweep} and sent then.
 */
@Component
class NotificationOutbox implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(NotificationOutbox.class);

	private final NotificationMapper mapper;
	private final MailDelivery delivery;
	private final TransactionTemplate separateTransaction;
	private final ThreadPoolTaskExecutor senders = new ThreadPoolTaskExecutor();
	private final Duration stale;

	NotificationOutbox(NotificationMapper mapper, MailDelivery delivery, PlatformTransactionManager transactions,
			@Value("${pilotcity.mail.senders:2}") int threads,
			@Value("${pilotcity.mail.resend-after:PT10M}") Duration stale) {
		this.mapper = mapper;
		this.delivery = delivery;
		this.stale = stale;
		this.separateTransaction = new TransactionTemplate(transactions);
		this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		senders.setCorePoolSize(threads);
		senders.setMaxPoolSize(threads);
		senders.setQueueCapacity(10_000);
		senders.setThreadNamePrefix("notification-");
		senders.setWaitForTasksToCompleteOnShutdown(true);
		senders.setAwaitTerminationSeconds(20);
		senders.initialize();
	}

	/** Sends the committed notification soon; when the queue is full the sweep sends it later. */
	void submit(long id) {
		try {
			senders.execute(() -> send(id));
		}
		catch (RejectedExecutionException e) {
			log.warn("Notification {} queued for the next sweep: the sender's queue is full", id);
		}
	}

	/** Sends the notification unless another sender has claimed it; the outcome is recorded on the row. */
	void send(long id) {
		Boolean claimed = separateTransaction.execute(tx -> mapper.claim(id, EngineClock.now()) == 1);
		if (!Boolean.TRUE.equals(claimed)) {
			return;
		}
		SentNotification row = mapper.findById(id);
		String status;
		String error = null;
		try {
			status = delivery.deliver(row.email(), row.subject(), row.body());
		}
		catch (RuntimeException e) {
			log.warn("Notification {} to {} could not be delivered: {}", id, row.email(), e.getMessage());
			status = "FAILED";
			error = e.getMessage() == null ? null : e.getMessage().substring(0, Math.min(1000, e.getMessage().length()));
		}
		String finalStatus = status;
		String finalError = error;
		separateTransaction.executeWithoutResult(tx -> mapper.updateStatus(id, finalStatus, finalError, EngineClock.now()));
	}

	/** Sends what a stopped node left behind: PENDING or SENDING for longer than {@code pilotcity.mail.resend-after}. */
	@Scheduled(fixedDelayString = "${pilotcity.mail.sweep-interval:PT1M}", initialDelayString = "${pilotcity.mail.sweep-interval:PT1M}")
	void sweep() {
		LocalDateTime before = EngineClock.now().minus(stale);
		separateTransaction.executeWithoutResult(tx -> mapper.releaseStuck(before));
		mapper.findPendingBefore(before).forEach(this::submit);
	}

	@Override
	public void destroy() {
		senders.shutdown();
	}
}
