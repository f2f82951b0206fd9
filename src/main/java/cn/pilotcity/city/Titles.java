package cn.pilotcity.city;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.pilotcity.system.EngineClock;
import cn.pilotcity.system.InvalidInputException;
import cn.pilotcity.system.NotFoundException;

/**
 * The titles cities hold and every change to them. Granting publishes {@link TitleGranted} and a status
 * change {@link TitleStatusChanged}, in the same transaction, so whatever starts from them (the title
 * lifecycle) commits or rolls back together with the change. The current status is always in
 * {@code pc_title}; its history in {@code pc_title_event}.
 */
@Service
public class Titles {

	private final TitleMapper mapper;
	private final ApplicationEventPublisher events;

	Titles(TitleMapper mapper, ApplicationEventPublisher events) {
		this.mapper = mapper;
		this.events = events;
	}

	public Optional<Title> find(String cityCode, TitleKind kind) {
		return mapper.find(cityCode, kind);
	}

	/** Every title of a kind, held or lost, oldest grant first. */
	public List<Title> ofKind(TitleKind kind) {
		return mapper.findByKind(kind);
	}

	public Title get(long titleId) {
		return mapper.findById(titleId).orElseThrow(() -> new NotFoundException("称号 " + titleId + " 不存在"));
	}

	/**
	 * Grants a title from a day on (e.g. R-SME-7: the SME pilot from the admission day, for three years).
	 * A city holds each title once; a withdrawn or ended title may be granted again.
	 */
	@Transactional
	public Title grant(String cityCode, TitleKind kind, LocalDate grantedOn, LocalDate endsOn, String source,
			String docNumber, String grantedBy) {
		Optional<Title> existing = mapper.find(cityCode, kind);
		long id;
		if (existing.isEmpty()) {
			NewTitle row = new NewTitle(cityCode, kind, grantedOn, endsOn, source);
			mapper.insert(row);
			id = row.id;
		}
		else if (mapper.regrant(existing.get().id(), grantedOn, endsOn, source) == 1) {
			id = existing.get().id();
		}
		else {
			throw new InvalidInputException("该城市已持有" + kind.label() + "称号");
		}
		mapper.insertEvent(new TitleEvent(null, id, cityCode, kind, TitleStatus.ACTIVE, grantedOn, source, docNumber,
				grantedBy, EngineClock.now()));
		events.publishEvent(new TitleGranted(id, cityCode, kind, grantedOn, endsOn));
		return get(id);
	}

	/** Moves a title from one status to another; refused if it is no longer in the expected status. */
	@Transactional
	public Title changeStatus(long titleId, TitleStatus from, TitleStatus to, LocalDate effectiveOn, String reason,
			String docNumber, String decidedBy) {
		Title title = get(titleId);
		if (mapper.updateStatus(titleId, from, to) != 1) {
			throw new InvalidInputException(title.kind().label() + "称号当前状态为" + title.status().label() + ",无法变更为"
					+ to.label());
		}
		mapper.insertEvent(new TitleEvent(null, titleId, title.cityCode(), title.kind(), to, effectiveOn, reason,
				docNumber, decidedBy, EngineClock.now()));
		events.publishEvent(new TitleStatusChanged(titleId, title.cityCode(), title.kind(), from, to));
		return get(titleId);
	}

	public List<TitleEvent> history(String cityCode) {
		return mapper.findEvents(cityCode);
	}
}
