package org.chitieu.report;

import java.time.Instant;
import java.time.LocalDate;

/** A report as the office issued it: its number, date and signer, who issued it and when. */
public record IssuedReport(long id, long orgUnitId, String period, String number, LocalDate issuedOn, Signer signer,
		String signerName, String issuedBy, Instant issuedAt) {
}
