package org.chitieu.datavalue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.chitieu.web.InputError;
import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Users;
import org.chitieu.web.InvalidInputException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Draft → submitted → approved or returned, every change kept in an append-only history. Works on
 * RICE at Long Định in the second half of 2024, where the demo has no figures.
 */
@ChiTieuIntegrationTest
class DataValueWorkflowIntegrationTests {

	@Autowired
	DataValueService service;

	@Autowired
	DataValues values;

	@Autowired
	Users users;

	@Autowired
	IndicatorCatalogue catalogue;

	@Autowired
	OrgUnits orgUnits;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_figure_goes_from_draft_to_approved_and_every_step_is_kept() {
		DataValueRow row = new DataValueRow("RICE", "CD-LONG-DINH", "2024-12", new BigDecimal("1200"), "ước tính");
		this.service.save(user("nhaplieu.nn"), List.of(row), false);
		assertThat(stored(12).status()).isEqualTo(DataValueStatus.DRAFT);
		assertThat(counted(12)).isFalse();

		this.service.save(user("nhaplieu.nn"), List.of(new DataValueRow("RICE", "CD-LONG-DINH", "2024-12",
				new BigDecimal("1250.5"), "số chính thức")), true);
		assertThat(stored(12).status()).isEqualTo(DataValueStatus.SUBMITTED);
		assertThat(counted(12)).isTrue();

		this.service.review(user("truongphong.nn"), List.of(row), null);
		assertThat(stored(12).status()).isEqualTo(DataValueStatus.APPROVED);

		List<DataValueChange> history = this.values.history(id("RICE"), unit("CD-LONG-DINH"), 2024);
		assertThat(history).filteredOn(change -> change.month() == 12)
			.extracting(DataValueChange::newStatus, DataValueChange::changedBy)
			.containsExactly(
					Tuple.tuple(DataValueStatus.APPROVED, "truongphong.nn"),
					Tuple.tuple(DataValueStatus.SUBMITTED, "nhaplieu.nn"),
					Tuple.tuple(DataValueStatus.DRAFT, "nhaplieu.nn"));
		DataValueChange submitted = history.stream()
			.filter(change -> change.month() == 12 && change.newStatus() == DataValueStatus.SUBMITTED)
			.findFirst()
			.orElseThrow();
		assertThat(submitted.oldValue()).isEqualByComparingTo("1200");
		assertThat(submitted.newValue()).isEqualByComparingTo("1250.5");
		assertThat(submitted.oldStatus()).isEqualTo(DataValueStatus.DRAFT);
	}

	@Test
	void a_head_returns_a_figure_with_a_reason_and_it_stops_counting() {
		DataValueRow row = new DataValueRow("RICE", "CD-LONG-DINH", "2024-11", new BigDecimal("90"), null);
		this.service.save(user("nhaplieu.nn"), List.of(row), true);
		assertThatThrownBy(() -> this.service.review(user("truongphong.nn"), List.of(row), "  "))
			.isInstanceOf(InvalidInputException.class);
		this.service.review(user("truongphong.nn"), List.of(row), "Số liệu chưa khớp báo cáo của xã");
		DataValue returned = stored(11);
		assertThat(returned.status()).isEqualTo(DataValueStatus.RETURNED);
		assertThat(returned.returnReason()).isEqualTo("Số liệu chưa khớp báo cáo của xã");
		assertThat(counted(11)).isFalse();
	}

	@Test
	void a_reporter_cannot_approve_and_another_departments_head_cannot_either() {
		DataValueRow row = new DataValueRow("RICE", "CD-LONG-DINH", "2024-10", new BigDecimal("80"), null);
		this.service.save(user("nhaplieu.nn"), List.of(row), true);
		assertThatThrownBy(() -> this.service.review(user("nhaplieu.nn"), List.of(row), null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.review(user("truongphong.tckh"), List.of(row), null))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(stored(10).status()).isEqualTo(DataValueStatus.SUBMITTED);
	}

	@Test
	void a_locked_period_refuses_every_write() {
		this.values.lock(unit("CD"), 2024, 9, "vanphong", Instant.parse("2024-10-05T03:00:00Z"));
		assertThatThrownBy(() -> this.service.save(user("nhaplieu.nn"),
				List.of(new DataValueRow("RICE", "CD-LONG-DINH", "2024-09", BigDecimal.ONE, null)), false))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).errors())
				.extracting(InputError::messageKey)
				.containsExactly("datavalue.locked"));
		assertThat(this.values.find(id("RICE"), unit("CD-LONG-DINH"), 2024, 9)).isEmpty();
	}

	@Test
	void the_history_cannot_be_rewritten() {
		assertThatThrownBy(() -> this.jdbc.sql("update data_value_history set new_value = 0").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from data_value_history").update())
			.hasMessageContaining("append-only");
	}

	private DataValue stored(int month) {
		return this.values.find(id("RICE"), unit("CD-LONG-DINH"), 2024, month).orElseThrow();
	}

	private boolean counted(int month) {
		return this.values.findCounted(List.of(id("RICE")), 2024, 2024)
			.stream()
			.anyMatch(value -> value.orgUnitId() == unit("CD-LONG-DINH") && value.month() == month);
	}

	private ChiTieuUser user(String username) {
		return this.users.findByUsername(username).orElseThrow();
	}

	private long id(String indicator) {
		return this.catalogue.findByCode(indicator).orElseThrow().id();
	}

	private long unit(String code) {
		return this.orgUnits.findByCode(code).orElseThrow().id();
	}

}
