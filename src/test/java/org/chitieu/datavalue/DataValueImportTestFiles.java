package org.chitieu.datavalue;

import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;

/** Import files as a browser's upload form sends them. */
public final class DataValueImportTestFiles {

	private DataValueImportTestFiles() {
	}

	public static HttpEntity<?> csv(String content) {
		return upload(content.getBytes(StandardCharsets.UTF_8), "values.csv");
	}

	public static HttpEntity<?> upload(byte[] content, String filename) {
		LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return filename;
			}
		});
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return new HttpEntity<>(parts, headers);
	}

}
