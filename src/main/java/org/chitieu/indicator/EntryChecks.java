package org.chitieu.indicator;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.chitieu.orgunit.OrgUnitType;
import org.chitieu.web.InputError;

/**
 * What a figure of an indicator must be before it is taken, as DHIS2's min–max checks: optional bounds,
 * whole numbers only, negatives only where allowed, and the unit types that enter it ({@code enteredAt};
 * empty: any). In a metadata document: {@code "entry": {"min": 0, "max": 100, "wholeNumber": false,
 * "negativeAllowed": false, "enteredAt": ["COMMUNE"]}}.
 */
public record EntryChecks(BigDecimal min, BigDecimal max, Boolean wholeNumber, Boolean negativeAllowed,
		List<String> enteredAt) {

	public static final EntryChecks NONE = new EntryChecks(null, null, false, false, List.of());

	public EntryChecks {
		wholeNumber = Boolean.TRUE.equals(wholeNumber);
		negativeAllowed = Boolean.TRUE.equals(negativeAllowed);
		enteredAt = (enteredAt == null) ? List.of() : List.copyOf(enteredAt);
	}

	/** Whether units of this type enter the indicator's figures. */
	public boolean enteredAt(OrgUnitType type) {
		return this.enteredAt.isEmpty() || this.enteredAt.contains(type.name());
	}

	/** Why the value is refused, as an error on {@code field}; empty when it passes. */
	public Optional<InputError> refusal(String field, BigDecimal value) {
		if (value.signum() < 0 && !this.negativeAllowed) {
			return Optional.of(InputError.of(field, "datavalue.negative"));
		}
		if (this.wholeNumber && value.stripTrailingZeros().scale() > 0) {
			return Optional.of(InputError.of(field, "datavalue.wholeNumber"));
		}
		if (this.min != null && value.compareTo(this.min) < 0) {
			return Optional.of(InputError.of(field, "datavalue.belowMin", this.min.toPlainString()));
		}
		if (this.max != null && value.compareTo(this.max) > 0) {
			return Optional.of(InputError.of(field, "datavalue.aboveMax", this.max.toPlainString()));
		}
		return Optional.empty();
	}

}
