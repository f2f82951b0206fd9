package cn.pilotcity.identity;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * A task card in the Tasklist names the city it is about: every user task of a process that knows its city is
 * named "省知识产权局推荐意见 · 苏州市" when it is created, so a province or the national office sees at a glance
 * whose work waits. The models keep the step's own name (the diagrams and the record of decisions use it).
 */
@Component
class TaskCardNames extends AbstractProcessEnginePlugin {

	static final String SEPARATOR = " · ";

	private static final TaskListener WITH_CITY = TaskCardNames::nameTheCity;

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPreBPMNParseListeners() == null) {
			configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {

			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
						.addTaskListener(TaskListener.EVENTNAME_CREATE, WITH_CITY);
			}
		});
	}

	static void nameTheCity(DelegateTask task) {
		Object city = task.getVariable("cityName");
		if (city instanceof String name && !name.isBlank() && task.getName() != null && !task.getName().contains(name)) {
			task.setName(task.getName() + SEPARATOR + name);
		}
	}
}
