package org.chitieu.datavalue;

import java.util.List;

import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;

/** An import refused for its rows: the errors, and the rows they name as the file has them. */
final class ImportRefusal extends InvalidInputException {

	private final transient List<ImportedRow> rows;

	private ImportRefusal(List<InputError> errors, List<ImportedRow> rows) {
		super("datavalue.invalid", DataValueService.listed(errors));
		this.rows = List.copyOf(rows);
	}

	/** Refuses with the errors (at most {@link DataValueService#MAX_ERRORS} listed) and their rows. */
	static void refuseIf(List<InputError> errors, List<ImportedRow> rows) {
		if (!errors.isEmpty()) {
			throw new ImportRefusal(errors, rows);
		}
	}

	List<ImportedRow> rows() {
		return this.rows;
	}

}
