package org.chitieu.report;

/** Lays out the monthly report in one format; the figures and sentences come written in the model. */
interface ReportRenderer {

	ReportFormat format();

	byte[] render(ReportDocument report);

}
