package org.chitieu.project;

import java.time.LocalDate;

/** Escalates or resolves an obstacle on {@code date} (today when absent). */
public record ObstacleUpdate(String status, LocalDate date, String resolution) {
}
