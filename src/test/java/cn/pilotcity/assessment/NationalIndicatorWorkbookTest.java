package cn.pilotcity.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import cn.pilotcity.support.IndicatorFiles;

/** R-X-3, R-AA-3: the national office's summary workbook of a year's objective indicator data, without the application. */
class NationalIndicatorWorkbookTest {

	static final String TITLE = "国家知识产权示范城市";
	static final Map<String, NationalIndicatorWorkbook.CityRow> OPEN = cities(
			new NationalIndicatorWorkbook.CityRow("330200", "宁波市", "浙江省"),
			new NationalIndicatorWorkbook.CityRow("320500", "苏州市", "江苏省"),
			new NationalIndicatorWorkbook.CityRow("520100", "贵阳市", "贵州省"));
	static final List<Indicator> INDICATORS = IndicatorWorkbookTest.INDICATORS;
	static final Map<String, Object> VALID = IndicatorWorkbookTest.VALID;

	static Map<String, NationalIndicatorWorkbook.CityRow> cities(NationalIndicatorWorkbook.CityRow... rows) {
		Map<String, NationalIndicatorWorkbook.CityRow> map = new LinkedHashMap<>();
		for (NationalIndicatorWorkbook.CityRow row : rows) {
			map.put(row.cityCode(), row);
		}
		return map;
	}

	byte[] template() {
		return NationalIndicatorWorkbook.template(2030, TITLE, List.copyOf(OPEN.values()), INDICATORS);
	}

	NationalIndicatorWorkbook.Reading read(byte[] file) {
		return NationalIndicatorWorkbook.read(file, 2030, TITLE, INDICATORS, OPEN);
	}

	byte[] filled(Map<String, ? extends Map<String, ?>> valuesByCity) {
		return IndicatorFiles.fillNational(template(), valuesByCity);
	}

