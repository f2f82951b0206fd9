package cn.pilotcity.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Component;

/**
 * Why the panel's recommendation is what it is (R-SME-6, R-SC-5): the rule of the decision table
 * {@code panel-recommendation} that decided, in its own words, with the figures it decided on. The DMN engine tells
 * which rule matched (a listener on its evaluations keeps the rule's id for the step that records the result);
 * {@link ReviewSteps#recordRecommendation} stores the sentence with the review. A panel whose experts all advised
 * approval can be told to revise (its score is below the threshold): the chair's form and the score sheet say so.
 */
@Component
class RecommendationBasis extends AbstractProcessEnginePlugin {

	static final String DECISION = "panel-recommendation";
	/** The id of the rule that matched, for the recording step; a DMN result like the recommendation itself. */
	static final String MATCHED_RULE = "dmnRule";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
				? configuration.getDmnEngineConfiguration()
				: (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
		List<DmnDecisionTableEvaluationListener> listeners = new ArrayList<>(
				dmn.getCustomPostDecisionTableEvaluationListeners() == null ? List.of()
						: dmn.getCustomPostDecisionTableEvaluationListeners());
		listeners.add(event -> {
			BpmnExecutionContext context = Context.getBpmnExecutionContext();
			if (DECISION.equals(event.getDecisionTable().getKey()) && context != null && !event.getMatchingRules().isEmpty()) {
				context.getExecution().setVariable(MATCHED_RULE, event.getMatchingRules().get(0).getId());
			}
		});
		dmn.setCustomPostDecisionTableEvaluationListeners(listeners);
		configuration.setDmnEngineConfiguration(dmn);
	}

	/** "专家组评分 74 分;建议通过的专家占 100%,建议不通过的占 0%。适用规则:修改完善后再议:……" */
	static String describe(DelegateExecution execution, BigDecimal panelScore) {
		String figures = "专家组评分 " + panelScore.stripTrailingZeros().toPlainString() + " 分;建议通过的专家占 "
				+ percent(execution.getVariable("approveShare")) + ",建议不通过的占 "
				+ percent(execution.getVariable("rejectShare")) + "。";
		Object ruleId = execution.getVariable(MATCHED_RULE);
		DecisionDefinition table = execution.getProcessEngineServices().getRepositoryService().createDecisionDefinitionQuery()
				.decisionDefinitionKey(DECISION).latestVersion().singleResult();
		Rule rule = ruleId == null || table == null ? null : execution.getProcessEngineServices().getRepositoryService()
				.getDmnModelInstance(table.getId()).getModelElementById(ruleId.toString());
		return figures + "适用规则:" + (rule == null || rule.getDescription() == null ? "(未记录)"
				: rule.getDescription().getTextContent().strip());
	}

	private static String percent(Object share) {
		return share instanceof Number n ? Math.round(n.doubleValue() * 100) + "%" : "—";
	}
}
