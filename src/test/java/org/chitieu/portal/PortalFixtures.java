package org.chitieu.portal;

import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.chitieu.security.ChiTieuUser;
import org.chitieu.security.Users;

/** Items of a test's own, so that its counts are exact whatever other tests published. */
final class PortalFixtures {

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	private static final int RUN = new Random().nextInt(0xffff);

	private PortalFixtures() {
	}

	static ChiTieuUser office(Users users) {
		return users.findByUsername("vanphong").orElseThrow();
	}

	/** A draft article with a unique title; its id is returned. */
	static long draft(Publications publications, Users users, String title) {
		return publications.create(office(users), ArticleDraft.article(title + " " + UUID.randomUUID(),
				LocalDate.of(2024, 6, 1), "Tóm tắt " + title, "<p>Nội dung " + title + "</p>"), null);
	}

	/** A published article with a unique title; its slug is returned. */
	static String published(Publications publications, Users users, String title) {
		long id = draft(publications, users, title);
		publications.publish(office(users), id);
		return publications.slug(id);
	}

	/** A client address of its own (IPv6 documentation range), so other tests' rate limits and duplicates never meet it. */
	static String client() {
		return "2001:db8::" + Integer.toHexString(CLIENTS.incrementAndGet()) + ":" + Integer.toHexString(RUN);
	}

}
