package org.chitieu.portal;

/** An article's picture as uploaded; its type is read from its bytes, never taken from the browser. */
public record ImageUpload(byte[] content) {

	public boolean empty() {
		return this.content == null || this.content.length == 0;
	}

}
