package app.auraworkflows.twofactor;

import app.auraworkflows.kernel.TransactionRunner;
import app.auraworkflows.kernel.DirectoryUser;
import app.auraworkflows.kernel.UserDirectory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/** In-memory implementations of the 2FA ports for unit tests (thread-safe, same contracts as store/). */
public final class Fakes {
    private Fakes() {
    }

    /**
     * The fakes' stand-in for a database row lock: {@link Enrolments#lockCodeChecks} takes the user's lock, and it is
     * held until the outermost {@link DirectTransactions#inTransaction} of the thread ends, as a row lock is held
     * until commit. Without it, tests of code checks that queue on the user's row would race where the real store
     * does not (and pass or fail by luck).
     */
    static final class RowLocks {
        private static final Map<String, java.util.concurrent.locks.ReentrantLock> LOCKS =
                new java.util.concurrent.ConcurrentHashMap<>();
        private static final ThreadLocal<List<java.util.concurrent.locks.ReentrantLock>> HELD =
                ThreadLocal.withInitial(ArrayList::new);
        private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

        private RowLocks() {
        }

        static void lock(Object owner, String userKey) {
            if (DEPTH.get()[0] == 0) {
                return; // outside a transaction a row lock is released at once
            }
            java.util.concurrent.locks.ReentrantLock lock = LOCKS.computeIfAbsent(
                    System.identityHashCode(owner) + ":" + userKey, k -> new java.util.concurrent.locks.ReentrantLock());
            lock.lock();
            HELD.get().add(lock);
        }

        static <T> T inTransaction(Supplier<T> work) {
            int[] depth = DEPTH.get();
            depth[0]++;
            try {
                return work.get();
            } finally {
                if (--depth[0] == 0) {
                    List<java.util.concurrent.locks.ReentrantLock> held = HELD.get();
                    held.forEach(java.util.concurrent.locks.ReentrantLock::unlock);
                    held.clear();
                }
            }
        }
    }

    public static final class Enrolments implements EnrolmentRepository {
        private final Map<String, Enrolment> rows = new HashMap<>();

        private record Held(String userKey) implements CheckLock {
        }

        @Override
        public CheckLock lockCodeChecks(String userKey) {
            RowLocks.lock(this, userKey);
            return new Held(userKey);
        }

        @Override
        public synchronized Optional<Enrolment> readLocked(CheckLock held) {
            // The fake's lock is by user key, not by row: whatever row the user has now is the one it holds.
            return Optional.ofNullable(rows.get(((Held) held).userKey()));
        }

        @Override
        public synchronized Optional<Enrolment> find(String userKey) {
            return Optional.ofNullable(rows.get(userKey));
        }

        @Override
        public synchronized Optional<Enrolment> findByUsername(String username) {
            return rows.values().stream().filter(e -> e.username().equalsIgnoreCase(username)).findFirst();
        }

        @Override
        public synchronized boolean insertPending(Enrolment enrolment) {
            return rows.putIfAbsent(enrolment.userKey(), enrolment) == null;
        }

        @Override
        public synchronized boolean activate(String userKey, Instant at, ClientInfo client, Long step) {
            Enrolment e = rows.get(userKey);
            if (e == null || e.status() != EnrolmentStatus.PENDING) {
                return false;
            }
            rows.put(userKey, new Enrolment(e.userKey(), e.username(), e.fullName(), EnrolmentStatus.ACTIVE,
                    e.encryptedSecret(), e.keyVersion(), e.addedBy(), e.addedAt(), at, e.lastUsedAt(), client, step));
            return true;
        }

        @Override
        public synchronized boolean replacePending(Instant addedAt, Enrolment fresh) {
            Enrolment e = rows.get(fresh.userKey());
            if (e == null || e.status() != EnrolmentStatus.PENDING || !e.addedAt().equals(addedAt)) {
                return false;
            }
            rows.put(fresh.userKey(), fresh);
            return true;
        }

        @Override
        public synchronized void recordUse(CheckLock held, Instant at) {
            String userKey = ((Held) held).userKey();
            Enrolment e = rows.get(userKey);
            if (e != null) {
                rows.put(userKey, new Enrolment(e.userKey(), e.username(), e.fullName(), e.status(),
                        e.encryptedSecret(), e.keyVersion(), e.addedBy(), e.addedAt(), e.activatedAt(), at,
                        e.activatedFrom(), e.activatedStep()));
            }
        }

        @Override
        public synchronized boolean delete(String userKey) {
            return rows.remove(userKey) != null;
        }

