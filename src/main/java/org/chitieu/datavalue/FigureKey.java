package org.chitieu.datavalue;

import java.time.YearMonth;
import java.util.Comparator;

/** Which figure: indicator × org unit × month. */
record FigureKey(long indicatorId, long orgUnitId, int year, int month) {

	/** The newest months first, then by indicator and unit. */
	static final Comparator<FigureKey> ORDER = Comparator.comparingInt(FigureKey::year)
		.thenComparingInt(FigureKey::month)
		.reversed()
		.thenComparingLong(FigureKey::indicatorId)
		.thenComparingLong(FigureKey::orgUnitId);

	static FigureKey of(long indicatorId, long orgUnitId, YearMonth month) {
		return new FigureKey(indicatorId, orgUnitId, month.getYear(), month.getMonthValue());
	}

	static FigureKey of(DataValue value) {
		return new FigureKey(value.indicatorId(), value.orgUnitId(), value.year(), value.month());
	}

}
