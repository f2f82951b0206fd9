package cn.pilotcity.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a real database (H2, or MySQL/MariaDB with -Pmysql) with the real engine,
 * authorization on, listening on a random port. Every test class uses this one configuration, so one
 * Spring context serves the whole test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({ TestUsers.class, TestMail.class, LifecycleDriver.class, cn.pilotcity.sme.SmeTestSupport.class,
		cn.pilotcity.review.ReviewTestSupport.class, cn.pilotcity.boundary.BoundaryProbe.class,
		cn.pilotcity.system.ReadinessDuringSetUp.First.class, cn.pilotcity.system.ReadinessDuringSetUp.Last.class,
		DatabaseSwitch.class })
public @interface PilotCityTest {
}
