package cn.pilotcity.sme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.pilotcity.system.EngineClock;
import cn.pilotcity.system.InvalidInputException;
import cn.pilotcity.system.NotFoundException;
import cn.pilotcity.system.ValidationFailedException;

/** The batches of the SME pilot (R-SME-2) and their determinations (R-SME-6). */
@Service
public class SmeBatches {

	private final SmeBatchMapper mapper;

	SmeBatches(SmeBatchMapper mapper) {
		this.mapper = mapper;
	}

	/**
	 * The national office opens a batch. Batches follow one another: while one is open for submissions,
	 * no second one can be opened.
	 */
	@Transactional
	public SmeBatch open(String name, Integer year, LocalDate opensOn, LocalDate lastDay, String processInstanceId,
			String openedBy) {
		List<String> problems = new ArrayList<>();
		String cleanName = name == null ? "" : name.strip();
		if (cleanName.length() < 2 || cleanName.length() > 100) {
			problems.add("批次名称应为 2 至 100 字");
		}
		if (year == null || year < 2009 || year > 2100) {
			problems.add("请填写正确的年度");
		}
		if (opensOn == null) {
			problems.add("请填写开始申报日期");
		}
		if (lastDay == null) {
			problems.add("请填写申报截止日期");
		}
		else if (lastDay.isBefore(EngineClock.today())) {
			problems.add("申报截止日期不能早于今天");
		}
		else if (opensOn != null && lastDay.isBefore(opensOn)) {
			problems.add("申报截止日期不能早于开始申报日期");
		}
		if (!problems.isEmpty()) {
			throw new ValidationFailedException("批次信息有误", problems);
		}
		if (!mapper.findOpen().isEmpty()) {
			throw new InvalidInputException("已有批次正在受理申报(" + mapper.findOpen().get(0).name() + "),请在其截止后再开启新批次");
		}
		NewSmeBatch row = new NewSmeBatch(cleanName, year, opensOn, lastDay.atTime(23, 59, 59), processInstanceId,
				openedBy, EngineClock.now());
		try {
			mapper.insert(row);
		}
		catch (DuplicateKeyException e) {
			throw new InvalidInputException("批次名称「" + cleanName + "」已被使用");
		}
		return get(row.id);
	}

	public SmeBatch get(long id) {
		return mapper.findById(id).orElseThrow(() -> new NotFoundException("批次 " + id + " 不存在"));
	}

	public List<SmeBatch> all() {
		return mapper.findAll();
	}

	/** The batch a city applies to now (R-SME-2), or why there is none. */
	public SmeBatch openForSubmissions() {
		List<SmeBatch> open = mapper.findOpen();
		if (open.isEmpty()) {
			throw new InvalidInputException("当前没有正在受理申报的批次");
		}
		SmeBatch batch = open.get(0);
		if (EngineClock.today().isBefore(batch.opensOn())) {
			throw new InvalidInputException("「" + batch.name() + "」将于 " + batch.opensOn() + " 开始受理申报");
		}
		checkBeforeDeadline(batch);
		return batch;
	}

	/** R-SME-2: after the deadline a submission is refused. */
	public void checkBeforeDeadline(SmeBatch batch) {
		if (EngineClock.now().isAfter(batch.deadline())) {
			throw new InvalidInputException("「" + batch.name() + "」已于 " + Dates.minute(batch.deadline())
					+ " 截止申报,逾期不予受理");
		}
	}

	public boolean isBeforeDeadline(long batchId) {
		return !EngineClock.now().isAfter(get(batchId).deadline());
	}

	public void close(long id) {
		mapper.updateStatus(id, SmeBatch.OPEN, SmeBatch.CLOSED);
	}

	/** R-X-3: the 文号 of the notice that will publish the determination, while the batch awaits it. */
	void recordNoticeDocNumber(long id, String docNumber) {
		if (mapper.recordNoticeDocNumber(id, docNumber) != 1) {
			throw new InvalidInputException("该批次已发布或尚未截止,不能登记公布通知的文号");
		}
	}

	@Transactional
	public void publish(long id, LocalDate publishedOn, List<Determination> determinations) {
		if (mapper.publish(id, publishedOn) != 1) {
			throw new InvalidInputException("该批次已发布或尚未截止");
		}
		determinations.forEach(mapper::insertDetermination);
	}

	/** R-SME-6: the published determination of one application of the batch. */
	Determination determinationOf(long batchId, long applicationId) {
		return determinations(batchId).stream().filter(d -> d.applicationId() == applicationId).findFirst()
				.orElseThrow(() -> new NotFoundException("申报 " + applicationId + " 尚无审定结果"));
	}

	public List<Determination> determinations(long batchId) {
		return mapper.findDeterminations(batchId);
	}

	/** How many applications of the batch are at each stage (status → count). */
	public Map<String, Integer> progress(long batchId) {
		Map<String, Integer> stages = new TreeMap<>();
		mapper.countByStatus(batchId).forEach(c -> stages.put(c.status(), c.applications()));
		return stages;
	}

	public Optional<SmeBatch> find(long id) {
		return mapper.findById(id);
	}
}
