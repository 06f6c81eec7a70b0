package org.chitieu.datavalue;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The life of a figure (indicator × unit × month): at most one counted value, the one dashboards and
 * reports use, and at most one pending revision (a draft, a submission, or a returned one with its
 * reason). Pure: each act returns the figure it leaves, or {@code null} when the act does not apply.
 * <p>
 * Which value counts is decided here and nowhere else: the approved value, or the first submission of
 * a figure that has none yet ({@link #submit}). Anything entered later waits as the revision and never
 * unseats the counted value until it is approved.
 */
record Figure(DataValue counted, DataValue revision) {

	static final Figure NONE = new Figure(null, null);

	/** A draft revision; {@code value} null drafts a deletion. */
	Figure draft(Version version) {
		return new Figure(this.counted, version.as(DataValueStatus.DRAFT, null));
	}

	/**
	 * A submission for approval. A figure with no counted value counts its first submission straight
	 * away (the department's figure is better than none); otherwise it waits as the revision.
	 */
	Figure submit(Version version) {
		if (this.counted == null && version.value() != null) {
			return new Figure(version.as(DataValueStatus.SUBMITTED, null), null);
		}
		return new Figure(this.counted, version.as(DataValueStatus.SUBMITTED, null));
	}

	/** Submitted and approved in one step, by someone who may approve: the value counts; null deletes it. */
	Figure approveDirectly(Version version) {
		return new Figure(version.value() == null ? null : version.as(DataValueStatus.APPROVED, null), null);
	}

	/** What an approval would decide on: the revision, or else the counted value. */
	DataValue pending() {
		return (this.revision != null) ? this.revision : this.counted;
	}

	/** Whether anything waits for approval: a submitted revision, or a counted first submission. */
	boolean awaitsApproval() {
		return this.revision != null && this.revision.status() == DataValueStatus.SUBMITTED
				|| this.revision == null && this.counted != null && this.counted.status() == DataValueStatus.SUBMITTED;
	}

	/** The head approves: the submitted revision (or first submission) becomes the approved counted value. */
	Figure approve(String by, Instant at) {
		if (!awaitsApproval()) {
			return null;
		}
		DataValue approved = pending();
		return new Figure(approved.value() == null ? null : new DataValue(approved.indicatorId(),
				approved.orgUnitId(), approved.year(), approved.month(), approved.value(), approved.comment(),
				DataValueStatus.APPROVED, null, by, at), null);
	}

	/**
	 * The head returns the submission with a reason. A returned revision leaves the counted value as it
	 * was; a returned first submission stops counting and waits, returned, as the revision.
	 */
	Figure returnWith(String reason, String by, Instant at) {
		if (!awaitsApproval()) {
			return null;
		}
		DataValue returned = pending();
		DataValue revision = new DataValue(returned.indicatorId(), returned.orgUnitId(), returned.year(),
				returned.month(), returned.value(), returned.comment(), DataValueStatus.RETURNED, reason, by, at);
		return new Figure((this.revision != null) ? this.counted : null, revision);
	}

	/** What someone enters: the value ({@code null} deletes), the comment, who and when. */
	record Version(long indicatorId, long orgUnitId, int year, int month, BigDecimal value, String comment,
			String by, Instant at) {

		DataValue as(DataValueStatus status, String returnReason) {
			return new DataValue(this.indicatorId, this.orgUnitId, this.year, this.month, this.value, this.comment,
					status, returnReason, this.by, this.at);
		}

	}

}
