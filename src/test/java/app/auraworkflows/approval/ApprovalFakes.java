package app.auraworkflows.approval;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * In-memory implementations of the approval ports for unit tests, with the same contracts as store/
 * (including the UNIQUE claims, which throw {@link ConcurrentChangeException}). Units of work run one at a
 * time ({@link SerialTransactions}), so the fakes need no rollback.
 */
final class ApprovalFakes {
    private ApprovalFakes() {
    }

    /** Runs units one at a time: the in-memory stand-in for the database's serialisation of a page's changes. */
    static final class SerialTransactions implements OptimisticTransactions {
        int runs;

        @Override
        public synchronized <T> T run(Supplier<T> work) {
            runs++;
            return work.get();
        }

        @Override
        public synchronized <T> T runOnPage(long pageId, Supplier<T> work) {
            return run(work);
        }
    }

    static final class Workflows implements WorkflowRepository {
        private final TreeMap<Long, WorkflowDefinition> rows = new TreeMap<>();
        private long nextId = 1;

        @Override
        public synchronized long create(WorkflowDefinition definition, Instant at) {
            long id = nextId++;
            rows.put(id, definition.withId(id));
            return id;
        }

        @Override
        public synchronized boolean update(long id, WorkflowDefinition definition, Instant at) {
            return rows.replace(id, definition.withId(id)) != null;
        }

        @Override
        public synchronized boolean delete(long id) {
            return rows.remove(id) != null;
        }

        @Override
        public synchronized Optional<WorkflowDefinition> find(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public synchronized List<WorkflowDefinition> list() {
            return rows.values().stream()
                    .sorted(Comparator.comparing((WorkflowDefinition d) -> d.name().toLowerCase()).thenComparing(WorkflowDefinition::id))
                    .toList();
        }
    }

    static final class Instances implements PageInstanceRepository {
        final Map<Long, PageInstance> rows = new HashMap<>();
        final Map<String, RoundClose> closed = new HashMap<>();

        @Override
        public synchronized Optional<PageInstance> find(long pageId) {
            return Optional.ofNullable(rows.get(pageId));
        }

        @Override
        public synchronized Map<Long, PageInstance> findAll(Collection<Long> pageIds) {
            Map<Long, PageInstance> found = new HashMap<>();
            pageIds.forEach(id -> find(id).ifPresent(i -> found.put(id, i)));
            return found;
        }

        @Override
        public synchronized void insert(PageInstance instance) {
            if (rows.putIfAbsent(instance.pageId(), instance) != null) {
                throw new ConcurrentChangeException("page has a workflow");
            }
        }

        @Override
        public synchronized void update(PageInstance instance) {
            if (rows.replace(instance.pageId(), instance) == null) {
                throw new ConcurrentChangeException("no instance");
            }
        }

        @Override
        public synchronized void closeRound(long pageId, int round, RoundClose outcome, long seq, Instant at) {
            if (closed.putIfAbsent(pageId + ":" + round, outcome) != null) {
                throw new ConcurrentChangeException("round closed twice");
            }
        }

        @Override
        public synchronized void delete(long pageId) {
            rows.remove(pageId);
        }

        @Override
        public synchronized int lastClosedRound(long pageId) {
            return closed.keySet().stream().filter(k -> k.startsWith(pageId + ":"))
                    .mapToInt(k -> Integer.parseInt(k.substring(k.indexOf(':') + 1))).max().orElse(0);
        }

        @Override
        public synchronized List<OpenRoundRef> openRoundsFor(String userKey, Collection<String> groupNames,
                                                             OpenRoundRef after, int limit) {
            Comparator<OpenRoundRef> order = Comparator.comparing(OpenRoundRef::openedAt)
                    .thenComparingLong(OpenRoundRef::pageId).reversed();
            return rows.values().stream()
                    .filter(i -> i.openRound() != null && (i.openRound().isNamed(userKey)
                            || i.openRound().groups().stream().anyMatch(g -> groupNames.stream()
                                    .anyMatch(g::equalsIgnoreCase))))
                    .map(i -> new OpenRoundRef(i.pageId(), i.openRound().number(), i.openRound().openedAt()))
                    .sorted(order)
                    .filter(r -> after == null || order.compare(r, after) > 0)
                    .limit(limit).toList();
        }

        @Override
        public synchronized Set<String> occupiedStates(long workflowId) {
            Set<String> states = new TreeSet<>();
            rows.values().stream().filter(i -> i.workflowId() == workflowId).forEach(i -> states.add(i.stateKey()));
            return states;
        }

        @Override
        public synchronized int countUsing(long workflowId) {
            return (int) rows.values().stream().filter(i -> i.workflowId() == workflowId).count();
        }
    }

