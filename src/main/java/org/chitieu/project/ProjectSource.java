package org.chitieu.project;

/** An indicator that takes its monthly values from a field of a group's project reports. */
public record ProjectSource(String indicator, String group, ProjectField field) {
}
