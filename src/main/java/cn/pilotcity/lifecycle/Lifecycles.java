package cn.pilotcity.lifecycle;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

import cn.pilotcity.identity.Unrestricted;
import cn.pilotcity.system.InvalidInputException;

/**
 * Starts the lifecycle process of a title ({@code title-lifecycle}, business key {@code TITLE-<id>}). The
 * lifecycle is the system's own work, whoever's action granted the title (a city recording its issued plan,
 * MIIT and CNIPA deciding a batch, CNIPA directly): it is started without that user's authorizations.
 */
@Service
@EnableConfigurationProperties(LifecycleSettings.class)
public class Lifecycles {

	public static final String PROCESS = "title-lifecycle";

	private static final Logger log = LoggerFactory.getLogger(Lifecycles.class);

	private final RuntimeService runtimeService;
	private final Unrestricted unrestricted;

	Lifecycles(RuntimeService runtimeService, Unrestricted unrestricted) {
		this.runtimeService = runtimeService;
		this.unrestricted = unrestricted;
	}

	public static String businessKey(long titleId) {
		return "TITLE-" + titleId;
	}

	/** The running lifecycle of a title, if any. */
	public Optional<ProcessInstance> running(long titleId) {
		return unrestricted.lookup(() -> runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS)
				.processInstanceBusinessKey(businessKey(titleId)).list().stream().findFirst());
	}

	/** Starts the lifecycle of a title that has none (national office: a title granted before this system). */
	public ProcessInstance start(long titleId) {
		if (running(titleId).isPresent()) {
			throw new InvalidInputException("该称号的考核周期已在进行中,无需重复启动");
		}
		return startNew(titleId);
	}

	/**
	 * Starts the lifecycle of a title just granted. A lifecycle still running from an earlier grant of the
	 * same title (withdrawn or ended, now granted again) is ended first: the new grant starts afresh.
	 */
	public ProcessInstance restart(long titleId) {
		List<ProcessInstance> stale = unrestricted.lookup(() -> runtimeService.createProcessInstanceQuery()
				.processDefinitionKey(PROCESS).processInstanceBusinessKey(businessKey(titleId)).list());
		for (ProcessInstance instance : stale) {
			log.info("Ending lifecycle {} of title {}: the title was granted again", instance.getId(), titleId);
			unrestricted.lookup(() -> {
				runtimeService.deleteProcessInstance(instance.getId(), "称号重新授予,原考核周期结束", false, true);
				return null;
			});
		}
		return startNew(titleId);
	}

	private ProcessInstance startNew(long titleId) {
		return unrestricted.lookup(() -> runtimeService.startProcessInstanceByKey(PROCESS, businessKey(titleId),
				Map.of("titleId", titleId)));
	}
}
