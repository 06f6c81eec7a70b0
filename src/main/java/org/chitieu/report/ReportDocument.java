package org.chitieu.report;

import java.math.BigDecimal;
import java.util.List;

import org.chitieu.progress.Status;

/**
 * A document of the committee (the report of a month, quarter, half-year, nine months or year; a meeting's
 * conclusion notice, with no data window and no annex) with every figure and sentence already written, in one language; the
 * renderers only lay it out.
 */
record ReportDocument(String language, Header header, String title, String summary, String dataWindow,
		List<Section> sections, Closing closing, Annex annex) {

	/** The two blocks at the top: the issuing body with the number, the nation with the place and date. */
	record Header(List<String> issuingBody, String number, String nation, String motto, String placeAndDate) {
	}

	/** "I. ...", "II. ...": parts with an optional heading ("1. Nông nghiệp, nông thôn") and paragraphs. */
	record Section(String heading, List<Part> parts) {
	}

	record Part(String heading, List<String> paragraphs) {
	}

	/** "Nơi nhận:" with its entries ("- ...;") beside the signature. */
	record Closing(String recipientsLabel, List<String> recipients, List<String> authority, String signerName) {
	}

	record Annex(String title, String subtitle, String reference, String sheetName, List<String> columns,
			List<AnnexGroup> groups) {
	}

	record AnnexGroup(String sector, List<AnnexRow> rows) {
	}

	/**
	 * One indicator: target, plan to date, the period's own figure, year to date, % of plan, same period
	 * last year and % of it, each as a {@link Figure}, then the status in words (with the tolerance where
	 * it decided).
	 */
	record AnnexRow(int number, String name, String unit, List<Figure> figures, Status status, String assessment) {
	}

	/**
	 * A number rounded as printed ({@code null} when it cannot be computed), its decimals, whether it
	 * is a percentage (a fraction, 0.5732 for 57,32%) or a signed difference, and its text.
	 */
	record Figure(BigDecimal value, int decimals, Kind kind, String text) {

		enum Kind {
			PLAIN, PERCENT, SIGNED
		}

		/**
		 * The decimals the text shows: the report drops trailing zeros (585, not 585,000), so a cell
		 * formatted for the spreadsheet shows the same digits.
		 */
		int shownDecimals() {
			if (this.value == null) {
				return 0;
			}
			BigDecimal shown = this.kind == Kind.PERCENT ? this.value.movePointRight(2) : this.value;
			return Math.max(0, shown.stripTrailingZeros().scale());
		}

	}

}
