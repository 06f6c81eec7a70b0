package org.chitieu.report;

import java.time.LocalDate;
import java.util.List;

import org.chitieu.period.PeriodConvention;

/**
 * What the office sets for an org unit's monthly report: {@code placeName}, {@code signer},
 * {@code signerName}, {@code recipients} and {@code periodConvention} hold for every month;
 * {@code number} (e.g. "05/BC-UBND", blank to be filled in by hand), {@code reportDate} and
 * {@code tasks} for the next month belong to one month's report.
 */
public record ReportSettings(String placeName, Signer signer, String signerName, List<String> recipients,
		PeriodConvention periodConvention, String number, LocalDate reportDate, List<String> tasks) {

	public ReportSettings {
		recipients = recipients == null ? List.of() : List.copyOf(recipients);
		tasks = tasks == null ? List.of() : List.copyOf(tasks);
	}

}
