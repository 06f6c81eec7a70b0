package org.chitieu.task;

public enum Priority {
	HIGH, NORMAL, LOW
}
