package org.chitieu.task;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.chitieu.obstacle.NewObstacle;
import org.chitieu.obstacle.ObstacleStatus;
import org.chitieu.obstacle.Obstacles;
import org.chitieu.orgunit.Agency;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Users;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's monthly meeting of 23/5/2024, its conclusion notice and how each directive ended in 2024
 * (on time or late); and Long Cang's meeting of 25/11/2026, whose directives are still open. The office holds the meeting and issues the notice through the service; the
 * departments' reports and obstacles carry their own past dates, so they are written as they were.
 */
@Component
public class TaskDemo {

	/** The district's 2024 meeting, then a meeting of one of the communes that replaced it. */
	private static final List<String> RESOURCES = List.of("demo/can-duoc-2024-meeting.json",
			"demo/long-cang-2026-meeting.json");

	private final MeetingService meetings;

	private final Tasks tasks;

	private final Obstacles obstacles;

	private final Directory directory;

	private final Users users;

	private final JsonMapper json;

	private final Clock clock;

	TaskDemo(MeetingService meetings, Tasks tasks, Obstacles obstacles, Directory directory, Users users,
			JsonMapper json, Clock clock) {
		this.meetings = meetings;
		this.tasks = tasks;
		this.obstacles = obstacles;
		this.directory = directory;
		this.users = users;
		this.json = json;
		this.clock = clock;
	}

	@Transactional
	public void load() {
		RESOURCES.forEach(resource -> load(read(resource)));
	}

	private void load(DemoFile demo) {
		ChiTieuUser office = this.users.findByUsername(demo.issuedBy()).orElseThrow();
		Meeting meeting = this.meetings.create(office, demo.meeting());
		this.meetings.issueNotice(office, meeting.id(), demo.notice());
		Map<Integer, Task> byItem = this.tasks.findByMeeting(meeting.id())
			.stream()
			.collect(Collectors.toMap(task -> itemOf(meeting, task), task -> task));
		Map<String, Agency> agencies = this.directory.lookup().agenciesByCode();
		for (DemoReport report : demo.reports()) {
			this.tasks.insertReport(byItem.get(report.item()).id(), agencies.get(report.agency()).id(),
					report.reportedOn(), report.percentDone(), report.text(), report.by(), this.clock.instant());
		}
		for (DemoObstacle raised : demo.obstacles()) {
			Task task = byItem.get(raised.item());
			long id = this.obstacles.raise(new NewObstacle(task.orgUnitId(), task.id(), task.projectCode(),
					agencies.get(raised.agency()).id(), raised.description(), raised.needed(), raised.neededFrom(),
					ObstacleStatus.ESCALATED, raised.raisedOn(), raised.by()));
			if (raised.answer() != null) {
				this.obstacles.resolve(id, raised.answeredOn(), raised.answer(), raised.answeredBy());
			}
		}
	}

	private static int itemOf(Meeting meeting, Task task) {
		return meeting.conclusions()
			.stream()
			.filter(conclusion -> task.title().equals(conclusion.text()))
			.findFirst()
			.orElseThrow()
			.itemNo();
	}

	private DemoFile read(String resource) {
		try (InputStream input = new ClassPathResource(resource).getInputStream()) {
			return this.json.readValue(input, DemoFile.class);
		}
		catch (IOException ex) {
			throw new IllegalStateException("demo resource missing: " + resource, ex);
		}
	}

	record DemoFile(MeetingService.MeetingForm meeting, MeetingService.NoticeForm notice, String issuedBy,
			List<DemoReport> reports, List<DemoObstacle> obstacles) {
	}

	record DemoReport(int item, String agency, String by, LocalDate reportedOn, int percentDone, String text) {
	}

	record DemoObstacle(int item, String agency, String by, LocalDate raisedOn, String description, String needed,
			String neededFrom, String answer, String answeredBy, LocalDate answeredOn) {
	}

}
