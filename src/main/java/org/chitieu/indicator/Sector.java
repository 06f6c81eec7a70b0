package org.chitieu.indicator;

/** A grouping of indicators (lĩnh vực): economy, budget, agriculture, ... */
public record Sector(long id, String code, String name, String nameEn, int sortOrder) {
}
