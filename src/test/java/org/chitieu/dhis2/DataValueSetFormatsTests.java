package org.chitieu.dhis2;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.chitieu.dhis2.DataValueSet.DataValue;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DataValueSetFormatsTests {

	@Test
	void csv_columns_are_read_by_position_and_a_header_row_is_skipped() throws IOException {
		DataValueSet set = DataValueSetFormats.readCsv(bytes("""
				"dataelement","period","orgunit","catoptcombo","attroptcombo","value","storedby","timestamp"
				"DUSpd8Jq3M7","201202","gP6hn503KUX","Prlt0C1RF0s",,"7","bombali","2010-04-17"
				"""));
		assertThat(set.dataValues()).containsExactly(new DataValue("DUSpd8Jq3M7", "201202", "gP6hn503KUX",
				"Prlt0C1RF0s", null, "7", "bombali", null, "2010-04-17", null, null));
	}

	@Test
	void a_csv_file_without_header_keeps_its_first_row() throws IOException {
		DataValueSet set = DataValueSetFormats.readCsv(bytes("a,202401,b,,,1,,,note,true\nc,202401,d\n"));
		assertThat(set.dataValues()).hasSize(2);
		assertThat(set.dataValues().get(0).comment()).isEqualTo("note");
		assertThat(set.dataValues().get(0).followup()).isTrue();
		assertThat(set.dataValues().get(1).value()).isNull();
	}

	@Test
	void the_csv_written_reads_back_the_same() throws IOException {
		DataValue value = new DataValue("f7n9E0hX8qk", "202405", "DiszpKrYNg8", "HllvX50cXC0", "HllvX50cXC0", "12.5",
				"admin", null, "2024-05-20T10:00:00.000", "có dấu phẩy, và \"ngoặc\"", false);
		String csv = DataValueSetFormats.writeCsv(List.of(value));
		assertThat(csv.lines().findFirst()).contains(String.join(",", DataValueSetFormats.CSV_HEADER));
		assertThat(DataValueSetFormats.readCsv(bytes(csv)).dataValues()).containsExactly(value);
	}

	@Test
	void adx_values_take_their_groups_unit_and_period_and_a_disaggregation_becomes_the_combination() {
		DataValueSet set = DataValueSetFormats.readAdx(bytes("""
				<adx xmlns="urn:ihe:qrph:adx:2015" exported="2015-02-08T19:30:00Z">
				  <group orgUnit="OU_559" period="2015-06-01/P1M" dataSet="(TB/HIV)VCCT">
				    <dataValue dataElement="VCCT_0" GENDER="FMLE" HIV_AGE="AGE0-14" value="32"/>
				    <dataValue dataElement="VCCT_1" value="20"><annotation>ghi chú</annotation></dataValue>
				  </group>
				</adx>
				"""));
		assertThat(set.dataValues()).extracting(DataValue::dataElement, DataValue::orgUnit, DataValue::period,
				DataValue::categoryOptionCombo, DataValue::value, DataValue::comment)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("VCCT_0", "OU_559", "201506", "GENDER=FMLE", "32", null),
					org.assertj.core.groups.Tuple.tuple("VCCT_1", "OU_559", "201506", null, "20", "ghi chú"));
	}

	@Test
	void the_adx_written_reads_back_the_same_figures() {
		DataValue value = new DataValue("RICE", "2024Q2", "CD", "default", "default", "9087", "admin", null, null,
				"<b>không phải thẻ</b>", false);
		String adx = DataValueSetFormats.writeAdx(List.of(value), Instant.parse("2024-06-01T00:00:00Z"));
		assertThat(adx).contains("period=\"2024-04-01/P3M\"").contains("exported=\"2024-06-01T00:00:00Z\"");
		DataValue read = DataValueSetFormats.readAdx(bytes(adx)).dataValues().get(0);
		assertThat(read.dataElement()).isEqualTo("RICE");
		assertThat(read.period()).isEqualTo("2024Q2");
		assertThat(read.value()).isEqualTo("9087");
		assertThat(read.comment()).isEqualTo("<b>không phải thẻ</b>");
	}

	@Test
	void adx_with_a_doctype_or_another_root_is_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> DataValueSetFormats.readAdx(bytes("""
				<?xml version="1.0"?>
				<!DOCTYPE adx [<!ENTITY x SYSTEM "file:///etc/hostname">]>
				<adx xmlns="urn:ihe:qrph:adx:2015"><group orgUnit="&x;"/></adx>
				""")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> DataValueSetFormats.readAdx(bytes("<dataValueSet xmlns=\"http://dhis2.org/schema/dxf/2.0\"/>")));
		assertThatIllegalArgumentException().isThrownBy(() -> DataValueSetFormats.readAdx(bytes("<adx")));
	}

	private static ByteArrayInputStream bytes(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
