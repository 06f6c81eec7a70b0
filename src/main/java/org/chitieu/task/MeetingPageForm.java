package org.chitieu.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The meeting form of the web page: conclusions as rows of a table, of which the empty ones are
 * dropped. Numbered by their order, as the minutes number them.
 */
record MeetingPageForm(String orgUnit, MeetingType type, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
		String title, String chairTitle, List<String> agencies, String agenda, String minutes,
		List<ConclusionRow> conclusions) {

	/** Rows offered on a new form; more conclusions can be added on a second pass. */
	static final int ROWS = 10;

	MeetingPageForm {
		agencies = agencies == null ? List.of() : agencies;
		conclusions = conclusions == null ? List.of() : conclusions;
	}

	MeetingService.MeetingForm toForm() {
		List<MeetingService.ConclusionForm> items = this.conclusions.stream()
			.filter(row -> row != null && row.text() != null && !row.text().isBlank())
			.map(row -> new MeetingService.ConclusionForm(row.text().strip(), blankToNull(row.leadAgency()), List.of(),
					row.deadline(), null, row.priority(), null, null))
			.toList();
		return new MeetingService.MeetingForm(this.orgUnit, this.type, this.heldOn, this.title, this.chairTitle,
				this.agencies, this.agenda, this.minutes, items);
	}

	MeetingPageForm withEmptyRows(int rows) {
		List<ConclusionRow> padded = new ArrayList<>(this.conclusions);
		while (padded.size() < rows) {
			padded.add(new ConclusionRow(null, null, null, Priority.NORMAL));
		}
		return new MeetingPageForm(this.orgUnit, this.type, this.heldOn, this.title, this.chairTitle, this.agencies,
				this.agenda, this.minutes, padded);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	record ConclusionRow(String text, String leadAgency,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline, Priority priority) {
	}

}
