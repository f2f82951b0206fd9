package cn.pilotcity.lifecycle;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import cn.pilotcity.city.TitleGranted;

/**
 * Every granted title gets its lifecycle, in the granting transaction: the SME pilot's admission, the strong
 * city's issued plan, the national office's direct grant. If the lifecycle cannot start, the grant is
 * rolled back with it.
 */
@Component
class LifecycleStarter {

	private final Lifecycles lifecycles;

	LifecycleStarter(Lifecycles lifecycles) {
		this.lifecycles = lifecycles;
	}

	@EventListener
	void on(TitleGranted granted) {
		lifecycles.restart(granted.titleId());
	}
}
