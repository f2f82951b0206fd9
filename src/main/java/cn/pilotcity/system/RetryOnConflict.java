package cn.pilotcity.system;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
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
 *
 * <p>Under READ_COMMITTED (MySQL) the losing completion may also fail before the lock check, reading a
 * variable the winner has just removed with the task. Any other failure of a completion (not a refusal of
 * the input, not an authorization, not a missing task) is therefore tried once more: a race then ends in
 * "task not found" (409), a real error fails the same way again and is reported as before.
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
			catch (ProcessEngineException e) {
				if (attempt > 1 || !mayBeARace(e)) {
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

	private static boolean mayBeARace(ProcessEngineException e) {
		return !(e instanceof FormFieldValidationException || e instanceof AuthorizationException
				|| e instanceof NullValueException || e instanceof BadUserRequestException);
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
