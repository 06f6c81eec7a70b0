package org.chitieu.web;

/** Something named in a request does not exist; answered with 404. */
public class NotFoundException extends RuntimeException {

	private final String messageKey;

	private final Object[] arguments;

	public NotFoundException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments;
	}

}
