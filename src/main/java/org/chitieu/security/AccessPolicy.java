package org.chitieu.security;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.chitieu.orgunit.OrgUnits;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may read and write what. Every permission is scoped to the user's org unit subtree and, for
 * reporters and agency heads, to what their agency owns. Services call the {@code check…} methods
 * before they write, so the UI and the API refuse alike (403) and nothing changes.
 */
@Component
public class AccessPolicy {

	private final OrgUnits orgUnits;

	AccessPolicy(OrgUnits orgUnits) {
		this.orgUnits = orgUnits;
	}

	/** Whether the user may see figures of the unit: ADMIN everywhere, others in their subtree. */
	public boolean canRead(ChiTieuUser user, long orgUnitId) {
		return user.is(Role.ADMIN) || user.orgUnitId() != null && this.orgUnits.isWithin(orgUnitId, user.orgUnitId());
	}

	/** Whether the user may enter or submit the data value of an indicator owned by {@code ownerAgencyId}. */
	public boolean canEnter(ChiTieuUser user, Long ownerAgencyId, long orgUnitId) {
		return entryScope(user).covers(ownerAgencyId, orgUnitId, this.orgUnits);
	}

	/** Whether the user may approve or return such a value: the owner agency's head, or an ADMIN. */
	public boolean canApprove(ChiTieuUser user, Long ownerAgencyId, long orgUnitId) {
		EntryScope scope = entryScope(user);
		return scope.approves() && scope.covers(ownerAgencyId, orgUnitId, this.orgUnits);
	}

	/**
	 * Where the user enters figures, as {@link #canEnter} decides it, for a query that checks many rows at
	 * once: everywhere (ADMIN), or the indicators of {@code agencyId} in the subtree of {@code orgUnitId}
	 * (reporters and agency heads; nothing for the other roles). {@code approves}: what they enter within
	 * it, they may also approve ({@link #canApprove}).
	 */
	public EntryScope entryScope(ChiTieuUser user) {
		if (user.is(Role.ADMIN)) {
			return new EntryScope(true, null, null, true);
		}
		boolean enters = user.is(Role.REPORTER) || user.is(Role.AGENCY_HEAD);
		return new EntryScope(false, enters ? user.agencyId() : null, enters ? user.orgUnitId() : null,
				user.is(Role.AGENCY_HEAD));
	}

	/**
	 * Whether the user may publish, withdraw and moderate what the portal shows for the unit: the office
	 * of a unit at or above it, or an ADMIN. A null unit (an administrator's own article) is ADMIN's alone.
	 */
	public boolean canPublish(ChiTieuUser user, Long orgUnitId) {
		if (user == null) {
			return false;
		}
		if (user.is(Role.ADMIN)) {
			return true;
		}
		return user.is(Role.OFFICE) && orgUnitId != null && canRead(user, orgUnitId);
	}

	public void checkPublish(ChiTieuUser user, Long orgUnitId) {
		if (!canPublish(user, orgUnitId)) {
			throw new AccessDeniedException("outside the office's org unit");
		}
	}

	/** {@link #canPublish} for many rows of few units: each unit is looked up once. */
	public Predicate<Long> publishable(ChiTieuUser user) {
		Map<Long, Boolean> known = new HashMap<>();
		return orgUnitId -> known.computeIfAbsent(orgUnitId, unit -> canPublish(user, unit));
	}

	public void checkRead(ChiTieuUser user, long orgUnitId) {
		if (!canRead(user, orgUnitId)) {
			throw new AccessDeniedException("outside the user's org unit");
		}
	}

	/** See {@link #entryScope}. */
	public record EntryScope(boolean everywhere, Long agencyId, Long orgUnitId, boolean approves) {

		boolean covers(Long ownerAgencyId, long unitId, OrgUnits orgUnits) {
			return this.everywhere || this.agencyId != null && this.agencyId.equals(ownerAgencyId)
					&& this.orgUnitId != null && orgUnits.isWithin(unitId, this.orgUnitId);
		}

	}

}
