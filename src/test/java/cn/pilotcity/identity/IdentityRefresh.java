package cn.pilotcity.identity;

import org.springframework.context.ApplicationContext;

/** Runs the start-up identity setup again, for cities added after the start (the benchmark's extra cities). */
public final class IdentityRefresh {

	private IdentityRefresh() {
	}

	public static void run(ApplicationContext context) {
		context.getBean(IdentitySetup.class).setUp();
	}
}
