package org.chitieu.project;

import java.math.BigDecimal;

/** The capital allocated to a project for a year from one source, in tỷ đồng. */
public record CapitalPlan(int year, String source, BigDecimal amount) {
}
