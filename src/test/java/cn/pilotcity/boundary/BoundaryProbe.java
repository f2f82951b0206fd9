package cn.pilotcity.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstantiationBuilder;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.springframework.boot.test.context.TestComponent;

import cn.pilotcity.system.InvalidInputException;

/**
 * The hostile user on every task and start form the test suite reaches (test scope; imported by
 * {@code @PilotCityTest}). The first time a user completes a task of a kind, or starts a process, the probe first
 * tries, as that same user, everything the boundary must refuse: each variable name any process reads, sent beside
 * the form (one at a time through {@code submitTaskForm}, all at once through {@code complete}); every BPMN error and
 * escalation code of our processes; setting or removing variables; resolving and delegating; an engine attachment;
 * for a start, a business key of his own and a start at a chosen activity. Then it proves that nothing changed: the
 * task is open and every variable of the instance is as it was, or no instance was started. Only then does the real
 * completion run. {@link EngineBoundaryCoverageTest} checks at the end of the run that every user task and start
 * form of our processes was probed. The benchmark turns it off ({@code -Dpilotcity.boundary-probe=off}).
 */
@TestComponent
public class BoundaryProbe extends AbstractProcessEnginePlugin {

	private static final Pattern ERROR_CODE = Pattern.compile("(error|escalation)Code=\"(\\w+)\"");
	private static final Set<String> PROBED_TASKS = ConcurrentHashMap.newKeySet();
	private static final Set<String> PROBED_STARTS = ConcurrentHashMap.newKeySet();
	private static final ThreadLocal<Boolean> PROBING = ThreadLocal.withInitial(() -> false);

	private ProcessEngineConfigurationImpl engine;

	/** {@code process:activity} of every user task probed so far in this run. */
	static Set<String> probedTasks() {
		return Set.copyOf(PROBED_TASKS);
	}

