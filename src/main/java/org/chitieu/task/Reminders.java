package org.chitieu.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds the lead agency of deadlines that are near and of deadlines missed. Computed from the data
 * every morning: what was sent is recorded per task, kind and deadline in the same transaction as the
 * inbox messages, so a restart (or a second run) sends nothing twice and loses nothing.
 */
@Component
class Reminders {

	private static final Logger logger = LoggerFactory.getLogger(Reminders.class);

	private final TaskService tasks;

	private final Notifications notifications;

	private final Inbox inbox;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final int daysBefore;

	Reminders(TaskService tasks, Notifications notifications, Inbox inbox, TransactionTemplate transaction, Clock clock,
			@Value("${chitieu.task.reminder-days:3}") int daysBefore) {
		this.tasks = tasks;
		this.notifications = notifications;
		this.inbox = inbox;
		this.transaction = transaction;
		this.clock = clock;
		this.daysBefore = daysBefore;
	}

	@Scheduled(cron = "${chitieu.task.reminder-cron:0 0 7 * * *}", zone = "Asia/Ho_Chi_Minh")
	void runToday() {
		int sent = run(LocalDate.now(this.clock));
		logger.info("Task reminders sent: {}", sent);
	}

	/** Sends the reminders due on {@code today}; returns how many tasks were reminded. */
	int run(LocalDate today) {
		Integer sent = this.transaction.execute(status -> {
			int count = 0;
			for (TaskService.Assessed assessed : this.tasks.assessAll(today)) {
				TaskSchedule.Assessment assessment = assessed.assessment();
				Notification.Kind kind = assessment.status() == TaskStatus.OVERDUE ? Notification.Kind.OVERDUE
						: assessment.dueWithin(today, this.daysBefore) ? Notification.Kind.DUE_SOON : null;
				if (kind != null && this.notifications.recordReminder(assessed.task().id(), kind, assessment.dueOn(), today)) {
					this.inbox.toAgencies(List.of(assessed.task().leadAgencyId()), kind, assessed.task(),
							assessment.dueOn());
					count++;
				}
			}
			return count;
		});
		return sent == null ? 0 : sent;
	}

}
