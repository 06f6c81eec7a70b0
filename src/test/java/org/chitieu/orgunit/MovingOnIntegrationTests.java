package org.chitieu.orgunit;

import java.util.List;
import java.util.Map;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.security.Role;
import org.chitieu.security.Users;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Moving on, on a locality of its own: MV-OLD ended on 30/6/2025 and passed whole to MV-NEW;
 * MV-SPLIT passed half to MV-NEW and half to MV-NEW2; MV-LIVE has not ended.
 */
@ChiTieuIntegrationTest
class MovingOnIntegrationTests {

	private static final String LOCALITY = """
			{ "orgUnits": [
			    {"code": "MV", "name": "Tỉnh Chuyển", "type": "PROVINCE", "parent": null},
			    {"code": "MV-OLD", "name": "Xã Cũ", "type": "COMMUNE", "parent": "MV", "validTo": "2025-06-30"},
			    {"code": "MV-SPLIT", "name": "Xã Chia", "type": "COMMUNE", "parent": "MV", "validTo": "2025-06-30"},
			    {"code": "MV-LIVE", "name": "Xã Còn", "type": "COMMUNE", "parent": "MV"},
			    {"code": "MV-NEW", "name": "Xã Mới", "type": "COMMUNE", "parent": "MV", "validFrom": "2025-07-01"},
			    {"code": "MV-NEW2", "name": "Xã Mới Hai", "type": "COMMUNE", "parent": "MV", "validFrom": "2025-07-01"}],
			  "successions": [
			    {"from": "MV-OLD", "to": "MV-NEW", "weight": 1.0, "date": "2025-07-01"},
			    {"from": "MV-SPLIT", "to": "MV-NEW", "weight": 0.5, "date": "2025-07-01"},
			    {"from": "MV-SPLIT", "to": "MV-NEW2", "weight": 0.5, "date": "2025-07-01"}],
			  "agencies": [{"code": "MV-OLD-VP", "name": "Văn phòng xã cũ", "orgUnit": "MV-OLD"},
			               {"code": "MV-SPLIT-VP", "name": "Văn phòng xã chia", "orgUnit": "MV-SPLIT"}] }
			""";

	@Autowired
	TestRestTemplate rest;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	private TestRestTemplate admin;

	@BeforeEach
	void postLocality() {
		this.admin = this.rest.withBasicAuth("admin", ChiTieuIntegrationTest.ADMIN_PASSWORD);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		ResponseEntity<String> posted = this.admin.postForEntity("/api/v1/metadata", new HttpEntity<>(LOCALITY, headers),
				String.class);
		assertThat(posted.getStatusCode()).as(posted.getBody()).isEqualTo(HttpStatus.OK);
		this.users.create("mv.chutich", "{noop}unused", "Chủ tịch xã cũ", Role.LEADER, "MV-OLD", null);
		this.users.create("mv.vanphong", "{noop}unused", "Văn phòng xã chia", Role.OFFICE, "MV-SPLIT", null);
	}

	@Test
	@SuppressWarnings("unchecked")
	void an_ended_commune_moves_its_users_agencies_and_open_tasks_to_its_successor_in_one_recorded_act() {
		long open = task("MV-OLD", "Hoàn thành kiểm kê đất công");
		long done = task("MV-OLD", "Báo cáo sơ kết 6 tháng");
		this.jdbc.sql("""
				insert into task_report (task_id, agency_id, reported_on, percent_done, text, created_by, created_at)
				values (?, (select lead_agency_id from task where id = ?), date '2025-06-20', 100, 'Đã xong', 'admin', now())
				""").params(done, done).update();

		ResponseEntity<Map> response = this.admin.postForEntity("/api/v1/orgunits/MV-OLD/move-to-successor", null,
				Map.class);

		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(response.getBody()).containsEntry("from", "MV-OLD").containsEntry("to", "MV-NEW")
			.containsEntry("movedBy", "admin");
		assertThat((Map<String, Object>) response.getBody().get("moved"))
			.isEqualTo(Map.of("agencies", 1, "users", 1, "tasks", 1));
		assertThat(unitOf("select org_unit_id from agency where code = 'MV-OLD-VP'")).isEqualTo("MV-NEW");
		assertThat(unitOf("select org_unit_id from app_user where username = 'mv.chutich'")).isEqualTo("MV-NEW");
		assertThat(unitOf("select org_unit_id from task where id = " + open)).isEqualTo("MV-NEW");
		assertThat(unitOf("select org_unit_id from task where id = " + done)).isEqualTo("MV-OLD");
		assertThat(this.jdbc.sql("""
				select moved_by from org_unit_move m join org_unit o on o.id = m.from_unit_id where o.code = 'MV-OLD'
				""").query(String.class).list()).containsExactly("admin");
	}

	@Test
	@SuppressWarnings("unchecked")
	void a_split_commune_must_name_the_successor_and_nothing_moves_until_it_does() {
		ResponseEntity<Map> refused = this.admin.postForEntity("/api/v1/orgunits/MV-SPLIT/move-to-successor", null,
				Map.class);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(refused.getBody().toString()).contains("MV-NEW, MV-NEW2");
		assertThat(unitOf("select org_unit_id from app_user where username = 'mv.vanphong'")).isEqualTo("MV-SPLIT");

		ResponseEntity<Map> wrong = this.admin.postForEntity("/api/v1/orgunits/MV-SPLIT/move-to-successor",
				Map.of("successor", "MV-LIVE"), Map.class);
		assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

		ResponseEntity<Map> moved = this.admin.postForEntity("/api/v1/orgunits/MV-SPLIT/move-to-successor",
				Map.of("successor", "MV-NEW2"), Map.class);
		assertThat(moved.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat((Map<String, Object>) moved.getBody().get("moved")).containsEntry("users", 1).containsEntry("agencies", 1);
		assertThat(unitOf("select org_unit_id from app_user where username = 'mv.vanphong'")).isEqualTo("MV-NEW2");
	}

	@Test
	void a_unit_that_has_not_ended_does_not_move_on() {
		ResponseEntity<Map> response = this.admin.postForEntity("/api/v1/orgunits/MV-LIVE/move-to-successor", null,
				Map.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(response.getBody().toString()).contains("vẫn còn hiệu lực");
	}

	@Test
	void only_an_administrator_moves_a_unit_on() {
		ResponseEntity<String> response = this.rest.withBasicAuth("lanhdao", ChiTieuIntegrationTest.DEMO_PASSWORD)
			.postForEntity("/api/v1/orgunits/MV-OLD/move-to-successor", null, String.class);
		assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		List<String> moves = this.jdbc.sql("select m.moved_by from org_unit_move m join org_unit o on o.id = m.from_unit_id"
				+ " where o.code = 'MV-OLD' and m.moved_by = 'lanhdao'").query(String.class).list();
		assertThat(moves).isEmpty();
	}

	private long task(String unit, String title) {
		return this.jdbc.sql("""
				insert into task (org_unit_id, title, source, lead_agency_id, assigned_on, deadline, priority, created_by, created_at)
				values ((select id from org_unit where code = :unit), :title, 'AD_HOC',
				        (select id from agency where code = 'MV-OLD-VP'), date '2025-05-01', date '2025-09-30', 'NORMAL', 'admin', now())
				returning id
				""").param("unit", unit).param("title", title).query(Long.class).single();
	}

	private String unitOf(String select) {
		return this.jdbc.sql("select code from org_unit where id = (" + select + ")").query(String.class).single();
	}

}
