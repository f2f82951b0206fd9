package cn.pilotcity.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Checks every model in processes/ against the forms in forms/ without starting anything. */
class ModelConsistencyTest {

	private static final Path PROCESSES = Path.of("processes");
	private static final Path FORMS = Path.of("forms");
	private static final int TASKLIST_FORM_SCHEMA = 16; // form-js 1.8.7 bundled with the 7.24 Tasklist

	@Test
	@DisplayName("Every form is valid JSON whose id is its file name, in a schema the 7.24 Tasklist renders")
	void formsAreWellFormed() throws IOException {
		for (Map.Entry<String, JsonNode> form : forms().entrySet()) {
			assertThat(form.getValue().get("id").asText()).isEqualTo(form.getKey());
			assertThat(form.getValue().get("schemaVersion").asInt()).isLessThanOrEqualTo(TASKLIST_FORM_SCHEMA);
			assertThat(form.getValue().get("components")).isNotEmpty();
		}
	}

	@Test
	@DisplayName("Every user task and start form refers (formRef) to a form that exists; every user task has someone to do it")
	void userTasksHaveFormsAndPeople() throws IOException {
		Map<String, JsonNode> forms = forms();
		for (BpmnModelInstance model : models()) {
			for (UserTask task : model.getModelElementsByType(UserTask.class)) {
				assertThat(task.getCamundaFormRef()).as(task.getId()).isNotBlank();
				assertThat(forms).as(task.getId()).containsKey(task.getCamundaFormRef());
				assertThat(task.getCamundaCandidateGroups() != null || task.getCamundaAssignee() != null)
						.as(task.getId() + " has candidate groups or an assignee").isTrue();
			}
			for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
				if (start.getCamundaFormRef() != null) {
					assertThat(forms).as(start.getId()).containsKey(start.getCamundaFormRef());
				}
			}
		}
	}

	@Test
	@DisplayName("R-X-1: every task that records a decision names its outcome and opinion variables, and its form asks for them")
	void decisionTasksAreConfigured() throws IOException {
		Map<String, JsonNode> forms = forms();
		for (BpmnModelInstance model : models()) {
			for (UserTask task : model.getModelElementsByType(UserTask.class)) {
				boolean records = task.getExtensionElements() != null && task.getExtensionElements()
						.getElementsQuery().filterByType(CamundaTaskListener.class).list().stream()
						.anyMatch(l -> "${decisionRecorder}".equals(l.getCamundaDelegateExpression()));
				if (!records) {
					continue;
				}
				Map<String, String> properties = task.getExtensionElements().getElementsQuery()
						.filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
						.flatMap(p -> p.getCamundaProperties().stream())
						.collect(Collectors.toMap(CamundaProperty::getCamundaName, CamundaProperty::getCamundaValue));
				assertThat(properties).as(task.getId()).containsKeys("decision.outcome", "decision.outcomes", "decision.opinion");
				List<String> keys = formKeys(forms.get(task.getCamundaFormRef()));
				assertThat(keys).as(task.getCamundaFormRef()).contains(properties.get("decision.outcome"),
						properties.get("decision.opinion"));
			}
		}
	}

	@Test
	@DisplayName("Every process keeps its history for a set time (history cleanup can remove it later)")
	void historyTimeToLive() throws IOException {
		for (BpmnModelInstance model : models()) {
			for (Process process : model.getModelElementsByType(Process.class)) {
				assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
			}
		}
	}

	private static List<BpmnModelInstance> models() throws IOException {
		try (Stream<Path> files = Files.list(PROCESSES)) {
			return files.filter(p -> p.toString().endsWith(".bpmn")).map(p -> Bpmn.readModelFromFile(p.toFile())).toList();
		}
	}

	private static Map<String, JsonNode> forms() throws IOException {
		ObjectMapper json = new ObjectMapper();
		try (Stream<Path> files = Files.list(FORMS)) {
			return files.filter(p -> p.toString().endsWith(".form")).collect(Collectors.toMap(
					p -> p.getFileName().toString().replace(".form", ""), p -> read(json, p), (a, b) -> a));
		}
	}

	private static JsonNode read(ObjectMapper json, Path path) {
		try {
			return json.readTree(path.toFile());
		}
		catch (IOException e) {
			throw new AssertionError(path + " is not valid JSON", e);
		}
	}

	private static List<String> formKeys(JsonNode node) {
		if (node == null) {
			return List.of();
		}
		Stream<String> own = node.has("key") ? Stream.of(node.get("key").asText()) : Stream.empty();
		Stream<String> children = node.has("components")
				? Stream.of(node.get("components")).flatMap(c -> stream(c).map(ModelConsistencyTest::formKeys).flatMap(Collection::stream))
				: Stream.empty();
		return Stream.concat(own, children).toList();
	}

	private static Stream<JsonNode> stream(JsonNode array) {
		return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(Function.identity());
	}
}
