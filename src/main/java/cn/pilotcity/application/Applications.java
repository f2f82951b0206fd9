package cn.pilotcity.application;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.pilotcity.system.EngineClock;
import cn.pilotcity.system.InvalidInputException;
import cn.pilotcity.system.NotFoundException;

/** Applications of cities to the programmes, as stored in our tables. */
@Service
public class Applications {

	private final ApplicationMapper mapper;
	private final ObjectMapper json;

	Applications(ApplicationMapper mapper, ObjectMapper json) {
		this.mapper = mapper;
		this.json = json;
	}

	/**
	 * A city starts an application (in a batch, for programmes that have batches): one per city and batch
	 * (R-SME-2), and one strong-city application under way per city (R-SC-1), both enforced by unique keys.
	 */
	@Transactional
	public long start(Programme programme, String cityCode, Long batchId, String processInstanceId, String startedBy) {
		NewApplication row = new NewApplication(programme, cityCode, batchId, processInstanceId, startedBy, EngineClock.now());
		try {
			mapper.insert(row);
		}
		catch (DuplicateKeyException e) {
			throw new InvalidInputException(programme == Programme.STRONG_CITY
					? "本市已有正在办理的知识产权强市申请,请在任务列表中继续办理"
					: "本市已在该批次提交过申报,不能重复申报");
		}
		return row.id;
	}

	/**
	 * An application as submitted, without a process of its own: for data the national office imports and
	 * for demo and test data of other features (e.g. an application under expert review).
	 */
	@Transactional
	public long register(Programme programme, String cityCode, Long batchId, ApplicationContent content, String by) {
		long id = start(programme, cityCode, batchId, null, by);
		submit(id, content, "登记", by);
		return id;
	}

	public Application get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("申报 " + id + " 不存在"));
	}

	public Optional<Application> find(long id) {
		return mapper.findById(id);
	}

	/** The city's applications to a programme that are still under way (not ended one way or another). */
	public List<Application> activeOf(String cityCode, Programme programme) {
		return mapper.findActive(cityCode, programme);
	}

	public List<Application> ofBatch(long batchId) {
		return mapper.findByBatch(batchId);
	}

	/**
	 * Stores a submitted revision of the content (already checked by its programme) and keeps a snapshot of
	 * it, so the history shows what changed from one submission to the next.
	 */
	@Transactional
	public int submit(long id, ApplicationContent content, String note, String submittedBy) {
		Application current = get(id);
		int revision = current.revision() + 1;
		LocalDateTime now = EngineClock.now();
		mapper.updateSubmission(id, content.summary(), revision, ApplicationStatus.SUBMITTED, now);
		replace(id, content);
		mapper.insertRevision(id, revision, snapshot(content), note, submittedBy, now);
		return revision;
	}

	public ApplicationContent content(long id) {
		Application application = get(id);
		Map<Integer, String> sections = new LinkedHashMap<>();
		mapper.findSections(id).forEach(s -> sections.put(s.sectionNo(), s.content()));
		return new ApplicationContent(application.clusters(), application.organisations(),
				application.summary() == null ? "" : application.summary(), sections, mapper.findTargets(id),
				mapper.findConditions(id));
	}

	public List<Revision> revisions(long id) {
		return mapper.findRevisions(id).stream()
				.map(r -> new Revision(r.revision(), read(r.snapshot()), r.note(), r.submittedBy(), r.submittedAt()))
				.toList();
	}

	private void replace(long id, ApplicationContent content) {
		mapper.deleteClusters(id);
		if (!content.clusters().isEmpty()) {
			mapper.insertClusters(id, content.clusters());
		}
		mapper.deleteOrganisations(id);
		if (!content.organisations().isEmpty()) {
			mapper.insertOrganisations(id, content.organisations());
		}
		mapper.deleteSections(id);
		content.sections().entrySet().stream().sorted(Map.Entry.comparingByKey())
				.forEach(s -> mapper.insertSection(id, s.getKey(), s.getValue()));
		mapper.deleteTargets(id);
		if (!content.targets().isEmpty()) {
			mapper.insertTargets(id, content.targets());
		}
		mapper.deleteConditions(id);
		if (!content.conditions().isEmpty()) {
			mapper.insertConditions(id, content.conditions());
		}
	}

	private String snapshot(ApplicationContent content) {
		try {
			return json.writeValueAsString(content);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException(e);
		}
	}

	private ApplicationContent read(String snapshot) {
		try {
			return json.readValue(snapshot, ApplicationContent.class);
		}
		catch (JsonProcessingException e) {
			throw new IllegalStateException("Unreadable revision snapshot", e);
		}
	}
}
