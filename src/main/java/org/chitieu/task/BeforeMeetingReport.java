package org.chitieu.task;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The "before the meeting" task report as docx and xlsx: the agencies' counts, every task of the
 * period by agency and status, and the obstacles still waiting. A small renderer of the task module's
 * own, until the monthly report's renderers can take it.
 */
@Component
class BeforeMeetingReport {

	private final MessageSource messages;

	BeforeMeetingReport(MessageSource messages) {
		this.messages = messages;
	}

	byte[] docx(TaskOversight.BeforeMeeting report, Locale locale) {
		Text text = new Text(locale);
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			paragraph(document, text.get("task.report.title", report.orgUnitName(), period(report)), true, 14,
					ParagraphAlignment.CENTER);
			paragraph(document, text.get("task.report.asOf", TaskFormat.date(report.asOf())), false, 12,
					ParagraphAlignment.CENTER);
			paragraph(document, text.get("task.report.summary"), true, 13, ParagraphAlignment.LEFT);
			table(document, summaryHeader(text), summaryRows(report, text));
			paragraph(document, text.get("task.report.tasks"), true, 13, ParagraphAlignment.LEFT);
			report.tasksByAgency().forEach((agency, tasks) -> {
				paragraph(document, agency, true, 12, ParagraphAlignment.LEFT);
				table(document, taskHeader(text), taskRows(tasks, text));
			});
			paragraph(document, text.get("task.report.obstacles"), true, 13, ParagraphAlignment.LEFT);
			if (report.unresolvedObstacles().isEmpty()) {
				paragraph(document, text.get("task.report.noObstacles"), false, 12, ParagraphAlignment.LEFT);
			}
			else {
				table(document, obstacleHeader(text), obstacleRows(report, text));
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] xlsx(TaskOversight.BeforeMeeting report, Locale locale) {
		Text text = new Text(locale);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Sheet summary = workbook.createSheet(text.get("task.report.sheet.summary"));
			int row = title(summary, bold, text.get("task.report.title", report.orgUnitName(), period(report)),
					text.get("task.report.asOf", TaskFormat.date(report.asOf())));
			rows(summary, row, bold, summaryHeader(text), summaryRows(report, text));
			Sheet tasks = workbook.createSheet(text.get("task.report.sheet.tasks"));
			List<String> header = new ArrayList<>(taskHeader(text));
			header.add(0, text.get("task.report.col.agency"));
			List<List<String>> all = new ArrayList<>();
			report.tasksByAgency().forEach((agency, list) -> taskRows(list, text).forEach(cells -> {
				List<String> line = new ArrayList<>(cells);
				line.add(0, agency);
				all.add(line);
			}));
			rows(tasks, 0, bold, header, all);
			Sheet obstacles = workbook.createSheet(text.get("task.report.sheet.obstacles"));
			rows(obstacles, 0, bold, obstacleHeader(text), obstacleRows(report, text));
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String period(TaskOversight.BeforeMeeting report) {
		return report.period().getMonthValue() + "/" + report.period().getYear();
	}

	private static List<String> summaryHeader(Text text) {
		List<String> header = new ArrayList<>(List.of(text.get("task.report.col.agency"), text.get("task.report.col.total")));
		for (TaskStatus status : TaskStatus.values()) {
			header.add(text.get(status.messageKey()));
		}
		header.add(text.get("task.report.col.onTimeRate"));
		return header;
	}

	private static List<List<String>> summaryRows(TaskOversight.BeforeMeeting report, Text text) {
		return report.agencies().stream().map(agency -> {
			List<String> cells = new ArrayList<>(List.of(agency.agencyName(), String.valueOf(agency.total())));
			for (TaskStatus status : TaskStatus.values()) {
				cells.add(String.valueOf(agency.counts().get(status)));
			}
			cells.add(agency.onTimeRate() == null ? "–" : TaskFormat.percent(agency.onTimeRate()));
			return cells;
		}).toList();
	}

	private static List<String> taskHeader(Text text) {
		return List.of(text.get("task.report.col.no"), text.get("task.report.col.task"),
				text.get("task.report.col.source"), text.get("task.report.col.deadline"),
				text.get("task.report.col.status"), text.get("task.report.col.percent"),
				text.get("task.report.col.completedOn"));
	}

	private static List<List<String>> taskRows(List<TaskView> tasks, Text text) {
		List<List<String>> rows = new ArrayList<>();
		for (int i = 0; i < tasks.size(); i++) {
			TaskView task = tasks.get(i);
			rows.add(List.of(String.valueOf(i + 1), task.title(),
					task.sourceReference() == null ? text.get("task.source." + task.source().name())
							: task.sourceReference(),
					TaskFormat.date(task.dueOn()), text.get(task.status().messageKey()),
					task.percentDone() == null ? "" : task.percentDone() + "%", TaskFormat.date(task.completedOn())));
		}
		return rows;
	}

	private static List<String> obstacleHeader(Text text) {
		return List.of(text.get("task.report.col.agency"), text.get("task.report.col.obstacle"),
				text.get("task.report.col.needed"), text.get("task.report.col.neededFrom"),
				text.get("task.report.col.raisedOn"), text.get("task.report.col.daysOpen"));
	}

	private static List<List<String>> obstacleRows(TaskOversight.BeforeMeeting report, Text text) {
		return report.unresolvedObstacles()
			.stream()
			// an obstacle raised on a project's page may name no agency, no need or no one to ask
			.map(obstacle -> List.of(Objects.toString(obstacle.agencyName(), obstacle.project()), obstacle.description(),
					Objects.toString(obstacle.needed(), ""), Objects.toString(obstacle.neededFrom(), ""),
					TaskFormat.date(obstacle.raisedOn()), String.valueOf(obstacle.daysToResolution())))
			.toList();
	}

	private static void paragraph(XWPFDocument document, String value, boolean bold, int size,
			ParagraphAlignment alignment) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		XWPFRun run = paragraph.createRun();
		run.setFontFamily("Times New Roman");
		run.setFontSize(size);
		run.setBold(bold);
		run.setText(value);
	}

	private static void table(XWPFDocument document, List<String> header, List<List<String>> rows) {
		XWPFTable table = document.createTable(rows.size() + 1, header.size());
		fill(table.getRow(0), header, true);
		for (int i = 0; i < rows.size(); i++) {
			fill(table.getRow(i + 1), rows.get(i), false);
		}
	}

	private static void fill(XWPFTableRow row, List<String> cells, boolean bold) {
		for (int i = 0; i < cells.size(); i++) {
			XWPFParagraph paragraph = row.getCell(i).getParagraphs().get(0);
			XWPFRun run = paragraph.createRun();
			run.setFontFamily("Times New Roman");
			run.setFontSize(11);
			run.setBold(bold);
			run.setText(cells.get(i));
		}
	}

	private static int title(Sheet sheet, CellStyle bold, String title, String subtitle) {
		Row first = sheet.createRow(0);
		first.createCell(0).setCellValue(title);
		first.getCell(0).setCellStyle(bold);
		sheet.createRow(1).createCell(0).setCellValue(subtitle);
		return 3;
	}

	private static void rows(Sheet sheet, int start, CellStyle bold, List<String> header, List<List<String>> rows) {
		Row head = sheet.createRow(start);
		for (int i = 0; i < header.size(); i++) {
			head.createCell(i).setCellValue(header.get(i));
			head.getCell(i).setCellStyle(bold);
		}
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(start + 1 + r);
			List<String> cells = rows.get(r);
			for (int i = 0; i < cells.size(); i++) {
				row.createCell(i).setCellValue(cells.get(i));
			}
		}
		for (int i = 0; i < header.size(); i++) {
			sheet.setColumnWidth(i, i == 1 ? 60 * 256 : 18 * 256);
		}
	}

	private final class Text {

		private final Locale locale;

		Text(Locale locale) {
			this.locale = locale;
		}

		String get(String key, Object... arguments) {
			return BeforeMeetingReport.this.messages.getMessage(key, arguments, this.locale);
		}

	}

}
