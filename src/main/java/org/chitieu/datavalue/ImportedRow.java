package org.chitieu.datavalue;

/**
 * A row of an import file as the file has it, for a page to show beside its errors: {@code at} is how the
 * errors name it ({@code rows[3]} once read, {@code line 5} while reading), {@code line} its line in the file.
 */
record ImportedRow(String at, int line, String indicator, String orgUnit, String period, String value) {
}
