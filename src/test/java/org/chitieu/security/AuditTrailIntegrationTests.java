package org.chitieu.security;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.chitieu.ChiTieuIntegrationTest;
import org.chitieu.orgunit.OrgUnit;
import org.chitieu.orgunit.OrgUnits;
import org.chitieu.security.AuditTrail.Entry;
import org.chitieu.security.AuditTrail.Filter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail holds administrative acts and the changes of figures, each seen only within its subtree. */
@ChiTieuIntegrationTest
class AuditTrailIntegrationTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditLog log;

	@Autowired
	OrgUnits orgUnits;

	@Test
	void an_act_is_found_by_unit_user_and_date_and_hidden_outside_the_readers_subtree() {
		OrgUnit commune = this.orgUnits.findByCode("CD-LONG-CANG").orElseThrow();
		OrgUnit district = this.orgUnits.findByCode("CD").orElseThrow();
		OrgUnit otherProvince = this.orgUnits.findByCode("TN").orElseThrow();
		String subject = "tk." + UUID.randomUUID();
		this.log.record("vanphong", "user.created", commune.id(), subject, "role: REPORTER");

		List<Entry> found = this.trail.find(new Filter(ids(district), ids(district), "vanphong", null,
				LocalDate.now().minusDays(1), LocalDate.now().plusDays(1)), 0, 1000);
		assertThat(found).extracting(Entry::subject).contains(subject);
		assertThat(found).filteredOn(e -> e.subject().equals(subject))
			.singleElement()
			.satisfies(e -> assertThat(e.orgUnit()).isEqualTo("CD-LONG-CANG"));

		assertThat(this.trail.find(new Filter(ids(otherProvince), null, null, null, null, null), 0, 1000))
			.extracting(Entry::subject)
			.doesNotContain(subject);
		assertThat(this.trail.find(new Filter(ids(district), null, "lanhdao", null, null, null), 0, 1000))
			.extracting(Entry::subject)
			.doesNotContain(subject);
		assertThat(this.trail.find(new Filter(ids(district), null, null, null, LocalDate.now().plusDays(2), null), 0,
				1000)).isEmpty();
	}

	@Test
	void every_change_of_a_demo_figure_is_in_the_trail_with_its_indicator() {
		OrgUnit district = this.orgUnits.findByCode("CD").orElseThrow();
		Filter rice = new Filter(null, ids(district), null, "RICE", null, null);
		List<Entry> entries = this.trail.find(rice, 0, 10);
		assertThat(this.trail.count(rice)).isPositive();
		assertThat(entries).allSatisfy(entry -> {
			assertThat(entry.kind()).isEqualTo("FIGURE");
			assertThat(entry.indicator()).isEqualTo("RICE");
			assertThat(entry.oldValue() != null || entry.newValue() != null).isTrue();
		});
	}

	private List<Long> ids(OrgUnit root) {
		return this.orgUnits.subtree(root.id()).stream().map(OrgUnit::id).toList();
	}

}
