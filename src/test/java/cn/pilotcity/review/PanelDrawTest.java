package cn.pilotcity.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The draw as a pure function: fair (never an ineligible expert), even (load within one) and reproducible. */
class PanelDrawTest {

	private static final List<String> PROVINCES = List.of("110000", "310000", "320000", "330000", "370000", "420000",
			"440000", "510000", "610000", "210000", "430000", "340000");
	private static final Map<String, List<String>> CITIES = Map.of(
			"320000", List.of("320100", "320300", "320500"), "330000", List.of("330100", "330200"),
			"370000", List.of("370100", "370200"), "420000", List.of("420100"), "440000", List.of("440100", "440300"),
			"340000", List.of("340100", "340300"));
	private static final List<String> ORGANISATIONS = List.of("甲科技有限公司", "乙大学", "丙研究院", "丁服务中心", "戊集团");

	@Test
	@DisplayName("R-SME-6, R-SC-5: over 5000 random registries and applicants no ineligible expert is ever drawn, and the drawn are always the least loaded")
	void neverIneligibleAlwaysLeastLoaded() {
		Random random = new Random(20260501L);
		for (int run = 0; run < 5000; run++) {
			List<PanelDraw.Candidate> candidates = registry(random, 20 + random.nextInt(40));
			PanelDraw.Applicant applicant = applicant(random);
			Set<Long> onReview = random.nextInt(4) == 0 ? Set.of(candidates.get(0).id()) : Set.of();
			int size = 3 + random.nextInt(5);
			int reserves = random.nextInt(3);

			PanelDraw.Result result = PanelDraw.draw(candidates, applicant, onReview, size, reserves, random.nextLong());

			Map<Long, PanelDraw.Candidate> byId = candidates.stream()
					.collect(Collectors.toMap(PanelDraw.Candidate::id, c -> c));
			List<Long> drawn = new ArrayList<>(result.panel());
			drawn.addAll(result.reserves());
			assertThat(result.entries()).hasSize(candidates.size());
			for (Long id : drawn) {
				PanelDraw.Candidate c = byId.get(id);
				assertThat(eligibleByHand(c, applicant, onReview)).as("run %d expert %d", run, id).isTrue();
			}
			for (PanelDraw.Entry e : result.entries()) {
				assertThat(e.outcome() == PanelDraw.Outcome.EXCLUDED).as("run %d expert %d", run, e.expertId())
						.isEqualTo(!eligibleByHand(byId.get(e.expertId()), applicant, onReview));
			}
			long eligible = candidates.stream().filter(c -> eligibleByHand(c, applicant, onReview)).count();
			assertThat(result.panel()).hasSize((int) Math.min(size, eligible));
			int maxDrawnLoad = drawn.stream().mapToInt(id -> byId.get(id).load()).max().orElse(0);
			int minLeftLoad = result.entries().stream().filter(e -> e.outcome() == PanelDraw.Outcome.NOT_DRAWN)
					.mapToInt(PanelDraw.Entry::load).min().orElse(Integer.MAX_VALUE);
			assertThat(maxDrawnLoad).as("run %d: nobody less loaded is passed over", run).isLessThanOrEqualTo(minLeftLoad);
		}
	}

	@Test
	@DisplayName("R-SME-6, R-SC-5: panel after panel for the same region, each expert's load stays within one of even")
	void loadStaysWithinOneOfEven() {
		Random random = new Random(7L);
		for (int scenario = 0; scenario < 200; scenario++) {
			List<PanelDraw.Candidate> candidates = registry(random, 15 + random.nextInt(30));
			PanelDraw.Applicant applicant = applicant(random);
			Map<Long, Integer> load = new HashMap<>();
			candidates.forEach(c -> load.put(c.id(), 0));
			Set<Long> eligible = candidates.stream()
					.map(c -> new PanelDraw.Candidate(c.expert(), 0, Integer.MAX_VALUE))
					.filter(c -> eligibleByHand(c, applicant, Set.of())).map(PanelDraw.Candidate::id)
					.collect(Collectors.toSet());
			for (int review = 0; review < 25; review++) {
				List<PanelDraw.Candidate> now = candidates.stream()
						.map(c -> new PanelDraw.Candidate(c.expert(), load.get(c.id()), Integer.MAX_VALUE)).toList();
				PanelDraw.Result result = PanelDraw.draw(now, applicant, Set.of(), 5, 2, random.nextLong());
				result.panel().forEach(id -> load.merge(id, 1, Integer::sum));
				int max = eligible.stream().mapToInt(load::get).max().orElse(0);
				int min = eligible.stream().mapToInt(load::get).min().orElse(0);
				assertThat(max - min).as("scenario %d after review %d", scenario, review).isLessThanOrEqualTo(1);
			}
		}
	}

