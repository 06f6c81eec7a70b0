package org.chitieu.web;

import java.util.List;

/**
 * One thing wrong with a request: where ({@code field}, e.g. "rows[3].value" or "indicators[2].formula")
 * and why, as a message key with its arguments so it is told in the reader's language.
 */
public record InputError(String field, String messageKey, List<Object> arguments) {

	public static InputError of(String field, String messageKey, Object... arguments) {
		return new InputError(field, messageKey, List.of(arguments));
	}

}
