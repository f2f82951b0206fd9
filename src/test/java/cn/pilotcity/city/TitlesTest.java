package cn.pilotcity.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import cn.pilotcity.support.PilotCityTest;
import cn.pilotcity.system.InvalidInputException;

/** Titles: granted once, changed only from the status they are in, every change kept. */
@PilotCityTest
@RecordApplicationEvents
class TitlesTest {

	@Autowired
	Titles titles;
	@Autowired
	CityDirectory cities;

	@Test
	@DisplayName("R-SC-8, R-X-4: a title is granted, put under rectification, withdrawn; each change is recorded with who and why")
	void grantAndChange() {
		String karamay = "650200";
		Title title = titles.find(karamay, TitleKind.STRONG_CITY).filter(t -> t.status() == TitleStatus.ACTIVE)
				.orElseGet(() -> titles.grant(karamay, TitleKind.STRONG_CITY, LocalDate.of(2026, 3, 1), null,
						"国知发〔2026〕8号批复", "国知发〔2026〕8号", "u-cnipa"));
		assertThat(title.status()).isEqualTo(TitleStatus.ACTIVE);
		assertThat(cities.titles(karamay)).extracting(Title::kind).contains(TitleKind.STRONG_CITY);

		assertThatThrownBy(() -> titles.grant(karamay, TitleKind.STRONG_CITY, LocalDate.of(2026, 4, 1), null, "重复", null,
				"u-cnipa")).isInstanceOf(InvalidInputException.class).hasMessageContaining("已持有");

		titles.changeStatus(title.id(), TitleStatus.ACTIVE, TitleStatus.RECTIFICATION, LocalDate.of(2029, 3, 1),
				"三年评估结果为较差", null, "u-cnipa");
		assertThatThrownBy(() -> titles.changeStatus(title.id(), TitleStatus.ACTIVE, TitleStatus.WITHDRAWN,
				LocalDate.of(2029, 9, 1), "重复操作", null, "u-cnipa")).isInstanceOf(InvalidInputException.class);
		Title withdrawn = titles.changeStatus(title.id(), TitleStatus.RECTIFICATION, TitleStatus.WITHDRAWN,
				LocalDate.of(2029, 9, 1), "整改不合格", "国知发〔2029〕3号", "u-cnipa");

		assertThat(withdrawn.status()).isEqualTo(TitleStatus.WITHDRAWN);
		// in the order recorded: a rerun on the same database grants the title again on the same days
		assertThat(titles.history(karamay).stream().filter(e -> e.titleId() == title.id())
				.sorted(java.util.Comparator.comparing(TitleEvent::id)).map(TitleEvent::status).toList())
				.endsWith(TitleStatus.ACTIVE, TitleStatus.RECTIFICATION, TitleStatus.WITHDRAWN);
	}

	@Test
	@DisplayName("Granting publishes TitleGranted in the same transaction, for the lifecycle to start from")
	void grantPublishesEvent(@Autowired ApplicationEvents events) {
		titles.find("650100", TitleKind.SME_PILOT).ifPresent(t -> titles.changeStatus(t.id(), t.status(),
				TitleStatus.ENDED, LocalDate.of(2026, 1, 1), "测试重置", null, "test"));
		Title title = titles.grant("650100", TitleKind.SME_PILOT, LocalDate.of(2026, 6, 1), LocalDate.of(2029, 6, 1),
				"测试批次", null, "test");

		assertThat(events.stream(TitleGranted.class)).singleElement().isEqualTo(new TitleGranted(title.id(), "650100",
				TitleKind.SME_PILOT, LocalDate.of(2026, 6, 1), LocalDate.of(2029, 6, 1)));
	}
}
