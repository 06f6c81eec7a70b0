package org.chitieu.datavalue;

import java.time.Instant;

/** A month closed for an org unit and every unit below it ("khóa sổ"): its figures no longer change. */
public record PeriodLock(long orgUnitId, int year, int month, String lockedBy, Instant lockedAt) {
}
