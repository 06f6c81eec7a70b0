package org.chitieu.datavalue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.indicator.IndicatorCatalogue;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Users;
import org.chitieu.task.Inbox;
import org.chitieu.task.Notification;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The life of a figure through the service, every change kept in an append-only history. Works on RICE
 * at Long Định in the second half of 2022, a year the demo leaves empty.
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
	Inbox inbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void a_first_submission_counts_and_a_later_revision_waits_beside_the_approved_value() {
		this.service.save(user("nhaplieu.nn"), List.of(rice("2022-12", "1200", "ước tính")), false);
		assertThat(figure(12).counted()).isNull();
		assertThat(figure(12).revision().status()).isEqualTo(DataValueStatus.DRAFT);
		assertThat(counted(12)).isNull();

		this.service.save(user("nhaplieu.nn"), List.of(rice("2022-12", "1250", "số chính thức")), true);
		assertThat(figure(12).counted().status()).isEqualTo(DataValueStatus.SUBMITTED);
		assertThat(counted(12)).isEqualByComparingTo("1250");

		this.service.review(user("truongphong.nn"), List.of(rice("2022-12", null, null)), null);
		assertThat(figure(12).counted().status()).isEqualTo(DataValueStatus.APPROVED);

		// a revision, draft or submitted, never unseats the approved value
		this.service.save(user("nhaplieu.nn"), List.of(rice("2022-12", "1300", "bổ sung")), false);
		assertThat(counted(12)).isEqualByComparingTo("1250");
		this.service.save(user("nhaplieu.nn"), List.of(rice("2022-12", "1300", "bổ sung")), true);
		assertThat(counted(12)).isEqualByComparingTo("1250");
		assertThat(figure(12).revision().status()).isEqualTo(DataValueStatus.SUBMITTED);

		this.service.review(user("truongphong.nn"), List.of(rice("2022-12", null, null)), null);
		assertThat(counted(12)).isEqualByComparingTo("1300");
		assertThat(figure(12).revision()).isNull();

		List<DataValueChange> history = this.values.history(id("RICE"), unit("CD-LONG-DINH"), 2022);
		assertThat(history).filteredOn(change -> change.month() == 12)
			.extracting(DataValueChange::newStatus, DataValueChange::changedBy)
			.containsExactly(Tuple.tuple(DataValueStatus.APPROVED, "truongphong.nn"),
					Tuple.tuple(DataValueStatus.SUBMITTED, "nhaplieu.nn"),
					Tuple.tuple(DataValueStatus.DRAFT, "nhaplieu.nn"),
					Tuple.tuple(DataValueStatus.APPROVED, "truongphong.nn"),
					Tuple.tuple(DataValueStatus.SUBMITTED, "nhaplieu.nn"),
					Tuple.tuple(DataValueStatus.DRAFT, "nhaplieu.nn"));
		DataValueChange approved = history.get(0);
		assertThat(approved.oldValue()).isEqualByComparingTo("1250");
		assertThat(approved.newValue()).isEqualByComparingTo("1300");
		assertThat(approved.comment()).isEqualTo("bổ sung");
	}

	@Test
	void a_returned_revision_leaves_the_counted_value_and_tells_the_reporter_why() {
		this.service.post(user("truongphong.nn"), List.of(rice("2022-11", "90", null)));
		assertThat(figure(11).counted().status()).isEqualTo(DataValueStatus.APPROVED);
		this.service.post(user("nhaplieu.nn"), List.of(rice("2022-11", "95", null)));
		assertThatThrownBy(() -> this.service.review(user("truongphong.nn"), List.of(rice("2022-11", null, null)), "  "))
			.isInstanceOf(InvalidInputException.class);

		this.service.review(user("truongphong.nn"), List.of(rice("2022-11", null, null)), "Chưa khớp báo cáo của xã");
		assertThat(counted(11)).isEqualByComparingTo("90");
		assertThat(figure(11).revision().status()).isEqualTo(DataValueStatus.RETURNED);
		assertThat(figure(11).revision().returnReason()).isEqualTo("Chưa khớp báo cáo của xã");
		assertThat(this.inbox.list(user("nhaplieu.nn")))
			.anySatisfy(notice -> {
				assertThat(notice.kind()).isEqualTo(Notification.Kind.RETURNED);
				assertThat(notice.subject()).contains("Sản lượng lúa", "11/2022", "Chưa khớp báo cáo của xã");
			});
	}

	@Test
	void a_returned_first_submission_stops_counting() {
		this.service.post(user("nhaplieu.nn"), List.of(rice("2022-10", "80", null)));
		assertThat(counted(10)).isEqualByComparingTo("80");
		this.service.review(user("truongphong.nn"), List.of(rice("2022-10", null, null)), "Sai đơn vị tính");
		assertThat(counted(10)).isNull();
		assertThat(figure(10).revision().status()).isEqualTo(DataValueStatus.RETURNED);
	}

	@Test
	void a_deletion_is_a_revision_with_a_reason_that_counts_once_approved() {
		this.service.post(user("truongphong.nn"), List.of(rice("2022-09", "70", null)));
		assertThatThrownBy(() -> this.service.post(user("nhaplieu.nn"), List.of(rice("2022-09", null, null))))
			.isInstanceOf(InvalidInputException.class)
			.satisfies(ex -> assertThat(((InvalidInputException) ex).errors()).extracting(InputError::messageKey)
				.containsExactly("datavalue.deletionNeedsComment"));
		this.service.post(user("nhaplieu.nn"), List.of(rice("2022-09", null, "nhập nhầm xã")));
		assertThat(counted(9)).isEqualByComparingTo("70");
		this.service.review(user("truongphong.nn"), List.of(rice("2022-09", null, null)), null);
		assertThat(counted(9)).isNull();
		assertThat(figure(9)).isEqualTo(Figure.NONE);
		DataValueChange deleted = this.values.history(id("RICE"), unit("CD-LONG-DINH"), 2022).get(0);
		assertThat(deleted.oldValue()).isEqualByComparingTo("70");
		assertThat(deleted.newValue()).isNull();
		assertThat(deleted.comment()).isEqualTo("nhập nhầm xã");
	}

	@Test
	void a_reporter_cannot_approve_and_another_departments_head_cannot_either() {
		this.service.save(user("nhaplieu.nn"), List.of(rice("2022-08", "60", "ước")), true);
		assertThatThrownBy(() -> this.service.review(user("nhaplieu.nn"), List.of(rice("2022-08", null, null)), null))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.review(user("truongphong.tckh"), List.of(rice("2022-08", null, null)), null))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(figure(8).counted().status()).isEqualTo(DataValueStatus.SUBMITTED);
	}

	@Test
	void closing_a_month_freezes_the_months_before_it_for_entry_and_review() {
		this.service.save(user("nhaplieu.nn"), List.of(rice("2022-07", "50", "ước")), true);
		long longDinh = unit("CD-LONG-DINH");
		this.values.lock(unit("CD"), 2022, 8, "vanphong", Instant.parse("2022-09-05T03:00:00Z"));
		try {
			assertThatThrownBy(() -> this.service.save(user("nhaplieu.nn"), List.of(rice("2022-07", "51", null)), false))
				.isInstanceOf(InvalidInputException.class)
				.satisfies(ex -> assertThat(((InvalidInputException) ex).errors()).extracting(InputError::messageKey)
					.containsExactly("datavalue.locked"));
			assertThatThrownBy(() -> this.service.post(user("admin"), List.of(rice("2022-02", "1", "admin too"))))
				.isInstanceOf(InvalidInputException.class);
			assertThatThrownBy(() -> this.service.review(user("truongphong.nn"), List.of(rice("2022-07", null, null)), null))
				.isInstanceOf(InvalidInputException.class);
			assertThat(figure(7).counted().status()).isEqualTo(DataValueStatus.SUBMITTED);
			assertThat(this.values.isLocked(longDinh, 2022, 9)).isFalse();
		}
		finally {
			this.values.unlock(unit("CD"), 2022, 8, "test done", "vanphong", Instant.now());
		}
	}

	@Test
	void the_history_cannot_be_rewritten() {
		assertThatThrownBy(() -> this.jdbc.sql("update data_value_history set new_value = 0").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("delete from data_value_history").update())
			.hasMessageContaining("append-only");
	}

	private static DataValueRow rice(String period, String value, String comment) {
		return new DataValueRow("RICE", "CD-LONG-DINH", period, value == null ? null : new BigDecimal(value), comment);
	}

	private Figure figure(int month) {
		return this.values.figure(id("RICE"), unit("CD-LONG-DINH"), 2022, month);
	}

	/** What the progress rules count for the month, or null. */
	private BigDecimal counted(int month) {
		return this.values.findCounted(List.of(id("RICE")), 2022, 2022)
			.stream()
			.filter(value -> value.orgUnitId() == unit("CD-LONG-DINH") && value.month() == month)
			.map(DataValues.CountedValue::value)
			.findFirst()
			.orElse(null);
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
