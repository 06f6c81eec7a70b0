package org.chitieu.task;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.chitieu.obstacle.Obstacle;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change meetings, tasks and obstacles. Leaders and the office direct and see
 * everything in their org unit's subtree; a department's staff see and report on the tasks their
 * agency leads or takes part in, and nothing else; only a leader answers an obstacle.
 */
@Component
class TaskAccess {

	private final OrgUnits orgUnits;

	TaskAccess(OrgUnits orgUnits) {
		this.orgUnits = orgUnits;
	}

	/** The user's reach, read once per request so that long lists need no query per row. */
	Scope scope(ChiTieuUser user) {
		Set<Long> units = user.is(Role.ADMIN) || user.orgUnitId() == null ? null
				: this.orgUnits.subtree(user.orgUnitId()).stream().map(OrgUnit::id).collect(Collectors.toSet());
		return new Scope(user, units);
	}

	record Scope(ChiTieuUser user, Set<Long> units) {

		boolean admin() {
			return this.user.is(Role.ADMIN);
		}

		boolean directs() {
			return admin() || this.user.is(Role.LEADER) || this.user.is(Role.OFFICE);
		}

		boolean agencyStaff() {
			return this.user.is(Role.AGENCY_HEAD) || this.user.is(Role.REPORTER);
		}

		boolean within(long orgUnitId) {
			return this.units == null ? admin() : this.units.contains(orgUnitId);
		}

		/** Create meetings and tasks, issue conclusion notices, produce the oversight reports. */
		boolean canDirect(long orgUnitId) {
			return directs() && within(orgUnitId);
		}

		boolean canSee(Task task) {
			return canDirect(task.orgUnitId()) || agencyStaff() && within(task.orgUnitId()) && task.involves(this.user.agencyId());
		}

		boolean canReport(Task task) {
			return agencyStaff() && within(task.orgUnitId()) && task.involves(this.user.agencyId());
		}

		boolean canSee(Meeting meeting) {
			return within(meeting.orgUnitId());
		}

		boolean canSee(Obstacle obstacle, Task task) {
			return canDirect(obstacle.orgUnitId()) || agencyStaff()
					&& (Objects.equals(obstacle.agencyId(), this.user.agencyId()) || task != null && canSee(task));
		}

		boolean canAnswer(Obstacle obstacle) {
			return admin() || this.user.is(Role.LEADER) && within(obstacle.orgUnitId());
		}

		void check(boolean allowed, String what) {
			if (!allowed) {
				throw new AccessDeniedException(what);
			}
		}

	}

}
