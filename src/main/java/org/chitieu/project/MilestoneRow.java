package org.chitieu.project;

import java.time.LocalDate;

/** A milestone to create or update, by its code within the project. */
public record MilestoneRow(String code, String name, LocalDate plannedDate, LocalDate actualDate, String note) {
}