    static final class Votes implements VoteRepository {
        final List<Vote> rows = new ArrayList<>();

        @Override
        public synchronized void insert(Vote vote) {
            boolean taken = rows.stream().anyMatch(v -> v.pageId() == vote.pageId() && v.round() == vote.round()
                    && v.reviewerKey().equals(vote.reviewerKey()) && v.seq() == vote.seq());
            if (taken) {
                throw new ConcurrentChangeException("vote key taken");
            }
            rows.add(vote);
        }

        @Override
        public synchronized List<Vote> ofRound(long pageId, int round) {
            return rows.stream().filter(v -> v.pageId() == pageId && v.round() == round)
                    .sorted(Comparator.comparingLong(Vote::seq)).toList();
        }

        @Override
        public synchronized Set<PageInstanceRepository.PageRound> votedIn(String userKey,
                                                                          Collection<PageInstanceRepository.PageRound> rounds) {
            Set<PageInstanceRepository.PageRound> voted = new HashSet<>();
            for (Vote v : rows) {
                PageInstanceRepository.PageRound pr = new PageInstanceRepository.PageRound(v.pageId(), v.round());
                if (v.reviewerKey().equals(userKey) && rounds.contains(pr)) {
                    voted.add(pr);
                }
            }
            return voted;
        }
    }

    static final class History implements HistoryRepository {
        final List<HistoryEntry> rows = new ArrayList<>();

        @Override
        public synchronized void append(HistoryEntry entry) {
            if (rows.stream().anyMatch(e -> e.pageId() == entry.pageId() && e.seq() == entry.seq())) {
                throw new ConcurrentChangeException("seq taken");
            }
            rows.add(entry);
        }

        @Override
        public synchronized List<HistoryEntry> page(long pageId, int start, int limit) {
            return of(pageId).stream().sorted(Comparator.comparingLong(HistoryEntry::seq).reversed())
                    .skip(start).limit(limit).toList();
        }

        @Override
        public synchronized int count(long pageId) {
            return of(pageId).size();
        }

        @Override
        public synchronized long lastSeq(long pageId) {
            return of(pageId).stream().mapToLong(HistoryEntry::seq).max().orElse(0);
        }

        synchronized List<HistoryEntry> of(long pageId) {
            return rows.stream().filter(e -> e.pageId() == pageId).toList();
        }
    }

    /** Group membership that tests change while rounds are open (it is read live). */
    static final class Groups implements GroupMembership, GroupDirectory {
        private final Map<String, Set<String>> members = new HashMap<>();

        synchronized Groups add(String group, String... usernames) {
            members.computeIfAbsent(group, g -> new HashSet<>()).addAll(List.of(usernames));
            return this;
        }

        synchronized void remove(String group, String username) {
            members.getOrDefault(group, new HashSet<>()).remove(username);
        }

        @Override
        public synchronized boolean exists(String groupName) {
            return members.keySet().stream().anyMatch(g -> g.equalsIgnoreCase(groupName));
        }

        @Override
        public synchronized List<String> namesStartingWith(String prefix, int limit) {
            String lower = prefix.toLowerCase(java.util.Locale.ROOT);
            return members.keySet().stream().filter(g -> g.toLowerCase(java.util.Locale.ROOT).startsWith(lower))
                    .sorted().limit(limit).toList();
        }

        @Override
        public synchronized boolean isMember(String username, String groupName) {
            return members.getOrDefault(groupName, Set.of()).contains(username);
        }

        @Override
        public synchronized Set<String> groupsOf(String username) {
            return new app.auraworkflows.testing.GroupsFromMap(members).groupsOf(username);
        }
    }

    /** Everyone may view and edit every page, except those taken away. */
    static final class Permissions implements PagePermissions {
        private final Set<String> noView = new HashSet<>();
        private final Set<String> noEdit = new HashSet<>();
        private final Set<String> remover = new HashSet<>();

        /** Makes the user an administrator of the page's space (may remove its workflow). */
        synchronized void allowRemove(long pageId, String userKey) {
            remover.add(pageId + ":" + userKey);
        }

        @Override
        public synchronized boolean canRemoveWorkflow(long pageId, String userKey) {
            return remover.contains(pageId + ":" + userKey);
        }

        synchronized void denyView(long pageId, String userKey) {
            noView.add(pageId + ":" + userKey);
        }

        synchronized void denyEdit(long pageId, String userKey) {
            noEdit.add(pageId + ":" + userKey);
        }

        @Override
        public synchronized boolean canView(long pageId, String userKey) {
            return !noView.contains(pageId + ":" + userKey);
        }

        @Override
        public synchronized boolean canEdit(long pageId, String userKey) {
            return !noEdit.contains(pageId + ":" + userKey);
        }
    }
}
