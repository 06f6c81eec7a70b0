package org.chitieu.datavalue;

import java.time.YearMonth;

import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.period.Periods;
import org.chitieu.security.AccessPolicy;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;
import org.chitieu.web.NotFoundException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/locks}: close a month of an org unit's figures, see whether it is closed, reopen it. */
@RestController
@RequestMapping("/api/v1/locks")
class PeriodLockController {

	private final PeriodLocks locks;

	private final OrgUnits orgUnits;

	private final AccessPolicy access;

	PeriodLockController(PeriodLocks locks, OrgUnits orgUnits, AccessPolicy access) {
		this.locks = locks;
		this.orgUnits = orgUnits;
		this.access = access;
	}

	@GetMapping
	ResponseEntity<PeriodLock> find(@AuthenticationPrincipal ChiTieuUser user, @RequestParam String orgUnit,
			@RequestParam String period) {
		OrgUnit unit = unit(orgUnit);
		this.access.checkRead(user, unit.id());
		return ResponseEntity.of(this.locks.find(unit, month(period)));
	}

	@PostMapping
	ResponseEntity<PeriodLock> lock(@AuthenticationPrincipal ChiTieuUser user, @RequestBody LockRequest request) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.locks.lock(user, unit(request.orgUnit()), month(request.period())));
	}

	/** Reopening is the office's recorded act: {@code reason} is required. */
	@DeleteMapping
	ResponseEntity<Void> unlock(@AuthenticationPrincipal ChiTieuUser user, @RequestParam String orgUnit,
			@RequestParam String period, @RequestParam(required = false) String reason) {
		return this.locks.unlock(user, unit(orgUnit), month(period), reason) ? ResponseEntity.noContent().build()
				: ResponseEntity.notFound().build();
	}

	private OrgUnit unit(String code) {
		return this.orgUnits.findByCode(code == null ? "" : code)
			.orElseThrow(() -> new NotFoundException("datavalue.unknownOrgUnit", code));
	}

	private static YearMonth month(String period) {
		try {
			return Periods.parseMonth(period);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("datavalue.invalid", InputError.of("period", "datavalue.period", period));
		}
	}

	record LockRequest(String orgUnit, String period) {
	}

}
