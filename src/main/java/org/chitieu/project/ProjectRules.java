package org.chitieu.project;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.chitieu.progress.Evaluation;
import org.chitieu.progress.Status;

/**
 * A project's status from its disbursement against the capital plan's schedule (evaluated by the
 * progress rules) and from its milestones' slippage. Pure: the date is passed in.
 */
public final class ProjectRules {

	/** Below this share of what the schedule expects, disbursement is behind, not only at risk. */
	static final BigDecimal BEHIND_SHARE = new BigDecimal("0.8");

	/** An unreached milestone more than this many days overdue puts the project behind. */
	static final long BEHIND_DAYS = 30;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ProjectRules() {
	}

	/**
	 * Days late: for a reached milestone, actual − planned (negative when early); for one not yet
	 * reached, the days it is overdue on {@code asOf}, 0 before its planned date.
	 */
	public static long slippageDays(Milestone milestone, LocalDate asOf) {
		if (milestone.reached()) {
			return ChronoUnit.DAYS.between(milestone.plannedDate(), milestone.actualDate());
		}
		return Math.max(0, ChronoUnit.DAYS.between(milestone.plannedDate(), asOf));
	}

	/**
	 * The worst of: disbursement short of the schedule (AT_RISK, BEHIND under 80% of it), and
	 * milestones not reached after their planned date (AT_RISK, BEHIND after 30 days). Reached
	 * milestones are history and do not count. Reasons come worst first.
	 * @param disbursement the year's disbursement against the capital plan; {@code null} without a plan
	 */
	public static Verdict status(Evaluation disbursement, List<Milestone> milestones, LocalDate asOf) {
		List<Finding> findings = new ArrayList<>();
		if (disbursement == null) {
			findings.add(new Finding(ProjectStatus.ON_TRACK, new Reason("project.reason.noCapitalPlan")));
		}
		else {
			findings.add(disbursementFinding(disbursement));
		}
		for (Milestone milestone : milestones) {
			long days = slippageDays(milestone, asOf);
			if (!milestone.reached() && days > 0) {
				findings.add(new Finding(days > BEHIND_DAYS ? ProjectStatus.BEHIND : ProjectStatus.AT_RISK,
						new Reason("project.reason.milestoneOverdue", milestone.name(), days)));
			}
		}
		findings.sort(Comparator.comparing(Finding::status).reversed());
		ProjectStatus worst = findings.get(0).status();
		List<Reason> reasons = findings.stream()
			.filter(finding -> worst == ProjectStatus.ON_TRACK || finding.status() != ProjectStatus.ON_TRACK)
			.map(Finding::reason)
			.toList();
		return new Verdict(worst, reasons);
	}

	/** 100·A/E: how much of what the schedule expects has been disbursed; {@code null} when E is 0. */
	public static BigDecimal percentOfSchedule(Evaluation disbursement) {
		if (disbursement == null || disbursement.expected().signum() == 0) {
			return null;
		}
		BigDecimal actual = disbursement.actual() == null ? BigDecimal.ZERO : disbursement.actual();
		return HUNDRED.multiply(actual).divide(disbursement.expected(), MathContext.DECIMAL64);
	}

	private static Finding disbursementFinding(Evaluation disbursement) {
		BigDecimal actual = disbursement.actual() == null ? BigDecimal.ZERO : disbursement.actual();
		BigDecimal expected = disbursement.expected();
		if (disbursement.status() == Status.ACHIEVED || disbursement.status() == Status.ON_TRACK
				|| actual.compareTo(expected) >= 0) {
			return new Finding(ProjectStatus.ON_TRACK, new Reason("project.reason.onTrack", actual, expected));
		}
		ProjectStatus status = actual.compareTo(expected.multiply(BEHIND_SHARE)) < 0 ? ProjectStatus.BEHIND
				: ProjectStatus.AT_RISK;
		return new Finding(status, new Reason("project.reason.disbursementShort", actual, expected,
				percentOfSchedule(disbursement)));
	}

	/** Why a project has its status, as a message key and its arguments. */
	public record Reason(String key, List<Object> arguments) {

		public Reason(String key, Object... arguments) {
			this(key, List.of(arguments));
		}

	}

	public record Verdict(ProjectStatus status, List<Reason> reasons) {
	}

	private record Finding(ProjectStatus status, Reason reason) {
	}

}
