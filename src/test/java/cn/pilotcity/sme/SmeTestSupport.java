package cn.pilotcity.sme;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.context.TestComponent;

import cn.pilotcity.support.TestUsers;

/** SME applications for the tests of other features (attachments, review, lifecycle). */
@TestComponent
public class SmeTestSupport {

	private final ProcessEngine engine;
	private final TestUsers users;
	private final SmeBatches batches;

	SmeTestSupport(ProcessEngine engine, TestUsers users, SmeBatches batches) {
		this.engine = engine;
		this.users = users;
		this.batches = batches;
	}

	/** A new application of the city in a fresh batch, waiting in the city's draft task. */
	public ProcessInstance draftApplication(String cityCode) {
		SmeApplicationDriver driver = new SmeApplicationDriver(engine, users);
		driver.openBatch(batches, SmeApplicationDriver.today().plusDays(30));
		return driver.apply(cityCode);
	}

	/** A new application of the city in a fresh batch, submitted: waiting for the joint recommendation. */
	public ProcessInstance submittedApplication(String cityCode) {
		SmeApplicationDriver driver = new SmeApplicationDriver(engine, users);
		driver.openBatch(batches, SmeApplicationDriver.today().plusDays(30));
		return driver.applyAndSubmit(cityCode);
	}

	public long applicationId(ProcessInstance instance) {
		return new SmeApplicationDriver(engine, users).applicationId(instance);
	}
}
