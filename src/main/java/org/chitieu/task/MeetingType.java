package org.chitieu.task;

public enum MeetingType {
	/** Họp lệ hằng tháng. */
	MONTHLY_REGULAR,
	/** Họp chuyên đề. */
	THEMATIC,
	/** Kiểm tra thực tế. */
	FIELD_INSPECTION
}
