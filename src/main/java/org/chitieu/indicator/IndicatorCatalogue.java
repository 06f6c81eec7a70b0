package org.chitieu.indicator;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.chitieu.database.CacheEviction;
import org.chitieu.database.CacheTopic;
import org.chitieu.database.TopicCache;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The indicators and sectors of the deployment. Reads are answered from a snapshot of both, formulas
 * parsed (two statements when first needed), emptied whenever the catalogue changes.
 */
@Repository
public class IndicatorCatalogue {

	private static final String SELECT_INDICATOR = """
			select id, code, name, name_en, unit, sector_id, agency_id, kind, formula, time_aggregation,
			       space_aggregation, polarity, decimals, tolerance, min_value, max_value, whole_number,
			       negative_allowed, entered_at,
			       exists (select 1 from indicator_project_source s where s.indicator_id = indicator.id) as fed_by_projects
			from indicator
			""";

	private static final String UPSERT_INDICATOR = """
			insert into indicator (code, name, name_en, unit, sector_id, agency_id, kind, formula, time_aggregation,
			                       space_aggregation, polarity, decimals, tolerance, sort_order, min_value, max_value,
			                       whole_number, negative_allowed, entered_at)
			values (:code, :name, :nameEn, :unit, (select id from sector where code = :sector),
			        (select id from agency where code = :agency), :kind, :formula, :time, :space, :polarity,
			        :decimals, :tolerance, :sortOrder, :min, :max, :wholeNumber, :negativeAllowed, :enteredAt)
			on conflict (code) do update set name = excluded.name, name_en = excluded.name_en, unit = excluded.unit,
			    sector_id = excluded.sector_id, agency_id = excluded.agency_id, kind = excluded.kind,
			    formula = excluded.formula, time_aggregation = excluded.time_aggregation,
			    space_aggregation = excluded.space_aggregation, polarity = excluded.polarity,
			    decimals = excluded.decimals, tolerance = excluded.tolerance, sort_order = excluded.sort_order,
			    min_value = excluded.min_value, max_value = excluded.max_value, whole_number = excluded.whole_number,
			    negative_allowed = excluded.negative_allowed, entered_at = excluded.entered_at
			""";

	private static final String UPSERT_SECTOR = """
			insert into sector (code, name, name_en, sort_order) values (:code, :name, :nameEn, :sortOrder)
			on conflict (code) do update set name = excluded.name, name_en = excluded.name_en,
			    sort_order = excluded.sort_order
			""";

	private final JdbcClient jdbc;

	private final CacheEviction eviction;

	private final TopicCache<Catalogue> catalogue;

	IndicatorCatalogue(JdbcClient jdbc, CacheEviction eviction) {
		this.jdbc = jdbc;
		this.eviction = eviction;
		this.catalogue = eviction.cache(CacheTopic.CATALOGUE, this::load);
	}

	/** Every indicator, in the catalogue's order. */
	public List<Indicator> findAll() {
		return this.catalogue.get().indicators();
	}

	public Optional<Indicator> findByCode(String code) {
		return Optional.ofNullable(this.catalogue.get().byCode().get(code));
	}

	public List<Sector> findSectors() {
		return this.catalogue.get().sectors();
	}

	public void saveSector(String code, String name, String nameEn, int sortOrder) {
		this.jdbc.sql(UPSERT_SECTOR)
			.param("code", code)
			.param("name", name)
			.param("nameEn", nameEn)
			.param("sortOrder", sortOrder)
			.update();
		this.eviction.changed(CacheTopic.CATALOGUE);
	}

	public void saveIndicator(IndicatorDefinition definition, int sortOrder) {
		EntryChecks checks = (definition.entryChecks() == null) ? EntryChecks.NONE : definition.entryChecks();
		this.jdbc.sql(UPSERT_INDICATOR)
			.param("code", definition.code())
			.param("name", definition.name())
			.param("nameEn", definition.nameEn())
			.param("unit", definition.unit() == null ? "" : definition.unit())
			.param("sector", definition.sector())
			.param("agency", definition.agency())
			.param("kind", definition.kind().name())
			.param("formula", definition.formula())
			.param("time", definition.timeAggregation().name())
			.param("space", definition.spaceAggregation().name())
			.param("polarity", definition.polarity().name())
			.param("decimals", definition.decimals())
			.param("tolerance", definition.tolerance() == null ? BigDecimal.ZERO : definition.tolerance())
			.param("sortOrder", sortOrder)
			.param("min", checks.min())
			.param("max", checks.max())
			.param("wholeNumber", checks.wholeNumber())
			.param("negativeAllowed", checks.negativeAllowed())
			.param("enteredAt", checks.enteredAt().isEmpty() ? null : String.join(",", checks.enteredAt()))
			.update();
		this.eviction.changed(CacheTopic.CATALOGUE);
	}

	private Catalogue load() {
		List<Indicator> indicators = this.jdbc.sql(SELECT_INDICATOR + " order by sort_order, code")
			.query(IndicatorCatalogue::indicator)
			.list();
		List<Sector> sectors = this.jdbc.sql("select id, code, name, name_en, sort_order from sector order by sort_order, code")
			.query(Sector.class)
			.list();
		return new Catalogue(indicators,
				indicators.stream().collect(Collectors.toUnmodifiableMap(Indicator::code, Function.identity())), sectors);
	}

	private static Indicator indicator(ResultSet row, int number) throws SQLException {
		String enteredAt = row.getString("entered_at");
		IndicatorKind kind = IndicatorKind.valueOf(row.getString("kind"));
		return new Indicator(row.getLong("id"), row.getString("code"), row.getString("name"),
				row.getString("name_en"), row.getString("unit"), row.getObject("sector_id", Long.class),
				row.getObject("agency_id", Long.class), kind,
				row.getString("formula"), TimeAggregation.valueOf(row.getString("time_aggregation")),
				SpaceAggregation.valueOf(row.getString("space_aggregation")),
				Polarity.valueOf(row.getString("polarity")), row.getInt("decimals"), row.getBigDecimal("tolerance"),
				row.getBoolean("fed_by_projects"),
				new EntryChecks(row.getBigDecimal("min_value"), row.getBigDecimal("max_value"),
						row.getBoolean("whole_number"), row.getBoolean("negative_allowed"),
						enteredAt == null ? List.of() : List.of(enteredAt.split(","))),
				kind == IndicatorKind.COMPUTED ? Formula.parse(row.getString("formula")) : null);
	}

	private record Catalogue(List<Indicator> indicators, Map<String, Indicator> byCode, List<Sector> sectors) {

		Catalogue {
			indicators = List.copyOf(indicators);
			sectors = List.copyOf(sectors);
		}

	}

	/** An indicator as written in a metadata document: sector and agency by code. */
	public record IndicatorDefinition(String code, String name, String nameEn, String unit, String sector,
			String agency, IndicatorKind kind, String formula, TimeAggregation timeAggregation,
			SpaceAggregation spaceAggregation, Polarity polarity, int decimals, BigDecimal tolerance,
			EntryChecks entryChecks) {
	}

}
