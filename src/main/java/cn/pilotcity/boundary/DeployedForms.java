package cn.pilotcity.boundary;

import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.form.CamundaFormRefImpl;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

/**
 * The deployed Camunda Form of a user task or a start event, as its schema. Deployed forms never change, so each
 * is read once per form definition. Called inside a command (the engine's own lookups, without the user's
 * authorizations: the result only decides what a submission may carry).
 */
final class DeployedForms {

	private static final Map<String, FormSchema> SCHEMAS = new ConcurrentHashMap<>();

	private DeployedForms() {
	}

	/** The form of a task, if it has a Camunda Form ({@code camunda:formRef}). */
	static Optional<FormSchema> ofTask(CommandContext context, TaskEntity task) {
		if (task.getTaskDefinition() == null || task.getProcessDefinition() == null) {
			return Optional.empty();
		}
		FormDefinition form = task.getTaskDefinition().getFormDefinition();
		return form == null ? Optional.empty()
				: schema(context, reference(form, task), task.getProcessDefinition().getDeploymentId());
	}

	/** The start form of a process definition, if it has a Camunda Form. */
	static Optional<FormSchema> ofStart(CommandContext context, String processDefinitionId) {
		FormData start = context.runWithoutAuthorization(new GetStartFormCmd(processDefinitionId));
		return schema(context, start.getCamundaFormRef(), start.getDeploymentId());
	}

	private static CamundaFormRef reference(FormDefinition form, VariableScope scope) {
		Expression key = form.getCamundaFormDefinitionKey();
		if (key == null) {
			return null;
		}
		CamundaFormRefImpl reference = new CamundaFormRefImpl(String.valueOf(key.getValue(scope)),
				form.getCamundaFormDefinitionBinding());
		Expression version = form.getCamundaFormDefinitionVersion();
		if (version != null) {
			reference.setVersion(Integer.valueOf(String.valueOf(version.getValue(scope))));
		}
		return reference;
	}

	private static Optional<FormSchema> schema(CommandContext context, CamundaFormRef reference, String deploymentId) {
		if (reference == null || reference.getKey() == null) {
			return Optional.empty();
		}
		CamundaFormDefinition definition = context
				.runWithoutAuthorization(new GetCamundaFormDefinitionCmd(reference, deploymentId));
		if (definition == null) {
			throw new IllegalStateException("No deployed form " + reference.getKey() + " in deployment " + deploymentId);
		}
		return Optional.of(SCHEMAS.computeIfAbsent(definition.getId(), id -> {
			try (InputStream json = context.runWithoutAuthorization(
					new GetDeploymentResourceCmd(definition.getDeploymentId(), definition.getResourceName()))) {
				return FormSchema.parse(json);
			}
			catch (java.io.IOException e) {
				throw new IllegalStateException(e);
			}
		}));
	}
}
