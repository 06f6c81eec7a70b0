package org.chitieu.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import org.chitieu.ChiTieuIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reminder job reads what it sent from the database, not from memory: run twice, or by a new
 * instance as after a restart, it sends each reminder once. The demo's tasks are reminded too on
 * these days; what the job wrote is removed afterwards so the demo stays as it was.
 */
@ChiTieuIntegrationTest
@AutoConfigureTestRestTemplate
class TaskReminderIntegrationTests {

	private static final LocalDate DEADLINE = LocalDate.of(2025, 9, 10);

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Reminders reminders;

	@Autowired
	TaskService tasks;

	@Autowired
	Notifications notifications;

	@Autowired
	Inbox inbox;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	private long task;

	private long lastNotification;

	@BeforeEach
	void assign() {
		ResponseEntity<Map> response = this.rest.withBasicAuth("vanphong", ChiTieuIntegrationTest.DEMO_PASSWORD)
			.postForEntity("/api/v1/tasks", Map.of("title", "Báo cáo sơ kết 9 tháng", "leadAgency", "CD-TCKH",
					"assignedOn", "2025-08-20", "deadline", DEADLINE.toString()), Map.class);
		this.task = ((Number) response.getBody().get("id")).longValue();
		this.lastNotification = this.jdbc.sql("select coalesce(max(id), 0) from notification").query(Long.class).single();
	}

	@AfterEach
	void removeTheDemosReminders() {
		this.jdbc.sql("delete from notification where id > ? and kind in ('DUE_SOON', 'OVERDUE')")
			.param(this.lastNotification)
			.update();
		this.jdbc.sql("delete from task_reminder where sent_on between '2025-09-06' and '2025-09-12'").update();
	}

	@Test
	void nothing_is_due_soon_four_days_before_the_deadline() {
		this.reminders.run(DEADLINE.minusDays(4));
		assertThat(sent("DUE_SOON")).isZero();
	}

	@Test
	void a_deadline_three_days_ahead_is_reminded_once_however_often_the_job_runs() {
		this.reminders.run(DEADLINE.minusDays(3));
		assertThat(sent("DUE_SOON")).isEqualTo(2);
		this.reminders.run(DEADLINE.minusDays(3));
		this.reminders.run(DEADLINE.minusDays(1));
		assertThat(sent("DUE_SOON")).isEqualTo(2);
		assertThat(this.jdbc.sql("select count(*) from task_reminder where task_id = ?").param(this.task)
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void after_a_restart_the_job_sends_nothing_twice_and_the_overdue_reminder_once() {
		this.reminders.run(DEADLINE.minusDays(2));
		Reminders restarted = new Reminders(this.tasks, this.notifications, this.inbox, this.transaction, this.clock, 3);
		restarted.run(DEADLINE.minusDays(2));
		assertThat(sent("DUE_SOON")).isEqualTo(2);
		assertThat(sent("OVERDUE")).isZero();
		restarted.run(DEADLINE);
		assertThat(sent("OVERDUE")).isZero();
		restarted.run(DEADLINE.plusDays(1));
		new Reminders(this.tasks, this.notifications, this.inbox, this.transaction, this.clock, 3).run(DEADLINE.plusDays(2));
		assertThat(sent("OVERDUE")).isEqualTo(2);
	}

	/** Inbox messages of that kind for the test's task: one each for the reporter and the head of CD-TCKH. */
	private int sent(String kind) {
		return this.jdbc.sql("select count(*) from notification where task_id = ? and kind = ?")
			.params(this.task, kind)
			.query(Integer.class)
			.single();
	}

}
