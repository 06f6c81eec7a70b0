package org.chitieu.metadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A formula as the catalogue page shows it, with components by name in brackets
 * ({@code 100 * [Số dịch vụ có trực tuyến] / [Tổng số dịch vụ]}), and as it is stored
 * ({@code 100 * #{SVC_WITH_ONLINE} / #{SVC_TOTAL}}). A bracket may also hold a code.
 */
final class FormulaNames {

	private static final Pattern CODE = Pattern.compile("#\\{([A-Za-z0-9_.-]+)}");

	private static final Pattern NAME = Pattern.compile("\\[([^\\[\\]]+)]");

	private FormulaNames() {
	}

	/** {@code #{CODE}} → {@code [name]}; a code without a name stays as it is. */
	static String toNames(String formula, Map<String, String> namesByCode) {
		if (formula == null) {
			return null;
		}
		return CODE.matcher(formula).replaceAll(match -> {
			String name = namesByCode.get(match.group(1));
			return Matcher.quoteReplacement(name == null ? match.group() : "[" + name + "]");
		});
	}

	/**
	 * {@code [name]} or {@code [CODE]} → {@code #{CODE}}, names compared without regard to case or
	 * surrounding spaces; {@code unknown} receives each bracket that names no indicator.
	 */
	static String toCodes(String text, Map<String, String> namesByCode, List<String> unknown) {
		if (text == null) {
			return null;
		}
		Map<String, String> codeByName = new HashMap<>();
		namesByCode.forEach((code, name) -> codeByName.putIfAbsent(key(name), code));
		namesByCode.keySet().forEach(code -> codeByName.putIfAbsent(key(code), code));
		List<String> missing = new ArrayList<>();
		String converted = NAME.matcher(text).replaceAll(match -> {
			String code = codeByName.get(key(match.group(1)));
			if (code == null) {
				missing.add(match.group(1).strip());
				return Matcher.quoteReplacement(match.group());
			}
			return Matcher.quoteReplacement("#{" + code + "}");
		});
		unknown.addAll(missing);
		return converted;
	}

	private static String key(String name) {
		return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
