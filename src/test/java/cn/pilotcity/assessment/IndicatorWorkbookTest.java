package cn.pilotcity.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import cn.pilotcity.support.IndicatorFiles;

/** R-X-3: the indicator template and the whole-file check of an upload, without the application. */
class IndicatorWorkbookTest {

	static final IndicatorWorkbook.Target NINGBO_2030 = new IndicatorWorkbook.Target("330200", "宁波市", 2030, "国家知识产权示范城市");

	static final List<Indicator> INDICATORS = List.of(
			indicator("PLEDGE_GROWTH", "知识产权质押融资额增幅", "%", Dimension.UTILISATION, true, "-100", "10000", 10),
			indicator("PLEDGE_SME_SHARE", "质押融资项目中中小民营企业项目数占比", "%", Dimension.UTILISATION, true, "0", "100", 20),
			indicator("TRAINED_PRIVATE", "面向民营企业知识产权培训", "人次", Dimension.SERVICE, true, "0", "1000000", 30),
			indicator("FUND_PRIVATE_SHARE", "知识产权运营基金投向民营企业占比", "%", Dimension.UTILISATION, false, "0", "100", 40),
			new Indicator(9L, "SUBJ_IDEAS", "工作思路", "分", IndicatorPart.SUBJECTIVE, Dimension.IDEAS, BigDecimal.valueOf(20),
					ScoringRule.ASSESSOR, null, true, null, null, null, 200, 2000, null, null));

	static final Map<String, Object> VALID = Map.of("PLEDGE_GROWTH", 25.5, "PLEDGE_SME_SHARE", 61, "TRAINED_PRIVATE", 230);

	static Indicator indicator(String code, String name, String unit, Dimension dimension, boolean required, String min,
			String max, int position) {
		return new Indicator((long) position, code, name, unit, IndicatorPart.OBJECTIVE, dimension, BigDecimal.TEN,
				ScoringRule.PROPORTIONAL, BigDecimal.TEN, required, new BigDecimal(min), new BigDecimal(max), null, position, 2000,
				null, null);
	}

	byte[] template() {
		return IndicatorWorkbook.template(NINGBO_2030, INDICATORS);
	}

	IndicatorWorkbook.Reading read(byte[] file) {
		return IndicatorWorkbook.read(file, NINGBO_2030, INDICATORS);
	}

