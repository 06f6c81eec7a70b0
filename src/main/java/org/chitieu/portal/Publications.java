package org.chitieu.portal;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.chitieu.orgunit.OrgUnit;
import org.chitieu.period.Period;
import org.chitieu.period.Periods;
import org.chitieu.progress.query.ProgressReport;
import org.chitieu.progress.query.ProgressService;
import org.chitieu.report.ReportFile;
import org.chitieu.report.IssuedReports;
import org.chitieu.security.AccessPolicy;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Role;
import org.chitieu.web.InputError;
import org.chitieu.web.InvalidInputException;
import org.chitieu.web.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office writes, publishes and withdraws portal items. A report's figures are taken from the
 * counted data when it is first published and stored as JSON with its Word and PDF files, so later
 * corrections of the data do not change what the public was shown.
 */
@Service
public class Publications {

	static final int MAX_IMAGE_BYTES = 2 * 1024 * 1024;

	private static final int MAX_TITLE = 300;

	private static final int MAX_SUMMARY = 1000;

	private static final List<String> FILE_FORMATS = List.of("docx", "pdf");

	private final PortalItems items;

	private final ProgressService progress;

	private final IssuedReports issuedReports;

	private final PublicCache cache;

	private final JsonMapper json;

	private final AccessPolicy access;

	private final Clock clock;

	Publications(PortalItems items, ProgressService progress, IssuedReports issuedReports, PublicCache cache,
			JsonMapper json, AccessPolicy access, Clock clock) {
		this.access = access;
		this.items = items;
		this.progress = progress;
		this.issuedReports = issuedReports;
		this.cache = cache;
		this.json = json;
		this.clock = clock;
	}

	/** Saves a draft; its slug is made from the title now and never changes. */
	@Transactional
	public long create(ChiTieuUser user, ArticleDraft draft, ImageUpload image) {
		checkPublisher(user);
		String imageType = check(draft, image);
		checkScope(user, draft);
		String slug = Slugs.unique(draft.title(), this.items::slugTaken);
		return this.items.insert(slug, draft.report() ? ItemKind.REPORT : ItemKind.ARTICLE, draft,
				ArticleBodies.sanitise(draft.bodyHtml()), image, imageType, user.id(), this.clock.instant());
	}

	/** Edits a draft or a withdrawn item; a published one is withdrawn first, so nothing changes under a reader. */
	@Transactional
	public void update(ChiTieuUser user, long id, ArticleDraft draft, ImageUpload image) {
		PortalItem item = find(user, id);
		if (item.published()) {
			throw new InvalidInputException("portal.invalid", InputError.of("status", "portal.error.editPublished"));
		}
		if ((item.kind() == ItemKind.REPORT) != draft.report()) {
			throw new InvalidInputException("portal.invalid", InputError.of("kind", "portal.error.kindChanged"));
		}
		String imageType = check(draft, image);
		checkScope(user, draft);
		this.items.update(id, draft, ArticleBodies.sanitise(draft.bodyHtml()));
		if (imageType != null) {
			this.items.updateImage(id, image, imageType);
		}
	}

	@Transactional
	public void publish(ChiTieuUser user, long id) {
		publish(user, id, this.clock.instant());
	}

	/** Publishes at a given moment (the demo's article went out on 24/5/2024). */
	@Transactional
	public void publish(ChiTieuUser user, long id, Instant at) {
		PortalItem item = find(user, id);
		String snapshot = null;
		if (item.kind() == ItemKind.REPORT && item.snapshot() == null) {
			OrgUnit unit = this.progress.orgUnit(item.orgUnit());
			YearMonth period = Periods.parseMonth(item.period());
			// the issued report and its figures, as issued, once the office has issued it
			snapshot = this.issuedReports.figures(unit, Period.month(period))
				.orElseGet(() -> this.json.writeValueAsString(this.progress.report(unit, period)));
			for (String format : FILE_FORMATS) {
				ReportFile file = this.issuedReports.current(unit, period, format);
				this.items.saveFile(id, format, file.fileName(), file.mediaType().toString(), file.content());
			}
		}
		this.items.publish(id, at, snapshot);
		this.cache.clear();
	}

