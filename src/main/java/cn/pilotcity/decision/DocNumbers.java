package cn.pilotcity.decision;

import java.util.regex.Pattern;

import cn.pilotcity.system.InvalidInputException;

/**
 * A document number (发文字号) as GB/T 9704-2012 writes it: the issuing office's code, the year in 六角括号 and the
 * serial number with 号 — "苏知发〔2026〕12号", "国知发管字〔2018〕4号". The forms ask for the same pattern
 * ({@link #PATTERN} in their {@code validate.pattern}); the server checks it again here.
 */
public final class DocNumbers {

	/** The pattern of a document number, as the forms declare it too. */
	public static final String PATTERN = "^[\\u4e00-\\u9fa5A-Za-z]{1,20}〔20\\d{2}〕\\d{1,5}号$";

	public static final String WRONG = "文号格式不正确:应为“机关代字〔年份〕序号号”,例如“苏知发〔2026〕12号”(年份用六角括号〔〕)";

	private static final Pattern DOC_NUMBER = Pattern.compile(PATTERN);

	private DocNumbers() {
	}

	/** @throws InvalidInputException unless the text is a document number */
	public static String check(String docNumber) {
		String text = docNumber == null ? "" : docNumber.strip();
		if (!DOC_NUMBER.matcher(text).matches()) {
			throw new InvalidInputException(WRONG);
		}
		return text;
	}
}
