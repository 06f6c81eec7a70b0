package org.chitieu.task;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a task is due, and the rules that give its status on a date. Pure: the date is always passed
 * in. Only the lead agency's reports count, and only those dated on or before that date; a report of
 * 100% marks the task done on its date.
 * <p>
 * A one-off task (a {@code deadline}): done on or before the deadline is {@code DONE_ON_TIME}, after
 * it {@code DONE_LATE}; not done and the date after the deadline is {@code OVERDUE} (due today is not
 * overdue yet); otherwise {@code IN_PROGRESS} once progress is reported, else {@code NOT_YET_DUE}.
 * <p>
 * A recurring task owes a 100% report within every month or quarter that starts on or after the day
 * it was assigned; the deadline of each is the period's last day. If the previous period owed one and
 * got none within it, the task is {@code OVERDUE} until it comes, then {@code DONE_LATE} for the rest
 * of the current period; otherwise a 100% report in the current period is {@code DONE_ON_TIME}, and
 * the current period is in progress or not yet due like a one-off task.
 */
public record TaskSchedule(LocalDate assignedOn, LocalDate deadline, Recurrence recurrence) {

	public TaskSchedule {
		Objects.requireNonNull(assignedOn, "assignedOn");
		if ((deadline == null) == (recurrence == null)) {
			throw new IllegalArgumentException("a task has either a deadline or a recurrence");
		}
	}

	public static TaskSchedule once(LocalDate assignedOn, LocalDate deadline) {
		return new TaskSchedule(assignedOn, deadline, null);
	}

	public static TaskSchedule every(LocalDate assignedOn, Recurrence recurrence) {
		return new TaskSchedule(assignedOn, null, recurrence);
	}

	public Assessment assess(List<ProgressMark> leadReports, LocalDate asOf) {
		List<ProgressMark> known = leadReports.stream()
			.filter(mark -> !mark.reportedOn().isAfter(asOf))
			.sorted(Comparator.comparing(ProgressMark::reportedOn))
			.toList();
		return this.recurrence == null ? once(known, asOf) : recurring(known, asOf);
	}

	public TaskStatus status(List<ProgressMark> leadReports, LocalDate asOf) {
		return assess(leadReports, asOf).status();
	}

	private Assessment once(List<ProgressMark> known, LocalDate asOf) {
		Integer percent = latestPercent(known);
		Optional<LocalDate> completed = firstComplete(known, this.assignedOn, asOf);
		if (completed.isPresent()) {
			TaskStatus status = completed.get().isAfter(this.deadline) ? TaskStatus.DONE_LATE : TaskStatus.DONE_ON_TIME;
			return new Assessment(status, this.deadline, completed.get(), percent);
		}
		if (asOf.isAfter(this.deadline)) {
			return new Assessment(TaskStatus.OVERDUE, this.deadline, null, percent);
		}
		return new Assessment(known.isEmpty() ? TaskStatus.NOT_YET_DUE : TaskStatus.IN_PROGRESS, this.deadline, null,
				percent);
	}

	private Assessment recurring(List<ProgressMark> known, LocalDate asOf) {
		LocalDate start = this.recurrence.start(asOf);
		LocalDate end = this.recurrence.end(asOf);
		LocalDate previousStart = this.recurrence.start(start.minusDays(1));
		LocalDate previousEnd = start.minusDays(1);
		List<ProgressMark> current = known.stream().filter(mark -> !mark.reportedOn().isBefore(start)).toList();
		Integer percent = latestPercent(current);
		Optional<LocalDate> completed = firstComplete(current, start, asOf);
		boolean previousOwed = !previousStart.isBefore(this.assignedOn);
		if (previousOwed && firstComplete(known, previousStart, previousEnd).isEmpty()) {
			return completed.isPresent() ? new Assessment(TaskStatus.DONE_LATE, previousEnd, completed.get(), percent)
					: new Assessment(TaskStatus.OVERDUE, previousEnd, null, percent);
		}
		// nothing is owed for the period the task was assigned in: the first deadline ends the next one
		LocalDate due = start.isBefore(this.assignedOn) ? this.recurrence.end(end.plusDays(1)) : end;
		if (completed.isPresent()) {
			return new Assessment(TaskStatus.DONE_ON_TIME, due, completed.get(), percent);
		}
		return new Assessment(current.isEmpty() ? TaskStatus.NOT_YET_DUE : TaskStatus.IN_PROGRESS, due, null, percent);
	}

	private static Optional<LocalDate> firstComplete(List<ProgressMark> marks, LocalDate from, LocalDate to) {
		return marks.stream()
			.filter(ProgressMark::complete)
			.map(ProgressMark::reportedOn)
			.filter(date -> !date.isBefore(from) && !date.isAfter(to))
			.findFirst();
	}

	private static Integer latestPercent(List<ProgressMark> marks) {
		return marks.isEmpty() ? null : marks.get(marks.size() - 1).percentDone();
	}

	/**
	 * The status on a date, the deadline it is judged against (for a recurring task, that of the
	 * occurrence in question), the day it was done, and the latest reported percentage (null: none).
	 */
	public record Assessment(TaskStatus status, LocalDate dueOn, LocalDate completedOn, Integer percentDone) {

		/** Open and due between {@code asOf} and {@code days} days later, both included. */
		public boolean dueWithin(LocalDate asOf, int days) {
			return !this.status.done() && this.status != TaskStatus.OVERDUE && !this.dueOn.isBefore(asOf)
					&& !this.dueOn.isAfter(asOf.plusDays(days));
		}

	}

}
