package cn.pilotcity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.system.InvalidInputException;

/** A status changes only by name, from the states the processes reach it from; anything else changes nothing. */
@PilotCityTest
class ApplicationStatesTest {

	/** 拉萨: no other test applies for it, so its applications are this test's own. */
	static final String LHASA = "540100";

	@Autowired
	Applications applications;
	@Autowired
	ApplicationStates states;

	@Test
	@DisplayName("R-SME-3, R-SME-6: a withdrawn application is not revived by a late recommendation; a city never reviewed is not admitted; the SME path in order is accepted")
	void wrongStatesAreRefused() {
		long withdrawn = submitted(Programme.SME_PILOT);
		states.markWithdrawn(withdrawn);
		assertThatThrownBy(() -> states.markRecommended(withdrawn, "藏知发〔2026〕1号")).isInstanceOf(InvalidInputException.class)
				.hasMessage("申报当前为“已撤回”,不能改为“省级已联合推荐”,请刷新后查看");
		assertThatThrownBy(() -> states.markWithdrawn(withdrawn)).as("withdrawn once").isInstanceOf(InvalidInputException.class);
		assertThat(applications.get(withdrawn).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
		assertThat(applications.get(withdrawn).recommendationDoc()).isNull();

		long id = submitted(Programme.SME_PILOT);
		assertThatThrownBy(() -> states.markAdmitted(id)).isInstanceOf(InvalidInputException.class)
				.hasMessage("申报当前为“已提交,待省级推荐”,不能改为“已纳入试点”,请刷新后查看");
		states.markRecommended(id, "藏知发〔2026〕2号");
		states.markReceived(id);
		assertThatThrownBy(() -> states.markLate(id)).as("received before the deadline: never late")
				.isInstanceOf(InvalidInputException.class);
		states.markUnderReview(id);
		states.markAwaitingDetermination(id);
		states.markAdmitted(id);
		assertThat(applications.get(id).status()).isEqualTo(ApplicationStatus.ADMITTED);
		assertThatThrownBy(() -> states.markWithdrawn(id)).as("settled: no withdrawal").isInstanceOf(InvalidInputException.class);
	}

	@Test
	@DisplayName("R-SC-5, R-SC-6: a strong-city plan is approved only under argumentation and issued only once approved")
	void strongCityStates() {
		long id = submitted(Programme.STRONG_CITY);
		assertThatThrownBy(() -> states.markIssued(id)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> states.markApproved(id)).isInstanceOf(InvalidInputException.class);
		states.markUnderArgumentation(id);
		states.markRevising(id);
		assertThatThrownBy(() -> states.markApproved(id)).as("a plan being revised is not approved")
				.isInstanceOf(InvalidInputException.class);
		states.markUnderArgumentation(id);
		states.markApproved(id);
		states.markIssued(id);
		assertThat(applications.get(id).status()).isEqualTo(ApplicationStatus.ISSUED);
	}

	private long submitted(Programme programme) {
		applications.activeOf(LHASA, programme).forEach(a -> states.markWithdrawn(a.id()));
		return applications.register(programme, LHASA, null, new ApplicationContent(List.of("拉萨经济技术开发区"),
				List.of(), "拉萨市申报方案", Map.of(1, "拉萨市申报方案"), List.of(), List.of()), "test");
	}
}
