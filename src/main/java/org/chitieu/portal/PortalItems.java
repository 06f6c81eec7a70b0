package org.chitieu.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Portal items and their files. Every public read asks for {@code status = 'PUBLISHED'} in SQL. */
@Repository
class PortalItems {

	private static final String COLUMNS = """
			id, slug, kind, status, title, article_date, summary, body_html, image_type, org_unit_code, period,
			snapshot::text, created_at, published_at, withdrawn_at,
			coalesce((select u.id from org_unit u where u.code = portal_item.org_unit_code),
			    (select a.org_unit_id from app_user a where a.id = portal_item.created_by))
			""";

	private static final String INSERT = """
			insert into portal_item (slug, kind, status, title, article_date, summary, body_html, image, image_type,
			    org_unit_code, period, created_by, created_at)
			values (:slug, :kind, 'DRAFT', :title, :date, :summary, :body, :image, :imageType, :orgUnit, :period,
			    :user, :now)
			returning id
			""";

	private static final String UPDATE = """
			update portal_item set title = :title, article_date = :date, summary = :summary, body_html = :body,
			    org_unit_code = :orgUnit, period = :period
			where id = :id
			""";

	private static final String UPDATE_IMAGE = "update portal_item set image = :image, image_type = :imageType where id = :id";

	private static final String PUBLISH = """
			update portal_item set status = 'PUBLISHED', published_at = coalesce(published_at, :at), withdrawn_at = null,
			    snapshot = coalesce(snapshot, cast(:snapshot as jsonb))
			where id = :id
			""";

	private static final String WITHDRAW = """
			update portal_item set status = 'WITHDRAWN', withdrawn_at = :at where id = :id and status = 'PUBLISHED'
			""";

	private static final String SELECT_PUBLISHED = "select " + COLUMNS + """
			from portal_item where status = 'PUBLISHED'
			order by article_date desc, published_at desc, id desc limit :limit
			""";

	private static final String SELECT_LATEST_REPORT = "select " + COLUMNS + """
			from portal_item where status = 'PUBLISHED' and kind = 'REPORT'
			order by period desc, published_at desc limit 1
			""";

	private static final String SELECT_REPORT_OF = "select " + COLUMNS + """
			from portal_item where status = 'PUBLISHED' and kind = 'REPORT' and org_unit_code = :orgUnit and period = :period
			order by published_at desc limit 1
			""";

	private static final String SELECT_PUBLISHED_IMAGE = """
			select image, image_type from portal_item where slug = :slug and status = 'PUBLISHED' and image is not null
			""";

	private static final String SELECT_PUBLISHED_FILE = """
			select f.file_name, f.media_type, f.content from portal_file f join portal_item i on i.id = f.item_id
			where i.slug = :slug and i.status = 'PUBLISHED' and f.format = :format
			""";

	private static final String SELECT_FILES = """
			select format, file_name, length(content) from portal_file where item_id = :id order by format
			""";

	private static final String INSERT_FILE = """
			insert into portal_file (item_id, format, file_name, media_type, content)
			values (:id, :format, :fileName, :mediaType, :content)
			on conflict (item_id, format) do nothing
			""";

	private final JdbcClient jdbc;

	PortalItems(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String slug, ItemKind kind, ArticleDraft draft, String body, ImageUpload image, String imageType,
			long userId, Instant now) {
		return this.jdbc.sql(INSERT)
			.param("slug", slug)
			.param("kind", kind.name())
			.param("title", draft.title())
			.param("date", draft.date())
			.param("summary", draft.summary() == null ? "" : draft.summary())
			.param("body", body)
			.param("image", image == null || image.empty() ? null : image.content())
			.param("imageType", imageType)
			.param("orgUnit", draft.report() ? draft.orgUnit() : null)
			.param("period", draft.report() ? draft.period() : null)
			.param("user", userId)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
	}

