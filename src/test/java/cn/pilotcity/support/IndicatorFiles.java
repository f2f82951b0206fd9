package cn.pilotcity.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.pilotcity.assessment.IndicatorWorkbook;

/** Fills in (or spoils) a downloaded indicator template the way a city's clerk would in Excel. */
public final class IndicatorFiles {

	public static final int VALUE_COLUMN = 7;
	public static final int CODE_COLUMN = 1;

	private IndicatorFiles() {
	}

	/** The template with these values in the value column (numbers as numbers, anything else as text). */
	public static byte[] fill(byte[] template, Map<String, ?> values) {
		return edit(template, sheet -> {
			for (Row row : sheet) {
				Cell code = row.getCell(CODE_COLUMN);
				if (row.getRowNum() < 4 || code == null) {
					continue;
				}
				Object value = values.get(code.getStringCellValue());
				if (value == null) {
					continue;
				}
				Cell cell = row.getCell(VALUE_COLUMN) == null ? row.createCell(VALUE_COLUMN) : row.getCell(VALUE_COLUMN);
				if (value instanceof Number n) {
					cell.setCellValue(n.doubleValue());
				}
				else {
					cell.setCellValue(value.toString());
				}
			}
		});
	}

	/** Any change to the sheet "指标数据" of a workbook. */
	public static byte[] edit(byte[] workbook, Consumer<Sheet> change) {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			change.accept(book.getSheet(IndicatorWorkbook.SHEET));
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The row of an indicator in the sheet. */
	public static Row rowOf(Sheet sheet, String code) {
		for (Row row : sheet) {
			Cell cell = row.getCell(CODE_COLUMN);
			if (row.getRowNum() >= 4 && cell != null && code.equals(cell.getStringCellValue())) {
				return row;
			}
		}
		throw new IllegalArgumentException("no row for " + code);
	}
}
