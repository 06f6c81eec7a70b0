package org.chitieu.datavalue;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Optional;

import org.chitieu.orgunit.OrgUnit;
import org.chitieu.security.AccessPolicy;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office closes a month for its unit once the report is out ("khóa sổ"), and may reopen it.
 * A closed month refuses every write of figures and project reports in the unit's subtree.
 */
@Service
public class PeriodLocks {

	private final DataValues values;

	private final AccessPolicy access;

	private final Clock clock;

	PeriodLocks(DataValues values, AccessPolicy access, Clock clock) {
		this.values = values;
		this.access = access;
		this.clock = clock;
	}

	public static boolean mayLock(ChiTieuUser user) {
		return user.is(Role.OFFICE) || user.is(Role.ADMIN);
	}

	public Optional<PeriodLock> find(OrgUnit unit, YearMonth month) {
		return this.values.findLock(unit.id(), month.getYear(), month.getMonthValue());
	}

	@Transactional
	public PeriodLock lock(ChiTieuUser user, OrgUnit unit, YearMonth month) {
		check(user, unit);
		this.values.lock(unit.id(), month.getYear(), month.getMonthValue(), user.username(), this.clock.instant());
		return find(unit, month).orElseThrow();
	}

	@Transactional
	public boolean unlock(ChiTieuUser user, OrgUnit unit, YearMonth month) {
		check(user, unit);
		return this.values.unlock(unit.id(), month.getYear(), month.getMonthValue()) > 0;
	}

	private void check(ChiTieuUser user, OrgUnit unit) {
		this.access.checkRead(user, unit.id());
		if (!mayLock(user)) {
			throw new AccessDeniedException("closing a month is the office's");
		}
	}

}