	void update(long id, ArticleDraft draft, String body) {
		this.jdbc.sql(UPDATE)
			.param("id", id)
			.param("title", draft.title())
			.param("date", draft.date())
			.param("summary", draft.summary() == null ? "" : draft.summary())
			.param("body", body)
			.param("orgUnit", draft.report() ? draft.orgUnit() : null)
			.param("period", draft.report() ? draft.period() : null)
			.update();
	}

	void updateImage(long id, ImageUpload image, String imageType) {
		this.jdbc.sql(UPDATE_IMAGE).param("id", id).param("image", image.content()).param("imageType", imageType).update();
	}

	/** Publishes; the first publication's time and snapshot stay when an item is republished. */
	void publish(long id, Instant at, String snapshot) {
		this.jdbc.sql(PUBLISH).param("id", id).param("at", Timestamp.from(at)).param("snapshot", snapshot).update();
	}

	boolean withdraw(long id, Instant at) {
		return this.jdbc.sql(WITHDRAW).param("id", id).param("at", Timestamp.from(at)).update() == 1;
	}

	void saveFile(long id, String format, String fileName, String mediaType, byte[] content) {
		this.jdbc.sql(INSERT_FILE)
			.param("id", id)
			.param("format", format)
			.param("fileName", fileName)
			.param("mediaType", mediaType)
			.param("content", content)
			.update();
	}

	Optional<PortalItem> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from portal_item where id = ?").param(id).query(PortalItems::item).optional();
	}

	boolean slugTaken(String slug) {
		return this.jdbc.sql("select count(*) from portal_item where slug = ?").param(slug).query(Long.class).single() > 0;
	}

	List<PortalItem> findAll() {
		return this.jdbc.sql("select " + COLUMNS + " from portal_item order by created_at desc, id desc")
			.query(PortalItems::item)
			.list();
	}

	Optional<PortalItem> findPublished(String slug) {
		return this.jdbc.sql("select " + COLUMNS + " from portal_item where slug = ? and status = 'PUBLISHED'")
			.param(slug)
			.query(PortalItems::item)
			.optional();
	}

	List<PortalItem> findPublished(int limit) {
		return this.jdbc.sql(SELECT_PUBLISHED).param("limit", limit).query(PortalItems::item).list();
	}

	Optional<PortalItem> findLatestPublishedReport() {
		return this.jdbc.sql(SELECT_LATEST_REPORT).query(PortalItems::item).optional();
	}

	Optional<PortalItem> findPublishedReport(String orgUnit, String period) {
		return this.jdbc.sql(SELECT_REPORT_OF)
			.param("orgUnit", orgUnit)
			.param("period", period)
			.query(PortalItems::item)
			.optional();
	}

	Optional<Stored> findPublishedImage(String slug) {
		return this.jdbc.sql(SELECT_PUBLISHED_IMAGE)
			.param("slug", slug)
			.query((rs, row) -> new Stored("image", rs.getString(2), rs.getBytes(1)))
			.optional();
	}

	Optional<Stored> findPublishedFile(String slug, String format) {
		return this.jdbc.sql(SELECT_PUBLISHED_FILE)
			.param("slug", slug)
			.param("format", format)
			.query((rs, row) -> new Stored(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	List<FileInfo> files(long id) {
		return this.jdbc.sql(SELECT_FILES)
			.param("id", id)
			.query((rs, row) -> new FileInfo(rs.getString(1), rs.getString(2), rs.getLong(3)))
			.list();
	}

	private static PortalItem item(ResultSet rs, int row) throws SQLException {
		return new PortalItem(rs.getLong(1), rs.getString(2), ItemKind.valueOf(rs.getString(3)),
				ItemStatus.valueOf(rs.getString(4)), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7),
				rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
				instant(rs.getTimestamp(13)), instant(rs.getTimestamp(14)), instant(rs.getTimestamp(15)),
				rs.getObject(16, Long.class));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** An image or file with its name and media type. */
	record Stored(String fileName, String mediaType, byte[] content) {
	}

	/** A stored file's format, name and size in bytes. */
	record FileInfo(String format, String fileName, long size) {
	}

}
