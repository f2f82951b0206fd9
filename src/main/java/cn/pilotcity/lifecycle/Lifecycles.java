package cn.pilotcity.lifecycle;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.pilotcity.city.Titles;
import cn.pilotcity.system.Unrestricted;
import cn.pilotcity.system.InvalidInputException;

/**
 * Starts the lifecycle process of a title ({@code title-lifecycle}, business key {@code TITLE-<id>}). The
 * lifecycle is the system's own work, whoever's action granted the title (a city recording its issued plan,
 * MIIT and CNIPA deciding a batch, CNIPA directly): it is started without that user's authorizations.
 * {@code pc_title_lifecycle} names each title's current lifecycle, so that the database refuses a second one
 * started at the same moment (another node, a retried request), not only the check here.
 */
@Service
@EnableConfigurationProperties(LifecycleSettings.class)
public class Lifecycles {

	public static final String PROCESS = "title-lifecycle";

	private static final Logger log = LoggerFactory.getLogger(Lifecycles.class);

	private static final String ALREADY_RUNNING = "该称号的考核周期已在进行中,无需重复启动";

	private final RuntimeService runtimeService;
	private final Unrestricted unrestricted;
	private final LifecycleMapper mapper;
	private final Titles titles;

	Lifecycles(RuntimeService runtimeService, Unrestricted unrestricted, LifecycleMapper mapper, Titles titles) {
		this.runtimeService = runtimeService;
		this.unrestricted = unrestricted;
		this.mapper = mapper;
		this.titles = titles;
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
	@Transactional
	public ProcessInstance start(long titleId) {
		if (running(titleId).isPresent()) {
			throw new InvalidInputException(ALREADY_RUNNING);
		}
		return startNew(titleId);
	}

	/**
	 * Starts the lifecycle of a title just granted. A lifecycle still running from an earlier grant of the
	 * same title (withdrawn or ended, now granted again) is ended first: the new grant starts afresh.
	 */
	@Transactional
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
		Optional<String> seen = mapper.findLifecycle(titleId);
		ProcessInstance instance = unrestricted.lookup(() -> runtimeService.startProcessInstanceByKey(PROCESS,
				businessKey(titleId), Map.of("titleId", titleId)));
		record(titleId, seen, instance.getId());
		return instance;
	}

	/** Names the new lifecycle the title's current one, unless another start got there first. */
	private void record(long titleId, Optional<String> seen, String instanceId) {
		var grantedOn = titles.get(titleId).grantedOn();
		var now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
		if (seen.isPresent()) {
			if (mapper.replaceLifecycle(titleId, seen.get(), instanceId, grantedOn, now) != 1) {
				throw new InvalidInputException(ALREADY_RUNNING);
			}
			return;
		}
		try {
			mapper.insertLifecycle(titleId, instanceId, grantedOn, now);
		}
		catch (DuplicateKeyException e) {
			throw new InvalidInputException(ALREADY_RUNNING);
		}
	}
}
