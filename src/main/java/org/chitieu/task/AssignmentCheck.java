package org.chitieu.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.chitieu.orgunit.Agency;
import org.chitieu.web.InputError;

/**
 * Checks who does what by when, for a task and for a meeting conclusion alike, collecting every
 * error under the field's path so the whole request can be refused at once.
 */
final class AssignmentCheck {

	static final int MAX_TEXT = 4000;

	static final int MAX_CODE = 50;

	private AssignmentCheck() {
	}

	/** The lead agency, or null (with an error when it is required or unknown). */
	static Agency lead(Directory.Lookup lookup, String code, boolean required, String at, List<InputError> errors) {
		if (code == null || code.isBlank()) {
			if (required) {
				errors.add(InputError.of(at + "leadAgency", "task.required"));
			}
			return null;
		}
		Agency agency = lookup.agenciesByCode().get(code);
		if (agency == null) {
			errors.add(InputError.of(at + "leadAgency", "task.unknownAgency", code));
		}
		return agency;
	}

	/** The co-agencies' ids, without the lead agency and without repeats. */
	static List<Long> coAgencies(Directory.Lookup lookup, List<String> codes, Agency lead, String at,
			List<InputError> errors) {
		Set<Long> ids = new LinkedHashSet<>();
		List<String> given = codes == null ? List.of() : codes;
		for (int i = 0; i < given.size(); i++) {
			Agency agency = lookup.agenciesByCode().get(given.get(i));
			if (agency == null) {
				errors.add(InputError.of(at + "coAgencies[" + i + "]", "task.unknownAgency", String.valueOf(given.get(i))));
			}
			else if (lead == null || agency.id() != lead.id()) {
				ids.add(agency.id());
			}
		}
		return new ArrayList<>(ids);
	}

	static void schedule(LocalDate deadline, Recurrence recurrence, LocalDate assignedOn, boolean required, String at,
			List<InputError> errors) {
		if (deadline != null && recurrence != null) {
			errors.add(InputError.of(at + "deadline", "task.deadlineOrRecurrence"));
		}
		else if (deadline == null && recurrence == null && required) {
			errors.add(InputError.of(at + "deadline", "task.deadlineRequired"));
		}
		else if (deadline != null && assignedOn != null && deadline.isBefore(assignedOn)) {
			errors.add(InputError.of(at + "deadline", "task.deadlineBeforeAssignment"));
		}
	}

	static String text(String value, boolean required, int max, String field, List<InputError> errors) {
		if (value == null || value.isBlank()) {
			if (required) {
				errors.add(InputError.of(field, "task.required"));
			}
			return null;
		}
		if (value.length() > max) {
			errors.add(InputError.of(field, "task.tooLong", max));
		}
		return value.strip();
	}

}
