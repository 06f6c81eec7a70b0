package org.chitieu.project;

import java.math.BigDecimal;

/** A project as stored; {@code investorId} is the agency that reports on it. */
public record Project(long id, String code, String name, ProjectType type, long investorId, long orgUnitId,
		Integer startYear, Integer endYear, BigDecimal totalInvestment, ProjectStage stage) {
}
