package org.chitieu.task;

import java.time.Clock;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Mails inbox notifications to users who gave an address, when SMTP is configured
 * ({@code spring.mail.host}; empty: no mail, the inbox alone). The notification table is the outbox:
 * a sent one is marked, a failed one is tried again on the next run, a few times at most, and a
 * failure is logged, never thrown.
 */
@Component
class TaskMailer {

	private static final Logger logger = LoggerFactory.getLogger(TaskMailer.class);

	private static final int MAX_ATTEMPTS = 5;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final Notifications notifications;

	private final ObjectProvider<JavaMailSender> sender;

	private final MessageSource messages;

	private final Clock clock;

	private final String from;

	TaskMailer(Notifications notifications, ObjectProvider<JavaMailSender> sender, MessageSource messages, Clock clock,
			@Value("${chitieu.task.mail-from:chitieu@localhost}") String from) {
		this.notifications = notifications;
		this.sender = sender;
		this.messages = messages;
		this.clock = clock;
		this.from = from;
	}

	@Scheduled(cron = "${chitieu.task.mail-cron:0 * * * * *}")
	void sendScheduled() {
		sendPending();
	}

	/** Mails what waits in the outbox; returns how many were sent. */
	int sendPending() {
		JavaMailSender mail = this.sender.getIfAvailable();
		if (mail == null) {
			return 0;
		}
		int sent = 0;
		for (Notifications.Unmailed notification : this.notifications.unmailed(MAX_ATTEMPTS)) {
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(this.from);
			message.setTo(notification.email());
			String text = this.messages.getMessage("task.notification." + notification.kind().name(),
					new Object[] { notification.subject(), TaskFormat.date(notification.dueOn()) }, VIETNAMESE);
			message.setSubject(this.messages.getMessage("task.mail.subject", new Object[] { text }, VIETNAMESE));
			message.setText(this.messages.getMessage("task.mail.body",
					new Object[] { text, notification.taskId() == null ? "" : notification.taskId() }, VIETNAMESE));
			try {
				mail.send(message);
				this.notifications.mailed(notification.id(), this.clock.instant());
				sent++;
			}
			catch (MailException ex) {
				this.notifications.mailFailed(notification.id());
				logger.warn("Could not mail notification {}: {}", notification.id(), ex.getMessage());
			}
		}
		return sent;
	}

}
