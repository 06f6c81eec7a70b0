package org.chitieu.portal;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code chitieu.portal.comments-per-window} comments per client in
 * {@code chitieu.portal.comment-window} (5 in 10 minutes), one token bucket per client key on this
 * node. Buckets are few and small; past {@link #MAX_CLIENTS} the map is emptied rather than grown.
 */
@Component
class CommentRateLimiter {

	private static final int MAX_CLIENTS = 100_000;

	private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

	private final int capacity;

	private final Duration window;

	CommentRateLimiter(@Value("${chitieu.portal.comments-per-window:5}") int capacity,
			@Value("${chitieu.portal.comment-window:10m}") Duration window) {
		this.capacity = capacity;
		this.window = window;
	}

	boolean tryAcquire(String clientKey) {
		if (this.buckets.size() > MAX_CLIENTS) {
			this.buckets.clear();
		}
		return this.buckets.computeIfAbsent(clientKey, key -> Bucket.builder()
			.addLimit(Bandwidth.builder().capacity(this.capacity).refillGreedy(this.capacity, this.window).build())
			.build()).tryConsume(1);
	}

	int capacity() {
		return this.capacity;
	}

	long windowMinutes() {
		return this.window.toMinutes();
	}

}
