package cn.pilotcity.boundary;

import org.camunda.bpm.engine.impl.ManagementServiceImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Jobs are the engine's work, run by the job executor: only an administrator runs one by hand. The engine would
 * refuse anyone else too, but only after counting the refusal as a failure of the job (its retries go down, and
 * three refusals turn a deadline's timer into an incident); refused here, the job is not touched.
 */
class GuardedManagementService extends ManagementServiceImpl {

	static final String JOBS_ARE_FOR_ADMINISTRATORS = "定时任务由系统执行,只有系统管理员可以手工执行";

	private final Caller caller;

	GuardedManagementService(ProcessEngineConfigurationImpl configuration, Caller caller) {
		super(configuration);
		this.caller = caller;
	}

	@Override
	public void executeJob(String jobId) {
		caller.requireAdministrator(JOBS_ARE_FOR_ADMINISTRATORS);
		super.executeJob(jobId);
	}
}