	@Test
	@DisplayName("R-X-3: the summary template has the year and title, a locked row per city that may report and a column per objective indicator with Excel's own range check")
	void templateContent() throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
			XSSFSheet sheet = book.getSheet(NationalIndicatorWorkbook.SHEET);
			assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2030);
			assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo(TITLE);
			assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("城市代码");
			// the subjective indicator is scored by the national office, not imported
			assertThat(List.of(4, 5, 6, 7).stream().map(c -> sheet.getRow(3).getCell(c).getStringCellValue()))
					.containsExactly("PLEDGE_GROWTH", "PLEDGE_SME_SHARE", "TRAINED_PRIVATE", "FUND_PRIVATE_SHARE");
			assertThat(sheet.getRow(3).getCell(8)).isNull();
			assertThat(sheet.getRow(4).getCell(5).getStringCellValue()).isEqualTo("质押融资项目中中小民营企业项目数占比(%,0 至 100,必填)");
			assertThat(List.of(5, 6, 7).stream().map(r -> sheet.getRow(r).getCell(2).getStringCellValue()))
					.containsExactly("宁波市", "苏州市", "贵阳市");
			assertThat(sheet.getRow(5).getCell(1).getCellStyle().getLocked()).isTrue();
			assertThat(sheet.getRow(5).getCell(4).getCellStyle().getLocked()).isFalse();
			assertThat(sheet.getDataValidations()).hasSize(4)
					.allSatisfy(v -> assertThat(v.getRegions().getCellRangeAddress(0).formatAsString()).matches("[E-H]6:[E-H]8"));
			assertThat(sheet.getProtect()).isTrue();
		}
	}

	@Test
	@DisplayName("R-X-3: a filled-in summary gives every filled city's values; a city whose row is empty is left out and keeps its data")
	void readsEveryFilledCity() {
		Map<String, Map<String, ?>> values = new LinkedHashMap<>();
		values.put("330200", VALID);
		values.put("520100", Map.of("PLEDGE_GROWTH", -5, "PLEDGE_SME_SHARE", "55.5", "TRAINED_PRIVATE", 1200, "FUND_PRIVATE_SHARE", 81));

		NationalIndicatorWorkbook.Reading reading = read(filled(values));

		assertThat(reading.errors()).isEmpty();
		assertThat(reading.valuesByCity()).containsOnlyKeys("330200", "520100");
		assertThat(reading.valuesByCity().get("330200")).extracting(IndicatorValue::indicatorCode)
				.containsExactly("PLEDGE_GROWTH", "PLEDGE_SME_SHARE", "TRAINED_PRIVATE");
		assertThat(reading.valuesByCity().get("520100")).extracting(IndicatorValue::value).containsExactly(
				new BigDecimal("-5.0000"), new BigDecimal("55.5000"), new BigDecimal("1200.0000"), new BigDecimal("81.0000"));
		assertThat(reading.valueCount()).isEqualTo(7);
	}

	@Test
	@DisplayName("R-X-3: every wrong cell of every city is named with its address, city and indicator, and nothing is accepted")
	void everyWrongCellIsNamed() {
		Map<String, Map<String, ?>> values = new LinkedHashMap<>();
		values.put("330200", VALID);
		values.put("320500", Map.of("PLEDGE_GROWTH", "约二十", "PLEDGE_SME_SHARE", 130));

		NationalIndicatorWorkbook.Reading reading = read(filled(values));

		assertThat(reading.valuesByCity()).isEmpty();
		assertThat(reading.errors()).containsExactly(
				"E7 单元格:苏州市 指标 PLEDGE_GROWTH“知识产权质押融资额增幅”应填写数字,实际为文字“约二十”",
				"F7 单元格:苏州市 指标 PLEDGE_SME_SHARE“质押融资项目中中小民营企业项目数占比”的取值应在 0 至 100 之间(单位:%),实际为 130",
				"G7 单元格:苏州市 指标 TRAINED_PRIVATE“面向民营企业知识产权培训”为必填指标,未填写");
	}

	@Test
	@DisplayName("R-X-3: a file of another year or title is refused, and so is a city that may no longer report or appears twice")
	void wrongYearTitleAndCities() {
		byte[] file = IndicatorFiles.edit(filled(Map.of("330200", VALID)), NationalIndicatorWorkbook.SHEET, sheet -> {
			sheet.getRow(1).getCell(1).setCellValue(2029);
			sheet.getRow(1).getCell(3).setCellValue("知识产权强市");
			sheet.getRow(6).getCell(1).setCellValue("330200");
			sheet.getRow(7).getCell(1).setCellValue("110000");
			IndicatorFiles.set(sheet.getRow(7).getCell(4), 10);
		});

		assertThat(read(file).errors()).containsExactly(
				"B2 单元格:文件为“2029”年度,本次导入为 2030 年度,请下载本年度的模板",
				"D2 单元格:文件为“知识产权强市”的模板,本次导入为“国家知识产权示范城市”,请下载对应称号的模板",
				"B7 单元格:宁波市重复填报(已在第 6 行)",
				"B8 单元格:城市代码“110000”没有可填报的 2030 年度国家知识产权示范城市考核(不在名单中,或已提交年度报告),请重新下载模板");
	}

	@Test
	@DisplayName("R-X-3: an unknown, repeated or missing indicator column and a value without a city are refused")
	void alteredColumnsAndRows() {
		byte[] file = IndicatorFiles.edit(filled(Map.of("330200", VALID)), NationalIndicatorWorkbook.SHEET, sheet -> {
			sheet.getRow(3).getCell(4).setCellValue("NO_SUCH");
			sheet.getRow(3).getCell(7).setCellValue("PLEDGE_SME_SHARE");
			sheet.getRow(6).getCell(1).setBlank();
			IndicatorFiles.set(sheet.getRow(6).getCell(5), 10);
		});

		assertThat(read(file).errors()).containsExactly(
				"E4 单元格:指标代码“NO_SUCH”不在 2030 年度的指标体系中",
				"H4 单元格:指标 PLEDGE_SME_SHARE“质押融资项目中中小民营企业项目数占比”的列重复",
				"缺少必填指标 PLEDGE_GROWTH“知识产权质押融资额增幅”的列(模板中的该列被删除或代码被改动)",
				"B7 单元格:该行填写了数值但没有城市代码,请勿增删或改动模板中的行");
	}

	@Test
	@DisplayName("R-X-3: an empty summary, an old .xls and a file that is no spreadsheet are refused with one message each")
	void emptyAndWrongFiles() {
		assertThat(read(template()).errors()).containsExactly("文件中没有填写任何城市的指标数据");
		assertThat(read(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0 }).errors())
				.containsExactly("不支持旧版 Excel(.xls)格式,请下载系统模板(.xlsx)填写后上传");
		assertThat(read("城市代码,数值".getBytes()).errors()).containsExactly("文件不是 Excel(.xlsx)格式,请下载系统模板填写后上传");
		byte[] cityFile = IndicatorWorkbook.template(IndicatorWorkbookTest.NINGBO_2030, INDICATORS);
		assertThat(read(cityFile).errors()).containsExactly("找不到工作表“指标数据汇总”,请使用系统下载的模板");
	}
}
