package org.chitieu.task;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a file is comes from its bytes; its stored name keeps letters and loses paths and markup. */
class AttachmentTests {

	@Test
	void a_docx_and_an_xlsx_are_told_apart_by_their_parts_and_any_other_zip_is_refused() throws IOException {
		assertThat(FileType.sniff(zip("[Content_Types].xml", "word/document.xml"))).contains(FileType.DOCX);
		assertThat(FileType.sniff(zip("[Content_Types].xml", "xl/workbook.xml"))).contains(FileType.XLSX);
		assertThat(FileType.sniff(zip("payload.exe"))).isEmpty();
	}

	@Test
	void a_jpeg_and_a_pdf_are_known_by_their_first_bytes_and_text_is_not() {
		assertThat(FileType.sniff(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0 })).contains(FileType.JPEG);
		assertThat(FileType.sniff("%PDF-1.4".getBytes())).contains(FileType.PDF);
		assertThat(FileType.sniff("<html><script>".getBytes())).isEmpty();
		assertThat(FileType.sniff(new byte[0])).isEmpty();
	}

	@Test
	void a_name_loses_its_directories_and_odd_characters_and_takes_the_sniffed_extension() {
		assertThat(Attachment.safeName("C:\\Users\\x\\Báo cáo tháng 6.PDF", FileType.PDF)).isEqualTo("Báo cáo tháng 6.pdf");
		assertThat(Attachment.safeName("../../.bashrc", FileType.PNG)).isEqualTo("bashrc.png");
		assertThat(Attachment.safeName("a\"b;c\r\n.docx", FileType.DOCX)).isEqualTo("a_b_c__.docx");
		assertThat(Attachment.safeName(null, FileType.JPEG)).isEqualTo("tep-dinh-kem.jpg");
		assertThat(Attachment.safeName("x".repeat(300) + ".pdf", FileType.PDF)).hasSize(104);
	}

	private static byte[] zip(String... entries) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write('x');
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

}
