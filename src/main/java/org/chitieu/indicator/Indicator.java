package org.chitieu.indicator;

import java.math.BigDecimal;

/**
 * An indicator (chỉ tiêu) of the catalogue. {@code formula} is set for {@link IndicatorKind#COMPUTED}
 * indicators only; {@code decimals} is how the UI and reports round it (the API never rounds).
 * {@code fedByProjects}: its monthly values come from project reports, so nobody enters them;
 * {@code entryChecks}: what an entered figure must be; {@code parsedFormula}: the formula parsed once,
 * when the catalogue was read ({@code null} for an indicator that is not computed).
 */
public record Indicator(long id, String code, String name, String nameEn, String unit, Long sectorId,
		Long agencyId, IndicatorKind kind, String formula, TimeAggregation timeAggregation,
		SpaceAggregation spaceAggregation, Polarity polarity, int decimals, BigDecimal tolerance,
		boolean fedByProjects, EntryChecks entryChecks, Formula parsedFormula) {

	/** Whether people enter its figures: not computed by a formula, not fed by projects. */
	public boolean entered() {
		return !computed() && !this.fedByProjects;
	}

	public boolean computed() {
		return this.kind == IndicatorKind.COMPUTED;
	}

	/** The name in the given language, Vietnamese when no English name was given. */
	public String name(String language) {
		return "en".equals(language) && this.nameEn != null && !this.nameEn.isBlank() ? this.nameEn : this.name;
	}

}
