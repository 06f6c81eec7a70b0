package org.chitieu.database;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * One immutable snapshot of a topic's data (the tree, the catalogue, the plans), or of what is derived
 * from several topics' data, loaded on first use
 * and kept until {@link CacheEviction} empties it. A snapshot loaded while a change was being made
 * is never kept past that change; a transaction that wrote the topic reads snapshots of its own
 * (see {@link CacheEviction#changed}).
 */
public final class TopicCache<T> {

	private final Set<CacheTopic> topics;

	private final Supplier<T> load;

	private final CacheEviction eviction;

	/** Bumped by every eviction: a snapshot loaded before it is never served after it. */
	private final AtomicLong generation = new AtomicLong();

	private final AtomicReference<Held<T>> held = new AtomicReference<>();

	TopicCache(Set<CacheTopic> topics, Supplier<T> load, CacheEviction eviction) {
		this.topics = Set.copyOf(topics);
		this.load = load;
		this.eviction = eviction;
	}

	/** The kept snapshot, or a fresh one; in a transaction that wrote the topic, one of its own. */
	public T get() {
		CacheEviction.Written written = this.eviction.writtenHere();
		if (written != null && written.wrote(this)) {
			return written.snapshot(this, this.load);
		}
		long current = this.generation.get();
		Held<T> kept = this.held.get();
		if (kept != null && kept.generation() == current) {
			return kept.value();
		}
		T value = this.load.get();
		this.held.set(new Held<>(current, value));
		return value;
	}

	Set<CacheTopic> topics() {
		return this.topics;
	}

	void evict() {
		this.generation.incrementAndGet();
		this.held.set(null);
	}

	private record Held<T>(long generation, T value) {
	}

}
