package org.chitieu.project;

import java.time.LocalDate;

/**
 * A new obstacle: what holds the project back, the agency that owns it, what is needed from whom;
 * {@code raisedOn} defaults to today.
 */
public record ObstacleRow(String description, String ownerAgency, String neededFrom, LocalDate raisedOn) {
}
