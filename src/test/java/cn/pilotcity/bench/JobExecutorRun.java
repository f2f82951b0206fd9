package cn.pilotcity.bench;

import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultJobConfiguration;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;

/**
 * The job executor exactly as the application builds it from {@code camunda.bpm.job-execution} (the tests
 * switch it off; the starter's own factory methods build it here from the same properties), run for one
 * measurement. Counts optimistic-locking exceptions (from the job executor's log) and failed job runs
 * (the engine's metrics).
 */
final class JobExecutorRun implements AutoCloseable {

	private final ProcessEngineConfigurationImpl configuration;
	private final JobExecutor previous;
	private final JobExecutor jobExecutor;
	private final ThreadPoolTaskExecutor threads;
	private final Logger log = (Logger) LoggerFactory.getLogger("org.camunda.bpm.engine.jobexecutor");
	private final Level previousLevel;
	private final OptimisticLockCounter optimisticLocks = new OptimisticLockCounter();
	private final long failedBefore;
	private final long acquisitionFailuresBefore;
	private final long attemptsBefore;
	private final long acquiredBefore;
	private final long rejectedBefore;

	JobExecutorRun(ProcessEngine engine, CamundaBpmProperties properties) {
		configuration = ((ProcessEngineImpl) engine).getProcessEngineConfiguration();
		threads = (ThreadPoolTaskExecutor) DefaultJobConfiguration.JobConfiguration.camundaTaskExecutor(properties);
		threads.initialize();
		jobExecutor = DefaultJobConfiguration.JobConfiguration.jobExecutor(threads, properties);
		previous = configuration.getJobExecutor();
		configuration.setJobExecutor(jobExecutor);
		jobExecutor.registerProcessEngine((ProcessEngineImpl) engine);
		previousLevel = log.getLevel();
		// debug events go to the counter only, not to the console
		log.setAdditive(false);
		log.setLevel(Level.DEBUG);
		optimisticLocks.setContext(log.getLoggerContext());
		optimisticLocks.start();
		log.addAppender(optimisticLocks);
		failedBefore = meter(Metrics.JOB_FAILED);
		acquisitionFailuresBefore = meter(Metrics.JOB_ACQUIRED_FAILURE);
		attemptsBefore = meter(Metrics.JOB_ACQUISITION_ATTEMPT);
		acquiredBefore = meter(Metrics.JOB_ACQUIRED_SUCCESS);
		rejectedBefore = meter(Metrics.JOB_EXECUTION_REJECTED);
		jobExecutor.start();
	}

	/** Optimistic-locking exceptions the job executor met (acquisition and execution). */
	int optimisticLockingExceptions() {
		return optimisticLocks.count.get();
	}

	/** Job runs that failed (each costs a retry) and acquisitions that lost a race. */
	long failedJobRuns() {
		return meter(Metrics.JOB_FAILED) - failedBefore;
	}

	long failedAcquisitions() {
		return meter(Metrics.JOB_ACQUIRED_FAILURE) - acquisitionFailuresBefore;
	}

	/** What the acquisition did: attempts, jobs acquired, jobs the thread pool rejected (queue full). */
	String acquisition() {
		return String.format("%d acquisition attempts, %d jobs acquired, %d rejected by the full queue",
				meter(Metrics.JOB_ACQUISITION_ATTEMPT) - attemptsBefore, meter(Metrics.JOB_ACQUIRED_SUCCESS) - acquiredBefore,
				meter(Metrics.JOB_EXECUTION_REJECTED) - rejectedBefore);
	}

	String settings() {
		return String.format("job executor: %d–%d threads, queue %d, %d jobs per acquisition, wait %d ms", threads.getCorePoolSize(),
				threads.getMaxPoolSize(), threads.getQueueCapacity(), jobExecutor.getMaxJobsPerAcquisition(),
				jobExecutor.getWaitTimeInMillis());
	}

	private long meter(String name) {
		var meter = configuration.getMetricsRegistry() == null ? null : configuration.getMetricsRegistry().getDbMeterByName(name);
		return meter == null ? 0 : meter.get();
	}

	@Override
	public void close() {
		jobExecutor.shutdown();
		jobExecutor.unregisterProcessEngine(jobExecutor.getProcessEngines().get(0));
		threads.shutdown();
		configuration.setJobExecutor(previous);
		log.detachAppender(optimisticLocks);
		log.setLevel(previousLevel);
		log.setAdditive(true);
	}

	private static final class OptimisticLockCounter extends AppenderBase<ILoggingEvent> {

		final AtomicInteger count = new AtomicInteger();

		@Override
		protected void append(ILoggingEvent event) {
			boolean found = event.getFormattedMessage() != null && event.getFormattedMessage().contains("OptimisticLocking");
			for (IThrowableProxy t = event.getThrowableProxy(); t != null && !found; t = t.getCause()) {
				found = t.getClassName().endsWith("OptimisticLockingException");
			}
			if (found) {
				count.incrementAndGet();
			}
		}
	}
}
