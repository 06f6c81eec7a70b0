package org.chitieu.progress;

import java.math.BigDecimal;
import java.util.Objects;

/** A unit and the share of its territory that passed on (1 when it passed whole). */
public record WeightedUnit(String unit, BigDecimal weight) {

	public WeightedUnit {
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(weight, "weight");
	}

}
