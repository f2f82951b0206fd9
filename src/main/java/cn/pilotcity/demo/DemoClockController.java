package cn.pilotcity.demo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.pilotcity.identity.CurrentUser;
import cn.pilotcity.system.Unrestricted;
import cn.pilotcity.system.ForbiddenException;
import cn.pilotcity.system.InvalidInputException;

/**
 * The demo clock's switch, <b>only in the demo profile</b> (outside it neither this controller nor the page
 * exists: {@code /api/demo/clock} answers 404). {@code GET /api/demo/clock} shows the engine's time and the
 * next timer; {@code POST /api/demo/clock} with {@code {"days": 30}}, {@code {"to": "2027-01-15T09:00"}},
 * {@code {"nextTimer": true}}, {@code {"nextAssessment": true}} or {@code {"reset": true}} moves it (national office and administrators only).
 * {@code /demo/clock} is a page with buttons for it.
 */
@RestController
@Profile("demo")
class DemoClockController {

	record Move(Integer days, String to, Boolean nextTimer, Boolean nextAssessment, Boolean reset) {
	}

	private final DemoClock clock;
	private final CurrentUser currentUser;

	DemoClockController(ManagementService managementService, RuntimeService runtimeService, Unrestricted unrestricted,
			CurrentUser currentUser) {
		this.clock = new DemoClock(managementService, runtimeService, unrestricted);
		this.currentUser = currentUser;
	}

	@EventListener(ApplicationReadyEvent.class)
	void restore() {
		clock.restore();
	}

	@GetMapping("/api/demo/clock")
	DemoClock.State state() {
		return clock.state();
	}

	@PostMapping("/api/demo/clock")
	DemoClock.State move(@RequestBody Move move) {
		if (!currentUser.isNational()) {
			throw new ForbiddenException("只有国家知识产权局或管理员可以调整演示时钟");
		}
		try {
			if (Boolean.TRUE.equals(move.reset())) {
				return clock.reset();
			}
			if (Boolean.TRUE.equals(move.nextTimer())) {
				return clock.toNextTimer();
			}
			if (Boolean.TRUE.equals(move.nextAssessment())) {
				return clock.toNextAnnualAssessment();
			}
			if (move.to() != null) {
				return clock.moveTo(LocalDateTime.parse(move.to()));
			}
			if (move.days() != null) {
				if (move.days() < 0 || move.days() > 3660) {
					throw new InvalidInputException("天数应在 0 至 3660 之间");
				}
				return clock.advance(Duration.ofDays(move.days()));
			}
			throw new InvalidInputException("请说明要把时钟调到何时:days、to、nextTimer、nextAssessment 或 reset");
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("时间格式应为 2027-01-15T09:00");
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException("演示时钟只能向前调整");
		}
	}

	@GetMapping(value = "/demo/clock", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> page() throws IOException {
		String html = new ClassPathResource("demo/clock.html").getContentAsString(StandardCharsets.UTF_8);
		return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
	}

	@GetMapping(value = "/demo/clock.js", produces = "text/javascript")
	ResponseEntity<String> script() throws IOException {
		String js = new ClassPathResource("demo/clock.js").getContentAsString(StandardCharsets.UTF_8);
		return ResponseEntity.ok().contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8)).body(js);
	}
}