	/** Keys of the processes whose start was probed so far in this run. */
	static Set<String> probedStarts() {
		return Set.copyOf(PROBED_STARTS);
	}

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		if ("off".equals(System.getProperty("pilotcity.boundary-probe"))) {
			return;
		}
		this.engine = configuration;
		Caller caller = new Caller(configuration);
		CommandExecutor commands = configuration.getCommandExecutorTxRequired();
		ProbingTaskService tasks = new ProbingTaskService(caller);
		tasks.setCommandExecutor(commands);
		configuration.setTaskService(tasks);
		ProbingRuntimeService runtime = new ProbingRuntimeService(caller);
		runtime.setCommandExecutor(commands);
		configuration.setRuntimeService(runtime);
	}

	private final class ProbingTaskService extends GuardedTaskService {

		private final Caller caller;

		ProbingTaskService(Caller caller) {
			super(caller);
			this.caller = caller;
		}

		@Override
		public void complete(String taskId, Map<String, Object> variables) {
			if (caller.isUser() && !PROBING.get()) {
				probing(() -> probeTask(taskId, this));
			}
			super.complete(taskId, variables);
		}
	}

	private final class ProbingRuntimeService extends GuardedRuntimeService {

		private final Caller caller;

		ProbingRuntimeService(Caller caller) {
			super(caller);
			this.caller = caller;
		}

		@Override
		public ProcessInstantiationBuilder createProcessInstanceByKey(String processDefinitionKey) {
			if (caller.isUser() && !PROBING.get()) {
				probing(() -> probeStart(processDefinitionKey, this));
			}
			return super.createProcessInstanceByKey(processDefinitionKey);
		}
	}

	private static void probing(Runnable probe) {
		PROBING.set(true);
		try {
			probe.run();
		}
		finally {
			PROBING.set(false);
		}
	}

	private void probeTask(String taskId, GuardedTaskService tasks) {
		TaskEntity task = ownCode(() -> engine.getCommandExecutorTxRequired().execute(c -> c.getTaskManager().findTaskById(taskId)));
		if (task == null) {
			return;
		}
		String process = ownCode(() -> engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId())).getKey();
		String kind = process + ":" + task.getTaskDefinitionKey();
		if (PROBED_TASKS.contains(kind)) {
			return;
		}
		FormService forms = engine.getFormService();
		Set<String> fields = formFields(task);
		Set<String> foreign = new TreeSet<>(ProcessVariableNames.all());
		foreign.removeAll(fields);
		String sample = foreign.iterator().next();
		Throwable first = catchThrowable(() -> forms.submitTaskForm(taskId, Map.of(sample, "x")));
		if (first instanceof AuthorizationException) {
			// this user may not work the task (the test checks just that): probe it when its holder completes it
			return;
		}
		Map<String, String> before = variables(task.getProcessInstanceId());
		for (String name : foreign) {
			assertThatThrownBy(() -> forms.submitTaskForm(taskId, Map.of(name, "x"))).as(kind + ": submit-form with " + name)
					.isInstanceOf(InvalidInputException.class)
					.hasMessageContaining(fields.isEmpty() ? "不需要填写内容" : "表单以外的项目(" + name + ")");
		}
		Map<String, Object> all = new HashMap<>();
		foreign.forEach(name -> all.put(name, 1L));
		assertThatThrownBy(() -> tasks.complete(taskId, all)).as(kind + ": complete with every foreign name")
				.isInstanceOf(InvalidInputException.class);
		for (String[] code : codes(process)) {
			assertThatThrownBy(() -> {
				if (code[0].equals("error")) {
					tasks.handleBpmnError(taskId, code[1]);
				}
				else {
					tasks.handleEscalation(taskId, code[1]);
				}
			}).as(kind + ": " + code[0] + " " + code[1]).isInstanceOf(AuthorizationException.class);
		}
		String name = foreign.iterator().next();
		refused(kind, "setVariable", () -> tasks.setVariable(taskId, name, "x"));
		refused(kind, "setVariableLocal", () -> tasks.setVariableLocal(taskId, name, "x"));
		refused(kind, "setVariables", () -> tasks.setVariables(taskId, Map.of(name, "x")));
		refused(kind, "removeVariable", () -> tasks.removeVariable(taskId, before.keySet().stream().findFirst().orElse(name)));
		refused(kind, "resolve", () -> tasks.resolveTask(taskId, Map.of()));
		refused(kind, "delegate", () -> tasks.delegateTask(taskId, "u-cnipa"));
		refused(kind, "attachment", () -> tasks.createAttachment("text/plain", taskId, null, "a.txt", null, "http://x"));

		assertThat(ownCode(() -> engine.getTaskService().createTaskQuery().taskId(taskId).count())).as(kind + ": still open")
				.isEqualTo(1);
		assertThat(variables(task.getProcessInstanceId())).as(kind + ": the instance's variables are unchanged").isEqualTo(before);
		PROBED_TASKS.add(kind);
	}

	private void probeStart(String key, GuardedRuntimeService runtime) {
		if (PROBED_STARTS.contains(key)) {
			return;
		}
		ProcessDefinition definition = ownCode(() -> engine.getRepositoryService().createProcessDefinitionQuery()
				.processDefinitionKey(key).latestVersion().singleResult());
		if (definition == null) {
			return;
		}
		Set<String> fields = startFormFields(definition.getId());
		Set<String> foreign = new TreeSet<>(ProcessVariableNames.all());
		foreign.removeAll(fields);
		FormService forms = engine.getFormService();
		Throwable first = catchThrowable(() -> forms.submitStartForm(definition.getId(), Map.of(foreign.iterator().next(), "x")));
		if (first instanceof AuthorizationException) {
			return;
		}
		long instances = instances(key);
		for (String name : foreign) {
			assertThatThrownBy(() -> forms.submitStartForm(definition.getId(), Map.of(name, "x"))).as(key + ": start form with " + name)
					.isInstanceOf(InvalidInputException.class)
					.hasMessageContaining(fields.isEmpty() ? "不需要填写内容" : "表单以外的项目(" + name + ")");
		}
		Map<String, Object> all = new HashMap<>();
		foreign.forEach(name -> all.put(name, 1L));
		assertThatThrownBy(() -> runtime.createProcessInstanceById(definition.getId()).setVariables(all).execute())
				.as(key + ": start with every foreign name").isInstanceOf(InvalidInputException.class);
		refused(key, "business key", () -> runtime.createProcessInstanceById(definition.getId()).businessKey("BK-1").execute());
		refused(key, "business key on the start form", () -> forms.submitStartForm(definition.getId(), "BK-1", Map.of()));
		String activity = ownCode(() -> engine.getRepositoryService().getBpmnModelInstance(definition.getId()))
				.getModelElementsByType(FlowNode.class).stream().filter(node -> !(node instanceof StartEvent)).findFirst()
				.orElseThrow().getId();
		refused(key, "start at " + activity, () -> runtime.createProcessInstanceById(definition.getId())
				.startBeforeActivity(activity).execute());
		assertThat(instances(key)).as(key + ": no instance started").isEqualTo(instances);
		PROBED_STARTS.add(key);
	}

	private static void refused(String what, String call, Runnable action) {
		assertThatThrownBy(action::run).as(what + ": " + call).isInstanceOf(AuthorizationException.class);
	}

	private Set<String> formFields(TaskEntity task) {
		return engine.getCommandExecutorTxRequired().execute(c -> DeployedForms.ofTask(c, c.getTaskManager()
				.findTaskById(task.getId()))).map(FormSchema::fieldKeys).orElse(Set.of());
	}

	private Set<String> startFormFields(String definitionId) {
		return engine.getCommandExecutorTxRequired().execute(c -> c.runWithoutAuthorization(() -> DeployedForms.ofStart(c,
				definitionId))).map(FormSchema::fieldKeys).orElse(Set.of());
	}

	/** Every variable of the instance (and its tasks) with its type and value, as the database holds it. */
	private Map<String, String> variables(String processInstanceId) {
		List<VariableInstance> all = ownCode(() -> engine.getRuntimeService().createVariableInstanceQuery()
				.processInstanceIdIn(processInstanceId).disableBinaryFetching().list());
		Map<String, String> values = new TreeMap<>();
		all.forEach(v -> values.put(v.getName() + "@" + v.getActivityInstanceId() + "/" + v.getTaskId(),
				v.getTypeName() + ":" + v.getValue()));
		return values;
	}

	private long instances(String key) {
		return ownCode(() -> engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(key).count());
	}

	private List<String[]> codes(String process) {
		String bpmn = ownCode(() -> {
			ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(process)
					.latestVersion().singleResult();
			try (var in = engine.getRepositoryService().getResourceAsStream(definition.getDeploymentId(),
					definition.getResourceName())) {
				return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
			catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		});
		List<String[]> codes = new java.util.ArrayList<>();
		Matcher matcher = ERROR_CODE.matcher(bpmn);
		while (matcher.find()) {
			codes.add(new String[] { matcher.group(1), matcher.group(2) });
		}
		if (codes.isEmpty()) {
			codes.add(new String[] { "error", "ANY_ERROR" });
		}
		codes.add(new String[] { "escalation", "ANY_ESCALATION" });
		return codes;
	}

	/** Runs a lookup of the probe itself as our own code, without the user's authorizations. */
	private <T> T ownCode(Supplier<T> lookup) {
		var authentication = engine.getIdentityService().getCurrentAuthentication();
		engine.getIdentityService().clearAuthentication();
		try {
			return lookup.get();
		}
		finally {
			engine.getIdentityService().setAuthentication(authentication);
		}
	}
}
