package org.chitieu.dhis2;

import java.util.List;
import java.util.Set;

import org.chitieu.dhis2.Dhis2Mapping.Kind;
import org.chitieu.dhis2.Identifiers.Scheme;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IdentifiersTests {

	private final Identifiers identifiers = new Identifiers(
			List.of(new Dhis2Mapping(Kind.DATA_ELEMENT, "f7n9E0hX8qk", "RICE"),
					new Dhis2Mapping(Kind.DATA_ELEMENT, "RICE_OUTPUT", "VEG"),
					new Dhis2Mapping(Kind.ORG_UNIT, "DiszpKrYNg8", "CD")),
			Set.of("RICE", "VEG", "JOBS"), Set.of("CD", "LA"));

	@Test
	void a_mapped_identifier_names_our_code_and_an_unmapped_one_must_be_our_code() {
		assertThat(this.identifiers.ours(Kind.DATA_ELEMENT, "f7n9E0hX8qk")).isEqualTo("RICE");
		assertThat(this.identifiers.ours(Kind.DATA_ELEMENT, "JOBS")).isEqualTo("JOBS");
		assertThat(this.identifiers.ours(Kind.DATA_ELEMENT, "Zz9unknown0")).isNull();
		// kinds do not mix: an org unit's UID is no data element
		assertThat(this.identifiers.ours(Kind.DATA_ELEMENT, "DiszpKrYNg8")).isNull();
		// the mapping comes first: DHIS2's code RICE_OUTPUT is our VEG
		assertThat(this.identifiers.ours(Kind.DATA_ELEMENT, "RICE_OUTPUT")).isEqualTo("VEG");
	}

	@Test
	void going_out_uid_writes_the_mapped_identifier_and_code_only_a_mapped_code() {
		assertThat(this.identifiers.dhis2(Kind.DATA_ELEMENT, "RICE", Scheme.UID)).isEqualTo("f7n9E0hX8qk");
		assertThat(this.identifiers.dhis2(Kind.DATA_ELEMENT, "RICE", Scheme.CODE)).isEqualTo("RICE");
		assertThat(this.identifiers.dhis2(Kind.DATA_ELEMENT, "VEG", Scheme.CODE)).isEqualTo("RICE_OUTPUT");
		assertThat(this.identifiers.dhis2(Kind.DATA_ELEMENT, "JOBS", Scheme.UID)).isEqualTo("JOBS");
	}

	@Test
	void schemes_read_as_dhis2_writes_them() {
		assertThat(Scheme.parse("code", Scheme.UID)).isEqualTo(Scheme.CODE);
		assertThat(Scheme.parse("ID", Scheme.CODE)).isEqualTo(Scheme.UID);
		assertThat(Scheme.parse(null, Scheme.CODE)).isEqualTo(Scheme.CODE);
		assertThatIllegalArgumentException().isThrownBy(() -> Scheme.parse("NAME", Scheme.UID));
		assertThatIllegalArgumentException().isThrownBy(() -> Scheme.parse("ATTRIBUTE:DnrLSdo4hMl", Scheme.UID));
	}

}
