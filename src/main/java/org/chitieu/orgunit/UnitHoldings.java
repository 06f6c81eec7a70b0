package org.chitieu.orgunit;

/**
 * What another module keeps at an org unit that follows the unit to its successor when it ends
 * (users, open tasks). {@link MovingOn} calls every bean of this type in its one transaction.
 */
public interface UnitHoldings {

	/** The name the act records the count under, e.g. {@code users}. */
	String kind();

	/** Moves what is held at {@code fromUnitId} to {@code toUnitId}; returns how many moved. */
	int moveTo(long fromUnitId, long toUnitId);

}
