package org.chitieu.task;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** A task that is never finished once and for all: a report is owed by the end of every period. */
public enum Recurrence {

	MONTHLY, QUARTERLY;

	/** The first day of the period that contains {@code date}. */
	LocalDate start(LocalDate date) {
		return switch (this) {
			case MONTHLY -> date.withDayOfMonth(1);
			case QUARTERLY -> date.with(IsoFields.DAY_OF_QUARTER, 1);
		};
	}

	/** The last day of the period that contains {@code date}: the deadline of that occurrence. */
	LocalDate end(LocalDate date) {
		return switch (this) {
			case MONTHLY -> date.with(TemporalAdjusters.lastDayOfMonth());
			case QUARTERLY -> start(date).plusMonths(3).minusDays(1);
		};
	}

}
