package cn.pilotcity.sme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.pilotcity.system.InvalidInputException;

/** The determination list of a batch as the national office edits it in its form (variable {@code proposal}). */
final class SmeProposal {

	record Item(long applicationId, boolean admitted, String opinion) {
	}

	private static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * The determination form has one fixed slot per city (the 7.24 Tasklist cannot complete a form whose
	 * dynamic-list fields were edited); a batch may carry at most this many reviewed applications.
	 */
	static final int SLOTS = 80;

	private SmeProposal() {
	}

	static String slot(int i, String field) {
		return "p" + i + field;
	}

	/** The decisions as entered in the form's slots: slot i holds application {@code p<i>Id}. */
	static List<Item> fromSlots(VariableScope variables) {
		Object count = variables.getVariable("proposalCount");
		int n = count instanceof Number number ? number.intValue() : 0;
		List<Item> items = new ArrayList<>();
		for (int i = 1; i <= n; i++) {
			Object id = variables.getVariable(slot(i, "Id"));
			if (!(id instanceof Number applicationId)) {
				throw new InvalidInputException("审定名单格式不正确,请刷新后重新办理");
			}
			Object admitted = variables.getVariable(slot(i, "Admitted"));
			Object opinion = variables.getVariable(slot(i, "Opinion"));
			items.add(new Item(applicationId.longValue(), Boolean.TRUE.equals(admitted) || "true".equals(String.valueOf(admitted)),
					opinion == null ? "" : opinion.toString().strip()));
		}
		return items;
	}

	static List<Item> read(VariableScope variables) {
		Object value = variables.getVariable("proposal");
		JsonNode list;
		try {
			if (value instanceof SpinJsonNode spin) {
				list = JSON.readTree(spin.toString());
			}
			else if (value instanceof String text) {
				list = JSON.readTree(text);
			}
			else if (value instanceof List<?> || value instanceof Map<?, ?>) {
				list = JSON.valueToTree(value);
			}
			else {
				throw new InvalidInputException("审定名单缺失,请刷新后重新办理");
			}
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException e) {
			throw new InvalidInputException("审定名单格式不正确");
		}
		if (!list.isArray()) {
			throw new InvalidInputException("审定名单格式不正确");
		}
		List<Item> items = new ArrayList<>();
		for (JsonNode node : list) {
			if (!node.path("applicationId").canConvertToLong()) {
				throw new InvalidInputException("审定名单格式不正确");
			}
			items.add(new Item(node.get("applicationId").asLong(), node.path("admitted").asBoolean(false),
					node.path("opinion").asText("").strip()));
		}
		return items;
	}
}
