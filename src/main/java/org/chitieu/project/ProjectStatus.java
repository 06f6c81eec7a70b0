package org.chitieu.project;

/** Where a project stands against its schedule, from disbursement and milestone slippage; worst last. */
public enum ProjectStatus {
	ON_TRACK, AT_RISK, BEHIND
}
