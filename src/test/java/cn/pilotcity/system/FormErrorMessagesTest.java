package cn.pilotcity.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * R-X-1: what the loser of two submissions of one task is told, whichever way the engine failed it. The filter
 * runs in front of a servlet that answers as the engine's REST API does.
 */
class FormErrorMessagesTest {

	static final String SUBMIT = "/engine-rest/task/t-1/submit-form";
	final ObjectMapper json = new ObjectMapper();

	MockHttpServletResponse submit(int status, String message, boolean taskStillThere) throws Exception {
		HttpServlet engine = new HttpServlet() {
			@Override
			protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
				response.setStatus(status);
				response.setContentType("application/json");
				response.getOutputStream().write(json.writeValueAsBytes(Map.of("type", "RestException", "message", message)));
			}
		};
		MockHttpServletRequest request = new MockHttpServletRequest("POST", SUBMIT);
		MockHttpServletResponse response = new MockHttpServletResponse();
		new FormErrorMessages(json, id -> taskStillThere, id -> java.util.Optional.empty()).doFilter(request, response, new MockFilterChain(engine));
		return response;
	}

	JsonNode body(MockHttpServletResponse response) throws Exception {
		return json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
	}

	@Test
	@DisplayName("R-X-1: the engine failing half-way (500) because the first submission removed the task is a 409 in Chinese")
	void failureOfAGoneTaskIsAConflict() throws Exception {
		MockHttpServletResponse response = submit(500, "Cannot invoke \"PvmExecutionImpl.getActivityInstanceId()\" because ... is null", false);

		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(body(response).get("message").asText()).isEqualTo(FormErrorMessages.ALREADY_DONE);
	}

	@Test
	@DisplayName("R-X-1: a 403 of a task that is gone and a task the engine no longer finds are 409 too")
	void refusalOrNotFoundOfAGoneTask() throws Exception {
		assertThat(submit(403, "The user is not authorized", false).getStatus()).isEqualTo(409);
		assertThat(submit(500, "Cannot submit task form t-1: Cannot find task with id t-1: task is null", true).getStatus())
				.isEqualTo(409);
	}

	@Test
	@DisplayName("A failure or refusal of a task that still exists stays what it is, without the engine's prefix")
	void failureOfAnExistingTaskStays() throws Exception {
		MockHttpServletResponse failed = submit(500, "Cannot submit task form t-1: something broke", true);
		assertThat(failed.getStatus()).isEqualTo(500);
		assertThat(body(failed).get("message").asText()).isEqualTo("something broke");
		assertThat(submit(403, "The user is not authorized", true).getStatus()).isEqualTo(403);
	}
}
