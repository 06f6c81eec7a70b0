package org.chitieu.orgunit;

import java.time.Instant;
import java.util.Map;

/**
 * One recorded act of moving on: what moved from the ended unit {@code from} to its successor
 * {@code to}, by kind ({@code agencies}, {@code users}, {@code tasks}) with how many of each.
 */
public record MoveOn(String from, String to, Map<String, Integer> moved, String movedBy, Instant movedAt) {
}
