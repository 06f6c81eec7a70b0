package org.chitieu.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every UI string lives in the message files, in Vietnamese and in English: the two files hold the
 * same keys, and no template carries words of its own outside {@code #{...}} expressions.
 */
class I18nPropertiesSyncTests {

	private static final Path RESOURCES = Path.of("src/main/resources");

	private static final Path TEMPLATES = RESOURCES.resolve("templates");

	/** A letter in any script: digits, punctuation and symbols alone ("403", "–", "/") are fine. */
	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	/** Attributes a reader sees or hears. */
	private static final List<String> VISIBLE_ATTRIBUTES = List.of("title", "alt", "placeholder", "aria-label");

	@Test
	void vietnamese_and_english_message_files_have_the_same_keys() throws IOException {
		Set<String> vietnamese = keys("messages.properties");
		Set<String> english = keys("messages_en.properties");
		assertThat(difference(vietnamese, english)).as("keys in messages.properties missing from messages_en.properties")
			.isEmpty();
		assertThat(difference(english, vietnamese)).as("keys in messages_en.properties missing from messages.properties")
			.isEmpty();
	}

	@Test
	void templates_hold_no_hard_coded_text() throws IOException {
		List<String> problems = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
				Document document = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8));
				hardCodedText(document).forEach(text -> problems.add(TEMPLATES.relativize(file) + ": " + text));
			}
		}
		assertThat(problems).as("text outside #{...} in templates; move it to messages.properties and messages_en.properties")
			.isEmpty();
	}

	@Test
	void the_check_finds_hard_coded_text_when_there_is_some() {
		Document document = Jsoup.parse("<p>Xin chào</p><p th:text=\"#{ok}\"></p><input placeholder=\"Tìm\">"
				+ "<span>403 – /</span><button name=\"action\" value=\"draft\"></button><input type=\"submit\" value=\"Gửi\">");
		assertThat(hardCodedText(document)).containsExactly("<p> \"Xin chào\"", "placeholder=\"Tìm\"", "value=\"Gửi\"");
	}

	/** Text nodes and visible attributes with letters in them, outside scripts and styles. */
	private static List<String> hardCodedText(Document document) {
		List<String> found = new ArrayList<>();
		for (Element element : document.getAllElements()) {
			if (element.tagName().equals("script") || element.tagName().equals("style")) {
				continue;
			}
			for (TextNode text : element.textNodes()) {
				String words = text.text().replaceAll("\\[\\[.*?]]|\\[\\(.*?\\)]", "");
				if (LETTER.matcher(words).find()) {
					found.add("<" + element.tagName() + "> \"" + words.strip() + "\"");
				}
			}
			for (String attribute : VISIBLE_ATTRIBUTES) {
				if (LETTER.matcher(element.attr(attribute)).find()) {
					found.add(attribute + "=\"" + element.attr(attribute) + "\"");
				}
			}
			if (element.tagName().equals("input") && Set.of("submit", "button", "reset").contains(element.attr("type"))
					&& LETTER.matcher(element.attr("value")).find()) {
				found.add("value=\"" + element.attr("value") + "\"");
			}
		}
		return found;
	}

	private static Set<String> keys(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream input = Files.newInputStream(RESOURCES.resolve(name));
				Reader reader = new InputStreamReader(input, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

}
