package org.chitieu.obstacle;

/** An obstacle went to the leaders, raised so or escalated later; published in the transaction that wrote it. */
public record ObstacleEscalated(Obstacle obstacle) {
}
