package org.chitieu.period;

import java.time.LocalDate;
import java.util.Objects;

/** Days {@code from} to {@code to}, both included. */
public record DateRange(LocalDate from, LocalDate to) {

	public DateRange {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("range ends (" + to + ") before it starts (" + from + ")");
		}
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.from) && !day.isAfter(this.to);
	}

}
