package org.chitieu.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.chitieu.orgunit.OrgUnit;

import org.springframework.context.MessageSource;

/**
 * The parts every document of the committee shares (Decree 30/2020/NĐ-CP Annex I): the issuing body with
 * the number beside the nation with the place and date, and "Nơi nhận:" beside the signature. Reports and
 * meeting documents take them from here, once.
 */
final class Letterhead {

	private Letterhead() {
	}

	/** "ỦY BAN NHÂN DÂN / HUYỆN CẦN ĐƯỚC", "Số: 05/BC-UBND", the nation, "Cần Đước, ngày 23 tháng 5 năm 2024". */
	static ReportDocument.Header header(OrgUnit unit, String number, String placeName, LocalDate date,
			MessageSource messages, Locale locale) {
		return new ReportDocument.Header(
				List.of(text(messages, locale, "report.committee"),
						issuingUnit(unit, messages, locale).toUpperCase(ReportLanguage.VIETNAMESE)),
				text(messages, locale, "report.number", number), text(messages, locale, "report.nation"),
				text(messages, locale, "report.motto"),
				text(messages, locale, "report.placeAndDate", placeName, ReportDates.longDate(date, locale)));
	}

	/** "Nơi nhận:" with its entries as "- ...;" and the last as "- ....", beside the authority and the name. */
	static ReportDocument.Closing closing(List<String> recipients, String authority, String signerName,
			MessageSource messages, Locale locale) {
		List<String> lines = new ArrayList<>();
		for (int i = 0; i < recipients.size(); i++) {
			boolean last = i == recipients.size() - 1;
			lines.add(text(messages, locale, last ? "report.lastRecipient" : "report.recipient", recipients.get(i)));
		}
		return new ReportDocument.Closing(text(messages, locale, "report.recipients"), lines,
				List.of(authority.split("\\n")), signerName);
	}

	/** "Huyện Cần Đước": the unit's name, with its type in front when the name lacks it. */
	static String issuingUnit(OrgUnit unit, MessageSource messages, Locale locale) {
		String type = text(messages, locale, "report.unitType." + unit.type().name());
		return unit.name().toLowerCase(ReportLanguage.VIETNAMESE).startsWith(type.toLowerCase(ReportLanguage.VIETNAMESE))
				? unit.name() : type + " " + unit.name();
	}

	/** A sentence typed by someone, without its full stop, to sit inside one of ours. */
	static String withoutStop(String text) {
		String trimmed = text == null ? "" : text.strip();
		return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
	}

	private static String text(MessageSource messages, Locale locale, String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
