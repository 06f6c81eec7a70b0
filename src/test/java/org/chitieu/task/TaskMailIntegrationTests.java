package org.chitieu.task;

import java.util.Arrays;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.chitieu.ChiTieuIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications reach a real SMTP server: GreenMail on 127.0.0.1:3025, where application-test.properties
 * points spring.mail. Without a server the outbox keeps the mail for a later try.
 */
@ChiTieuIntegrationTest
@AutoConfigureTestRestTemplate
class TaskMailIntegrationTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	private static final String PASSWORD = ChiTieuIntegrationTest.DEMO_PASSWORD;

	@Autowired
	TestRestTemplate rest;

	@Autowired
	TaskMailer mailer;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void forgetTheAddress() {
		this.rest.withBasicAuth("nhaplieu.tckh", PASSWORD).put("/api/v1/inbox/address", Map.of("email", ""));
	}

	@Test
	void an_assignment_is_mailed_once_to_the_address_the_reporter_gave() throws Exception {
		assertThat(this.rest.withBasicAuth("nhaplieu.tckh", PASSWORD)
			.exchange("/api/v1/inbox/address", HttpMethod.PUT,
					new HttpEntity<>(Map.of("email", "nhaplieu.tckh@candu.example")), Map.class)
			.getBody()).containsEntry("email", "nhaplieu.tckh@candu.example");
		assertThat(this.rest.withBasicAuth("vanphong", PASSWORD)
			.postForEntity("/api/v1/tasks", Map.of("title", "Tham mưu phân bổ vốn bổ sung", "leadAgency", "CD-TCKH",
					"assignedOn", "2025-10-01", "deadline", "2025-10-20"), Map.class)
			.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(this.mailer.sendPending()).isPositive();
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage received = Arrays.stream(smtp.getReceivedMessagesForDomain("candu.example"))
			.filter(message -> subject(message).contains("Tham mưu phân bổ vốn bổ sung"))
			.findFirst()
			.orElseThrow();
		assertThat(received.getSubject()).isEqualTo("[Chỉ Tiêu] Được giao nhiệm vụ: Tham mưu phân bổ vốn bổ sung (hạn 20/10/2025)");
		assertThat(GreenMailUtil.getBody(received)).isNotBlank();
		int before = smtp.getReceivedMessages().length;
		this.mailer.sendPending();
		assertThat(smtp.getReceivedMessages()).hasSize(before);
	}

	@Test
	void a_bad_address_is_refused() {
		assertThat(this.rest.withBasicAuth("nhaplieu.tckh", PASSWORD)
			.exchange("/api/v1/inbox/address", HttpMethod.PUT,
					new HttpEntity<>(Map.of("email", "không phải địa chỉ")), String.class)
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void without_a_server_listening_the_mail_waits_in_the_outbox_and_nothing_fails() {
		this.rest.withBasicAuth("nhaplieu.tckh", PASSWORD)
			.exchange("/api/v1/inbox/address", HttpMethod.PUT, new HttpEntity<>(Map.of("email", "tckh@candu.example")),
					Map.class);
		this.rest.withBasicAuth("vanphong", PASSWORD)
			.postForEntity("/api/v1/tasks", Map.of("title", "Rà soát nợ đọng xây dựng cơ bản", "leadAgency", "CD-TCKH",
					"assignedOn", "2025-10-01", "deadline", "2025-11-20"), Map.class);
		smtp.stop();
		assertThat(this.mailer.sendPending()).isZero();
		assertThat(this.jdbc.sql("""
				select mail_attempts from notification n join task t on t.id = n.task_id
				where t.title = 'Rà soát nợ đọng xây dựng cơ bản' and n.mailed_at is null
				""").query(Integer.class).list()).contains(1);
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
