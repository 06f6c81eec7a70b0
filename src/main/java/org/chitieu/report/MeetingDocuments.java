package org.chitieu.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.chitieu.orgunit.Agency;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.task.Meeting;
import org.chitieu.task.MeetingService;
import org.chitieu.task.ObstacleService;
import org.chitieu.task.TaskOversight;
import org.chitieu.task.TaskStatus;
import org.chitieu.web.VietnameseFormat;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The meeting's documents in the committee's layout: the conclusion notice (Thông báo kết luận) from the
 * meeting's conclusions, and the report the office takes to the meeting, both under the same header as
 * the reports ({@link Letterhead}).
 */
@Service
class MeetingDocuments {

	private final MeetingService meetings;

	private final TaskOversight oversight;

	private final OrgUnits orgUnits;

	private final ReportSettingsStore settings;

	private final MessageSource messages;

	private final Clock clock;

	private final VietnameseFormat format;

	MeetingDocuments(MeetingService meetings, TaskOversight oversight, OrgUnits orgUnits, ReportSettingsStore settings,
			MessageSource messages, Clock clock, VietnameseFormat format) {
		this.format = format;
		this.meetings = meetings;
		this.oversight = oversight;
		this.orgUnits = orgUnits;
		this.settings = settings;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * "THÔNG BÁO Kết luận của Chủ tịch UBND huyện tại cuộc họp ...": the meeting in one paragraph, then each
	 * conclusion numbered with who leads it and by when; signed for the chairman by the office's chief.
	 */
	ReportDocument conclusionNotice(ChiTieuUser user, long meetingId) {
		Locale locale = ReportLanguage.VIETNAMESE;
		Meeting meeting = this.meetings.get(user, meetingId);
		OrgUnit unit = this.orgUnits.findById(meeting.orgUnitId()).orElseThrow();
		ReportSettings settings = this.settings.find(unit, YearMonth.from(meeting.heldOn()));
		Map<Long, String> agencies = this.orgUnits.findAgencies()
			.stream()
			.collect(Collectors.toMap(Agency::id, Agency::name));
		String number = meeting.noticeNumber() == null ? text("meetingNotice.blankNumber") : meeting.noticeNumber();
		LocalDate date = meeting.noticeDate() == null ? meeting.heldOn() : meeting.noticeDate();
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(text("meetingNotice.opening", ReportDates.longDate(meeting.heldOn(), locale), meeting.chairTitle(),
				lowerFirst(meeting.title())));
		for (Meeting.Conclusion conclusion : meeting.conclusions()) {
			StringBuilder line = new StringBuilder(text("report.task", conclusion.itemNo(), Letterhead.withoutStop(conclusion.text())));
			List<String> who = new ArrayList<>();
			String lead = conclusion.leadAgencyId() == null ? null : agencies.get(conclusion.leadAgencyId());
			if (lead != null) {
				String co = conclusion.coAgencyIds()
					.stream()
					.map(agencies::get)
					.filter(name -> name != null)
					.collect(Collectors.joining(", "));
				who.add(co.isEmpty() ? text("meetingNotice.lead", lead) : text("meetingNotice.leadWith", lead, co));
			}
			if (conclusion.deadline() != null) {
				who.add(text("meetingNotice.deadline", ReportDates.shortDate(conclusion.deadline())));
			}
			if (!who.isEmpty()) {
				line.append(" (").append(String.join("; ", who)).append(")");
			}
			paragraphs.add(line.append(text("report.sentence.end")).toString());
		}
		paragraphs.add(text("meetingNotice.closing", Letterhead.issuingUnit(unit, this.messages, locale)));
		return new ReportDocument(locale.getLanguage(),
				Letterhead.header(unit, number, settings.placeName(), date, this.messages, locale),
				text("meetingNotice.title"), text("meetingNotice.summary", meeting.chairTitle(), lowerFirst(meeting.title())),
				null, List.of(new ReportDocument.Section(null, List.of(new ReportDocument.Part(null, paragraphs)))),
				Letterhead.closing(settings.recipients(), text("meetingNotice.authority"), "", this.messages, locale),
				null);
	}

	/**
	 * The report the office takes to the monthly meeting: per agency its tasks by status and on-time rate,
	 * then the obstacles still waiting, under the committee's header.
	 */
	ReportDocument beforeMeeting(ChiTieuUser user, OrgUnit unit, YearMonth period) {
		Locale locale = ReportLanguage.VIETNAMESE;
		LocalDate today = LocalDate.now(this.clock);
		TaskOversight.BeforeMeeting report = this.oversight.beforeMeeting(user, unit.code(), period, today);
		ReportSettings settings = this.settings.find(unit, period);
		List<String> agencies = new ArrayList<>();
		for (TaskOversight.AgencySummary agency : report.agencies()) {
			String counts = Arrays.stream(TaskStatus.values())
						.filter(status -> agency.counts().getOrDefault(status, 0) > 0)
						.map(status -> agency.counts().get(status) + " " + text(status.messageKey()).toLowerCase(locale))
						.collect(Collectors.joining(", "));
			agencies.add(text(agency.onTimeRate() == null ? "beforeMeeting.agency" : "beforeMeeting.agencyRate",
					agency.agencyName(), agency.total(), counts,
					agency.onTimeRate() == null ? "" : this.format.number(agency.onTimeRate(), 2, locale) + "%"));
		}
		if (agencies.isEmpty()) {
			agencies.add(text("beforeMeeting.noTasks"));
		}
		List<String> obstacles = report.unresolvedObstacles()
			.stream()
			.map(obstacle -> obstacle.needed() == null
					// raised on a project's page: what is needed from whom is one text
					? text("beforeMeeting.obstacleNeeding", owner(obstacle), Letterhead.withoutStop(obstacle.description()),
							Letterhead.withoutStop(obstacle.neededFrom()), obstacle.daysToResolution())
					: text("beforeMeeting.obstacle", owner(obstacle), Letterhead.withoutStop(obstacle.description()),
							Letterhead.withoutStop(obstacle.needed()), obstacle.neededFrom(), obstacle.daysToResolution()))
			.collect(Collectors.toCollection(ArrayList::new));
		if (obstacles.isEmpty()) {
			obstacles.add(text("beforeMeeting.noObstacles"));
		}
		return new ReportDocument(locale.getLanguage(),
				Letterhead.header(unit, text("report.blankNumber"), settings.placeName(), today, this.messages, locale),
				text("report.title"), text("beforeMeeting.summary", ReportDates.monthOfYear(period, locale)), null,
				List.of(new ReportDocument.Section(text("beforeMeeting.tasks"),
						List.of(new ReportDocument.Part(null, agencies))),
						new ReportDocument.Section(text("beforeMeeting.obstacles"),
								List.of(new ReportDocument.Part(null, obstacles)))),
				Letterhead.closing(settings.recipients(), text("meetingNotice.authority"), "", this.messages, locale),
				null);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, ReportLanguage.VIETNAMESE);
	}

	/** The agency that owns the obstacle, or its project where an old project obstacle named none. */
	private static String owner(ObstacleService.ObstacleView obstacle) {
		return obstacle.agencyName() != null ? obstacle.agencyName() : obstacle.project();
	}

	private static String lowerFirst(String text) {
		return text.isEmpty() ? text : text.substring(0, 1).toLowerCase(ReportLanguage.VIETNAMESE) + text.substring(1);
	}

}
