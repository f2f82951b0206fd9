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
 * R-SME-1, R-SME-2: a city starts its application to the batch now open. The city comes from the
 * initiator's group, never from a form, so no city can apply in another's name; its province decides who
 * recommends (candidate groups from {@code provinceCode}); one application per city and batch.
 */
@Component("startSmeApplication")
class StartSmeApplication implements JavaDelegate {

	private final Applications applications;
	private final SmeBatches batches;
	private final CityDirectory cities;
	private final Memberships memberships;

	StartSmeApplication(Applications applications, SmeBatches batches, CityDirectory cities, Memberships memberships) {
		this.applications = applications;
		this.batches = batches;
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
				.orElseThrow(() -> new InvalidInputException("只有城市知识产权局的用户可以申报"));
		City city = cities.city(cityCode);
		SmeBatch batch = batches.openForSubmissions();
		long id = applications.start(Programme.SME_PILOT, cityCode, batch.id(), execution.getProcessInstanceId(),
				initiator);
		execution.setProcessBusinessKey("SME-" + id);
		execution.setVariable("applicationId", id);
		execution.setVariable("cityCode", city.code());
		execution.setVariable("cityName", city.name());
		execution.setVariable("provinceCode", city.provinceCode());
		execution.setVariable("provinceName", city.provinceName());
		execution.setVariable("batchId", batch.id());
		execution.setVariable("batchDeadline", Dates.toDate(batch.deadline()));
		execution.setVariable("subject", city.name() + " · " + batch.name());
		execution.removeVariable("acknowledged");
	}
}
