package org.chitieu.progress;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The data the progress rules read. The rules call it many times for one evaluation, so an
 * implementation should answer from memory (see {@link InMemoryObservations}).
 */
public interface Observations {

	/** The entered monthly values, month (1..12) → value; empty when there are none. */
	Map<Integer, BigDecimal> entered(String indicator, String unit, int year);

	/** The units directly below {@code unit} on today's boundaries. */
	List<String> children(String unit);

	/**
	 * The units whose territory passed to {@code unit} when it was formed, with the share that
	 * passed; empty when none. They hold its figures for the months before {@link #firstMonth}.
	 */
	List<WeightedUnit> predecessors(String unit);

	/** The month {@code unit} was formed (its {@code validFrom}); {@code null} when it has always been there. */
	YearMonth firstMonth(String unit);

}
