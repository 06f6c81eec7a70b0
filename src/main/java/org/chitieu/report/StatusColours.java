package org.chitieu.report;

import org.chitieu.progress.Status;

/** The fill of a status, the same in Word, Excel and the web page; the word beside it carries the meaning. */
final class StatusColours {

	private StatusColours() {
	}

	/** An RGB hex colour, "C6EFCE". */
	static String of(Status status) {
		return switch (status) {
			case ACHIEVED -> "C6EFCE";
			case ON_TRACK -> "E2EFDA";
			case BEHIND -> "FFC7CE";
			case NO_DATA -> "EDEDED";
		};
	}

}
