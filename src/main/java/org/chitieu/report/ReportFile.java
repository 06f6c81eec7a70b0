package org.chitieu.report;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A rendered report with its type and file name, as both the API and the report page send it. */
record ReportFile(byte[] content, MediaType mediaType, String fileName, boolean inline) {

	ResponseEntity<byte[]> response() {
		ContentDisposition disposition = (this.inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(this.fileName)
			.build();
		return ResponseEntity.ok()
			.contentType(this.mediaType)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.body(this.content);
	}

}
