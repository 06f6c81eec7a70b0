package org.chitieu.task;

/** Where a directive comes from. */
public enum TaskSource {
	/** A numbered conclusion of a meeting, issued in its conclusion notice. */
	MEETING_CONCLUSION,
	/** A document of the committee or of a higher level (công văn, kế hoạch). */
	DOCUMENT,
	/** Assigned directly, outside a meeting or document. */
	AD_HOC
}
