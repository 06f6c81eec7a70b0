package org.chitieu.web;

import java.util.List;

/** Refuses a whole request (an import is all rows or none) and lists every error found in it. */
public class InvalidInputException extends RuntimeException {

	private final String titleKey;

	private final List<InputError> errors;

	public InvalidInputException(String titleKey, List<InputError> errors) {
		super(titleKey + ": " + errors);
		this.titleKey = titleKey;
		this.errors = List.copyOf(errors);
	}

	public InvalidInputException(String titleKey, InputError error) {
		this(titleKey, List.of(error));
	}

	public String titleKey() {
		return this.titleKey;
	}

	public List<InputError> errors() {
		return this.errors;
	}

}
