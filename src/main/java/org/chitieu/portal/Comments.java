package org.chitieu.portal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.chitieu.security.AccessPolicy;
import org.chitieu.security.ChiTieuUser;
import org.chitieu.web.NotFoundException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Citizens' comments. A comment is refused, with the reason, when its text is empty or longer than
 * {@value #MAX_LENGTH} characters, when the honeypot is filled, when its client sent too many, or
 * when the same client sent the same text within the duplicate window. Accepted comments wait for
 * the office unless moderation is off.
 */
@Service
public class Comments {

	static final int MAX_LENGTH = 500;

	static final int MAX_NAME = 100;

	static final int MAX_REPLY = 2000;

	/** Comments the office's queue shows at once, newest first. */
	private static final int QUEUE_LENGTH = 200;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final int MAX_EMAIL = 254;

	private final CommentStore store;

	private final PortalItems items;

	private final CommentRateLimiter limiter;

	private final PublicCache cache;

	private final Clock clock;

	private final Duration duplicateWindow;

	/** Hashes client addresses so that they are compared, never stored. */
	private final byte[] salt;

	private final AccessPolicy access;

	Comments(CommentStore store, PortalItems items, CommentRateLimiter limiter, PublicCache cache, AccessPolicy access,
			Clock clock, @Value("${chitieu.portal.duplicate-window:10m}") Duration duplicateWindow) {
		this.access = access;
		this.store = store;
		this.items = items;
		this.limiter = limiter;
		this.cache = cache;
		this.clock = clock;
		this.duplicateWindow = duplicateWindow;
		this.salt = new byte[16];
		new SecureRandom().nextBytes(this.salt);
	}

	/**
	 * Takes a comment on a published item from a client at {@code clientAddress}.
	 * @return the comment's number and status: PENDING while moderation is on, else APPROVED
	 * @throws CommentRefusedException with the reason
	 */
	@Transactional
	public CommentReceipt submit(String slug, CommentSubmission submission, String clientAddress) {
		return submit(slug, submission, clientAddress, this.clock.instant());
	}

	/** Takes a comment that came in at {@code at} (the demo's came in May 2024). */
	@Transactional
	public CommentReceipt submit(String slug, CommentSubmission submission, String clientAddress, Instant at) {
		PortalItem item = this.items.findPublished(slug).orElseThrow(() -> new NotFoundException("portal.notFound", slug));
		String text = CommentText.normalise(submission.text());
		String name = CommentText.normalise(submission.name());
		String email = CommentText.normalise(submission.email());
		if (text.isEmpty()) {
			throw new CommentRefusedException(HttpStatus.BAD_REQUEST, "portal.comment.refused.empty");
		}
		int length = CommentText.length(text);
		if (length > MAX_LENGTH) {
			throw new CommentRefusedException(HttpStatus.BAD_REQUEST, "portal.comment.refused.tooLong", length, MAX_LENGTH);
		}
		if (CommentText.length(name) > MAX_NAME) {
			throw new CommentRefusedException(HttpStatus.BAD_REQUEST, "portal.comment.refused.nameTooLong", MAX_NAME);
		}
		if (!email.isEmpty() && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
			throw new CommentRefusedException(HttpStatus.BAD_REQUEST, "portal.comment.refused.email");
		}
		if (submission.website() != null && !submission.website().isBlank()) {
			throw new CommentRefusedException(HttpStatus.BAD_REQUEST, "portal.comment.refused.honeypot");
		}
		String client = clientKey(clientAddress);
		if (!this.limiter.tryAcquire(client)) {
			throw new CommentRefusedException(HttpStatus.TOO_MANY_REQUESTS, "portal.comment.refused.rateLimited",
					this.limiter.capacity(), this.limiter.windowMinutes());
		}
		if (this.store.duplicate(client, text, at.minus(this.duplicateWindow))) {
			throw new CommentRefusedException(HttpStatus.CONFLICT, "portal.comment.refused.duplicate",
					this.duplicateWindow.toMinutes());
		}
		CommentStatus status = this.store.moderationOn() ? CommentStatus.PENDING : CommentStatus.APPROVED;
		long id = this.store.insert(item.id(), name.isEmpty() ? null : name, email.isEmpty() ? null : email, text, status,
				client, at);
		if (status == CommentStatus.APPROVED) {
			this.cache.clear();
		}
		return new CommentReceipt(id, status);
	}

	/** Approves, rejects or marks a comment as spam. */
	@Transactional
	public void moderate(ChiTieuUser user, long commentId, CommentStatus status) {
		find(user, commentId);
		this.store.moderate(commentId, status, user.id(), this.clock.instant());
		this.cache.clear();
	}

	/** The committee's answer, shown under the comment; answering a comment publishes it. */
	@Transactional
	public void reply(ChiTieuUser user, long commentId, String reply) {
		Comment comment = find(user, commentId);
		String text = CommentText.normalise(reply);
		if (text.isEmpty() || CommentText.length(text) > MAX_REPLY) {
			throw new CommentRefusedException(HttpStatus.BAD_REQUEST, "portal.reply.invalid", MAX_REPLY);
		}
		Instant now = this.clock.instant();
		this.store.reply(commentId, text, user.id(), now);
		if (comment.status() != CommentStatus.APPROVED) {
			this.store.moderate(commentId, CommentStatus.APPROVED, user.id(), now);
		}
		this.cache.clear();
	}

	public boolean moderationOn() {
		return this.store.moderationOn();
	}

	@Transactional
	public void setModeration(ChiTieuUser user, boolean on) {
		Publications.checkPublisher(user);
		this.store.setModeration(on);
	}

	/** The newest comments with a status on the items the user's office may publish. */
	List<Comment> byStatus(ChiTieuUser user, CommentStatus status) {
		Publications.checkPublisher(user);
		Predicate<Long> publishable = this.access.publishable(user);
		return this.store.findByStatus(status)
			.stream()
			.filter(comment -> publishable.test(comment.scopeUnitId()))
			.limit(QUEUE_LENGTH)
			.toList();
	}

	List<PublicComment> visible(String slug) {
		return this.store.visible(slug);
	}

	/** The comment, if it is on an item the user's office may publish (else 403). */
	Comment find(ChiTieuUser user, long id) {
		Publications.checkPublisher(user);
		Comment comment = this.store.find(id).orElseThrow(() -> new NotFoundException("portal.comment.notFound", id));
		this.access.checkPublish(user, comment.scopeUnitId());
		return comment;
	}

	private String clientKey(String address) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(this.salt);
			return HexFormat.of().formatHex(digest.digest(String.valueOf(address).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

}
