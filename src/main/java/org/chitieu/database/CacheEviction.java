package org.chitieu.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Empties every node's caches when their data changes. The database announces each committed change
 * on the {@code chitieu_cache} channel (triggers on the tables), so a change made on any node, or by
 * hand, reaches all of them within the poll interval. A cache {@link #register registers} what
 * empties it; the listener keeps a connection of its own and, after losing it, reconnects and
 * empties everything, since notices may have been missed meanwhile. A writer on this node also says
 * {@link #changed} after writing, so this node's caches are emptied the moment its transaction ends,
 * not a poll later: a read right after a write on the same node never sees the old data.
 */
@Component
public class CacheEviction implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(CacheEviction.class);

	private static final String CHANNEL = "chitieu_cache";

	private static final int POLL_MILLIS = 250;

	private static final Duration RECONNECT = Duration.ofSeconds(1);

	private final Map<CacheTopic, List<Runnable>> evictions = new ConcurrentHashMap<>();

	private final HikariDataSource dataSource;

	private volatile Thread listener;

	CacheEviction(HikariDataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Runs {@code evict} on this node whenever data of the topic changed on any node. */
	public void register(CacheTopic topic, Runnable evict) {
		this.evictions.computeIfAbsent(topic, key -> new CopyOnWriteArrayList<>()).add(evict);
	}

	/** A cache of the topic's data, loaded by {@code load} on first use and emptied on every change to the topic. */
	public <T> TopicCache<T> cache(CacheTopic topic, Supplier<T> load) {
		return cache(Set.of(topic), load);
	}

	/** A cache of what is derived from the topics' data, emptied on every change to any of them. */
	public <T> TopicCache<T> cache(Set<CacheTopic> topics, Supplier<T> load) {
		TopicCache<T> cache = new TopicCache<>(topics, load, this);
		topics.forEach(topic -> register(topic, cache::evict));
		return cache;
	}

	/**
	 * This thread has just written data of the topic: outside a transaction its caches on this node are
	 * emptied at once; inside one, when it ends (committed or rolled back), and until then the
	 * transaction's own reads do not use them, since they see what no other reader may see yet. Other
	 * nodes hear of it from the database.
	 */
	public void changed(CacheTopic topic) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			run(topic);
			return;
		}
		Written written = writtenHere();
		if (written == null) {
			Written fresh = new Written();
			TransactionSynchronizationManager.bindResource(this, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(CacheEviction.this);
					fresh.topics().forEach(CacheEviction.this::run);
				}
			});
			written = fresh;
		}
		written.wrote(topic);
	}

	/** What this thread's transaction wrote, or {@code null}. */
	Written writtenHere() {
		return (TransactionSynchronizationManager.getResource(this) instanceof Written written) ? written : null;
	}

	/**
	 * The topics a transaction wrote, and the snapshots its own reads took of them: each kept until the
	 * transaction writes the topic again.
	 */
	static final class Written {

		private final Map<CacheTopic, Integer> writes = new EnumMap<>(CacheTopic.class);

		private final Map<TopicCache<?>, Snapshot> snapshots = new HashMap<>();

		void wrote(CacheTopic topic) {
			this.writes.merge(topic, 1, Integer::sum);
		}

		boolean wrote(TopicCache<?> cache) {
			return cache.topics().stream().anyMatch(this.writes::containsKey);
		}

		Set<CacheTopic> topics() {
			return this.writes.keySet();
		}

		@SuppressWarnings("unchecked")
		<T> T snapshot(TopicCache<T> cache, Supplier<T> load) {
			int writes = cache.topics().stream().mapToInt(topic -> this.writes.getOrDefault(topic, 0)).sum();
			Snapshot kept = this.snapshots.get(cache);
			if (kept != null && kept.writes() == writes) {
				return (T) kept.value();
			}
			T value = load.get();
			this.snapshots.put(cache, new Snapshot(writes, value));
			return value;
		}

		private record Snapshot(int writes, Object value) {
		}

	}

	@Override
	public void start() {
		Thread thread = new Thread(this::listen, "cache-eviction");
		thread.setDaemon(true);
		this.listener = thread;
		thread.start();
	}

	@Override
	public void stop() {
		Thread thread = this.listener;
		this.listener = null;
		if (thread != null) {
			thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.listener != null;
	}

	private void listen() {
		while (this.listener == Thread.currentThread()) {
			try (Connection connection = connect(); Statement statement = connection.createStatement()) {
				statement.execute("listen " + CHANNEL);
				// notices sent while this node was not listening are lost: start afresh
				evictAll();
				PGConnection notices = connection.unwrap(PGConnection.class);
				while (this.listener == Thread.currentThread()) {
					PGNotification[] received = notices.getNotifications(POLL_MILLIS);
					if (received != null) {
						for (PGNotification notice : received) {
							evict(notice.getParameter());
						}
					}
				}
			}
			catch (SQLException ex) {
				if (this.listener == Thread.currentThread()) {
					logger.warn("Lost the connection that hears cache changes; reconnecting in {}", RECONNECT, ex);
					sleep();
				}
			}
		}
	}

	private Connection connect() throws SQLException {
		Properties properties = new Properties();
		if (this.dataSource.getUsername() != null) {
			properties.setProperty("user", this.dataSource.getUsername());
		}
		if (this.dataSource.getPassword() != null) {
			properties.setProperty("password", this.dataSource.getPassword());
		}
		Connection connection = DriverManager.getConnection(this.dataSource.getJdbcUrl(), properties);
		connection.setAutoCommit(true);
		return connection;
	}

	private void evict(String payload) {
		for (CacheTopic topic : CacheTopic.values()) {
			if (topic.payload().equals(payload)) {
				run(topic);
			}
		}
	}

	private void evictAll() {
		for (CacheTopic topic : CacheTopic.values()) {
			run(topic);
		}
	}

	private void run(CacheTopic topic) {
		for (Runnable evict : this.evictions.getOrDefault(topic, List.of())) {
			try {
				evict.run();
			}
			catch (RuntimeException ex) {
				logger.error("Emptying a {} cache failed", topic, ex);
			}
		}
	}

	private void sleep() {
		try {
			Thread.sleep(RECONNECT.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
