package org.chitieu.datavalue;

import java.util.Set;

/**
 * Counted values of these indicators in these years changed in the current transaction. Published
 * synchronously, so what is kept from them (the year-to-date rollups) catches up before the
 * transaction commits.
 */
public record FiguresChanged(Set<Long> indicatorIds, Set<Integer> years) {

	public FiguresChanged {
		indicatorIds = Set.copyOf(indicatorIds);
		years = Set.copyOf(years);
	}

}
