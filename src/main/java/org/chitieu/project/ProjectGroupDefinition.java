package org.chitieu.project;

/** A project group as the API and the metadata document write it. */
public record ProjectGroupDefinition(String code, String name, String nameEn) {
}
