package cn.pilotcity.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.pilotcity.boundary.FormSubmission.Checked;
import cn.pilotcity.system.InvalidInputException;

/**
 * The server's check of a submission, read from our real forms in {@code forms/}: each rule a form declares is
 * enforced as the browser enforces it, and only where the form shows the field.
 */
class FormSubmissionTest {

	static FormSchema form(String name) throws IOException {
		try (InputStream in = Files.newInputStream(Path.of("forms", name + ".form"))) {
			return FormSchema.parse(in);
		}
	}

	@Test
	@DisplayName("R-X-1: every form of ours is understood: each input has a kind the check knows")
	void everyFormIsUnderstood() throws IOException {
		try (Stream<Path> forms = Files.list(Path.of("forms"))) {
			for (Path file : forms.toList()) {
				FormSchema schema;
				try (InputStream in = Files.newInputStream(file)) {
					schema = FormSchema.parse(in);
				}
				assertThat(schema.fieldKeys()).as(file.toString()).isNotEmpty();
				assertThat(schema.fields().values()).as(file.toString()).allSatisfy(field -> assertThat(field.kind())
						.isIn("textfield", "textarea", "number", "checkbox", "radio", "select", "checklist", "taglist", "datetime",
								"dynamiclist"));
			}
		}
	}

	@Test
	@DisplayName("R-X-1: a key beside the form is refused whole, naming it")
	void foreignKeysAreRefused() throws IOException {
		FormSchema schema = form("assessment-province-review");
		assertThatThrownBy(() -> FormSubmission.accept(schema, Map.of("provinceDecision", "FORWARD", "provinceOpinion", "同意。",
				"provinceCode", "110000"), Map.of())).isInstanceOf(InvalidInputException.class)
				.hasMessage("提交的内容含有表单以外的项目(provinceCode),未予接受:只能提交本任务表单中的内容");
	}

	@Test
	@DisplayName("R-X-3: required, length, kind and options as the form declares them, each named by its label")
	void rulesOfTheForm() throws IOException {
		FormSchema schema = form("assessment-province-review");
		assertThat(problems(schema, Map.of("provinceDecision", "FORWARD", "provinceOpinion", "同意报送。"))).isEmpty();
		assertThat(problems(schema, Map.of("provinceOpinion", "同意报送。"))).containsExactly("请选择“审核结果”");
		assertThat(problems(schema, Map.of("provinceDecision", "FORWARD", "provinceOpinion", "好")))
				.containsExactly("“审核意见”不少于 2 字");
		assertThat(problems(schema, Map.of("provinceDecision", "FORWARD", "provinceOpinion", "意".repeat(4001))))
				.containsExactly("“审核意见”不能超过 4000 字");
		assertThat(problems(schema, Map.of("provinceDecision", "FORWARD", "provinceOpinion", 12345)))
				.containsExactly("“审核意见”应填写文字");
		assertThat(problems(schema, Map.of("provinceDecision", "GRANT", "provinceOpinion", "同意报送。")))
				.containsExactly("“审核结果”的选择不在可选范围内");
		assertThat(problems(schema, Map.of("provinceDecision", Variables.stringValue("FORWARD"),
				"provinceOpinion", Variables.stringValue("同意报送。")))).as("typed values as the REST API passes them").isEmpty();
	}

	@Test
	@DisplayName("R-X-3: numbers keep to their range and decimals; a field the form hides is neither required nor taken")
	void numbersAndHiddenFields() throws IOException {
		FormSchema schema = form("expert-review-panel");
		Map<String, Object> current = Map.of("proposedOptions", SpinValues.jsonValue("[]").create(), "eligibleOptions",
				SpinValues.jsonValue("[]").create(), "chairOptions", SpinValues.jsonValue("[{\"label\":\"甲\",\"value\":\"7\"}]").create());
		Map<String, Object> redraw = new HashMap<>(Map.of("panelAction", "REDRAW", "panelSize", 2, "reserveCount", 1,
				"panelOpinion", "重新抽取。"));
		assertThat(problems(schema, redraw, current)).containsExactly("“专家组人数”应在 3 至 15 之间");
		redraw.put("panelSize", 5.5);
		assertThat(problems(schema, redraw, current)).containsExactly("“专家组人数”应填写整数");
		redraw.put("panelSize", 5);
		assertThat(problems(schema, redraw, current)).isEmpty();

		Map<String, Object> chair = Map.of("panelAction", "EDIT", "chairExpert", "8", "panelOpinion", "调整组长。");
		assertThat(problems(schema, chair, current)).as("options named by valuesKey")
				.containsExactly("“专家组组长”的选择不在可选范围内");
		Checked confirm = FormSubmission.accept(schema, Map.of("panelAction", "CONFIRM", "panelOpinion", "同意。",
				"panelSize", 99), current);
		assertThat(confirm.problems()).as("the panel size is hidden when confirming").isEmpty();
		assertThat(confirm.accepted()).as("and not taken").doesNotContainKey("panelSize");
	}

	@Test
	@DisplayName("R-X-1: the items of a dynamic list keep their read-only values and their number; the editable fields are checked")
	void dynamicListItems() throws IOException {
		// no form of ours has one now (a read-only list broke the Tasklist's 完成); the check keeps handling them
		FormSchema schema = FormSchema.parse(new java.io.ByteArrayInputStream("""
				{"components": [
				  {"type": "dynamiclist", "path": "proposal", "id": "List_1", "isRepeating": true, "allowAddRemove": false,
				   "components": [
				     {"type": "textfield", "key": "city", "label": "城市", "id": "F_1", "readonly": true},
				     {"type": "checkbox", "key": "admitted", "label": "纳入试点", "id": "F_2", "readonly": true}]},
				  {"type": "radio", "key": "decision", "label": "结果", "id": "F_3", "values": [{"label": "同意", "value": "AGREE"}]}]}
				""".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		FormField list = schema.fields().values().stream().filter(f -> f.kind().equals("dynamiclist")).findFirst().orElseThrow();
		assertThat(list.isDisplayOnly()).as("a list of read-only fields only shows; nothing of it is taken back").isTrue();
		Checked checked = FormSubmission.accept(schema, Map.of(list.key(), List.of(Map.of("city", "别的城市"))), Map.of());
		assertThat(checked.accepted()).doesNotContainKey(list.key());
	}

	@Test
	@DisplayName("R-X-3: the variables a form only shows in its text views are known, apart from what it edits or tests; their values are escaped for markdown and HTML")
	void textsTheFormOnlyShows() throws IOException {
		FormSchema recommendation = form("prov-ip-recommendation");
		assertThat(recommendation.shownAsText()).contains("summary", "clusters", "cityName")
				.doesNotContain("provIpDecision", "provIpOpinion", "jointDocNumber");
		assertThat(FormTextAsText.asText("[通知](http://x.example) <img src=x> **粗**"))
				.isEqualTo("\\[通知\\]\\(http\\://x.example\\) \\<img src=x\\> \\*\\*粗\\*\\*");
	}

	private static List<String> problems(FormSchema schema, Map<String, Object> submitted) {
		return problems(schema, submitted, Map.of());
	}

	private static List<String> problems(FormSchema schema, Map<String, Object> submitted, Map<String, Object> current) {
		return FormSubmission.accept(schema, submitted, current).problems();
	}
}
