package cn.pilotcity.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** R-X-3: Excel lists and Word letters as real files, read back with POI. */
class DocumentsTest {

	@Tag("hostile")
	@Test
	@DisplayName("R-X-3: an Excel list keeps types and Chinese text; formula-like text is neutralised, never a formula")
	void excelTable() throws Exception {
		byte[] bytes = new ExcelTable().sheet("名单", "第一批试点城市名单", List.of("城市", "得分", "日期", "意见"))
				.row("苏州市", 92.5, LocalDate.of(2026, 5, 1), "=HYPERLINK(\"http://evil\",\"点击\")")
				.row("杭州市", 88, null, "@SUM(1+1)").toBytes();

		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = book.getSheet("名单");
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("第一批试点城市名单");
			assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("苏州市");
			assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(92.5);
			assertThat(sheet.getRow(2).getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 5, 1));
			Cell injected = sheet.getRow(2).getCell(3);
			assertThat(injected.getCellType()).isEqualTo(CellType.STRING);
			assertThat(injected.getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(sheet.getRow(3).getCell(3).getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
		}
	}

	@Test
	@DisplayName("R-X-3: a Word template is filled even where Word split a placeholder over several runs; unknown placeholders are refused")
	void wordTemplate() throws Exception {
		byte[] template = templateWithSplitPlaceholder();
		WordTemplate word = new WordTemplate("test.docx", () -> new ByteArrayInputStream(template));

		byte[] filled = word.fill(Map.of("city", "苏州市", "docNumber", "国知发〔2026〕1号", "body", "第一行\n第二行"));

		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(filled));
				XWPFWordExtractor text = new XWPFWordExtractor(document)) {
			assertThat(text.getText()).contains("关于同意苏州市建设知识产权强市的批复").contains("国知发〔2026〕1号")
					.contains("第一行\n第二行").doesNotContain("${");
		}
		assertThatThrownBy(() -> word.fill(Map.of("city", "苏州市"))).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("docNumber");
	}

	private static byte[] templateWithSplitPlaceholder() throws Exception {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFParagraph title = document.createParagraph();
			title.createRun().setText("关于同意${ci");
			title.createRun().setText("ty}建设知识产权强市的批复");
			document.createParagraph().createRun().setText("${docNumber}");
			document.createTable(1, 1).getRow(0).getCell(0).setText("${body}");
			document.write(out);
			return out.toByteArray();
		}
	}
}
