package org.chitieu.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.chitieu.progress.Status;
import org.chitieu.report.ReportDocument.AnnexGroup;
import org.chitieu.report.ReportDocument.AnnexRow;
import org.chitieu.report.ReportDocument.Figure;
import org.chitieu.report.ReportFonts.Face;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

import org.springframework.stereotype.Component;

/**
 * The report as Word, laid out per Decree 30/2020/NĐ-CP Annex I: A4 portrait, Times New Roman, the
 * issuing body and the national motto side by side with their rules, page numbers centred at the top
 * from page 2, the signature beside "Nơi nhận:"; then the annex table on landscape pages.
 * Lengths are in twentieths of a point (twips), font sizes in points.
 */
@Component
class WordRenderer implements ReportRenderer {

	static final String FONT = "Times New Roman";

	static final int A4_SHORT = 11906;

	static final int A4_LONG = 16838;

	static final int MARGIN_TOP = mm(20);

	static final int MARGIN_BOTTOM = mm(20);

	static final int MARGIN_LEFT = mm(30);

	static final int MARGIN_RIGHT = mm(15);

	/** 1,27 cm */
	static final int FIRST_LINE_INDENT = 720;

	private static final int TEXT_WIDTH = A4_SHORT - MARGIN_LEFT - MARGIN_RIGHT;

	/** Word's default left and right cell margins together. */
	private static final int CELL_PADDING = 2 * 108;

	private static final int ANNEX_WIDTH = A4_LONG - mm(20) - mm(20);

	/** Room left around a line that must not wrap, in points. */
	private static final double SLACK = 6;

	/** Number, indicator (the rest), unit, seven figures, assessment. */
	private static final int[] ANNEX_COLUMNS = { 700, 0, 950, 1150, 1200, 1200, 1200, 1100, 1150, 1100, 1650 };

	private final ReportFonts fonts;

	WordRenderer(ReportFonts fonts) {
		this.fonts = fonts;
	}

	@Override
	public ReportFormat format() {
		return ReportFormat.DOCX;
	}

	@Override
	public byte[] render(ReportDocument report) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			defaults(document, report.language());
			CTSectPr page = document.getDocument().getBody().addNewSectPr();
			portrait(page);
			pageNumbers(document);
			header(document, report.header());
			front(document, report);
			for (ReportDocument.Section section : report.sections()) {
				if (section.heading() != null) {
					heading(document, section.heading());
				}
				for (ReportDocument.Part part : section.parts()) {
					if (part.heading() != null) {
						heading(document, part.heading());
					}
					part.paragraphs().forEach(text -> body(document, text));
				}
			}
			closing(document, report.closing());
			if (report.annex() != null) {
				// the portrait section ends here; the document's last section, the annex, turns the page
				document.createParagraph().getCTP().addNewPPr().setSectPr((CTSectPr) page.copy());
				landscape(page);
				annex(document, report.annex());
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int mm(double millimetres) {
		// rounded up, so that a margin is never below the millimetres Decree 30 asks for
		return (int) Math.ceil(millimetres * 1440 / 25.4);
	}

	/** Times New Roman 14 pt for everything not set otherwise, Vietnamese for the spelling checker. */
	private static void defaults(XWPFDocument document, String language) {
		CTStyles styles = CTStyles.Factory.newInstance();
		CTRPr run = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
		fonts(run.addNewRFonts());
		run.addNewSz().setVal(BigInteger.valueOf(28));
		run.addNewSzCs().setVal(BigInteger.valueOf(28));
		run.addNewLang().setVal("en".equals(language) ? "en-GB" : "vi-VN");
		document.createStyles().setStyles(styles);
	}

	private static void fonts(CTFonts fonts) {
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
	}

	private static void portrait(CTSectPr section) {
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(A4_SHORT));
		size.setH(BigInteger.valueOf(A4_LONG));
		size.setOrient(STPageOrientation.PORTRAIT);
		margins(section, MARGIN_TOP, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT);
	}

	/** The annex's pages: A4 landscape, the page number still at the top. */
	private static void landscape(CTSectPr section) {
		CTPageSz size = section.getPgSz();
		size.setW(BigInteger.valueOf(A4_LONG));
		size.setH(BigInteger.valueOf(A4_SHORT));
		size.setOrient(STPageOrientation.LANDSCAPE);
		margins(section, mm(20), mm(15), mm(20), mm(20));
		section.unsetTitlePg();
	}

