package org.chitieu.portal;

import java.util.List;

import org.springframework.http.HttpStatus;

/** A comment not taken, with why in the reader's language (a message key) and the HTTP status to answer. */
class CommentRefusedException extends RuntimeException {

	private final String messageKey;

	private final List<Object> arguments;

	private final HttpStatus status;

	CommentRefusedException(HttpStatus status, String messageKey, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	String messageKey() {
		return this.messageKey;
	}

	Object[] arguments() {
		return this.arguments.toArray();
	}

	HttpStatus status() {
		return this.status;
	}

}
