package org.chitieu.progress.query;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.web.VietnameseFormat;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the pages of a unit formed by a reorganisation say about it: before it was formed, its
 * figures are its predecessors'; in the year it was formed and the next, its series crosses the
 * merger, which its chart marks in the month it was formed.
 */
@Component
class Formation {

	private final OrgUnits orgUnits;

	private final MessageSource messages;

	private final VietnameseFormat format;

	Formation(OrgUnits orgUnits, MessageSource messages, VietnameseFormat format) {
		this.orgUnits = orgUnits;
		this.messages = messages;
		this.format = format;
	}

	/** The note for {@code unit}'s page of {@code period}; empty for a unit that was not formed from others lately. */
	Optional<Note> of(OrgUnit unit, YearMonth period, Locale locale) {
		if (unit.validFrom() == null) {
			return Optional.empty();
		}
		YearMonth formed = YearMonth.from(unit.validFrom());
		List<OrgUnit> predecessors = this.orgUnits.predecessors(unit.id());
		if (predecessors.isEmpty() || period.getYear() > formed.getYear() + 1) {
			return Optional.empty();
		}
		String date = this.format.shortDate(unit.validFrom());
		String names = predecessors.stream().map(OrgUnit::name).collect(Collectors.joining(", "));
		String key = period.isBefore(formed) ? "progress.formed.before" : "progress.formed.since";
		// the chart of the year after marks where last year's line crosses the merger
		String markKey = (period.getYear() == formed.getYear()) ? "progress.formed.mark" : "progress.formed.markLastYear";
		MonthlyChart.Mark mark = new MonthlyChart.Mark(formed.getMonthValue(),
				this.messages.getMessage(markKey, new Object[] { date }, locale));
		return Optional.of(new Note(this.messages.getMessage(key, new Object[] { unit.name(), date, names }, locale), mark));
	}

	/** @param mark where the chart marks the merger: in this year's line, or in last year's */
	record Note(String text, MonthlyChart.Mark mark) {
	}

}
