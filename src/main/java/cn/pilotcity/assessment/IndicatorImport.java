package cn.pilotcity.assessment;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.system.EngineClock;
import cn.pilotcity.system.InvalidInputException;
import cn.pilotcity.system.NotFoundException;
import cn.pilotcity.system.ValidationFailedException;

/**
 * R-X-3: the city's indicator data, imported from its Excel file as a whole. The file is checked completely
 * before anything is written; a file with any error is rejected with one message per wrong cell and
 * leaves the data as they were. An accepted file replaces the previous values in one batch insert. Every
 * attempt is recorded (the timeline shows a rejected and an accepted upload).
 */
@Service
public class IndicatorImport {

	private final Assessments assessments;
	private final AssessmentMapper mapper;
	private final CityDirectory cities;
	private final TransactionTemplate transaction;
	private final DataSize maxSize;

	IndicatorImport(Assessments assessments, AssessmentMapper mapper, CityDirectory cities, TransactionTemplate transaction,
			@Value("${pilotcity.assessment.max-upload-size:2MB}") DataSize maxSize) {
		this.assessments = assessments;
		this.mapper = mapper;
		this.cities = cities;
		this.transaction = transaction;
		this.maxSize = maxSize;
	}

	public long maxBytes() {
		return maxSize.toBytes();
	}

	/** The template for this assessment's city and year. */
	public byte[] template(Assessment assessment) {
		return IndicatorWorkbook.template(target(assessment), assessments.indicatorsOf(assessment));
	}

	/**
	 * Checks and imports a file. The caller has checked that the user acts for the assessment's city.
	 *
	 * @return the number of values imported
	 * @throws ValidationFailedException with one message per wrong cell; nothing is imported
	 */
	public int upload(long assessmentId, String fileName, byte[] file, String userId) {
		Assessment assessment = assessments.get(assessmentId);
		checkOpen(assessment);
		String name = displayName(fileName);
		long size = file == null ? 0 : file.length;
		IndicatorWorkbook.Reading reading = size > maxSize.toBytes()
				? new IndicatorWorkbook.Reading(List.of(), List.of("文件超过 " + maxSize.toMegabytes() + " MB 上限"))
				: IndicatorWorkbook.read(file, target(assessment), assessments.indicatorsOf(assessment));
		if (!reading.accepted()) {
			transaction.executeWithoutResult(tx -> record(assessment, name, size, reading, userId));
			throw new ValidationFailedException("指标数据未通过校验,未导入任何数据", reading.errors());
		}
		transaction.executeWithoutResult(tx -> {
			checkOpen(mapper.lock(assessmentId).orElseThrow(() -> new NotFoundException("考核 " + assessmentId + " 不存在")));
			mapper.deleteValues(assessmentId);
			if (!reading.values().isEmpty()) {
				mapper.insertValues(assessmentId, reading.values());
			}
			record(assessment, name, size, reading, userId);
		});
		return reading.values().size();
	}

	private void checkOpen(Assessment assessment) {
		if (!assessment.status().openToCity()) {
			throw new InvalidInputException("该年度考核当前为“" + assessment.status().label() + "”,不能再上传指标数据");
		}
		if (!assessments.openToCity(assessment)) {
			throw new InvalidInputException("该考核所属的称号已终止或已重新授予,本次考核不再进行,不能上传指标数据");
		}
	}

	/** The name as the user's computer called it, without any folder ("../../x.xlsx" → "x.xlsx"); a label only. */
	static String displayName(String fileName) {
		if (fileName == null) {
			return null;
		}
		String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1)
				.replaceAll("\\p{Cntrl}", "").strip();
		return name.length() > 200 ? name.substring(0, 200) : name;
	}

	private void record(Assessment assessment, String fileName, long size, IndicatorWorkbook.Reading reading, String userId) {
		String errors = reading.errors().isEmpty() ? null : String.join("\n", reading.errors().subList(0,
				Math.min(20, reading.errors().size())));
		mapper.insertUpload(new IndicatorUpload(null, assessment.id(), assessment.cityCode(), fileName, size,
				reading.accepted(), reading.values().size(), reading.errors().size(), errors, userId, EngineClock.now()));
	}

	IndicatorWorkbook.Target target(Assessment assessment) {
		return new IndicatorWorkbook.Target(assessment.cityCode(), cities.city(assessment.cityCode()).name(),
				assessment.assessedYear(), assessment.titleKind().label());
	}
}
