package cn.pilotcity.assessment;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSessionFactory;
import org.mybatis.spring.SqlSessionTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import cn.pilotcity.city.City;
import cn.pilotcity.city.CityDirectory;
import cn.pilotcity.city.TitleKind;
import cn.pilotcity.system.EngineClock;
import cn.pilotcity.system.InvalidInputException;
import cn.pilotcity.system.ValidationFailedException;

/**
 * R-X-3, R-AA-3: the national office imports the objective indicator data of every city under one year's
 * assessment of a title from one workbook ({@link NationalIndicatorWorkbook}), instead of each city uploading
 * its own file. The whole file is checked before anything is written; an accepted file replaces the data of
 * each city it fills in, in one transaction with one batch of inserts, and each such city's upload history
 * records the import under the national user's name. Cities whose row is empty keep their data.
 */
@Service
public class NationalIndicatorImport {

	/** One stored value of one assessment. */
	public record ValueRow(long assessmentId, String indicatorCode, BigDecimal value) {
	}

	/** The cities that may still take data this year, and the indicators of the year. */
	public record Scope(int year, TitleKind kind, List<Assessment> open, List<Indicator> indicators) {
	}

	/** An accepted import. */
	public record Imported(int cities, int values) {
	}

	private final AssessmentMapper mapper;
	private final AssessmentMapper batchMapper;
	private final IndicatorSystem indicatorSystem;
	private final CityDirectory cities;
	private final TransactionTemplate transaction;
	private final DataSize maxSize;

	NationalIndicatorImport(AssessmentMapper mapper, SqlSessionFactory sessions, IndicatorSystem indicatorSystem,
			CityDirectory cities, TransactionTemplate transaction,
			@Value("${pilotcity.assessment.max-national-upload-size:10MB}") DataSize maxSize) {
		this.mapper = mapper;
		// 15,000 rows as one JDBC batch: a multi-row <foreach> insert builds every row's parameters anew and took
		// about three times as long (docs/performance.md); a transaction that uses it uses no other mapper
		this.batchMapper = new SqlSessionTemplate(sessions, ExecutorType.BATCH).getMapper(AssessmentMapper.class);
		this.indicatorSystem = indicatorSystem;
		this.cities = cities;
		this.transaction = transaction;
		this.maxSize = maxSize;
	}

	public long maxBytes() {
		return maxSize.toBytes();
	}

	/** The cities still reporting: one assessment each, of the title's current grant (uq_assessment_title_year). */
	public Scope scope(int year, TitleKind kind) {
		List<Indicator> objective = indicatorSystem.indicators(kind, year).stream().filter(Indicator::isObjective).toList();
		return new Scope(year, kind, mapper.findOpenToCity(year, kind), objective);
	}

	public byte[] template(int year, TitleKind kind) {
		Scope scope = scope(year, kind);
		return NationalIndicatorWorkbook.template(year, kind.label(), cityRows(scope).values().stream().toList(),
				scope.indicators());
	}

	/**
	 * Checks and imports a file. The caller has checked that the user acts for the national office.
	 *
	 * @throws ValidationFailedException with one message per wrong cell; nothing is imported
	 */
	public Imported upload(int year, TitleKind kind, String fileName, byte[] file, String userId) {
		if (file != null && file.length > maxSize.toBytes()) {
			throw new InvalidInputException("文件超过 " + maxSize.toMegabytes() + " MB 上限");
		}
		Scope scope = scope(year, kind);
		if (scope.open().isEmpty()) {
			throw new InvalidInputException(year + " 年度没有可填报指标数据的" + kind.label() + "考核");
		}
		Map<String, NationalIndicatorWorkbook.CityRow> names = cityRows(scope);
		NationalIndicatorWorkbook.Reading reading = NationalIndicatorWorkbook.read(file, year, kind.label(),
				scope.indicators(), names);
		if (!reading.accepted()) {
			throw new ValidationFailedException("指标数据未通过校验,未导入任何数据", reading.errors());
		}
		Map<String, Assessment> byCity = scope.open().stream().collect(Collectors.toMap(Assessment::cityCode, Function.identity()));
		List<Long> ids = reading.valuesByCity().keySet().stream().map(code -> byCity.get(code).id()).sorted().toList();
		transaction.executeWithoutResult(tx -> store(reading, byCity, names, ids, IndicatorImport.displayName(fileName),
				file.length, userId));
		return new Imported(ids.size(), reading.valueCount());
	}

	/** In one transaction through the batch session only (it cannot share a transaction with the default one). */
	private void store(NationalIndicatorWorkbook.Reading reading, Map<String, Assessment> byCity,
			Map<String, NationalIndicatorWorkbook.CityRow> names, List<Long> ids, String fileName, long size, String userId) {
		List<String> closed = batchMapper.lockAll(ids).stream().filter(a -> !a.status().openToCity())
				.map(a -> names.get(a.cityCode()).cityName() + "(" + a.status().label() + ")").toList();
		if (!closed.isEmpty()) {
			throw new InvalidInputException("以下城市的年度考核已不能再导入指标数据,未导入任何数据:" + String.join("、", closed));
		}
		batchMapper.deleteValuesOfAll(ids);
		LocalDateTime now = EngineClock.now();
		// all rows of one statement, then the next: the batch executor starts a new JDBC batch whenever the statement changes
		reading.valuesByCity().forEach((cityCode, values) -> values.forEach(
				v -> batchMapper.insertValueRow(new ValueRow(byCity.get(cityCode).id(), v.indicatorCode(), v.value()))));
		reading.valuesByCity().forEach((cityCode, values) -> batchMapper.insertUpload(new IndicatorUpload(null,
				byCity.get(cityCode).id(), cityCode, fileName, size, true, values.size(), 0, null, userId, now)));
	}

	/** The open cities by code, in the order of the scope (one query for the names of all cities). */
	private Map<String, NationalIndicatorWorkbook.CityRow> cityRows(Scope scope) {
		Map<String, City> byCode = cities.cities().stream().collect(Collectors.toMap(City::code, Function.identity()));
		Map<String, NationalIndicatorWorkbook.CityRow> rows = new LinkedHashMap<>();
		for (Assessment assessment : scope.open()) {
			City city = byCode.get(assessment.cityCode());
			rows.put(city.code(), new NationalIndicatorWorkbook.CityRow(city.code(), city.name(), city.provinceName()));
		}
		return rows;
	}
}
