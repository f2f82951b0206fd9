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
import cn.pilotcity.assessment.NationalIndicatorWorkbook;

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
				set(row.getCell(VALUE_COLUMN) == null ? row.createCell(VALUE_COLUMN) : row.getCell(VALUE_COLUMN), value);
			}
		});
	}

	/**
	 * The national office's summary template (a row per city, a column per indicator, codes in the 4th row) with
	 * these values by city code and indicator code; rows of other cities stay empty.
	 */
	public static byte[] fillNational(byte[] template, Map<String, ? extends Map<String, ?>> valuesByCity) {
		return edit(template, NationalIndicatorWorkbook.SHEET, sheet -> {
			Row codes = sheet.getRow(3);
			for (Row row : sheet) {
				Cell city = row.getCell(1);
				Map<String, ?> values = row.getRowNum() < 5 || city == null ? null : valuesByCity.get(city.getStringCellValue());
				if (values == null) {
					continue;
				}
				for (int c = 4; c < codes.getLastCellNum(); c++) {
					Object value = values.get(codes.getCell(c).getStringCellValue());
					if (value != null) {
						set(row.getCell(c) == null ? row.createCell(c) : row.getCell(c), value);
					}
				}
			}
		});
	}

	/** The city's row in the national summary sheet. */
	public static Row nationalRowOf(Sheet sheet, String cityCode) {
		for (Row row : sheet) {
			Cell cell = row.getCell(1);
			if (row.getRowNum() >= 5 && cell != null && cityCode.equals(cell.getStringCellValue())) {
				return row;
			}
		}
		throw new IllegalArgumentException("no row for " + cityCode);
	}

	/** Numbers as numbers, anything else as text. */
	public static void set(Cell cell, Object value) {
		if (value instanceof Number n) {
			cell.setCellValue(n.doubleValue());
		}
		else {
			cell.setCellValue(value.toString());
		}
	}

	/** Any change to the sheet "指标数据" of a workbook. */
	public static byte[] edit(byte[] workbook, Consumer<Sheet> change) {
		return edit(workbook, IndicatorWorkbook.SHEET, change);
	}

	/** Any change to one sheet of a workbook. */
	public static byte[] edit(byte[] workbook, String sheetName, Consumer<Sheet> change) {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			change.accept(book.getSheet(sheetName));
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
