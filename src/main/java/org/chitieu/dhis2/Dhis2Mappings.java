package org.chitieu.dhis2;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The mapping table; the metadata document and the mapping page write it. */
@Repository
public class Dhis2Mappings {

	private static final String UPSERT = """
			insert into dhis2_mapping (kind, dhis2, code) values (:kind, :dhis2, :code)
			on conflict (kind, dhis2) do update set code = excluded.code
			""";

	private final JdbcClient jdbc;

	Dhis2Mappings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Dhis2Mapping> findAll() {
		return this.jdbc.sql("select kind, dhis2, code from dhis2_mapping order by kind, code")
			.query(Dhis2Mapping.class)
			.list();
	}

	/**
	 * Maps the DHIS2 identifier to the code, replacing what either named before: a code has one DHIS2
	 * identifier, so an earlier identifier of the same code goes.
	 */
	public void save(Dhis2Mapping mapping) {
		this.jdbc.sql("delete from dhis2_mapping where kind = ? and code = ? and dhis2 <> ?")
			.params(mapping.kind().name(), mapping.code(), mapping.dhis2())
			.update();
		this.jdbc.sql(UPSERT)
			.param("kind", mapping.kind().name())
			.param("dhis2", mapping.dhis2())
			.param("code", mapping.code())
			.update();
	}

	public boolean delete(Dhis2Mapping.Kind kind, String dhis2) {
		return this.jdbc.sql("delete from dhis2_mapping where kind = ? and dhis2 = ?")
			.params(kind.name(), dhis2)
			.update() > 0;
	}

}
