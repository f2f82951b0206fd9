package cn.pilotcity.assessment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The raw cells of one sheet of an .xlsx file, read as a stream (SAX over the sheet's XML, shared strings
 * resolved): each cell's stored value and type, without the display formatting a spreadsheet applies. A sheet
 * with more rows than allowed stops the reading early.
 */
final class SheetCells {

	enum Type {
		NUMBER, TEXT, BOOLEAN, ERROR
	}

	record Cell(Type type, String value) {
	}

	static final class TooManyRows extends SAXException {

		TooManyRows() {
			super("too many rows");
		}
	}

	private final Map<Long, Cell> cells = new HashMap<>();
	private int lastRow = -1;
	private int lastColumn = -1;

	private SheetCells() {
	}

	/** The cell at a 0-based row and column, or null when it is empty or absent. */
	Cell cell(int row, int column) {
		return cells.get(key(row, column));
	}

	int lastRow() {
		return lastRow;
	}

	/** The last column (0-based) holding a value in any row. */
	int lastColumn() {
		return lastColumn;
	}

	/**
	 * Reads the named sheet; null when the workbook has no sheet of that name.
	 *
	 * @throws TooManyRows when a row beyond {@code maxRows} (0-based) holds a value
	 */
	static SheetCells read(byte[] file, String sheetName, int maxRows)
			throws IOException, OpenXML4JException, SAXException {
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file))) {
			XSSFReader reader = new XSSFReader(pkg);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream sheet = sheets.next()) {
					if (sheetName.equals(sheets.getSheetName())) {
						SheetCells cells = new SheetCells();
						ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
						XMLReader parser = XMLHelper.newXMLReader();
						parser.setContentHandler(cells.new Handler(strings, maxRows));
						parser.parse(new InputSource(sheet));
						return cells;
					}
				}
			}
			return null;
		}
		catch (ParserConfigurationException e) {
			throw new IllegalStateException(e);
		}
	}

	private static long key(int row, int column) {
		return ((long) row << 16) | column;
	}

	/** Collects {@code <c r="H5" t="…"><v>…</v></c>} (and inline strings) of the sheet. */
	private final class Handler extends DefaultHandler {

		private final ReadOnlySharedStringsTable strings;
		private final int maxRows;
		private final StringBuilder text = new StringBuilder();
		private String reference;
		private String type;
		private boolean inValue;

		Handler(ReadOnlySharedStringsTable strings, int maxRows) {
			this.strings = strings;
			this.maxRows = maxRows;
		}

		@Override
		public void startElement(String uri, String localName, String name, Attributes attributes) throws SAXException {
			switch (localName) {
			case "row" -> {
				String r = attributes.getValue("r");
				if (r != null && Integer.parseInt(r) - 1 > maxRows) {
					throw new TooManyRows();
				}
			}
			case "c" -> {
				reference = attributes.getValue("r");
				type = attributes.getValue("t");
				text.setLength(0);
			}
			case "v", "t" -> {
				inValue = reference != null;
			}
			default -> {
			}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (inValue) {
				text.append(ch, start, length);
			}
		}

		@Override
		public void endElement(String uri, String localName, String name) throws SAXException {
			switch (localName) {
			case "v", "t" -> inValue = false;
			case "c" -> {
				if (reference != null && !text.isEmpty()) {
					CellReference ref = new CellReference(reference);
					if (ref.getRow() > maxRows) {
						throw new TooManyRows();
					}
					cells.put(key(ref.getRow(), ref.getCol()), cell());
					lastRow = Math.max(lastRow, ref.getRow());
					lastColumn = Math.max(lastColumn, ref.getCol());
				}
				reference = null;
			}
			default -> {
			}
			}
		}

		private Cell cell() {
			String value = text.toString();
			if (type == null || type.equals("n")) {
				return new Cell(Type.NUMBER, value);
			}
			return switch (type) {
			case "s" -> new Cell(Type.TEXT, strings.getItemAt(Integer.parseInt(value.strip())).getString());
			case "b" -> new Cell(Type.BOOLEAN, value);
			case "e" -> new Cell(Type.ERROR, value);
			default -> new Cell(Type.TEXT, value); // str (a formula's text), inlineStr
			};
		}
	}
}
