package org.chitieu.report;

/** One rendering of the monthly report: its file name ("Bao-cao-05-2024-CD.pdf"), media type and bytes. */
public record ReportFile(String fileName, String mediaType, byte[] content) {
}
