package cn.pilotcity.review;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.pilotcity.system.EngineClock;

/** The expert registry (评审专家库): who may review, in which fields, with which declared conflicts. */
@Service
@EnableConfigurationProperties(ReviewSettings.class)
public class ExpertRegistry {

	/** What the registry needs to know of a new expert. */
	public record Profile(String userId, String name, String employer, String title, String provinceCode,
			String cityCode, Integer workloadCap, List<String> fields, List<ExpertConflict> conflicts) {
	}

	private final ExpertMapper mapper;
	private final ReviewSettings settings;

	ExpertRegistry(ExpertMapper mapper, ReviewSettings settings) {
		this.mapper = mapper;
		this.settings = settings;
	}

	@Transactional
	public Expert register(Profile profile) {
		NewExpert row = new NewExpert(profile.userId(), profile.name(), profile.employer(), profile.title(),
				profile.provinceCode(), profile.cityCode(), profile.workloadCap(), EngineClock.now());
		mapper.insert(row);
		if (!profile.fields().isEmpty()) {
			mapper.insertFields(row.id, profile.fields());
		}
		profile.conflicts().forEach(c -> mapper.insertConflict(row.id, c, EngineClock.now()));
		return find(row.id).orElseThrow();
	}

	/** Records a conflict the expert declared (e.g. when he recused himself from a review). */
	@Transactional
	public void declareConflict(long expertId, ExpertConflict conflict) {
		mapper.insertConflict(expertId, conflict, EngineClock.now());
	}

	@Transactional
	public void setActive(long expertId, boolean active) {
		mapper.updateActive(expertId, active);
	}

	public List<Expert> all() {
		return withDetails(mapper.findAll());
	}

	public Optional<Expert> find(long id) {
		return mapper.findById(id).map(row -> withDetails(List.of(row)).get(0));
	}

	public Optional<Expert> byUser(String userId) {
		return mapper.findByUserId(userId).map(row -> withDetails(List.of(row)).get(0));
	}

	/** Each expert's open reviews (panel seats, proposed or active, in reviews not yet decided). */
	Map<Long, Integer> openReviews() {
		Map<Long, Integer> loads = new HashMap<>();
		mapper.findLoads().forEach(l -> loads.put(l.expertId(), l.openReviews()));
		return loads;
	}

	int capOf(Expert expert) {
		return expert.workloadCap() == null ? settings.getWorkloadCap() : expert.workloadCap();
	}

	private List<Expert> withDetails(List<ExpertMapper.Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		List<Long> ids = rows.size() > 500 ? null : rows.stream().map(ExpertMapper.Row::id).toList();
		Map<Long, List<String>> fields = new HashMap<>();
		mapper.findFields(ids).forEach(f -> fields.computeIfAbsent(f.expertId(), k -> new ArrayList<>()).add(f.field()));
		Map<Long, List<ExpertConflict>> conflicts = new HashMap<>();
		mapper.findConflicts(ids).forEach(c -> conflicts.computeIfAbsent(c.expertId(), k -> new ArrayList<>()).add(c));
		return rows.stream().map(r -> new Expert(r.id(), r.userId(), r.name(), r.employer(), r.title(), r.provinceCode(),
				r.cityCode(), r.active(), r.workloadCap(), List.copyOf(fields.getOrDefault(r.id(), List.of())),
				List.copyOf(conflicts.getOrDefault(r.id(), List.of())))).toList();
	}
}
