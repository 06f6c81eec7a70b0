package org.chitieu.datavalue;

import java.time.Instant;

/** The office closed ({@code CLOSE}) or reopened ({@code REOPEN}, with its reason) a month of a unit. */
public record PeriodLockEvent(long orgUnitId, int year, int month, String action, String reason, String actedBy,
		Instant actedAt) {

	public boolean reopening() {
		return "REOPEN".equals(this.action);
	}

}
