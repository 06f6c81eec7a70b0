package org.chitieu.obstacle;

/** An obstacle was resolved, by the leader's answer or on its project's page; published in the writing transaction. */
public record ObstacleResolved(Obstacle obstacle) {
}
