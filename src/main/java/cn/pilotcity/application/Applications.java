package cn.pilotcity.application;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.pilotcity.system.NotFoundException;

/** Applications of cities to the programmes, as stored in our tables. */
@Service
public class Applications {

	private final ApplicationMapper mapper;

	Applications(ApplicationMapper mapper) {
		this.mapper = mapper;
	}

	@Transactional
	public long register(Programme programme, String cityCode, ApplicationContent content, String processInstanceId,
			String createdBy) {
		NewApplication row = new NewApplication(programme, cityCode, content.summary(), processInstanceId, createdBy,
				now());
		mapper.insert(row);
		mapper.insertClusters(row.id, content.clusters());
		return row.id;
	}

	/** Records the organisations the application names (experts employed there may not review it). */
	@Transactional
	public void nameOrganisations(long id, List<String> organisations) {
		mapper.deleteOrganisations(id);
		List<String> names = organisations.stream().map(String::strip).filter(n -> !n.isEmpty()).distinct().toList();
		if (!names.isEmpty()) {
			mapper.insertOrganisations(id, names);
		}
	}

	public Application get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("申报 " + id + " 不存在"));
	}

	public Optional<Application> find(long id) {
		return mapper.findById(id);
	}

	/** The city resubmits a returned application with its changes. */
	@Transactional
	public void revise(long id, ApplicationContent content) {
		Application current = get(id);
		mapper.updateContent(id, content.summary(), current.revision() + 1, ApplicationStatus.SUBMITTED);
		mapper.deleteClusters(id);
		mapper.insertClusters(id, content.clusters());
	}

	public void markStatus(long id, ApplicationStatus status) {
		if (mapper.updateStatus(id, status) != 1) {
			throw new NotFoundException("申报 " + id + " 不存在");
		}
	}

	/** R-SME-3: both provincial offices agreed; the joint document's number is recorded. */
	public void markRecommended(long id, String documentNumber) {
		if (mapper.updateRecommendation(id, documentNumber) != 1) {
			throw new NotFoundException("申报 " + id + " 不存在");
		}
	}

	private static LocalDateTime now() {
		return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
	}
}
