package cn.pilotcity.sme;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.pilotcity.system.InvalidInputException;

/** The determination list of a batch as the national office enters it in its form's slots. */
final class SmeProposal {

	record Item(long applicationId, boolean admitted, String opinion) {
	}

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
}
