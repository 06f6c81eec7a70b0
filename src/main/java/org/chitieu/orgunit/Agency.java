package org.chitieu.orgunit;

/** A department (phòng, ban, ngành) of an org unit's People's Committee. */
public record Agency(long id, String code, String name, long orgUnitId) {
}