        @Override
        public synchronized List<Enrolment> list(EnrolmentStatus status, String query, ListCursor from, boolean backwards,
                                                 int limit) {
            List<Enrolment> all = matching(status, query);
            if (from == null) {
                return all.stream().limit(limit).toList();
            }
            Comparator<ListCursor> order = Comparator.comparing(ListCursor::sortKey).thenComparing(ListCursor::usernameKey);
            if (!backwards) {
                return all.stream().filter(e -> order.compare(EnrolmentOrder.cursorOf(e), from) > 0).limit(limit).toList();
            }
            List<Enrolment> before = all.stream().filter(e -> order.compare(EnrolmentOrder.cursorOf(e), from) < 0).toList();
            return before.subList(Math.max(0, before.size() - limit), before.size());
        }

        @Override
        public synchronized int count(EnrolmentStatus status) {
            return matching(status, null).size();
        }

        @Override
        public synchronized int countMatching(EnrolmentStatus status, String query, int cap) {
            return Math.min(cap + 1, matching(status, query).size());
        }

        /** Test hook: overwrite a stored row (e.g. to tamper with the ciphertext). */
        public synchronized void put(Enrolment enrolment) {
            rows.put(enrolment.userKey(), enrolment);
        }

        private List<Enrolment> matching(EnrolmentStatus status, String query) {
            String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
            return rows.values().stream()
                    .filter(e -> e.status() == status)
                    .filter(e -> q.isEmpty() || EnrolmentOrder.usernameKey(e.username()).startsWith(q)
                            || EnrolmentOrder.sortKey(e.username(), e.fullName()).startsWith(q)
                            || (EnrolmentOrder.lastNameKey(e.fullName()) != null
                                && EnrolmentOrder.lastNameKey(e.fullName()).startsWith(q)))
                    .sorted(Comparator.comparing((Enrolment e) -> EnrolmentOrder.cursorOf(e).sortKey())
                            .thenComparing(e -> EnrolmentOrder.cursorOf(e).usernameKey()))
                    .toList();
        }
    }

    /** Settings in a map. */
    public static final class Settings implements SettingsRepository {
        private final Map<String, String> values = new HashMap<>();

        @Override
        public synchronized Optional<String> find(String name) {
            return Optional.ofNullable(values.get(name));
        }

        @Override
        public synchronized void save(String name, String value) {
            values.put(name, value);
        }
    }

    public static final class UsedSteps implements UsedStepRepository {
        private final Map<String, TreeSet<Long>> steps = new HashMap<>();

        @Override
        public synchronized boolean consume(String userKey, long step) {
            TreeSet<Long> used = steps.computeIfAbsent(userKey, k -> new TreeSet<>());
            if (!used.isEmpty() && used.last() >= step) {
                return false;
            }
            used.add(step);
            return true;
        }

        @Override
        public synchronized void deleteAll(String userKey) {
            steps.remove(userKey);
        }
    }

    public static final class Attempts implements AttemptLedger {
        private final Map<String, TreeMap<Integer, Instant>> runs = new HashMap<>();

        @Override
        public synchronized Optional<Attempt> newest(String userKey) {
            TreeMap<Integer, Instant> run = runs.get(userKey);
            return run == null || run.isEmpty() ? Optional.empty()
                    : Optional.of(new Attempt(run.lastKey(), run.lastEntry().getValue()));
        }

        @Override
        public synchronized void claim(String userKey, int number, Instant at) {
            TreeMap<Integer, Instant> run = runs.computeIfAbsent(userKey, k -> new TreeMap<>());
            if (run.putIfAbsent(number, at) != null) {
                throw new IllegalStateException("attempt " + number + " of " + userKey + " is claimed already (UNIQUE)");
            }
        }

        /** Test hook: claims the next number, as a code check does after reading the newest. */
        public synchronized int claimNext(String userKey, Instant at) {
            int next = newest(userKey).map(Attempt::number).orElse(0) + 1;
            claim(userKey, next, at);
            return next;
        }

        @Override
        public synchronized Optional<Instant> claimedAt(String userKey, int n) {
            return Optional.ofNullable(runs.getOrDefault(userKey, new TreeMap<>()).get(n));
        }

        @Override
        public synchronized Map<String, Instant> claimedAt(java.util.Collection<String> userKeys, int n) {
            Map<String, Instant> found = new HashMap<>();
            for (String userKey : userKeys) {
                claimedAt(userKey, n).ifPresent(at -> found.put(userKey, at));
            }
            return found;
        }

        @Override
        public synchronized void clear(String userKey) {
            runs.remove(userKey);
        }

        /** Test hook: drop one attempt row, as a reset racing with a claim can leave a run with gaps. */
        public synchronized void forget(String userKey, int n) {
            runs.getOrDefault(userKey, new TreeMap<>()).remove(n);
        }

