package org.chitieu.report;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * One rendering of the monthly report: its bytes, media type and file name
 * ("bao-cao-thang-05-2024-CD.pdf"); {@code inline} for the web page, a download otherwise.
 */
public record ReportFile(byte[] content, MediaType mediaType, String fileName, boolean inline) {

	/** The file as an HTTP response, as the API, the report page and the portal send it. */
	public ResponseEntity<byte[]> response() {
		ContentDisposition disposition = (this.inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(this.fileName)
			.build();
		return ResponseEntity.ok()
			.contentType(this.mediaType)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(this.content);
	}

}
