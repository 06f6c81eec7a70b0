package org.chitieu.datavalue;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.chitieu.orgunit.OrgUnit;
import org.chitieu.security.AccessPolicy;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Role;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office closes a month for its unit once the report is out ("khóa sổ"), and may reopen it with a
 * reason. Closing month M freezes months 1..M of the year in the unit's whole subtree: every write of
 * figures, their review and the project reports that feed indicators is refused.
 */
@Service("periodLocks")
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

	/** Whether the month is closed for the unit, by its own lock or one above, on it or a later month. */
	public boolean isClosed(OrgUnit unit, YearMonth month) {
		return this.values.isLocked(unit.id(), month.getYear(), month.getMonthValue());
	}

	/** How many figures of months 1..M in the unit's subtree still wait for approval: said before closing. */
	public int awaitingApproval(OrgUnit unit, YearMonth month) {
		return this.values.countAwaitingApproval(unit.id(), month.getYear(), month.getMonthValue());
	}

	/** The closings and reopenings of the unit's months in the year, newest first (the report page lists them). */
	public List<PeriodLockEvent> history(OrgUnit unit, int year) {
		return this.values.lockEvents(unit.id(), year);
	}

	/** What the report page's closing card shows for a unit and month ("YYYY-MM"). */
	public ClosingView view(OrgUnit unit, String period) {
		YearMonth month = YearMonth.parse(period);
		return new ClosingView(isClosed(unit, month), awaitingApproval(unit, month), history(unit, month.getYear()));
	}

	public record ClosingView(boolean closed, int awaitingApproval, List<PeriodLockEvent> history) {
	}

	@Transactional
	public PeriodLock lock(ChiTieuUser user, OrgUnit unit, YearMonth month) {
		check(user, unit);
		this.values.lock(unit.id(), month.getYear(), month.getMonthValue(), user.username(), this.clock.instant());
		return find(unit, month).orElseThrow();
	}

	/** Reopens the month; the reason is recorded and required. */
	@Transactional
	public boolean unlock(ChiTieuUser user, OrgUnit unit, YearMonth month, String reason) {
		check(user, unit);
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("datavalue.invalid", InputError.of("reason", "lock.reasonRequired"));
		}
		return this.values.unlock(unit.id(), month.getYear(), month.getMonthValue(), reason.strip(),
				user.username(), this.clock.instant());
	}

	private void check(ChiTieuUser user, OrgUnit unit) {
		this.access.checkRead(user, unit.id());
		if (!mayLock(user)) {
			throw new AccessDeniedException("closing a month is the office's");
		}
	}

}
