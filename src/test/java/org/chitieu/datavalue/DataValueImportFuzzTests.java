package org.chitieu.datavalue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.chitieu.web.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzing the import readers: whatever the bytes, they read rows or refuse with a clear message
 * ({@link InvalidInputException}); no other exception gets out. Bounded to a few hundred tries each,
 * well under 30 seconds.
 */
class DataValueImportFuzzTests {

	private static final String HEADER = "indicator,orgUnit,period,value,comment\n";

	@Property(tries = 400, maxDiscardRatio = 1)
	void any_csv_is_read_or_refused_clearly(@ForAll("csvFiles") String file) {
		readOrRefuse(rows -> DataValueImport.readCsv(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), rows));
	}

	@Property(tries = 200)
	void any_bytes_as_xlsx_are_refused_clearly(@ForAll("zips") byte[] file) {
		readOrRefuse(rows -> DataValueImport.readXlsx(new ByteArrayInputStream(file), rows));
	}

	@Provide
	Arbitrary<String> csvFiles() {
		Arbitrary<String> field = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12),
				Arbitraries.strings().withChars("0123456789.,-\"e\r\n ١２").ofMaxLength(10),
				Arbitraries.of("RICE", "CD", "2024-05", "1,5", "\"", "\"\"", "", "1e999999999"));
		Arbitrary<String> line = field.list().ofMaxSize(7).map(fields -> String.join(",", fields));
		Arbitrary<String> body = line.list().ofMaxSize(6).map(lines -> String.join("\n", lines));
		return Combinators.combine(Arbitraries.of(HEADER, "", "indicator,indicator\n", "\uFEFF" + HEADER), body)
			.as(String::concat);
	}

	@Provide
	Arbitrary<byte[]> zips() {
		Arbitrary<String> names = Arbitraries.of("[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml",
				"_rels/.rels", "x");
		Arbitrary<String> contents = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(200),
				Arbitraries.of("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
						"<worksheet><sheetData><row><c t=\"s\"><v>999</v></c></row></sheetData></worksheet>", ""));
		Arbitrary<byte[]> zip = Combinators.combine(names, contents).as(List::of).list().ofMaxSize(4)
			.map(DataValueImportFuzzTests::zip);
		return Arbitraries.oneOf(zip, Arbitraries.bytes().array(byte[].class).ofMaxSize(300));
	}

	private static void readOrRefuse(FigureImport.File reader) {
		List<DataValueRow> rows = new ArrayList<>();
		try {
			reader.read((row, line) -> rows.add(row));
			assertThat(rows).doesNotContainNull();
		}
		catch (InvalidInputException ex) {
			assertThat(ex.errors()).isNotEmpty();
		}
		catch (IOException ex) {
			throw new AssertionError("an I/O error instead of a clear refusal", ex);
		}
	}

	private static byte[] zip(List<List<String>> entries) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (List<String> entry : entries.stream().distinct().toList()) {
				try {
					zip.putNextEntry(new ZipEntry(entry.get(0)));
				}
				catch (ZipException duplicate) {
					continue;
				}
				zip.write(entry.get(1).getBytes(StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return bytes.toByteArray();
	}

}
