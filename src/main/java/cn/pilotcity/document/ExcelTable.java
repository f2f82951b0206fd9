package cn.pilotcity.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A simple Excel workbook: one or more sheets, each a title row, a header row and data rows. Text that a
 * spreadsheet could take for a formula (starting with = + - @, or a tab or carriage return) is written
 * quote-prefixed, so a malicious value in an opinion never runs as a formula when the file is opened.
 */
public final class ExcelTable {

	private final XSSFWorkbook workbook = new XSSFWorkbook();
	private final CellStyle headerStyle;
	private final CellStyle titleStyle;
	private final CellStyle textStyle;
	private final CellStyle quotedTextStyle;
	private final CellStyle dateStyle;
	private final CellStyle decimalStyle;
	private Sheet sheet;
	private int[] widths;
	private int nextRow;

	public ExcelTable() {
		Font bold = workbook.createFont();
		bold.setBold(true);
		headerStyle = workbook.createCellStyle();
		headerStyle.setFont(bold);
		Font big = workbook.createFont();
		big.setBold(true);
		big.setFontHeightInPoints((short) 14);
		titleStyle = workbook.createCellStyle();
		titleStyle.setFont(big);
		textStyle = workbook.createCellStyle();
		textStyle.setWrapText(false);
		quotedTextStyle = workbook.createCellStyle();
		quotedTextStyle.setQuotePrefixed(true);
		dateStyle = workbook.createCellStyle();
		dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
		decimalStyle = workbook.createCellStyle();
		decimalStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0.00"));
	}

	/** Starts a sheet with an optional title line (null for none) and the column headers. */
	public ExcelTable sheet(String name, String title, List<String> headers) {
		finishSheet();
		sheet = workbook.createSheet(safeSheetName(name));
		widths = new int[headers.size()];
		nextRow = 0;
		if (title != null) {
			Cell cell = sheet.createRow(nextRow++).createCell(0);
			cell.setCellValue(title);
			cell.setCellStyle(titleStyle);
		}
		Row header = sheet.createRow(nextRow++);
		for (int i = 0; i < headers.size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(headers.get(i));
			cell.setCellStyle(headerStyle);
			widen(i, headers.get(i));
		}
		sheet.createFreezePane(0, nextRow);
		return this;
	}

	/** Appends a row: text, numbers, dates and booleans keep their type; null leaves the cell empty. */
	public ExcelTable row(Object... values) {
		Row row = sheet.createRow(nextRow++);
		for (int i = 0; i < values.length; i++) {
			Object value = values[i];
			if (value == null) {
				continue;
			}
			Cell cell = row.createCell(i);
			if (value instanceof BigDecimal d) {
				cell.setCellValue(d.doubleValue());
				cell.setCellStyle(decimalStyle);
			}
			else if (value instanceof Double || value instanceof Float) {
				cell.setCellValue(((Number) value).doubleValue());
				cell.setCellStyle(decimalStyle);
			}
			else if (value instanceof Number n) {
				cell.setCellValue(n.doubleValue());
			}
			else if (value instanceof Boolean b) {
				cell.setCellValue(b ? "是" : "否");
			}
			else if (value instanceof LocalDate d) {
				cell.setCellValue(d);
				cell.setCellStyle(dateStyle);
			}
			else if (value instanceof LocalDateTime t) {
				cell.setCellValue(t.toLocalDate());
				cell.setCellStyle(dateStyle);
			}
			else {
				String text = value.toString();
				cell.setCellValue(text);
				cell.setCellStyle(looksLikeFormula(text) ? quotedTextStyle : textStyle);
			}
			widen(i, value.toString());
		}
		return this;
	}

	public byte[] toBytes() {
		finishSheet();
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(); XSSFWorkbook book = workbook) {
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Would a spreadsheet read this text as a formula (CSV/formula injection)? */
	public static boolean looksLikeFormula(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
	}

	private void widen(int column, String text) {
		int width = text.codePoints().map(c -> c > 0x2E80 ? 2 : 1).sum();
		widths[column] = Math.max(widths[column], Math.min(width, 60));
	}

	private void finishSheet() {
		if (sheet != null) {
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, (widths[i] + 2) * 256);
			}
		}
	}

	private static String safeSheetName(String name) {
		String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", "_");
		List<Integer> points = new ArrayList<>();
		cleaned.codePoints().limit(31).forEach(points::add);
		return new String(points.stream().mapToInt(Integer::intValue).toArray(), 0, points.size());
	}
}
