package org.chitieu.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.chitieu.report.ReportFonts.Face;

import org.springframework.stereotype.Component;

/**
 * The report as PDF: the web page laid out by openhtmltopdf, with Liberation Serif embedded (the
 * standard PDF fonts have no Vietnamese letters).
 */
@Component
class PdfRenderer implements ReportRenderer {

	private final HtmlRenderer html;

	private final ReportFonts fonts;

	PdfRenderer(HtmlRenderer html, ReportFonts fonts) {
		this.html = html;
		this.fonts = fonts;
	}

	@Override
	public ReportFormat format() {
		return ReportFormat.PDF;
	}

	@Override
	public byte[] render(ReportDocument report) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			for (Face face : Face.values()) {
				builder.useFont(() -> new ByteArrayInputStream(this.fonts.file(face)), ReportFonts.FAMILY, face.weight,
						face.italic ? FontStyle.ITALIC : FontStyle.NORMAL, true);
			}
			builder.withHtmlContent(this.html.page(report), null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
