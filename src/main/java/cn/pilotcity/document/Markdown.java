package cn.pilotcity.document;

/** Text written by users, made safe to show inside the Markdown of a form's text component. */
public final class Markdown {

	private Markdown() {
	}

	/** Escapes Markdown and HTML syntax; line breaks are kept. */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (char c : text.toCharArray()) {
			if ("\\`*_{}[]()<>#+-!|~".indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c == '\r' ? ' ' : c);
		}
		return out.toString();
	}

	/** Escaped for a table cell: no line breaks. */
	public static String cell(String text) {
		return escape(text).replace('\n', ' ');
	}

	/** A block quote of the text, line by line. */
	public static String quote(String text) {
		return "> " + escape(text).replace("\n", "\n> ");
	}
}
