package cn.pilotcity.assessment;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * R-X-3: the indicator data of one city and year as an Excel workbook. {@link #template} writes the sheet a
 * city fills in (codes, names, dimension, unit, required or not, accepted range with cell validation, the
 * city and year it belongs to, everything but the value column locked); {@link #read} checks an uploaded
 * file as a whole and returns either every value or one Chinese message per wrong cell, never a part.
 *
 * <p>Uploaded files are untrusted: only .xlsx is read, with POI's zip-bomb guard (inflate ratio, entry size,
 * entry count), a row limit, and no formula is evaluated (only a cached numeric result is taken). The sheet is
 * read as a stream of raw cells ({@link SheetCells}), not as a workbook model: exact values and types, no
 * display formatting, a few milliseconds a file.
 */
public final class IndicatorWorkbook {

	public static final String SHEET = "指标数据";
	static final int META_ROW = 1;
	static final int CITY_COLUMN = 1; // B2
	static final int YEAR_COLUMN = 5; // F2
	static final int HEADER_ROW = 3;
	static final int FIRST_DATA_ROW = 4;
	static final int CODE_COLUMN = 1; // B
	static final int VALUE_COLUMN = 7; // H
	static final int MAX_ROWS = 1000;
	static final int MAX_ERRORS = 200;
	static final List<String> HEADERS = List.of("序号", "指标代码", "指标名称", "维度", "单位", "是否必填", "取值范围", "数值",
			"计分规则");

	private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
	private static final byte[] ZIP = { 'P', 'K', 3, 4 };
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	static {
		// an uploaded .xlsx must not expand beyond reason (zip bomb): POI refuses ratios below 1:100 by
		// default; here also entries above 20 MB and archives with more than 200 entries
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(20L * 1024 * 1024);
		ZipSecureFile.setMaxFileCount(200);
	}

	/** The city and year a file must belong to. */
	public record Target(String cityCode, String cityName, int year, String titleLabel) {
	}

	/** The outcome of reading a file: the values, or what is wrong with it. */
	public record Reading(List<IndicatorValue> values, List<String> errors) {

		public boolean accepted() {
			return errors.isEmpty();
		}
	}

	private IndicatorWorkbook() {
	}

	public static byte[] template(Target target, List<Indicator> indicators) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Styles styles = new Styles(book);
			Sheet sheet = book.createSheet(SHEET);
			Cell title = sheet.createRow(0).createCell(0);
			title.setCellValue(target.cityName() + " " + target.year() + " 年度" + target.titleLabel() + "考核 · 指标数据");
			title.setCellStyle(styles.title);
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADERS.size() - 1));

			Row meta = sheet.createRow(META_ROW);
			label(meta, 0, "城市代码", styles.header);
			label(meta, CITY_COLUMN, target.cityCode(), styles.locked);
			label(meta, 2, "城市", styles.header);
			label(meta, 3, target.cityName(), styles.locked);
			label(meta, 4, "考核年度", styles.header);
			Cell year = meta.createCell(YEAR_COLUMN);
			year.setCellValue(target.year());
			year.setCellStyle(styles.locked);

			Cell note = sheet.createRow(2).createCell(0);
			note.setCellValue("填写说明:只在“数值”列(黄色)填写数字;必填指标不得为空;请勿修改其他单元格、增删行或改动城市代码与年度。"
					+ "上传后系统整体校验,全部正确才导入。");
			note.setCellStyle(styles.note);
			sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, HEADERS.size() - 1));

			Row header = sheet.createRow(HEADER_ROW);
			for (int i = 0; i < HEADERS.size(); i++) {
				label(header, i, HEADERS.get(i), styles.header);
			}
			DataValidationHelper validations = sheet.getDataValidationHelper();
			int rowIndex = FIRST_DATA_ROW;
			int n = 1;
			for (Indicator indicator : indicators.stream().filter(Indicator::isObjective).toList()) {
				Row row = sheet.createRow(rowIndex);
				Cell number = row.createCell(0);
				number.setCellValue(n++);
				number.setCellStyle(styles.locked);
				label(row, CODE_COLUMN, indicator.code(), styles.locked);
				label(row, 2, indicator.name(), styles.locked);
				label(row, 3, indicator.dimension().label(), styles.locked);
				label(row, 4, indicator.unit(), styles.locked);
				label(row, 5, indicator.required() ? "必填" : "选填", styles.locked);
				label(row, 6, indicator.rangeText(), styles.locked);
				row.createCell(VALUE_COLUMN).setCellStyle(styles.input);
				label(row, 8, ruleText(indicator), styles.locked);
				validate(sheet, validations, indicator, new CellRangeAddressList(rowIndex, rowIndex, VALUE_COLUMN, VALUE_COLUMN));
				rowIndex++;
			}
			int[] widths = { 6, 22, 40, 8, 8, 10, 18, 14, 40 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			sheet.createFreezePane(0, FIRST_DATA_ROW);
			sheet.protectSheet("pilot-city");
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Reads an uploaded file for the target city and year against the objective indicators of the year. */
	public static Reading read(byte[] file, Target target, List<Indicator> indicators) {
		Opened opened = open(file, SHEET, FIRST_DATA_ROW, MAX_ROWS);
		if (opened.rejection() != null) {
			return rejected(opened.rejection());
		}
		SheetCells sheet = opened.sheet();
		List<String> errors = new ArrayList<>();
		checkTarget(sheet, target, errors);
		if (!headerIntact(sheet)) {
			errors.add("第 " + (HEADER_ROW + 1) + " 行表头已被修改,请使用系统下载的模板");
			return new Reading(List.of(), errors);
		}
		return readValues(sheet, target, indicators, errors);
	}

	/** The named sheet of an uploaded file, or why the file cannot be read (one message for the user). */
	record Opened(SheetCells sheet, String rejection) {
	}

	/** Opens an untrusted upload: only .xlsx, within the zip-bomb limits and at most {@code maxRows} data rows. */
	static Opened open(byte[] file, String sheetName, int firstDataRow, int maxRows) {
		if (file == null || file.length == 0) {
			return new Opened(null, "上传的文件为空");
		}
		if (startsWith(file, OLE2)) {
			return new Opened(null, "不支持旧版 Excel(.xls)格式,请下载系统模板(.xlsx)填写后上传");
		}
		if (!startsWith(file, ZIP)) {
			return new Opened(null, "文件不是 Excel(.xlsx)格式,请下载系统模板填写后上传");
		}
		SheetCells sheet;
		try {
			sheet = SheetCells.read(file, sheetName, firstDataRow + maxRows);
		}
		catch (SheetCells.TooManyRows e) {
			return new Opened(null, "数据行超过 " + maxRows + " 行,请使用系统下载的模板");
		}
		catch (IOException | RuntimeException | org.xml.sax.SAXException | org.apache.poi.openxml4j.exceptions.OpenXML4JException e) {
			if (isZipBomb(e)) {
				return new Opened(null, "文件内容异常(解压后体积或条目数超出限制),已拒绝");
			}
			return new Opened(null, "文件已损坏或不完整,无法读取,请重新下载模板填写后上传");
		}
		if (sheet == null) {
			return new Opened(null, "找不到工作表“" + sheetName + "”,请使用系统下载的模板");
		}
		return new Opened(sheet, null);
	}

	/**
	 * The value of one indicator's cell, rounded as stored; null when the cell is blank (an error when the
	 * indicator is required) or when it holds no number within the indicator's range (with an error).
	 */
	static BigDecimal value(SheetCells.Cell cell, Indicator indicator, String where, List<String> errors) {
		if (isBlank(cell)) {
			if (indicator.required()) {
				errors.add(where + "为必填指标,未填写");
			}
			return null;
		}
		BigDecimal value = number(cell, where, errors);
		if (value == null) {
			return null;
		}
		if (!indicator.inRange(value)) {
			errors.add(where + "的取值应在 " + indicator.rangeText() + " 之间(单位:" + indicator.unit() + "),实际为 "
					+ Indicator.plain(value));
			return null;
		}
		return value.setScale(4, RoundingMode.HALF_UP);
	}

	/** At most {@link #MAX_ERRORS} messages, the last saying how many more there are. */
	static List<String> capped(List<String> errors) {
		if (errors.size() <= MAX_ERRORS) {
			return errors;
		}
		List<String> shown = new ArrayList<>(errors.subList(0, MAX_ERRORS));
		shown.add("……另有 " + (errors.size() - MAX_ERRORS) + " 处错误");
		return shown;
	}

	private static Reading readValues(SheetCells sheet, Target target, List<Indicator> indicators, List<String> errors) {
		Map<String, Indicator> byCode = new LinkedHashMap<>();
		indicators.stream().filter(Indicator::isObjective).forEach(i -> byCode.put(i.code(), i));
		Map<String, Integer> seenAt = new HashMap<>();
		List<IndicatorValue> values = new ArrayList<>();
		for (int r = FIRST_DATA_ROW; r <= sheet.lastRow(); r++) {
			String code = text(sheet.cell(r, CODE_COLUMN));
			SheetCells.Cell valueCell = sheet.cell(r, VALUE_COLUMN);
			if (code == null || code.isBlank()) {
				if (!isBlank(valueCell)) {
					errors.add(address(r, CODE_COLUMN) + ":该行填写了数值但没有指标代码,请勿增删或改动模板中的行");
				}
				continue;
			}
			code = code.strip();
			Indicator indicator = byCode.get(code);
			if (indicator == null) {
				errors.add(address(r, CODE_COLUMN) + ":指标代码“" + code + "”不在 " + target.year() + " 年度的指标体系中");
				continue;
			}
			if (seenAt.containsKey(code)) {
				errors.add(address(r, CODE_COLUMN) + ":" + describe(indicator) + "重复填报(已在第 " + seenAt.get(code) + " 行)");
				continue;
			}
			seenAt.put(code, r + 1);
			BigDecimal value = value(valueCell, indicator, address(r, VALUE_COLUMN) + ":" + describe(indicator), errors);
			if (value != null) {
				values.add(new IndicatorValue(code, value));
			}
		}
		for (Indicator indicator : byCode.values()) {
			if (indicator.required() && !seenAt.containsKey(indicator.code())) {
				errors.add("缺少必填" + describe(indicator) + "(模板中的该行被删除或代码被改动)");
			}
		}
		return errors.isEmpty() ? new Reading(values, List.of()) : new Reading(List.of(), capped(errors));
	}

	private static void checkTarget(SheetCells sheet, Target target, List<String> errors) {
		String city = text(sheet.cell(META_ROW, CITY_COLUMN));
		if (city == null || !city.strip().equals(target.cityCode())) {
			errors.add(address(META_ROW, CITY_COLUMN) + ":文件属于城市“" + (city == null ? "(空)" : city.strip()) + "”,本次考核为 "
					+ target.cityCode() + " " + target.cityName() + ",请下载本市的模板");
		}
		SheetCells.Cell yearCell = sheet.cell(META_ROW, YEAR_COLUMN);
		BigDecimal year = isBlank(yearCell) ? null : number(yearCell, "", new ArrayList<>());
		if (year == null || year.compareTo(BigDecimal.valueOf(target.year())) != 0) {
			errors.add(address(META_ROW, YEAR_COLUMN) + ":文件为“" + (year == null ? text(yearCell) : Indicator.plain(year))
					+ "”年度,本次考核为 " + target.year() + " 年度,请下载本年度的模板");
		}
	}

	private static boolean headerIntact(SheetCells sheet) {
		return "指标代码".equals(text(sheet.cell(HEADER_ROW, CODE_COLUMN))) && "数值".equals(text(sheet.cell(HEADER_ROW, VALUE_COLUMN)));
	}

	/** The number in a cell, or null with an error: text, booleans and formula errors are not numbers. */
	private static BigDecimal number(SheetCells.Cell cell, String where, List<String> errors) {
		switch (cell.type()) {
		case NUMBER:
			try {
				return new BigDecimal(cell.value().strip());
			}
			catch (NumberFormatException e) {
				errors.add(where + "应填写数字");
				return null;
			}
		case TEXT:
			String text = cell.value().strip();
			if (NUMBER.matcher(text).matches()) {
				return new BigDecimal(text);
			}
			errors.add(where + "应填写数字,实际为文字“" + abbreviate(text) + "”");
			return null;
		case BOOLEAN:
			errors.add(where + "应填写数字,实际为“" + ("1".equals(cell.value()) ? "TRUE" : "FALSE") + "”");
			return null;
		case ERROR:
			errors.add(where + "的公式计算出错(" + cell.value() + ")");
			return null;
		default:
			errors.add(where + "应填写数字");
			return null;
		}
	}

	static boolean isBlank(SheetCells.Cell cell) {
		return cell == null || cell.value() == null || cell.value().isBlank();
	}

	static String text(SheetCells.Cell cell) {
		if (cell == null || cell.value() == null) {
			return null;
		}
		if (cell.type() == SheetCells.Type.NUMBER) {
			try {
				return new BigDecimal(cell.value().strip()).stripTrailingZeros().toPlainString();
			}
			catch (NumberFormatException e) {
				return cell.value();
			}
		}
		return cell.value();
	}

	static String describe(Indicator indicator) {
		return "指标 " + indicator.code() + "“" + indicator.name() + "”";
	}

	static String address(int row, int column) {
		return new CellAddress(row, column).formatAsString() + " 单元格";
	}

	private static String abbreviate(String text) {
		return text.length() > 30 ? text.substring(0, 30) + "…" : text;
	}

	static String ruleText(Indicator indicator) {
		return switch (indicator.rule()) {
		case PROPORTIONAL -> "目标值 " + Indicator.plain(indicator.target()) + indicator.unit() + ",按完成比例计分,满分 "
				+ Indicator.plain(indicator.weight()) + " 分";
		case THRESHOLD -> "达到 " + Indicator.plain(indicator.target()) + indicator.unit() + " 得 "
				+ Indicator.plain(indicator.weight()) + " 分";
		case ASSESSOR -> "评审打分";
		};
	}

	/** Excel's own check of the cells where the indicator's value is typed: a number within its range. */
	static void validate(Sheet sheet, DataValidationHelper helper, Indicator indicator, CellRangeAddressList cells) {
		DataValidationConstraint constraint;
		String min = indicator.minValue() == null ? null : indicator.minValue().toPlainString();
		String max = indicator.maxValue() == null ? null : indicator.maxValue().toPlainString();
		if (min != null && max != null) {
			constraint = helper.createDecimalConstraint(OperatorType.BETWEEN, min, max);
		}
		else if (min != null) {
			constraint = helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, min, null);
		}
		else if (max != null) {
			constraint = helper.createDecimalConstraint(OperatorType.LESS_OR_EQUAL, max, null);
		}
		else {
			constraint = helper.createDecimalConstraint(OperatorType.BETWEEN, "-1E+15", "1E+15");
		}
		DataValidation validation = helper.createValidation(constraint, cells);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.setShowErrorBox(true);
		validation.createErrorBox("数值不正确", indicator.name() + ":请填写数字,取值 " + indicator.rangeText() + "(" + indicator.unit() + ")");
		validation.setShowPromptBox(true);
		validation.createPromptBox(indicator.code(), "单位:" + indicator.unit() + ";取值 " + indicator.rangeText()
				+ (indicator.required() ? ";必填" : ";选填"));
		validation.setEmptyCellAllowed(true);
		sheet.addValidationData(validation);
	}

	static void label(Row row, int column, String text, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellValue(text);
		cell.setCellStyle(style);
	}

	private static Reading rejected(String message) {
		return new Reading(List.of(), List.of(message));
	}

	private static boolean startsWith(byte[] file, byte[] prefix) {
		if (file.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (file[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static boolean isZipBomb(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			String message = t.getMessage();
			if (message != null && (message.contains("Zip bomb") || message.contains("zip bomb")
					|| message.contains("ZIP_ENTRIES") || message.contains("entries exceeds"))) {
				return true;
			}
		}
		return false;
	}

	static final class Styles {

		final CellStyle title;
		final CellStyle header;
		final CellStyle locked;
		final CellStyle input;
		final CellStyle note;

		Styles(Workbook book) {
			Font bold = book.createFont();
			bold.setBold(true);
			Font big = book.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 14);
			title = book.createCellStyle();
			title.setFont(big);
			header = book.createCellStyle();
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			locked = book.createCellStyle();
			locked.setLocked(true);
			input = book.createCellStyle();
			input.setLocked(false);
			input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
			input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			note = book.createCellStyle();
			note.setWrapText(true);
		}
	}
}
