package org.chitieu.report;

import java.time.LocalDate;
import java.util.List;

import org.chitieu.period.PeriodConvention;

/**
 * What the office sets for an org unit's reports: {@code placeName}, {@code signer},
 * {@code signerName}, {@code recipients} and {@code periodConvention} hold for every period;
 * {@code number} (e.g. "05/BC-UBND", blank to be filled in by hand), {@code reportDate}, {@code tasks}
 * for the period ahead and the office's own paragraphs on the results ({@code resultsNotes}) and on the
 * shortcomings and their causes ({@code shortcomingsNotes}) belong to one period's report.
 */
public record ReportSettings(String placeName, Signer signer, String signerName, List<String> recipients,
		PeriodConvention periodConvention, String number, LocalDate reportDate, List<String> tasks,
		List<String> resultsNotes, List<String> shortcomingsNotes) {

	public ReportSettings {
		recipients = recipients == null ? List.of() : List.copyOf(recipients);
		tasks = tasks == null ? List.of() : List.copyOf(tasks);
		resultsNotes = resultsNotes == null ? List.of() : List.copyOf(resultsNotes);
		shortcomingsNotes = shortcomingsNotes == null ? List.of() : List.copyOf(shortcomingsNotes);
	}

	/** Settings without paragraphs of the office's own. */
	public ReportSettings(String placeName, Signer signer, String signerName, List<String> recipients,
			PeriodConvention periodConvention, String number, LocalDate reportDate, List<String> tasks) {
		this(placeName, signer, signerName, recipients, periodConvention, number, reportDate, tasks, List.of(), List.of());
	}

	/** Whether the signer's name is there: a report cannot be issued without it. */
	public boolean signed() {
		return this.signerName != null && !this.signerName.isBlank();
	}

}
