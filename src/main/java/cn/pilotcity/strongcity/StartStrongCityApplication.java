package cn.pilotcity.strongcity;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.pilotcity.application.Applications;
import cn.pilotcity.application.Programme;
import cn.pilotcity.city.City;
import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.city.TitleStatus;
import cn.pilotcity.city.Titles;
import cn.pilotcity.identity.Memberships;
import cn.pilotcity.system.InvalidInputException;

/**
 * R-SC-1: only a national IP demonstration city may apply to build an IP strong city. Enforced here, in the
 * process, whatever the user interface offers; the city is told why in Chinese and nothing is created.
 */
@Component("startStrongCityApplication")
class StartStrongCityApplication implements JavaDelegate {

	private final Applications applications;
	private final CityDirectory cities;
	private final Titles titles;
	private final Memberships memberships;

	StartStrongCityApplication(Applications applications, CityDirectory cities, Titles titles, Memberships memberships) {
		this.applications = applications;
		this.cities = cities;
		this.titles = titles;
		this.memberships = memberships;
	}

	@Override
	public void execute(DelegateExecution execution) {
		StrongCityVariables variables = StrongCityVariables.of(execution);
		String initiator = variables.initiator();
		String cityCode = memberships.cityOf(initiator == null ? "" : initiator)
				.orElseThrow(() -> new InvalidInputException("只有城市知识产权局的用户可以申请建设知识产权强市"));
		City city = cities.city(cityCode);
		if (!cities.isDemonstrationCity(cityCode)) {
			throw new InvalidInputException("只有国家知识产权示范城市可以申请建设知识产权强市;" + city.name() + "目前不是国家知识产权示范城市");
		}
		if (titles.find(cityCode, TitleKind.STRONG_CITY).filter(t -> t.status() != TitleStatus.WITHDRAWN
				&& t.status() != TitleStatus.ENDED).isPresent()) {
			throw new InvalidInputException(city.name() + "已是国家知识产权强市建设城市,无需再次申请");
		}
		if (!applications.activeOf(cityCode, Programme.STRONG_CITY).isEmpty()) {
			throw new InvalidInputException(city.name() + "已有正在办理的知识产权强市申请,请在任务列表中继续办理");
		}
		long id = applications.start(Programme.STRONG_CITY, cityCode, null, execution.getProcessInstanceId(), initiator);
		execution.setProcessBusinessKey("SC-" + id);
		variables.started(id, city);
	}
}
