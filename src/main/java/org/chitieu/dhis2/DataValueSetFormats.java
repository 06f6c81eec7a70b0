package org.chitieu.dhis2;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.chitieu.dhis2.DataValueSet.DataValue;

/**
 * DHIS2's CSV and ADX forms of a data value set. CSV columns are read by position, as DHIS2 does
 * (dataelement, period, orgunit, catoptcombo, attroptcombo, value, storedby, lastupdated, comment,
 * followup), and a first row naming the columns is skipped. ADX is read without DTDs or external
 * entities, so a hostile file cannot reach files or the network.
 */
final class DataValueSetFormats {

	static final String ADX_NAMESPACE = "urn:ihe:qrph:adx:2015";

	static final List<String> CSV_HEADER = List.of("dataelement", "period", "orgunit", "catoptcombo", "attroptcombo",
			"value", "storedby", "lastupdated", "comment", "followup");

	/** Attributes of an ADX dataValue that are not a disaggregation. */
	private static final List<String> ADX_VALUE_ATTRIBUTES = List.of("dataElement", "value", "categoryOptionCombo",
			"comment");

	private DataValueSetFormats() {
	}

	/** @throws IllegalArgumentException naming the line of a row that cannot be read */
	static DataValueSet readCsv(InputStream input) throws IOException {
		List<DataValue> values = new ArrayList<>();
		try (var reader = new InputStreamReader(BOMInputStream.builder().setInputStream(input).get(),
				StandardCharsets.UTF_8);
				var parser = CSVFormat.RFC4180.builder().setTrim(true).setIgnoreEmptyLines(true).get().parse(reader)) {
			for (CSVRecord record : parser) {
				if (record.getRecordNumber() == 1 && isHeader(record)) {
					continue;
				}
				if (record.size() < 3) {
					throw new IllegalArgumentException("line " + record.getRecordNumber());
				}
				values.add(new DataValue(cell(record, 0), cell(record, 1), cell(record, 2), cell(record, 3),
						cell(record, 4), cell(record, 5), cell(record, 6), null, cell(record, 7), cell(record, 8),
						cell(record, 9) == null ? null : Boolean.valueOf(cell(record, 9))));
			}
		}
		return DataValueSet.of(values);
	}

	private static boolean isHeader(CSVRecord record) {
		String first = record.get(0).toLowerCase().replace(" ", "");
		return first.equals("dataelement") || first.equals("de");
	}

	private static String cell(CSVRecord record, int index) {
		if (index >= record.size()) {
			return null;
		}
		String text = record.get(index);
		return text.isEmpty() ? null : text;
	}

	static String writeCsv(List<DataValue> values) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get().print(out)) {
			printer.printRecord(CSV_HEADER);
			for (DataValue value : values) {
				printer.printRecord(value.dataElement(), value.period(), value.orgUnit(), value.categoryOptionCombo(),
						value.attributeOptionCombo(), value.value(), value.storedBy(), value.lastUpdated(),
						value.comment(), value.followup());
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toString();
	}

	/**
	 * Reads ADX groups into values: each group gives its org unit, period (ADX's {@code 2024-05-01/P1M},
	 * kept as DHIS2's {@code 202405}) and attribute option combo to its values. A disaggregation
	 * attribute is kept as the category option combo {@code NAME=VALUE}, which the import then refuses.
	 * @throws IllegalArgumentException when the document is no ADX or not well formed
	 */
	static DataValueSet readAdx(InputStream input) {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		List<DataValue> values = new ArrayList<>();
		try {
			XMLStreamReader xml = factory.createXMLStreamReader(input);
			try {
				xml.nextTag();
				if (!"adx".equals(xml.getLocalName()) || !ADX_NAMESPACE.equals(xml.getNamespaceURI())) {
					throw new IllegalArgumentException("the root element is not <adx xmlns=\"" + ADX_NAMESPACE + "\">");
				}
				Map<String, String> group = Map.of();
				while (xml.hasNext()) {
					int event = xml.next();
					if (event == XMLStreamConstants.DTD) {
						throw new IllegalArgumentException("a DOCTYPE is not accepted");
					}
					if (event != XMLStreamConstants.START_ELEMENT) {
						continue;
					}
					if ("group".equals(xml.getLocalName())) {
						group = attributes(xml);
					}
					else if ("dataValue".equals(xml.getLocalName())) {
						values.add(adxValue(xml, group));
					}
				}
			}
			finally {
				xml.close();
			}
		}
		catch (XMLStreamException ex) {
			throw new IllegalArgumentException(ex.getMessage(), ex);
		}
		return DataValueSet.of(values);
	}

	private static DataValue adxValue(XMLStreamReader xml, Map<String, String> group) throws XMLStreamException {
		Map<String, String> attributes = attributes(xml);
		String categoryOptionCombo = attributes.get("categoryOptionCombo");
		for (Map.Entry<String, String> attribute : attributes.entrySet()) {
			if (!ADX_VALUE_ATTRIBUTES.contains(attribute.getKey()) && categoryOptionCombo == null) {
				categoryOptionCombo = attribute.getKey() + "=" + attribute.getValue();
			}
		}
		String comment = attributes.get("comment");
		// the value's children: an <annotation> is its comment
		int depth = 1;
		while (depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
				if ("annotation".equals(xml.getLocalName())) {
					comment = xml.getElementText();
					depth--;
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
			}
		}
		String period = group.get("period");
		try {
			period = period == null ? null : Dhis2Period.parse(period).key();
		}
		catch (IllegalArgumentException ex) {
			// left as sent: the import names it in a conflict
		}
		return new DataValue(attributes.get("dataElement"), period, group.get("orgUnit"), categoryOptionCombo,
				group.get("attributeOptionCombo"), attributes.get("value"), null, null, null, comment, null);
	}

	private static Map<String, String> attributes(XMLStreamReader xml) {
		Map<String, String> attributes = new LinkedHashMap<>();
		for (int i = 0; i < xml.getAttributeCount(); i++) {
			if (xml.getAttributeNamespace(i) == null || xml.getAttributeNamespace(i).isEmpty()) {
				attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
			}
		}
		return attributes;
	}

	/** One ADX group per org unit and period, in the order the values come. */
	static String writeAdx(List<DataValue> values, Instant exported) {
		Map<String, List<DataValue>> groups = new LinkedHashMap<>();
		for (DataValue value : values) {
			groups.computeIfAbsent(value.orgUnit() + "\n" + value.period(), key -> new ArrayList<>()).add(value);
		}
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("adx");
			xml.writeDefaultNamespace(ADX_NAMESPACE);
			xml.writeAttribute("exported", exported.toString());
			for (List<DataValue> group : groups.values()) {
				DataValue first = group.get(0);
				xml.writeStartElement("group");
				xml.writeAttribute("orgUnit", first.orgUnit());
				xml.writeAttribute("period", Dhis2Period.parse(first.period()).adx());
				for (DataValue value : group) {
					xml.writeStartElement("dataValue");
					xml.writeAttribute("dataElement", value.dataElement());
					xml.writeAttribute("value", value.value());
					if (value.comment() != null) {
						xml.writeStartElement("annotation");
						xml.writeCharacters(value.comment());
						xml.writeEndElement();
					}
					xml.writeEndElement();
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toString();
	}

}