	@Transactional
	public void withdraw(ChiTieuUser user, long id) {
		find(user, id);
		this.items.withdraw(id, this.clock.instant());
		this.cache.clear();
	}

	public String slug(long id) {
		return find(id).slug();
	}

	/** The items the user's office may publish. */
	List<PortalItem> all(ChiTieuUser user) {
		checkPublisher(user);
		Predicate<Long> publishable = this.access.publishable(user);
		return this.items.findAll().stream().filter(item -> publishable.test(item.scopeUnitId())).toList();
	}

	/** The item, if the user's office may publish it: 404 when there is none, 403 when it is another unit's. */
	PortalItem find(ChiTieuUser user, long id) {
		checkPublisher(user);
		PortalItem item = find(id);
		this.access.checkPublish(user, item.scopeUnitId());
		return item;
	}

	/** A report may be written only for a unit within the office's own. */
	private void checkScope(ChiTieuUser user, ArticleDraft draft) {
		if (draft.report()) {
			this.access.checkPublish(user, this.progress.orgUnit(draft.orgUnit()).id());
		}
	}

	PortalItem find(long id) {
		return this.items.find(id).orElseThrow(() -> new NotFoundException("portal.notFound", id));
	}

	ProgressReport snapshot(PortalItem item) {
		return item.snapshot() == null ? null : this.json.readValue(item.snapshot(), ProgressReport.class);
	}

	static void checkPublisher(ChiTieuUser user) {
		if (user == null || !(user.is(Role.OFFICE) || user.is(Role.ADMIN))) {
			throw new AccessDeniedException("only the office publishes to the portal");
		}
	}

	/** Checks the draft and returns the image's type, or null when there is no image. */
	private String check(ArticleDraft draft, ImageUpload image) {
		List<InputError> errors = new ArrayList<>();
		if (draft.title() == null || draft.title().isBlank()) {
			errors.add(InputError.of("title", "portal.error.titleRequired"));
		}
		else if (draft.title().length() > MAX_TITLE) {
			errors.add(InputError.of("title", "portal.error.titleTooLong", MAX_TITLE));
		}
		if (draft.date() == null) {
			errors.add(InputError.of("date", "portal.error.dateRequired"));
		}
		if (draft.summary() != null && draft.summary().length() > MAX_SUMMARY) {
			errors.add(InputError.of("summary", "portal.error.summaryTooLong", MAX_SUMMARY));
		}
		if (draft.report()) {
			if (this.progressUnit(draft.orgUnit()).isEmpty()) {
				errors.add(InputError.of("orgUnit", "portal.error.orgUnit", draft.orgUnit()));
			}
			try {
				Periods.parseMonth(draft.period());
			}
			catch (RuntimeException ex) {
				errors.add(InputError.of("period", "portal.error.period", String.valueOf(draft.period())));
			}
		}
		String imageType = null;
		if (image != null && !image.empty()) {
			if (image.content().length > MAX_IMAGE_BYTES) {
				errors.add(InputError.of("image", "portal.error.imageTooLarge", MAX_IMAGE_BYTES / 1024 / 1024));
			}
			imageType = imageType(image.content());
			if (imageType == null) {
				errors.add(InputError.of("image", "portal.error.imageType"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException("portal.invalid", errors);
		}
		return imageType;
	}

	private Optional<OrgUnit> progressUnit(String code) {
		try {
			return Optional.of(this.progress.orgUnit(code));
		}
		catch (NotFoundException ex) {
			return Optional.empty();
		}
	}

	/** JPEG, PNG or WebP by their signatures; anything else (SVG with its scripts included) is refused. */
	static String imageType(byte[] bytes) {
		if (starts(bytes, 0, 0xFF, 0xD8, 0xFF)) {
			return "image/jpeg";
		}
		if (starts(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
			return "image/png";
		}
		if (starts(bytes, 0, 'R', 'I', 'F', 'F') && starts(bytes, 8, 'W', 'E', 'B', 'P')) {
			return "image/webp";
		}
		return null;
	}

	private static boolean starts(byte[] bytes, int offset, int... signature) {
		if (bytes.length < offset + signature.length) {
			return false;
		}
		for (int i = 0; i < signature.length; i++) {
			if ((bytes[offset + i] & 0xFF) != signature[i]) {
				return false;
			}
		}
		return true;
	}

}
