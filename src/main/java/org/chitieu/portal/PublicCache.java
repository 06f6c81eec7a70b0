package org.chitieu.portal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.chitieu.database.CacheEviction;
import org.chitieu.database.CacheTopic;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the public pages show, kept in memory between changes: published items by slug and the home
 * page's lists. Emptied whenever something is published, withdrawn or moderated: at once on the node
 * that made the change, and on every node (this one again) when the database announces the committed
 * change through {@link CacheEviction}. Only hits are kept, so unknown slugs cannot grow it.
 */
@Component
class PublicCache {

	PublicCache(CacheEviction eviction) {
		eviction.register(CacheTopic.PORTAL, this::invalidate);
	}

	/** Rendered pages are kept per address; past this many the cache stops growing until the next change. */
	private static final int MAX_ENTRIES = 10_000;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	/** Bumped by every change: an entry loaded before a change is never served after it. */
	private final AtomicLong generation = new AtomicLong();

	@SuppressWarnings("unchecked")
	<T> Optional<T> get(String key, Supplier<Optional<T>> load) {
		long current = this.generation.get();
		Entry cached = this.entries.get(key);
		if (cached != null && cached.generation() == current) {
			return Optional.of((T) cached.value());
		}
		Optional<T> loaded = load.get();
		loaded.ifPresent(value -> put(key, current, value));
		return loaded;
	}

	/** The value kept under the key, if it was loaded since the last change. */
	@SuppressWarnings("unchecked")
	<T> Optional<T> peek(String key) {
		Entry cached = this.entries.get(key);
		return cached != null && cached.generation() == this.generation.get() ? Optional.of((T) cached.value())
				: Optional.empty();
	}

	/** The current generation: read it before loading, and {@link #put} with it. */
	long generation() {
		return this.generation.get();
	}

	/** Keeps a value loaded in {@code generation}; one loaded before a change is never served. */
	void put(String key, long generation, Object value) {
		if (this.entries.size() < MAX_ENTRIES) {
			this.entries.put(key, new Entry(generation, value));
		}
	}

	/** Now, and again when the current transaction commits, so a reader cannot cache the old state in between. */
	void clear() {
		invalidate();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					invalidate();
				}
			});
		}
	}

	private void invalidate() {
		this.generation.incrementAndGet();
		this.entries.clear();
	}

	private record Entry(long generation, Object value) {
	}

}
