package org.chitieu.dhis2;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A locality of our own for the DHIS2 tests, so the demo data stays as it is: a province with two
 * communes, one sector and three indicators (a flow, a level and an average), and the DHIS2 UIDs of
 * the documentation's examples mapped onto them.
 */
final class Dhis2TestLocality {

	static final String MEASLES = "f7n9E0hX8qk";

	static final String COVERAGE = "Ix2HsbDMLea";

	static final String WEIGHT = "eY5ehpbEsB7";

	static final String NGELEHUN = "DiszpKrYNg8";

	static final String BADJIA = "FNnj3jKGS7i";

	private Dhis2TestLocality() {
	}

	static Map<String, Object> metadata() {
		return Map.of("orgUnits", List.of(unit("DHT", "Tỉnh Thử DHIS2", "PROVINCE", null),
				unit("DHT-A", "Xã Thử A", "COMMUNE", "DHT"), unit("DHT-B", "Xã Thử B", "COMMUNE", "DHT")),
				"sectors", List.of(Map.of("code", "DHT-HEALTH", "name", "Y tế (thử)", "nameEn", "Health (test)")),
				"agencies", List.of(Map.of("code", "DHT-YT", "name", "Sở Y tế (thử)", "orgUnit", "DHT")),
				"indicators", List.of(indicator("DHT_MEASLES", "SUM"), indicator("DHT_COVERAGE", "LAST"),
						indicator("DHT_WEIGHT", "AVERAGE")),
				"dhis2Mappings", List.of(mapping("DATA_ELEMENT", MEASLES, "DHT_MEASLES"),
						mapping("DATA_ELEMENT", COVERAGE, "DHT_COVERAGE"), mapping("DATA_ELEMENT", WEIGHT, "DHT_WEIGHT"),
						mapping("ORG_UNIT", NGELEHUN, "DHT-A"), mapping("ORG_UNIT", BADJIA, "DHT-B")));
	}

	private static Map<String, Object> unit(String code, String name, String type, String parent) {
		HashMap<String, Object> unit = new HashMap<>();
		unit.put("code", code);
		unit.put("name", name);
		unit.put("type", type);
		unit.put("parent", parent);
		return unit;
	}

	private static Map<String, Object> indicator(String code, String time) {
		return Map.of("code", code, "name", code, "unit", "ca", "sector", "DHT-HEALTH", "agency", "DHT-YT", "kind",
				"RAW", "timeAggregation", time, "spaceAggregation", "SUM", "polarity", "HIGHER", "decimals", 2);
	}

	static Map<String, Object> mapping(String kind, String dhis2, String code) {
		return Map.of("kind", kind, "dhis2", dhis2, "code", code);
	}

}
