package org.chitieu.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Liberation Serif (SIL OFL 1.1, see {@code fonts/LICENSE-LiberationSerif.txt}), the metric twin of
 * Times New Roman with every Vietnamese glyph: embedded in the PDF, and measured to draw the Word
 * header's rules as wide as the text Word will set in Times New Roman. Read once.
 */
@Component
class ReportFonts {

	/** The family name the report's CSS asks for after "Times New Roman". */
	static final String FAMILY = "Liberation Serif";

	private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

	enum Face {

		REGULAR("LiberationSerif-Regular.ttf", 400, false), BOLD("LiberationSerif-Bold.ttf", 700, false),
		ITALIC("LiberationSerif-Italic.ttf", 400, true), BOLD_ITALIC("LiberationSerif-BoldItalic.ttf", 700, true);

		final String file;

		final int weight;

		final boolean italic;

		Face(String file, int weight, boolean italic) {
			this.file = file;
			this.weight = weight;
			this.italic = italic;
		}

	}

	private final Map<Face, byte[]> files = new EnumMap<>(Face.class);

	private final Map<Face, Font> fonts = new EnumMap<>(Face.class);

	ReportFonts() {
		for (Face face : Face.values()) {
			try (InputStream input = new ClassPathResource("fonts/" + face.file).getInputStream()) {
				byte[] bytes = input.readAllBytes();
				this.files.put(face, bytes);
				this.fonts.put(face, Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("report font missing: " + face.file, ex);
			}
			catch (FontFormatException ex) {
				throw new IllegalStateException("report font unreadable: " + face.file, ex);
			}
		}
	}

	byte[] file(Face face) {
		return this.files.get(face);
	}

	/** The width of one line of text, in points. */
	double width(String text, Face face, double size) {
		return this.fonts.get(face).deriveFont((float) size).getStringBounds(text, CONTEXT).getWidth();
	}

}
