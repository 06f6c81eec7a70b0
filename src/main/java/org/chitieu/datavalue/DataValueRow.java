package org.chitieu.datavalue;

import java.math.BigDecimal;

/** One figure as sent by the API, an import file or the entry form; {@code period} is "YYYY-MM". */
public record DataValueRow(String indicator, String orgUnit, String period, BigDecimal value, String comment) {
}
