package org.chitieu.progress;

import java.math.BigDecimal;

/**
 * One month of an indicator's chart: the values to date at {@code month}.
 * @param actual A(month); {@code null} after the reporting month and where there is no value
 * @param expected E(month)
 * @param lastYear L(month), last year's value to the same month
 */
public record MonthPoint(int month, BigDecimal actual, BigDecimal expected, BigDecimal lastYear) {
}
