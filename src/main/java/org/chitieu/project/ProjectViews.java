package org.chitieu.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.chitieu.datavalue.DataValueStatus;
import org.chitieu.obstacle.ObstacleStatus;
import org.chitieu.progress.MonthPoint;
import org.chitieu.progress.Status;

/** What the project API and pages show; numbers unrounded, {@code null} where they cannot be computed. */
public final class ProjectViews {

	private ProjectViews() {
	}

	/**
	 * A project at a reporting month. Disbursement is the year to date against the year's capital
	 * plan ({@code disbursementRate} = 100·A/T) and against its schedule ({@code scheduleRate} = 100·A/E).
	 */
	public record ProjectSummary(String code, String name, ProjectType type, ProjectStage stage, String investor,
			String investorName, String orgUnit, String orgUnitName, List<String> groups, BigDecimal totalInvestment,
			BigDecimal capitalPlan, BigDecimal expected, BigDecimal disbursed, BigDecimal disbursementRate,
			BigDecimal scheduleRate, Status disbursementStatus, BigDecimal physicalProgress,
			BigDecimal compensationApproved, BigDecimal compensationPaid, BigDecimal compensationRate,
			ProjectStatus status, List<StatusReason> reasons) {
	}

	/** Why a project has its status: a message key, its arguments, and the message in the reader's language. */
	public record StatusReason(String key, List<Object> arguments, String message) {
	}

	public record ProjectList(String period, LocalDate asOf, List<ProjectSummary> projects, Totals totals,
			List<GroupSummary> groups) {
	}

	public record Totals(int count, BigDecimal totalInvestment, BigDecimal capitalPlan, BigDecimal expected,
			BigDecimal disbursed, BigDecimal disbursementRate, Map<ProjectStatus, Long> byStatus) {
	}

	/** A group's figures at the month: sums over its projects, and the compensation paid rate of those sums. */
	public record GroupSummary(String code, String name, int projects, BigDecimal capitalPlan, BigDecimal disbursed,
			BigDecimal compensationApproved, BigDecimal compensationPaid, BigDecimal compensationRate) {
	}

	/** A project page: {@code series} is cumulative disbursement, planned and actual, month by month. */
	public record ProjectDetail(String period, LocalDate asOf, ProjectSummary project, List<CapitalPlan> capitalPlans,
			String schedule, List<MilestoneView> milestones, List<ObstacleView> obstacles, ReportView latestReport,
			List<ReportView> reports, List<MonthPoint> series) {
	}

	/** {@code slippageDays}: days late (negative when early) or overdue on {@code asOf}. */
	public record MilestoneView(String code, String name, LocalDate plannedDate, LocalDate actualDate,
			long slippageDays, String note) {
	}

	public record ObstacleView(long id, String description, String ownerAgency, String ownerAgencyName,
			String neededFrom, ObstacleStatus status, LocalDate raisedOn, LocalDate escalatedOn, LocalDate resolvedOn,
			String resolution) {
	}

	public record ReportView(String period, BigDecimal disbursed, BigDecimal physicalProgress,
			Integer affectedHouseholds, BigDecimal areaHa, BigDecimal compensationApproved, BigDecimal compensationPaid,
			Integer handedOverHouseholds, String comment, DataValueStatus status, String returnReason, String updatedBy,
			Instant updatedAt) {

		static ReportView of(ProjectReport report) {
			return new ReportView(report.period(), report.disbursed(), report.physicalProgress(),
					report.affectedHouseholds(), report.areaHa(), report.compensationApproved(),
					report.compensationPaid(), report.handedOverHouseholds(), report.comment(), report.status(),
					report.returnReason(), report.updatedBy(), report.updatedAt());
		}

	}

	/** The list's filters, all optional. */
	public record ProjectFilter(ProjectType type, String agency, ProjectStatus status, String group) {
	}

}
