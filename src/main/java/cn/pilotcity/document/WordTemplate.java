package cn.pilotcity.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.core.io.ClassPathResource;

/**
 * Fills a Word (.docx) template from the classpath: every {@code ${name}} in the body, tables, headers
 * and footers is replaced by its value. Word may split a placeholder over several runs, so a paragraph
 * that contains one is rewritten into its first run (keeping that run's formatting). A line break in a
 * value becomes a line break in the document. An unknown placeholder is an error, never left in a letter.
 */
public final class WordTemplate {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-zA-Z0-9_.]+)}");

	interface Source {
		InputStream open() throws IOException;
	}

	private final String resource;
	private final Source source;

	public WordTemplate(String classpathResource) {
		this(classpathResource, () -> new ClassPathResource(classpathResource).getInputStream());
	}

	WordTemplate(String name, Source source) {
		this.resource = name;
		this.source = source;
	}

	public byte[] fill(Map<String, String> values) {
		try (InputStream in = source.open();
				XWPFDocument document = new XWPFDocument(in);
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			fillParagraphs(document.getParagraphs(), values);
			fillTables(document.getTables(), values);
			document.getHeaderList().forEach(h -> {
				fillParagraphs(h.getParagraphs(), values);
				fillTables(h.getTables(), values);
			});
			document.getFooterList().forEach(f -> {
				fillParagraphs(f.getParagraphs(), values);
				fillTables(f.getTables(), values);
			});
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot fill Word template " + resource, e);
		}
	}

	private void fillTables(List<XWPFTable> tables, Map<String, String> values) {
		for (XWPFTable table : tables) {
			for (XWPFTableRow row : table.getRows()) {
				for (XWPFTableCell cell : row.getTableCells()) {
					fillParagraphs(cell.getParagraphs(), values);
					fillTables(cell.getTables(), values);
				}
			}
		}
	}

	private void fillParagraphs(List<XWPFParagraph> paragraphs, Map<String, String> values) {
		for (XWPFParagraph paragraph : paragraphs) {
			String text = paragraph.getText();
			if (text == null || !text.contains("${")) {
				continue;
			}
			String filled = replace(text, values);
			List<XWPFRun> runs = paragraph.getRuns();
			for (int i = runs.size() - 1; i > 0; i--) {
				paragraph.removeRun(i);
			}
			XWPFRun run = runs.isEmpty() ? paragraph.createRun() : paragraph.getRuns().get(0);
			String[] lines = filled.split("\n", -1);
			run.setText(lines[0], 0);
			for (int i = 1; i < lines.length; i++) {
				run.addBreak();
				run.setText(lines[i]);
			}
		}
	}

	private String replace(String text, Map<String, String> values) {
		Matcher m = PLACEHOLDER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String value = values.get(m.group(1));
			if (value == null) {
				throw new IllegalArgumentException("No value for ${" + m.group(1) + "} in " + resource);
			}
			m.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		m.appendTail(out);
		return out.toString();
	}
}
