package org.chitieu.progress;

import java.math.BigDecimal;
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
	 * The units that held values in {@code year} and whose territory passed to {@code unit}
	 * later, with the share that passed; empty when none.
	 */
	List<WeightedUnit> predecessors(String unit, int year);

}
