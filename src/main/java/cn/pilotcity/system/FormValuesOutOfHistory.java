package cn.pilotcity.system;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.springframework.stereotype.Component;

/**
 * The engine's full history, except the form values of our user tasks: a variable local to a task, or to a user
 * task's own scope (its input parameters and what {@link TaskForms#fill} puts there), and the form-property rows
 * of a task form's submission (the Tasklist's {@code submit-form}), are filled from our tables
 * and written back to them, which keep the business and its revisions; the engine's history keeps its audit
 * (process, activity, task, job and operation logs, DMN, the process-scope variables). Same id as full (3), so a
 * database set up with full history starts unchanged.
 */
@Component
public class FormValuesOutOfHistory extends AbstractProcessEnginePlugin {

	static final String NAME = "full-without-form-values";

	private static final Set<HistoryEventType> VARIABLE_EVENTS = Set.of(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
			HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
			HistoryEventTypes.VARIABLE_INSTANCE_DELETE, HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE);

	/** The history level itself. */
	static final class Level extends HistoryLevelFull {

		@Override
		public String getName() {
			return NAME;
		}

		@Override
		public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
			if (eventType == HistoryEventTypes.FORM_PROPERTY_UPDATE) {
				// a task form's submitted fields (a start form's are the process's own, kept)
				return !(entity instanceof TaskEntity);
			}
			return !(VARIABLE_EVENTS.contains(eventType) && entity instanceof VariableInstanceEntity variable
					&& isFormValue(variable));
		}

		private static boolean isFormValue(VariableInstanceEntity variable) {
			if (variable.getTaskId() != null) {
				return true;
			}
			ExecutionEntity execution = variable.getExecution();
			return execution != null && !execution.isProcessInstanceExecution() && execution.getActivity() != null
					&& execution.getActivity().isScope()
					&& execution.getActivity().getActivityBehavior() instanceof UserTaskActivityBehavior;
		}
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		Level level = new Level();
		configuration.setCustomHistoryLevels(List.of(level));
		configuration.setHistoryLevel(level);
	}
}
