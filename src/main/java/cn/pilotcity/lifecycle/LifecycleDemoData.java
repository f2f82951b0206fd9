package cn.pilotcity.lifecycle;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import cn.pilotcity.city.TitleKind;
import cn.pilotcity.city.Titles;

/**
 * Demo profile only: 宁波 (330200), a demonstration city of the reference data, has its title's lifecycle
 * running from the first start, so moving the demo clock to the next 15 January opens its annual assessment.
 */
@Component
@Profile("demo")
@Order(20)
class LifecycleDemoData implements ApplicationRunner {

	static final String NINGBO = "330200";

	private final Titles titles;
	private final Lifecycles lifecycles;
	private final HistoryService historyService;

	LifecycleDemoData(Titles titles, Lifecycles lifecycles, HistoryService historyService) {
		this.titles = titles;
		this.lifecycles = lifecycles;
		this.historyService = historyService;
	}

	@Override
	public void run(ApplicationArguments args) {
		titles.find(NINGBO, TitleKind.DEMONSTRATION).filter(t -> t.isActive()).ifPresent(title -> {
			boolean everStarted = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(Lifecycles.PROCESS)
					.processInstanceBusinessKey(Lifecycles.businessKey(title.id())).count() > 0;
			if (!everStarted) {
				lifecycles.start(title.id());
			}
		});
	}
}
