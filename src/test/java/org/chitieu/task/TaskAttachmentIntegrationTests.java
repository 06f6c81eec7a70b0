package org.chitieu.task;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.chitieu.ChiTieuIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Files on a progress report: PDF, DOCX, XLSX, PNG or JPEG by content, 10 MB at most, with a safe name. */
@ChiTieuIntegrationTest
@AutoConfigureTestRestTemplate
class TaskAttachmentIntegrationTests {

	private static final String PASSWORD = ChiTieuIntegrationTest.DEMO_PASSWORD;

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13 };

	@Autowired
	TestRestTemplate rest;

	@Autowired
	JdbcClient jdbc;

	private long task;

	@BeforeEach
	void assign() {
		ResponseEntity<Map> response = this.rest.withBasicAuth("vanphong", PASSWORD).postForEntity("/api/v1/tasks",
				Map.of("title", "Báo cáo tiến độ có ảnh chụp hiện trường", "leadAgency", "CD-NN", "assignedOn", "2025-01-02",
						"deadline", "2025-06-30"),
				Map.class);
		this.task = ((Number) response.getBody().get("id")).longValue();
	}

	@Test
	void a_picture_is_stored_under_a_safe_name_and_served_as_what_it_is() {
		ResponseEntity<Map> response = post(file("../../etc/ảnh hiện trường<script>.exe", PNG));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		List<Map<String, Object>> attachments = (List<Map<String, Object>>) response.getBody().get("attachments");
		assertThat(attachments).singleElement().satisfies(attachment -> {
			assertThat(attachment.get("fileName")).isEqualTo("ảnh hiện trường_script_.png");
			assertThat(attachment.get("contentType")).isEqualTo("image/png");
		});
		ResponseEntity<byte[]> download = this.rest.withBasicAuth("lanhdao", PASSWORD)
			.getForEntity("/api/v1/tasks/" + this.task + "/attachments/" + attachments.get(0).get("id"), byte[].class);
		assertThat(download.getBody()).isEqualTo(PNG);
		assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
		assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(download.getHeaders().getContentDisposition().getType()).isEqualTo("attachment");
		assertThat(this.rest.withBasicAuth("nhaplieu.tckh", PASSWORD)
			.getForEntity("/api/v1/tasks/" + this.task + "/attachments/" + attachments.get(0).get("id"), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
	}

	@Test
	void a_file_of_another_type_is_refused_whatever_its_name_and_nothing_is_written() {
		byte[] executable = "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
		ResponseEntity<Map> response = post(file("bao-cao.pdf", executable));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((List<Map<String, String>>) response.getBody().get("errors")).singleElement()
			.satisfies(error -> assertThat(error.get("field")).isEqualTo("files[0]"));
		assertThat(reports()).isZero();
	}

	@Test
	void a_file_over_ten_megabytes_is_refused_and_nothing_is_written() {
		byte[] big = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 10 * 1024 * 1024 + 1);
		ResponseEntity<Map> response = post(file("bao-cao.pdf", big));
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat((List<Map<String, String>>) response.getBody().get("errors")).singleElement()
			.satisfies(error -> assertThat(error.get("message")).contains("10 MB"));
		assertThat(reports()).isZero();
	}

	@Test
	void a_pdf_of_exactly_ten_megabytes_is_taken() {
		byte[] limit = Arrays.copyOf("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 10 * 1024 * 1024);
		assertThat(post(file("bao-cao.pdf", limit)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
	}

	private ResponseEntity<Map> post(HttpEntity<ByteArrayResource> file) {
		MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
		body.add("text", "Ảnh chụp hiện trường");
		body.add("percentDone", "30");
		body.add("reportedOn", "2025-01-15");
		body.add("files", file);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.MULTIPART_FORM_DATA);
		return this.rest.withBasicAuth("nhaplieu.nn", PASSWORD)
			.postForEntity("/api/v1/tasks/" + this.task + "/reports", new HttpEntity<>(body, headers), Map.class);
	}

	private static HttpEntity<ByteArrayResource> file(String name, byte[] content) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
		return new HttpEntity<>(new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return name;
			}
		}, headers);
	}

	private int reports() {
		return this.jdbc.sql("select count(*) from task_report where task_id = ?").param(this.task).query(Integer.class).single();
	}

}