        public synchronized int size(String userKey) {
            return runs.getOrDefault(userKey, new TreeMap<>()).size();
        }
    }

    /** The audit log in memory, newest first like the store's. */
    public static final class Audit implements AuditLog {
        private final List<AuditEvent> events = new ArrayList<>();

        @Override
        public synchronized void append(AuditEvent event) {
            events.add(0, new AuditEvent(events.size() + 1, event.at(), event.userKey(), event.username(),
                    event.fullName(), event.outcome(), event.pageId(), event.actorUsername(), event.client()));
        }

        @Override
        public synchronized List<AuditEvent> find(AuditFilter filter, int start, int limit) {
            return matching(filter).stream().skip(start).limit(limit).toList();
        }

        @Override
        public synchronized int count(AuditFilter filter) {
            return matching(filter).size();
        }

        @Override
        public synchronized List<AuditEvent> findAfter(AuditFilter filter, AuditEvent last, int limit) {
            List<AuditEvent> all = matching(filter);
            int from = last == null ? 0 : all.indexOf(last) + 1;
            return all.stream().skip(from).limit(limit).toList();
        }

        @Override
        public synchronized int deleteBefore(java.time.Instant cutoff, int limit) {
            List<AuditEvent> old = events.stream().filter(e -> e.at().isBefore(cutoff))
                    .sorted(java.util.Comparator.comparing(AuditEvent::at).thenComparing(AuditEvent::id))
                    .limit(limit).toList();
            events.removeAll(old);
            return old.size();
        }

        /** Every outcome recorded, oldest first (what a test reads as "what happened"). */
        public synchronized List<AuditOutcome> outcomes() {
            List<AuditOutcome> outcomes = new ArrayList<>();
            for (int i = events.size() - 1; i >= 0; i--) {
                outcomes.add(events.get(i).outcome());
            }
            return outcomes;
        }

        private List<AuditEvent> matching(AuditFilter filter) {
            return events.stream()
                    .filter(e -> filter.matchesUser(e.username(), e.fullName()))
                    .filter(e -> filter.outcome() == null || e.outcome() == filter.outcome())
                    .filter(e -> filter.from() == null || !e.at().isBefore(filter.from()))
                    .filter(e -> filter.before() == null || e.at().isBefore(filter.before()))
                    .toList();
        }
    }

    /**
     * Runs the work directly (the in-memory fakes are individually atomic); row locks taken inside are held until
     * the outermost transaction ends ({@link RowLocks}).
     */
    public static final class DirectTransactions implements TransactionRunner {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return RowLocks.inTransaction(work);
        }
    }

    public static final class Directory implements UserDirectory {
        private final List<DirectoryUser> users = new ArrayList<>();

        public Directory add(String userKey, String username, String fullName, boolean active) {
            users.add(new DirectoryUser(userKey, username, fullName, username + "@example.com", active));
            return this;
        }

        @Override
        public Optional<DirectoryUser> byUsername(String username) {
            return users.stream().filter(u -> u.username().equalsIgnoreCase(username)).findFirst();
        }

        @Override
        public Optional<DirectoryUser> byKey(String userKey) {
            return users.stream().filter(u -> u.userKey().equals(userKey)).findFirst();
        }

        @Override
        public List<DirectoryUser> search(String query, int limit) {
            String q = query.toLowerCase(Locale.ROOT);
            // prefix matching on username, display name, last name or e-mail, as the port promises
            return users.stream()
                    .filter(u -> u.username().toLowerCase(Locale.ROOT).startsWith(q)
                            || u.fullName().toLowerCase(Locale.ROOT).startsWith(q)
                            || lastWord(u.fullName()).startsWith(q)
                            || u.email().toLowerCase(Locale.ROOT).startsWith(q))
                    .limit(limit).toList();
        }

        private static String lastWord(String fullName) {
            String lower = fullName.toLowerCase(Locale.ROOT);
            return lower.substring(lower.lastIndexOf(' ') + 1);
        }
    }

    /** A fixed 256-bit key, version 1. */
    public static final class FixedKey implements SecretKeySource {
        private final byte[] key;
        private volatile boolean missing;

        public FixedKey(byte fill) {
            key = new byte[32];
            java.util.Arrays.fill(key, fill);
        }

        public void remove() {
            missing = true;
        }

        @Override
        public int currentVersion() {
            return 1;
        }

        @Override
        public byte[] key(int version) {
            if (missing || version != 1) {
                throw new IllegalStateException("no key of version " + version);
            }
            return key.clone();
        }
    }
}