	@Test
	@DisplayName("R-X-3: the template is made for one city and year: codes, names, dimension, unit, required, range, cell validation; only the value column can be edited")
	void templateContent() throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template()))) {
			XSSFSheet sheet = book.getSheet(IndicatorWorkbook.SHEET);
			assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("330200");
			assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("宁波市");
			assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(2030);
			assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("指标代码");
			assertThat(sheet.getRow(3).getCell(7).getStringCellValue()).isEqualTo("数值");
			assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("PLEDGE_GROWTH");
			assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).isEqualTo("运用");
			assertThat(sheet.getRow(4).getCell(4).getStringCellValue()).isEqualTo("%");
			assertThat(sheet.getRow(4).getCell(5).getStringCellValue()).isEqualTo("必填");
			assertThat(sheet.getRow(7).getCell(5).getStringCellValue()).isEqualTo("选填");
			assertThat(sheet.getRow(5).getCell(6).getStringCellValue()).isEqualTo("0 至 100");
			assertThat(sheet.getLastRowNum()).as("subjective indicators are scored by assessors, not reported").isEqualTo(7);
			assertThat(sheet.getProtect()).isTrue();
			assertThat(sheet.getRow(4).getCell(7).getCellStyle().getLocked()).isFalse();
			assertThat(sheet.getRow(4).getCell(1).getCellStyle().getLocked()).isTrue();
			List<? extends DataValidation> validations = sheet.getDataValidations();
			assertThat(validations).hasSize(4);
			assertThat(validations).anySatisfy(v -> {
				assertThat(v.getRegions().getCellRangeAddress(0).formatAsString()).isEqualTo("H6");
				assertThat(v.getValidationConstraint().getFormula1()).isEqualTo("0");
				assertThat(v.getValidationConstraint().getFormula2()).isEqualTo("100");
				assertThat(v.getErrorBoxText()).contains("0 至 100");
			});
		}
	}

	@Test
	@DisplayName("R-X-3: a correctly filled template is accepted with every value; an optional indicator may stay empty; a number typed as text is a number")
	void validFileIsAccepted() {
		byte[] file = IndicatorFiles.fill(template(), Map.of("PLEDGE_GROWTH", 25.5, "PLEDGE_SME_SHARE", "61", "TRAINED_PRIVATE", 230));

		IndicatorWorkbook.Reading reading = read(file);

		assertThat(reading.errors()).isEmpty();
		assertThat(reading.values()).extracting(IndicatorValue::indicatorCode).containsExactly("PLEDGE_GROWTH", "PLEDGE_SME_SHARE",
				"TRAINED_PRIVATE");
		assertThat(reading.values().get(0).value()).isEqualByComparingTo("25.5");
		assertThat(reading.values().get(1).value()).isEqualByComparingTo("61");
	}

	@Test
	@DisplayName("R-X-3: a file of another city is refused, naming the cell")
	void wrongCity() {
		byte[] file = IndicatorFiles.edit(IndicatorFiles.fill(template(), VALID), s -> s.getRow(1).getCell(1).setCellValue("320500"));

		assertThat(read(file).errors()).singleElement().asString().startsWith("B2 单元格").contains("320500").contains("330200 宁波市");
		assertThat(read(file).values()).isEmpty();
	}

	@Test
	@DisplayName("R-X-3: a file of another year is refused, naming the cell")
	void wrongYear() {
		byte[] file = IndicatorFiles.edit(IndicatorFiles.fill(template(), VALID), s -> s.getRow(1).getCell(5).setCellValue(2029));

		assertThat(read(file).errors()).singleElement().asString().startsWith("F2 单元格").contains("2029").contains("2030 年度");
	}

	@Test
	@DisplayName("R-X-3: a required indicator left empty, or its row deleted, is named; nothing is imported")
	void missingRequired() {
		byte[] empty = IndicatorFiles.fill(template(), Map.of("PLEDGE_GROWTH", 25.5, "TRAINED_PRIVATE", 230));
		assertThat(read(empty).errors()).containsExactly("H6 单元格:指标 PLEDGE_SME_SHARE“质押融资项目中中小民营企业项目数占比”为必填指标,未填写");
		assertThat(read(empty).values()).isEmpty();

		byte[] deleted = IndicatorFiles.edit(IndicatorFiles.fill(template(), VALID),
				s -> s.removeRow(IndicatorFiles.rowOf(s, "TRAINED_PRIVATE")));
		assertThat(read(deleted).errors()).singleElement().asString().startsWith("缺少必填指标 TRAINED_PRIVATE");
	}

	@Tag("hostile")
	@Test
	@DisplayName("R-X-3: text in a number cell is refused with the cell and the text")
	void textInNumberCell() {
		byte[] file = IndicatorFiles.fill(template(), Map.of("PLEDGE_GROWTH", "约二十", "PLEDGE_SME_SHARE", "61%", "TRAINED_PRIVATE", 230));

		assertThat(read(file).errors()).containsExactly(
				"H5 单元格:指标 PLEDGE_GROWTH“知识产权质押融资额增幅”应填写数字,实际为文字“约二十”",
				"H6 单元格:指标 PLEDGE_SME_SHARE“质押融资项目中中小民营企业项目数占比”应填写数字,实际为文字“61%”");
	}

	@Tag("hostile")
	@Test
	@DisplayName("R-X-3: an out-of-range value is refused with the range and the value")
	void outOfRange() {
		byte[] file = IndicatorFiles.fill(template(), Map.of("PLEDGE_GROWTH", 25.5, "PLEDGE_SME_SHARE", 150, "TRAINED_PRIVATE", -3));

		assertThat(read(file).errors()).containsExactly(
				"H6 单元格:指标 PLEDGE_SME_SHARE“质押融资项目中中小民营企业项目数占比”的取值应在 0 至 100 之间(单位:%),实际为 150",
				"H7 单元格:指标 TRAINED_PRIVATE“面向民营企业知识产权培训”的取值应在 0 至 1000000 之间(单位:人次),实际为 -3");
	}

	@Test
	@DisplayName("R-X-3: every wrong cell of a file is reported at once, one message per cell")
	void allErrorsAtOnce() {
		byte[] file = IndicatorFiles.edit(IndicatorFiles.fill(template(), Map.of("PLEDGE_GROWTH", "abc", "PLEDGE_SME_SHARE", 101)),
				s -> {
					s.getRow(1).getCell(5).setCellValue(2031);
					IndicatorFiles.rowOf(s, "FUND_PRIVATE_SHARE").getCell(1).setCellValue("NO_SUCH_CODE");
				});

		assertThat(read(file).errors()).hasSize(5).anyMatch(e -> e.startsWith("F2")).anyMatch(e -> e.startsWith("H5"))
				.anyMatch(e -> e.startsWith("H6")).anyMatch(e -> e.startsWith("H7")).anyMatch(e -> e.contains("NO_SUCH_CODE"));
	}

	@Test
	@DisplayName("R-X-3: a duplicated indicator row and a changed header are refused")
	void duplicateAndHeader() {
		byte[] duplicate = IndicatorFiles.edit(IndicatorFiles.fill(template(), VALID), s -> {
			var row = s.createRow(9);
			row.createCell(1).setCellValue("PLEDGE_GROWTH");
			row.createCell(7).setCellValue(30);
		});
		assertThat(read(duplicate).errors()).singleElement().asString().startsWith("B10 单元格").contains("重复填报(已在第 5 行)");

		byte[] header = IndicatorFiles.edit(IndicatorFiles.fill(template(), VALID), s -> s.getRow(3).getCell(7).setCellValue("值"));
		assertThat(read(header).errors()).singleElement().asString().contains("表头已被修改");
	}

	@Tag("hostile")
	@Test
	@DisplayName("R-X-3: a formula's cached number is taken, a formula error is refused; nothing is ever evaluated")
	void formulas() {
		byte[] file = IndicatorFiles.edit(IndicatorFiles.fill(template(), VALID), s -> {
			IndicatorFiles.rowOf(s, "PLEDGE_GROWTH").getCell(7).setCellFormula("10+15");
			IndicatorFiles.rowOf(s, "TRAINED_PRIVATE").getCell(7).setCellFormula("1/0");
			s.getWorkbook().getCreationHelper().createFormulaEvaluator().evaluateAll();
		});
		assertThat(read(file).errors()).singleElement().asString().startsWith("H7").contains("公式计算出错(#DIV/0!)");
	}

	@Tag("hostile")
	@Test
	@DisplayName("R-X-3: an empty file, an old .xls, a file that is no Excel at all, and a truncated file are refused with a clear message")
	void malformedFiles() {
		assertThat(read(new byte[0]).errors()).containsExactly("上传的文件为空");
		assertThat(read(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0 }).errors()).singleElement().asString()
				.contains(".xls");
		assertThat(read("城市,指标\n330200,25".getBytes()).errors()).singleElement().asString().contains("不是 Excel");
		byte[] valid = IndicatorFiles.fill(template(), VALID);
		assertThat(read(Arrays.copyOf(valid, valid.length / 2)).errors()).singleElement().asString().contains("已损坏或不完整");
		assertThat(read(Arrays.copyOf(valid, 30)).errors()).singleElement().asString().contains("已损坏或不完整");
	}

	@Tag("hostile")
	@Test
	@DisplayName("R-X-3: a zip bomb (a tiny file that inflates enormously) is refused before it is expanded")
	void zipBomb() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			byte[] block = new byte[1024 * 1024];
			for (int i = 0; i < 100; i++) {
				zip.write(block);
			}
		}
		assertThat(bytes.size()).isLessThan(200_000);

		assertThat(read(bytes.toByteArray()).errors()).singleElement().asString().contains("解压后体积或条目数超出限制");
	}

	@Test
	@DisplayName("R-X-3: a file with a stray sheet name or no sheet for the indicators is refused")
	void missingSheet() throws IOException {
		byte[] renamed;
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template())); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			book.setSheetName(0, "Sheet1");
			book.write(out);
			renamed = out.toByteArray();
		}
		assertThat(read(renamed).errors()).singleElement().asString().contains("找不到工作表“指标数据”");
	}

	static Sheet sheet(byte[] file) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(file)).getSheet(IndicatorWorkbook.SHEET);
	}
}