	private static void margins(CTSectPr section, int top, int bottom, int left, int right) {
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(top));
		margins.setBottom(BigInteger.valueOf(bottom));
		margins.setLeft(BigInteger.valueOf(left));
		margins.setRight(BigInteger.valueOf(right));
		margins.setHeader(BigInteger.valueOf(mm(10)));
		margins.setFooter(BigInteger.valueOf(mm(10)));
		margins.setGutter(BigInteger.ZERO);
	}

	/** A PAGE field centred at the top of every page but the first (whose header stays empty). */
	private static void pageNumbers(XWPFDocument document) {
		XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph paragraph = header.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		CTSimpleField field = paragraph.getCTP().addNewFldSimple();
		field.setInstr("PAGE");
		CTR run = field.addNewR();
		CTRPr properties = run.addNewRPr();
		fonts(properties.addNewRFonts());
		properties.addNewSz().setVal(BigInteger.valueOf(28));
		run.addNewT().setStringValue("2");
		document.createHeader(HeaderFooterType.FIRST).createParagraph();
	}

	/** The issuing body and the number on the left, the nation and the place and date on the right. */
	private void header(XWPFDocument document, ReportDocument.Header header) {
		// the nation's block as wide as its longest line, so that neither line wraps; the issuer takes the rest
		double nationPoints = Math.max(this.fonts.width(header.nation(), Face.BOLD, 13),
				this.fonts.width(header.motto(), Face.BOLD, 14));
		int nationWidth = Math.min(TEXT_WIDTH * 2 / 3, (int) Math.ceil((nationPoints + 2 * SLACK) * 20) + CELL_PADDING);
		int issuerWidth = TEXT_WIDTH - nationWidth;
		XWPFTable table = borderless(document, 2, issuerWidth, nationWidth);
		XWPFTableCell issuer = table.getRow(0).getCell(0);
		List<String> lines = header.issuingBody();
		double widest = 0;
		for (int i = 0; i < lines.size(); i++) {
			XWPFParagraph line = i == 0 ? issuer.getParagraphs().get(0) : issuer.addParagraph();
			tight(line, ParagraphAlignment.CENTER);
			text(line, lines.get(i), 13, true, false);
			widest = Math.max(widest, this.fonts.width(lines.get(i), Face.BOLD, 13));
		}
		// Decree 30: a short rule, a third to a half of the issuing body's width
		rule(issuer.addParagraph(), issuerWidth, widest * 0.4);

		XWPFTableCell nation = table.getRow(0).getCell(1);
		XWPFParagraph nationLine = nation.getParagraphs().get(0);
		tight(nationLine, ParagraphAlignment.CENTER);
		text(nationLine, header.nation(), 13, true, false);
		XWPFParagraph motto = nation.addParagraph();
		tight(motto, ParagraphAlignment.CENTER);
		text(motto, header.motto(), 14, true, false);
		// a rule as wide as the motto, drawn as the motto paragraph's bottom border, with room enough that
		// no word processor's metrics wrap it (LibreOffice lays Times out a little wider than Word)
		int indent = indent(nationWidth, this.fonts.width(header.motto(), Face.BOLD, 14) + 3 * SLACK);
		motto.setIndentationLeft(indent);
		motto.setIndentationRight(indent);
		bottomBorder(motto);

		XWPFParagraph number = table.getRow(1).getCell(0).getParagraphs().get(0);
		tight(number, ParagraphAlignment.CENTER);
		number.setSpacingBefore(120);
		text(number, header.number(), 13, false, false);
		XWPFParagraph date = table.getRow(1).getCell(1).getParagraphs().get(0);
		tight(date, ParagraphAlignment.CENTER);
		date.setSpacingBefore(120);
		text(date, header.placeAndDate(), 14, false, true);
	}

	/** "BÁO CÁO", the summary line with its short rule, and the data window. */
	private void front(XWPFDocument document, ReportDocument report) {
		XWPFParagraph title = document.createParagraph();
		tight(title, ParagraphAlignment.CENTER);
		title.setSpacingBefore(360);
		text(title, report.title(), 14, true, false);
		XWPFParagraph summary = document.createParagraph();
		tight(summary, ParagraphAlignment.CENTER);
		text(summary, report.summary(), 14, true, false);
		double summaryWidth = Math.min(this.fonts.width(report.summary(), Face.BOLD, 14), TEXT_WIDTH / 20.0);
		rule(document.createParagraph(), TEXT_WIDTH + CELL_PADDING, summaryWidth / 3);
		XWPFParagraph window = document.createParagraph();
		tight(window, ParagraphAlignment.CENTER);
		window.setSpacingBefore(120);
		window.setSpacingAfter(240);
		if (report.dataWindow() != null) {
			text(window, report.dataWindow(), 14, false, true);
		}
	}

	private static void heading(XWPFDocument document, String text) {
		XWPFParagraph paragraph = body(document, null);
		paragraph.setSpacingBefore(120);
		paragraph.setKeepNext(true);
		text(paragraph, text, 14, true, false);
	}

	/** Body text: 14 pt, justified, first line indented 1,27 cm, 6 pt after. */
	private static XWPFParagraph body(XWPFDocument document, String text) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.BOTH);
		paragraph.setFirstLineIndent(FIRST_LINE_INDENT);
		paragraph.setSpacingBefore(0);
		paragraph.setSpacingAfter(120);
		paragraph.setSpacingBetween(1.15, LineSpacingRule.AUTO);
		if (text != null) {
			text(paragraph, text, 14, false, false);
		}
		return paragraph;
	}

	/** "Nơi nhận:" and its entries on the left, the signature on the right. */
	private static void closing(XWPFDocument document, ReportDocument.Closing closing) {
		document.createParagraph();
		XWPFTable table = borderless(document, 1, TEXT_WIDTH * 9 / 20, TEXT_WIDTH - TEXT_WIDTH * 9 / 20);
		XWPFTableCell recipients = table.getRow(0).getCell(0);
		XWPFParagraph label = recipients.getParagraphs().get(0);
		tight(label, ParagraphAlignment.LEFT);
		text(label, closing.recipientsLabel(), 12, true, true);
		for (String recipient : closing.recipients()) {
			XWPFParagraph line = recipients.addParagraph();
			tight(line, ParagraphAlignment.LEFT);
			text(line, recipient, 11, false, false);
		}
		XWPFTableCell signature = table.getRow(0).getCell(1);
		List<String> authority = closing.authority();
		for (int i = 0; i < authority.size(); i++) {
			XWPFParagraph line = i == 0 ? signature.getParagraphs().get(0) : signature.addParagraph();
			tight(line, ParagraphAlignment.CENTER);
			text(line, authority.get(i), 14, true, false);
		}
		// room for the signature and the seal
		for (int i = 0; i < 4; i++) {
			tight(signature.addParagraph(), ParagraphAlignment.CENTER);
		}
		XWPFParagraph name = signature.addParagraph();
		tight(name, ParagraphAlignment.CENTER);
		text(name, closing.signerName(), 14, true, false);
	}

	private static void annex(XWPFDocument document, ReportDocument.Annex annex) {
		XWPFParagraph title = document.createParagraph();
		tight(title, ParagraphAlignment.CENTER);
		text(title, annex.title(), 14, true, false);
		XWPFParagraph subtitle = document.createParagraph();
		tight(subtitle, ParagraphAlignment.CENTER);
		text(subtitle, annex.subtitle(), 13, true, false);
		XWPFParagraph reference = document.createParagraph();
		tight(reference, ParagraphAlignment.CENTER);
		reference.setSpacingAfter(240);
		text(reference, annex.reference(), 13, false, true);

		int[] widths = ANNEX_COLUMNS.clone();
		widths[1] = ANNEX_WIDTH - Arrays.stream(ANNEX_COLUMNS).sum();
		XWPFTable table = document.createTable(1, widths.length);
		layout(table, widths);
		XWPFTableRow head = table.getRow(0);
		head.setRepeatHeader(true);
		head.setCantSplitRow(true);
		for (int i = 0; i < widths.length; i++) {
			cell(head.getCell(i), annex.columns().get(i), ParagraphAlignment.CENTER, true);
			head.getCell(i).setColor("E7E6E6");
		}
		for (AnnexGroup group : annex.groups()) {
			XWPFTableRow sector = table.createRow();
			sector.setCantSplitRow(true);
			for (int i = widths.length - 1; i > 0; i--) {
				sector.removeCell(i);
			}
			sector.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(widths.length));
			cell(sector.getCell(0), group.sector(), ParagraphAlignment.LEFT, true);
			for (AnnexRow row : group.rows()) {
				XWPFTableRow line = table.createRow();
				line.setCantSplitRow(true);
				cell(line.getCell(0), Integer.toString(row.number()), ParagraphAlignment.CENTER, false);
				cell(line.getCell(1), row.name(), ParagraphAlignment.LEFT, false);
				cell(line.getCell(2), row.unit(), ParagraphAlignment.CENTER, false);
				List<Figure> figures = row.figures();
				for (int i = 0; i < figures.size(); i++) {
					cell(line.getCell(3 + i), figures.get(i).text(), ParagraphAlignment.RIGHT, false);
				}
				XWPFTableCell status = line.getCell(3 + figures.size());
				cell(status, row.assessment(), ParagraphAlignment.CENTER, row.status() == Status.BEHIND);
				status.setColor(StatusColours.of(row.status()));
			}
		}
	}

	private static void cell(XWPFTableCell cell, String text, ParagraphAlignment alignment, boolean bold) {
		cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		tight(paragraph, alignment);
		text(paragraph, text == null ? "" : text, 11, bold, false);
	}

	/** A table without borders (the layout grid of the header and of the closing). */
	private static XWPFTable borderless(XWPFDocument document, int rows, int... widths) {
		XWPFTable table = document.createTable(rows, widths.length);
		table.removeBorders();
		layout(table, widths);
		return table;
	}

	private static void layout(XWPFTable table, int... widths) {
		int total = Arrays.stream(widths).sum();
		table.setWidthType(TableWidthType.DXA);
		table.setWidth(Integer.toString(total));
		table.setTableAlignment(TableRowAlign.CENTER);
		CTTblLayoutType layout = table.getCTTbl().getTblPr().isSetTblLayout() ? table.getCTTbl().getTblPr().getTblLayout()
				: table.getCTTbl().getTblPr().addNewTblLayout();
		layout.setType(STTblLayoutType.FIXED);
		CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
				: table.getCTTbl().getTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
		for (XWPFTableRow row : table.getRows()) {
			for (int i = 0; i < widths.length; i++) {
				row.getCell(i).setWidthType(TableWidthType.DXA);
				row.getCell(i).setWidth(Integer.toString(widths[i]));
			}
		}
	}

	/** A header line: no space around it, single spacing. */
	private static void tight(XWPFParagraph paragraph, ParagraphAlignment alignment) {
		paragraph.setAlignment(alignment);
		paragraph.setSpacingBefore(0);
		paragraph.setSpacingAfter(0);
		paragraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
	}

	private static XWPFRun text(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setItalic(italic);
		run.setText(text);
		return run;
	}

	/** An empty paragraph whose bottom border is a centred rule {@code points} wide. */
	private static void rule(XWPFParagraph paragraph, int boxWidth, double points) {
		tight(paragraph, ParagraphAlignment.CENTER);
		int indent = indent(boxWidth, points);
		paragraph.setIndentationLeft(indent);
		paragraph.setIndentationRight(indent);
		CTPPr properties = paragraph.getCTP().getPPr();
		properties.addNewRPr().addNewSz().setVal(BigInteger.valueOf(4));
		bottomBorder(paragraph);
	}

	/** The indentation on each side that leaves {@code points} of a box {@code boxWidth} wide (cell padding aside). */
	private static int indent(int boxWidth, double points) {
		return Math.max(0, (int) Math.round((boxWidth - CELL_PADDING - points * 20) / 2));
	}

	private static void bottomBorder(XWPFParagraph paragraph) {
		CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
		CTBorder bottom = (properties.isSetPBdr() ? properties.getPBdr() : properties.addNewPBdr()).addNewBottom();
		bottom.setVal(STBorder.SINGLE);
		bottom.setSz(BigInteger.valueOf(6));
		bottom.setSpace(BigInteger.ONE);
		bottom.setColor("000000");
	}

}
