package org.chitieu.obstacle;

import java.util.List;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration that makes the two obstacle registers one keeps every row: a database as it stood before
 * (an obstacle raised on a task and answered, one on a project through /api/v1/obstacles still waiting, and
 * the project module's resolved and open obstacles) reads the same afterwards, notifications still point
 * at their obstacle, and the project's obstacles are no longer elsewhere.
 */
class ObstacleMigrationTests {

	private static final String BEFORE_ONE_REGISTER = "061";

	@Test
	void every_obstacle_of_both_registers_is_kept_with_its_links_and_dates() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			Flyway flyway = Flyway.configure().dataSource(postgres.getPostgresDatabase()).target(BEFORE_ONE_REGISTER).load();
			flyway.migrate();
			JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
			jdbc.sql("""
					insert into org_unit (code, name, type) values ('CD', 'Huyện Cần Đước', 'DISTRICT');
					insert into agency (code, name, org_unit_id) values ('CD-BQLDA', 'Ban QLDA', 1), ('CD-PTQD', 'Phòng Quản lý đô thị', 1);
					insert into app_user (username, password_hash, display_name, role, org_unit_id)
					values ('lanhdao', 'x', 'Lãnh đạo', 'LEADER', 1);
					insert into project (code, name, type, investor_id, org_unit_id, stage)
					values ('DUONG-VANH-DAI-CD', 'Đường vành đai', 'KEY_PROJECT', 1, 1, 'CONSTRUCTION');
					insert into obstacle (org_unit_id, project_code, agency_id, description, needed, needed_from, raised_on,
					                      raised_by, answer, answered_on, answered_by)
					values (1, 'DUONG-VANH-DAI-CD', 1, 'Chậm bàn giao mặt bằng', 'Cưỡng chế', 'Chủ tịch UBND huyện',
					        '2024-04-01', 'nhaplieu.bqlda', 'Đồng ý cưỡng chế', '2024-04-05', 'lanhdao'),
					       (1, 'DUONG-VANH-DAI-CD', 1, 'Thiếu vốn', 'Bổ sung vốn', 'UBND tỉnh', '2024-05-02', 'nhaplieu.bqlda',
					        null, null, null);
					insert into notification (user_id, kind, obstacle_id, subject, created_at)
					values (1, 'OBSTACLE', 2, 'Thiếu vốn', '2024-05-02T08:00:00Z');
					insert into project_obstacle (project_id, description, owner_agency_id, needed_from, status, raised_on,
					                              escalated_on, resolved_on, resolution)
					values (1, 'Chậm di dời đường điện', 2, 'Điện lực', 'RESOLVED', '2024-02-05', null, '2024-03-12', null),
					       (1, '12 hộ chưa đồng ý', null, null, 'ESCALATED', '2024-04-10', '2024-04-20', null, null);
					""").update();

			Flyway.configure().dataSource(postgres.getPostgresDatabase()).load().migrate();

			assertThat(jdbc.sql("select to_regclass('project_obstacle') is null").query(Boolean.class).single()).isTrue();
			List<Map<String, Object>> rows = jdbc.sql("""
					select id, project_code, agency_id, description, needed, needed_from, status, raised_on::text,
					       raised_by, escalated_on::text, resolved_on::text, resolution, resolved_by
					from obstacle order by id
					""").query().listOfRows();
			assertThat(rows).hasSize(4);
			assertThat(rows.get(0)).containsEntry("id", 1L)
				.containsEntry("status", "RESOLVED")
				.containsEntry("needed", "Cưỡng chế")
				.containsEntry("raised_by", "nhaplieu.bqlda")
				.containsEntry("escalated_on", "2024-04-01")
				.containsEntry("resolved_on", "2024-04-05")
				.containsEntry("resolution", "Đồng ý cưỡng chế")
				.containsEntry("resolved_by", "lanhdao");
			assertThat(rows.get(1)).containsEntry("id", 2L).containsEntry("status", "ESCALATED").containsEntry("resolved_on", null);
			assertThat(rows.get(2)).containsEntry("project_code", "DUONG-VANH-DAI-CD")
				.containsEntry("agency_id", 2L)
				.containsEntry("description", "Chậm di dời đường điện")
				.containsEntry("needed_from", "Điện lực")
				.containsEntry("status", "RESOLVED")
				.containsEntry("raised_on", "2024-02-05")
				.containsEntry("escalated_on", null)
				.containsEntry("resolved_on", "2024-03-12")
				.containsEntry("resolution", null);
			assertThat(rows.get(3)).containsEntry("description", "12 hộ chưa đồng ý")
				.containsEntry("agency_id", null)
				.containsEntry("status", "ESCALATED")
				.containsEntry("escalated_on", "2024-04-20");
			assertThat(jdbc.sql("select obstacle_id from notification").query(Long.class).single()).isEqualTo(2L);
		}
	}

}