	@Test
	@DisplayName("R-SME-6, R-SC-5: the same seed over the same candidates gives the same draw; another seed usually another")
	void reproducible() {
		Random random = new Random(3L);
		List<PanelDraw.Candidate> candidates = registry(random, 40);
		PanelDraw.Applicant applicant = new PanelDraw.Applicant("320500", "320000", List.of("甲科技有限公司"));

		PanelDraw.Result first = PanelDraw.draw(candidates, applicant, Set.of(), 5, 2, 42L);
		List<PanelDraw.Candidate> shuffled = new ArrayList<>(candidates);
		java.util.Collections.shuffle(shuffled, new Random(9L));
		PanelDraw.Result again = PanelDraw.draw(shuffled, applicant, Set.of(), 5, 2, 42L);

		assertThat(again.panel()).isEqualTo(first.panel());
		assertThat(again.reserves()).isEqualTo(first.reserves());
		Set<List<Long>> panels = new HashSet<>();
		for (long seed = 0; seed < 20; seed++) {
			panels.add(PanelDraw.draw(candidates, applicant, Set.of(), 5, 2, seed).panel());
		}
		assertThat(panels).hasSizeGreaterThan(10);
	}

	@Test
	@DisplayName("R-SME-6: an organisation matches regardless of spaces, case and full-width characters")
	void organisationNamesNormalised() {
		assertThat(PanelDraw.normalise(" 甲科技 有限公司 ")).isEqualTo(PanelDraw.normalise("甲科技有限公司"));
		assertThat(PanelDraw.normalise("ＡＢＣ（苏州）公司")).isEqualTo(PanelDraw.normalise("abc(苏州)公司"));
	}

	/** The rules of 回避, written out again independently of PanelDraw. */
	private static boolean eligibleByHand(PanelDraw.Candidate c, PanelDraw.Applicant a, Set<Long> onReview) {
		Expert e = c.expert();
		boolean conflict = e.conflicts().stream().anyMatch(x -> a.cityCode().equals(x.cityCode())
				|| x.employer() != null && a.organisations().contains(x.employer()));
		return e.active() && e.userId() != null && !onReview.contains(e.id()) && !a.provinceCode().equals(e.provinceCode())
				&& !a.cityCode().equals(e.cityCode()) && !conflict && !a.organisations().contains(e.employer())
				&& c.load() < c.cap();
	}

	private static PanelDraw.Applicant applicant(Random random) {
		String province = pick(random, List.copyOf(CITIES.keySet()));
		List<String> organisations = new ArrayList<>();
		for (String o : ORGANISATIONS) {
			if (random.nextInt(3) == 0) {
				organisations.add(o);
			}
		}
		return new PanelDraw.Applicant(pick(random, CITIES.get(province)), province, organisations);
	}

	private static List<PanelDraw.Candidate> registry(Random random, int size) {
		List<PanelDraw.Candidate> candidates = new ArrayList<>();
		for (long id = 1; id <= size; id++) {
			String province = pick(random, PROVINCES);
			String city = CITIES.containsKey(province) && random.nextBoolean() ? pick(random, CITIES.get(province)) : null;
			List<ExpertConflict> conflicts = new ArrayList<>();
			if (random.nextInt(8) == 0) {
				String p = pick(random, List.copyOf(CITIES.keySet()));
				conflicts.add(ExpertConflict.city(pick(random, CITIES.get(p)), null));
			}
			if (random.nextInt(8) == 0) {
				conflicts.add(ExpertConflict.employer(pick(random, ORGANISATIONS), null));
			}
			String employer = random.nextInt(10) == 0 ? pick(random, ORGANISATIONS) : "单位" + id;
			Expert expert = new Expert(id * 7, random.nextInt(20) == 0 ? null : "expert-" + id, "专家" + id, employer, null,
					province, city, random.nextInt(15) != 0, null, List.of(), conflicts);
			candidates.add(new PanelDraw.Candidate(expert, random.nextInt(4), 1 + random.nextInt(4)));
		}
		return candidates;
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}
}
