package cn.pilotcity.system;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Two people completing tasks of one process instance at the same moment (two experts of a panel) touch the
 * same engine rows; the engine's optimistic lock lets one commit and rolls the other back whole. Here the
 * rolled-back completion is run again on the fresh state, so both are recorded. Only a task completion
 * that is a transaction of its own is retried (nothing of it was written, nothing outside it is undone);
 * when the task is gone by then (the same form sent twice), the retry fails with "task not found", which
 * the REST API answers with 409 ({@link FormErrorMessages}).
 */
final class RetryOnConflict extends CommandInterceptor {

	static final int ATTEMPTS = 3;
	private static final Set<String> TASK_COMPLETIONS = Set.of("CompleteTaskCmd", "SubmitTaskFormCmd");

	@Override
	public <T> T execute(Command<T> command) {
		if (!retriable(command)) {
			return next.execute(command);
		}
		for (int attempt = 1;; attempt++) {
			try {
				return next.execute(command);
			}
			catch (OptimisticLockingException e) {
				if (attempt >= ATTEMPTS) {
					throw e;
				}
				pause(attempt);
			}
		}
	}

	private static boolean retriable(Command<?> command) {
		return TASK_COMPLETIONS.contains(command.getClass().getSimpleName()) && Context.getCommandContext() == null
				&& !TransactionSynchronizationManager.isActualTransactionActive();
	}

	private static void pause(int attempt) {
		try {
			Thread.sleep(ThreadLocalRandom.current().nextLong(20, 60) * attempt);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
