package org.chitieu.report;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checks of Decree 30/2020/NĐ-CP Annex I that every Word document of ours passes: A4 portrait, the
 * margins, Times New Roman, the two header blocks with their sizes, the number line, the place and date,
 * and "Nơi nhận:" beside the signature.
 */
final class Decree30 {

	private Decree30() {
	}

	/**
	 * @param numberPattern the number line as a regular expression ("Số: 05/BC-UBND")
	 * @param placeAndDatePattern the place and date as a regular expression
	 */
	static void assertLaidOut(XWPFDocument document, String issuer, String numberPattern, String placeAndDatePattern) {
		CTSectPr first = document.getParagraphs()
			.stream()
			.filter(paragraph -> paragraph.getCTP().isSetPPr() && paragraph.getCTP().getPPr().isSetSectPr())
			.findFirst()
			.map(paragraph -> paragraph.getCTP().getPPr().getSectPr())
			.orElseGet(() -> document.getDocument().getBody().getSectPr());
		CTPageSz size = first.getPgSz();
		assertThat(twips(size.getW())).as("A4 width").isEqualTo(11906);
		assertThat(twips(size.getH())).as("A4 height").isEqualTo(16838);
		CTPageMar margins = first.getPgMar();
		assertThat(millimetres(margins.getTop())).isBetween(20.0, 25.0);
		assertThat(millimetres(margins.getBottom())).isBetween(20.0, 25.0);
		assertThat(millimetres(margins.getLeft())).isBetween(30.0, 35.0);
		assertThat(millimetres(margins.getRight())).isBetween(15.0, 20.0);
		assertThat(first.isSetTitlePg()).as("no page number on page 1").isTrue();

		XWPFTable header = document.getTables().get(0);
		List<XWPFParagraph> body = header.getRow(0).getCell(0).getParagraphs();
		assertThat(body.get(0).getText()).isEqualTo("ỦY BAN NHÂN DÂN");
		assertThat(body.get(1).getText()).isEqualTo(issuer);
		assertRun(body.get(1), 13, true, false);
		List<XWPFParagraph> nation = header.getRow(0).getCell(1).getParagraphs();
		assertThat(nation.get(0).getText()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
		assertRun(nation.get(0), 13, true, false);
		assertThat(nation.get(1).getText()).isEqualTo("Độc lập - Tự do - Hạnh phúc");
		assertRun(nation.get(1), 14, true, false);
		assertThat(nation.get(1).getCTP().getPPr().getPBdr().getBottom()).as("rule under the motto").isNotNull();
		XWPFParagraph number = header.getRow(1).getCell(0).getParagraphs().get(0);
		assertThat(number.getText()).matches(numberPattern);
		assertRun(number, 13, false, false);
		XWPFParagraph date = header.getRow(1).getCell(1).getParagraphs().get(0);
		assertThat(date.getText()).matches(placeAndDatePattern);
		assertRun(date, 14, false, true);

		XWPFTable closing = document.getTables().get(1);
		XWPFParagraph recipients = closing.getRow(0).getCell(0).getParagraphs().get(0);
		assertThat(recipients.getText()).isEqualTo("Nơi nhận:");
		assertRun(recipients, 12, true, true);
		assertThat(closing.getRow(0).getCell(0).getText()).contains("- Lưu: VT");
		assertThat(closing.getRow(0).getCell(1).getText()).as("the signing authority").contains("CHỦ TỊCH");
	}

	static void assertRun(XWPFParagraph paragraph, int size, boolean bold, boolean italic) {
		assertThat(paragraph.getRuns()).isNotEmpty();
		for (XWPFRun run : paragraph.getRuns()) {
			assertThat(run.getFontFamily()).isEqualTo("Times New Roman");
			assertThat(run.getFontSizeAsDouble()).isEqualTo(size);
			assertThat(run.isBold()).as("bold: " + paragraph.getText()).isEqualTo(bold);
			assertThat(run.isItalic()).as("italic: " + paragraph.getText()).isEqualTo(italic);
		}
	}

	private static long twips(Object value) {
		return ((BigInteger) value).longValue();
	}

	private static double millimetres(Object value) {
		return twips(value) * 25.4 / 1440;
	}

}
