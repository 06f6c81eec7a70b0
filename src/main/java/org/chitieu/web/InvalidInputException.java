package org.chitieu.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

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

	/** Each error told in the reader's language, for a page to show above its form. */
	public List<String> messages(MessageSource messages, Locale locale) {
		return this.errors.stream()
			.map(error -> messages.getMessage(error.messageKey(), error.arguments().toArray(), locale))
			.toList();
	}

}
