package cn.pilotcity.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * R-X-3, R-AA-3: the objective indicator data of every city under one year's assessment of one title, as one
 * workbook for the national office: a row per city, a column per indicator. {@link #template} lists the cities
 * that may still report; {@link #read} checks the whole file with the same rules as a city's own file
 * ({@link IndicatorWorkbook}) and returns either every city's values or one message per wrong cell. A city whose
 * row is left empty is not imported and keeps its data.
 */
public final class NationalIndicatorWorkbook {

	public static final String SHEET = "指标数据汇总";
	static final int META_ROW = 1;
	static final int YEAR_COLUMN = 1; // B2
	static final int TITLE_COLUMN = 3; // D2
	static final int CODE_ROW = 3;
	static final int NAME_ROW = 4;
	static final int FIRST_DATA_ROW = 5;
	static final int CITY_COLUMN = 1; // B
	static final int FIRST_INDICATOR_COLUMN = 4; // E
	static final int MAX_CITIES = 1000;

	/** A city whose assessment of the year may still take indicator data. */
	public record CityRow(String cityCode, String cityName, String provinceName) {
	}

	/** The outcome of reading a file: each city's values (in the file's order), or what is wrong with it. */
	public record Reading(Map<String, List<IndicatorValue>> valuesByCity, List<String> errors) {

		public boolean accepted() {
			return errors.isEmpty();
		}

		public int valueCount() {
			return valuesByCity.values().stream().mapToInt(List::size).sum();
		}
	}

	private NationalIndicatorWorkbook() {
	}

	public static byte[] template(int year, String titleLabel, List<CityRow> cities, List<Indicator> indicators) {
		List<Indicator> objective = indicators.stream().filter(Indicator::isObjective).toList();
		int lastColumn = FIRST_INDICATOR_COLUMN + Math.max(objective.size(), 1) - 1;
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			IndicatorWorkbook.Styles styles = new IndicatorWorkbook.Styles(book);
			Sheet sheet = book.createSheet(SHEET);
			Cell title = sheet.createRow(0).createCell(0);
			title.setCellValue(year + " 年度" + titleLabel + "考核 · 客观指标数据(国家知识产权局统一导入)");
			title.setCellStyle(styles.title);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, Math.max(lastColumn, 8)));

			Row meta = sheet.createRow(META_ROW);
			IndicatorWorkbook.label(meta, 0, "考核年度", styles.header);
			Cell yearCell = meta.createCell(YEAR_COLUMN);
			yearCell.setCellValue(year);
			yearCell.setCellStyle(styles.locked);
			IndicatorWorkbook.label(meta, 2, "称号", styles.header);
			IndicatorWorkbook.label(meta, TITLE_COLUMN, titleLabel, styles.locked);

			Cell note = sheet.createRow(2).createCell(0);
			note.setCellValue("填写说明:每行一个城市,每列一项指标(第 4 行为指标代码,第 5 行为名称、单位、取值范围);只在黄色单元格填写数字。"
					+ "整行留空的城市不导入、保留原数据;填写了的城市按整份数据替换,必填指标不得为空。上传后系统整体校验,全部正确才导入。");
			note.setCellStyle(styles.note);
			sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, Math.max(lastColumn, 8)));

			Row codes = sheet.createRow(CODE_ROW);
			Row names = sheet.createRow(NAME_ROW);
			List<String> headers = List.of("序号", "城市代码", "城市", "省份");
			for (int i = 0; i < headers.size(); i++) {
				IndicatorWorkbook.label(codes, i, headers.get(i), styles.header);
				IndicatorWorkbook.label(names, i, i == headers.size() - 1 ? "指标名称(单位,取值范围)" : "", styles.header);
			}
			for (int i = 0; i < objective.size(); i++) {
				Indicator indicator = objective.get(i);
				IndicatorWorkbook.label(codes, FIRST_INDICATOR_COLUMN + i, indicator.code(), styles.header);
				IndicatorWorkbook.label(names, FIRST_INDICATOR_COLUMN + i, indicator.name() + "(" + indicator.unit() + ","
						+ indicator.rangeText() + (indicator.required() ? ",必填" : ",选填") + ")", styles.locked);
			}

			int rowIndex = FIRST_DATA_ROW;
			for (CityRow city : cities) {
				Row row = sheet.createRow(rowIndex);
				Cell number = row.createCell(0);
				number.setCellValue(rowIndex - FIRST_DATA_ROW + 1);
				number.setCellStyle(styles.locked);
				IndicatorWorkbook.label(row, CITY_COLUMN, city.cityCode(), styles.locked);
				IndicatorWorkbook.label(row, 2, city.cityName(), styles.locked);
				IndicatorWorkbook.label(row, 3, city.provinceName(), styles.locked);
				for (int i = 0; i < objective.size(); i++) {
					row.createCell(FIRST_INDICATOR_COLUMN + i).setCellStyle(styles.input);
				}
				rowIndex++;
			}
			if (!cities.isEmpty()) {
				DataValidationHelper validations = sheet.getDataValidationHelper();
				for (int i = 0; i < objective.size(); i++) {
					int column = FIRST_INDICATOR_COLUMN + i;
					IndicatorWorkbook.validate(sheet, validations, objective.get(i),
							new CellRangeAddressList(FIRST_DATA_ROW, rowIndex - 1, column, column));
				}
			}
			sheet.setColumnWidth(0, 6 * 256);
			sheet.setColumnWidth(1, 12 * 256);
			sheet.setColumnWidth(2, 16 * 256);
			sheet.setColumnWidth(3, 14 * 256);
			for (int i = 0; i < objective.size(); i++) {
				sheet.setColumnWidth(FIRST_INDICATOR_COLUMN + i, 18 * 256);
			}
			sheet.createFreezePane(FIRST_INDICATOR_COLUMN, FIRST_DATA_ROW);
			sheet.protectSheet("pilot-city");
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Reads an uploaded file against the year, the title and its objective indicators.
	 *
	 * @param openCities the cities whose assessment may take data, by code
	 */
	public static Reading read(byte[] file, int year, String titleLabel, List<Indicator> indicators,
			Map<String, CityRow> openCities) {
		IndicatorWorkbook.Opened opened = IndicatorWorkbook.open(file, SHEET, FIRST_DATA_ROW, MAX_CITIES);
		if (opened.rejection() != null) {
			return rejected(opened.rejection());
		}
		SheetCells sheet = opened.sheet();
		List<String> errors = new ArrayList<>();
		checkYearAndTitle(sheet, year, titleLabel, errors);
		if (!"城市代码".equals(IndicatorWorkbook.text(sheet.cell(CODE_ROW, CITY_COLUMN)))) {
			errors.add("第 " + (CODE_ROW + 1) + " 行表头已被修改,请使用系统下载的模板");
			return new Reading(Map.of(), errors);
		}
		Map<Integer, Indicator> columns = columns(sheet, year, indicators, errors);
		Map<String, List<IndicatorValue>> valuesByCity = new LinkedHashMap<>();
		Map<String, Integer> seenAt = new HashMap<>();
		for (int r = FIRST_DATA_ROW; r <= sheet.lastRow(); r++) {
			String code = IndicatorWorkbook.text(sheet.cell(r, CITY_COLUMN));
			boolean empty = rowIsEmpty(sheet, r, columns);
			if (code == null || code.isBlank()) {
				if (!empty) {
					errors.add(IndicatorWorkbook.address(r, CITY_COLUMN) + ":该行填写了数值但没有城市代码,请勿增删或改动模板中的行");
				}
				continue;
			}
			code = code.strip();
			CityRow city = openCities.get(code);
			if (city == null) {
				errors.add(IndicatorWorkbook.address(r, CITY_COLUMN) + ":城市代码“" + code + "”没有可填报的 " + year + " 年度" + titleLabel
						+ "考核(不在名单中,或已提交年度报告),请重新下载模板");
				continue;
			}
			if (seenAt.containsKey(code)) {
				errors.add(IndicatorWorkbook.address(r, CITY_COLUMN) + ":" + city.cityName() + "重复填报(已在第 " + seenAt.get(code) + " 行)");
				continue;
			}
			seenAt.put(code, r + 1);
			if (empty) {
				continue;
			}
			List<IndicatorValue> values = new ArrayList<>();
			for (Map.Entry<Integer, Indicator> column : columns.entrySet()) {
				Indicator indicator = column.getValue();
				BigDecimal value = IndicatorWorkbook.value(sheet.cell(r, column.getKey()), indicator,
						IndicatorWorkbook.address(r, column.getKey()) + ":" + city.cityName() + " " + IndicatorWorkbook.describe(indicator), errors);
				if (value != null) {
					values.add(new IndicatorValue(indicator.code(), value));
				}
			}
			valuesByCity.put(code, values);
		}
		if (errors.isEmpty() && valuesByCity.isEmpty()) {
			errors.add("文件中没有填写任何城市的指标数据");
		}
		return errors.isEmpty() ? new Reading(valuesByCity, List.of()) : new Reading(Map.of(), IndicatorWorkbook.capped(errors));
	}

	private static void checkYearAndTitle(SheetCells sheet, int year, String titleLabel, List<String> errors) {
		String fileYear = IndicatorWorkbook.text(sheet.cell(META_ROW, YEAR_COLUMN));
		if (fileYear == null || !fileYear.strip().equals(String.valueOf(year))) {
			errors.add(IndicatorWorkbook.address(META_ROW, YEAR_COLUMN) + ":文件为“" + (fileYear == null ? "(空)" : fileYear.strip())
					+ "”年度,本次导入为 " + year + " 年度,请下载本年度的模板");
		}
		String fileTitle = IndicatorWorkbook.text(sheet.cell(META_ROW, TITLE_COLUMN));
		if (fileTitle == null || !fileTitle.strip().equals(titleLabel)) {
			errors.add(IndicatorWorkbook.address(META_ROW, TITLE_COLUMN) + ":文件为“" + (fileTitle == null ? "(空)" : fileTitle.strip())
					+ "”的模板,本次导入为“" + titleLabel + "”,请下载对应称号的模板");
		}
	}

	/** The indicator of each column, by the codes in the code row; unknown, repeated and missing required columns are errors. */
	private static Map<Integer, Indicator> columns(SheetCells sheet, int year, List<Indicator> indicators, List<String> errors) {
		Map<String, Indicator> byCode = new LinkedHashMap<>();
		indicators.stream().filter(Indicator::isObjective).forEach(i -> byCode.put(i.code(), i));
		Map<Integer, Indicator> columns = new LinkedHashMap<>();
		Map<String, Integer> seen = new HashMap<>();
		for (int c = FIRST_INDICATOR_COLUMN; c <= sheet.lastColumn(); c++) {
			String code = IndicatorWorkbook.text(sheet.cell(CODE_ROW, c));
			if (code == null || code.isBlank()) {
				continue;
			}
			code = code.strip();
			Indicator indicator = byCode.get(code);
			if (indicator == null) {
				errors.add(IndicatorWorkbook.address(CODE_ROW, c) + ":指标代码“" + code + "”不在 " + year + " 年度的指标体系中");
			}
			else if (seen.containsKey(code)) {
				errors.add(IndicatorWorkbook.address(CODE_ROW, c) + ":" + IndicatorWorkbook.describe(indicator) + "的列重复");
			}
			else {
				seen.put(code, c);
				columns.put(c, indicator);
			}
		}
		for (Indicator indicator : byCode.values()) {
			if (indicator.required() && !seen.containsKey(indicator.code())) {
				errors.add("缺少必填" + IndicatorWorkbook.describe(indicator) + "的列(模板中的该列被删除或代码被改动)");
			}
		}
		return columns;
	}

	private static boolean rowIsEmpty(SheetCells sheet, int row, Map<Integer, Indicator> columns) {
		return columns.keySet().stream().allMatch(c -> IndicatorWorkbook.isBlank(sheet.cell(row, c)));
	}

	private static Reading rejected(String message) {
		return new Reading(Map.of(), List.of(message));
	}
}
