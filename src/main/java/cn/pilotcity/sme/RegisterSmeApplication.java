package cn.pilotcity.sme;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.pilotcity.application.Applications;
import cn.pilotcity.application.Programme;
import cn.pilotcity.city.City;
import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.identity.Memberships;
import cn.pilotcity.system.InvalidInputException;

/**
 * R-SME-1: stores the application of the city whose user started the process. The city comes from the
 * initiator's group, never from the form, so no city can apply in another's name. Its province decides
 * who recommends (candidate groups computed from {@code provinceCode}).
 */
@Component("registerSmeApplication")
class RegisterSmeApplication implements JavaDelegate {

	private final Applications applications;
	private final CityDirectory cities;
	private final Memberships memberships;

	RegisterSmeApplication(Applications applications, CityDirectory cities, Memberships memberships) {
		this.applications = applications;
		this.cities = cities;
		this.memberships = memberships;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String initiator = (String) execution.getVariable("initiator");
		if (initiator == null) {
			throw new InvalidInputException("无法确定申报人,请登录后提交");
		}
		String cityCode = memberships.cityOf(initiator)
				.orElseThrow(() -> new InvalidInputException("只有城市知识产权局的用户可以提交申报"));
		City city = cities.city(cityCode);
		long id = applications.register(Programme.SME_PILOT, cityCode, SmeApplicationForm.content(execution),
				execution.getProcessInstanceId(), initiator);
		execution.setProcessBusinessKey("SME-" + id);
		execution.setVariable("applicationId", id);
		execution.setVariable("cityCode", city.code());
		execution.setVariable("cityName", city.name());
		execution.setVariable("provinceCode", city.provinceCode());
		execution.setVariable("provinceName", city.provinceName());
		execution.setVariable("subject", city.name() + " · " + Programme.SME_PILOT.label() + "申报");
	}
}
