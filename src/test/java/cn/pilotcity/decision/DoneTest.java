package cn.pilotcity.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import com.fasterxml.jackson.databind.JsonNode;

import cn.pilotcity.identity.IdentityAdmin;
import cn.pilotcity.identity.Roles;
import cn.pilotcity.support.Http;
import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.support.TestUsers;

/** 我的已办: an official finds what he decided, newest first, and nobody else's. */
@PilotCityTest
class DoneTest {

	@Autowired
	Decisions decisions;
	@Autowired
	TestUsers users;
	@Autowired
	TestRestTemplate rest;
	@Autowired
	IdentityAdmin identityAdmin;

	@Test
	@DisplayName("R-X-1: /api/me/done lists the signed-in official's own decisions, newest first, in Chinese, each linked to what it was about; never a colleague's")
	void ownDecisionsNewestFirst() {
		// officials of their own, so that no other test's decisions are theirs
		String jiangsu = official("320000");
		String zhejiang = official("330000");
		long application = System.nanoTime() % 1_000_000_000L;
		LocalDateTime now = LocalDateTime.now().withNano(0);
		decide(jiangsu, application, "320500", "RETURN", "请补充集聚区数据。", now.minusDays(1));
		decide(jiangsu, application, "320500", "AGREE", "同意推荐。", now);
		decide(zhejiang, application + 1, "330100", "AGREE", "同意推荐杭州。", now);

		JsonNode done = new Http(rest).get(jiangsu, "/api/me/done").getBody();
		assertThat(done).hasSize(2);
		assertThat(done.get(0).get("outcome").asText()).isEqualTo("同意");
		assertThat(done.get(0).get("cityName").asText()).isEqualTo("苏州市");
		assertThat(done.get(0).get("step").asText()).isEqualTo("省知识产权局推荐意见");
		assertThat(done.get(0).get("page").asText()).isEqualTo("/app/application.html?id=" + application);
		assertThat(done.get(1).get("outcome").asText()).isEqualTo("退回修改");
		assertThat(done.toString()).doesNotContain("同意推荐杭州");

		assertThat(new Http(rest).get(zhejiang, "/api/me/done").getBody().toString()).contains("同意推荐杭州")
				.doesNotContain("请补充集聚区数据");
		assertThat(rest.getForEntity("/api/me/done", String.class).getStatusCode().value()).isEqualTo(401);
	}

	private String official(String provinceCode) {
		String id = "u-done-" + provinceCode + "-" + Long.toString(System.nanoTime(), 36);
		identityAdmin.ensureUser(id, "测试", "已办", id + "@test.example", TestUsers.PASSWORD,
				List.of(Roles.provincialIpOffice(provinceCode)));
		return id;
	}

	private void decide(String user, long application, String city, String outcome, String opinion, LocalDateTime at) {
		decisions.record(new Decision(null, "APPLICATION", application, city, "Task_ProvincialIpOfficeReview", "省知识产权局推荐意见",
				outcome, opinion, null, user, at, "done-test", "done-test-" + System.nanoTime()));
	}
}
