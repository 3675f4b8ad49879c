package app.auraworkflows.devhost.scheduler;

import app.auraworkflows.devhost.db.HostDatabase;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.IntervalScheduleInfo;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * atlassian-scheduler's {@link SchedulerService} as the dev host's plugins see it, cluster-true: a
 * {@link RunMode#RUN_ONCE_PER_CLUSTER} job's schedule is a row of {@code DEVHOST_SCHEDULED_JOB} in the shared host
 * database, and each run is claimed by moving that row's next run time with a compare-and-set UPDATE, so of several
 * dev-host nodes on one database exactly one runs it. Runner registrations live in each node's memory, as in
 * Confluence: a node without the runner registered never claims the run. {@link RunMode#RUN_LOCALLY} jobs live in
 * memory. A job runner that throws is logged and counts as a failed run; the schedule goes on.
 */
public final class DevSchedulerService implements SchedulerService, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DevSchedulerService.class);

    private record LocalJob(JobConfig config, long nextRun) {
    }

    private final HostDatabase db;
    private final Clock clock;
    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, LocalJob> localJobs = new ConcurrentHashMap<>();
    private final ScheduledExecutorService ticker;
    private final AtomicBoolean stopping = new AtomicBoolean();

    public DevSchedulerService(HostDatabase db, Clock clock, long pollMillis) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "devhost-scheduler");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(this::runDueJobs, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner) {
        runners.put(Objects.requireNonNull(jobRunnerKey, "jobRunnerKey"), Objects.requireNonNull(jobRunner, "jobRunner"));
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey jobRunnerKey) {
        runners.remove(jobRunnerKey);
    }

    @Override
    public void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(jobConfig, "jobConfig");
        IntervalScheduleInfo interval = jobConfig.getSchedule().getIntervalScheduleInfo();
        Date first = interval.getFirstRunTime();
        long nextRun = first == null ? clock.millis() : first.getTime();
        if (jobConfig.getRunMode() == RunMode.RUN_LOCALLY) {
            localJobs.put(jobId, new LocalJob(jobConfig, nextRun));
            return;
        }
        try {
            db.inTransaction(c -> {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM DEVHOST_SCHEDULED_JOB WHERE JOB_ID = ?")) {
                    delete.setString(1, jobId.toString());
                    delete.executeUpdate();
                }
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO DEVHOST_SCHEDULED_JOB"
                        + " (JOB_ID, RUNNER_KEY, INTERVAL_MS, NEXT_RUN) VALUES (?, ?, ?, ?)")) {
                    insert.setString(1, jobId.toString());
                    insert.setString(2, jobConfig.getJobRunnerKey().toString());
                    insert.setLong(3, interval.getIntervalInMillis());
                    insert.setLong(4, nextRun);
                    insert.executeUpdate();
                }
                return null;
            });
        } catch (RuntimeException e) {
            throw new SchedulerServiceException("Cannot schedule " + jobId, e);
        }
    }

    @Override
    public void unscheduleJob(JobId jobId) {
        localJobs.remove(jobId);
        db.inTransaction(c -> {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM DEVHOST_SCHEDULED_JOB WHERE JOB_ID = ?")) {
                delete.setString(1, jobId.toString());
                return delete.executeUpdate();
            }
        });
    }

    /**
     * Runs a cluster job now, on this node, if this node wins the claim (dev-host and test use: the plugin's jobs
     * first run minutes after a start). Empty when the job is not scheduled, its runner is not registered here, or
     * another node claimed the run first.
     */
    public Optional<JobRunnerResponse> runNow(JobId jobId) {
        Optional<ClusterJob> job = clusterJob(jobId);
        if (job.isEmpty() || !runners.containsKey(job.get().runnerKey()) || !claim(job.get(), clock.millis())) {
            return Optional.empty();
        }
        return Optional.of(run(jobId, job.get().runnerKey()));
    }

    /** The cluster job's next run time, if it is scheduled. */
    public Optional<Date> nextRunTime(JobId jobId) {
        return clusterJob(jobId).map(job -> job.nextRun() == null ? null : new Date(job.nextRun()));
    }

    @Override
    public void close() {
        stopping.set(true);
        ticker.shutdownNow();
    }

    private record ClusterJob(JobId id, JobRunnerKey runnerKey, long interval, Long nextRun) {
    }

    /**
     * One poll of the scheduler (what each node does every few seconds): runs every job that is due and whose run
     * this node claims, and answers which ones it ran. Public so that a test can make two nodes poll at once.
     */
    public List<JobId> runDueJobs() {
        List<JobId> ran = new ArrayList<>();
        try {
            long now = clock.millis();
            for (ClusterJob job : dueClusterJobs(now)) {
                if (runners.containsKey(job.runnerKey()) && claim(job, now)) {
                    run(job.id(), job.runnerKey());
                    ran.add(job.id());
                }
            }
            localJobs.forEach((id, job) -> {
                if (job.nextRun() <= now && runners.containsKey(job.config().getJobRunnerKey())) {
                    long interval = job.config().getSchedule().getIntervalScheduleInfo().getIntervalInMillis();
                    if (interval == 0) {
                        localJobs.remove(id);
                    } else {
                        localJobs.put(id, new LocalJob(job.config(), now + interval));
                    }
                    run(id, job.config().getJobRunnerKey());
                    ran.add(id);
                }
            });
        } catch (RuntimeException e) {
            LOG.error("The dev host's scheduler could not read its jobs", e);
        }
        return ran;
    }

    /** Makes a cluster job due now (dev-host and test use), as if its next run time had come. */
    public void makeDue(JobId jobId) {
        db.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE DEVHOST_SCHEDULED_JOB SET NEXT_RUN = ? WHERE JOB_ID = ?")) {
                update.setLong(1, clock.millis() - 1);
                update.setString(2, jobId.toString());
                return update.executeUpdate();
            }
        });
    }

    /** Moves the job's next run on (or ends a one-off job) only if no other node did first: the claim. */
    private boolean claim(ClusterJob job, long now) {
        if (job.nextRun() == null) {
            return false; // a one-off job that already ran
        }
        Long next = job.interval() == 0 ? null : now + job.interval();
        int updated = db.inTransaction(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE DEVHOST_SCHEDULED_JOB SET NEXT_RUN = ?"
                    + " WHERE JOB_ID = ? AND NEXT_RUN = ?")) {
                if (next == null) {
                    update.setNull(1, java.sql.Types.BIGINT);
                } else {
                    update.setLong(1, next);
                }
                update.setString(2, job.id().toString());
                update.setLong(3, job.nextRun());
                return update.executeUpdate();
            }
        });
        return updated == 1;
    }

    private JobRunnerResponse run(JobId id, JobRunnerKey key) {
        JobRunner runner = runners.get(key);
        if (runner == null) {
            return JobRunnerResponse.aborted("No runner registered for " + key);
        }
        Date start = new Date(clock.millis());
        JobRunnerRequest request = new JobRunnerRequest() {
            @Override
            public Date getStartTime() {
                return new Date(start.getTime());
            }

            @Override
            public JobId getJobId() {
                return id;
            }

            @Override
            public JobConfig getJobConfig() {
                return JobConfig.forJobRunnerKey(key);
            }

            @Override
            public boolean isCancellationRequested() {
                return stopping.get();
            }
        };
        try {
            JobRunnerResponse response = runner.runJob(request);
            return response == null ? JobRunnerResponse.success() : response;
        } catch (RuntimeException e) {
            LOG.error("Job {} failed", id, e);
            return JobRunnerResponse.failed(e);
        }
    }

    private List<ClusterJob> dueClusterJobs(long now) {
        return db.inTransaction(c -> {
            List<ClusterJob> jobs = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT JOB_ID, RUNNER_KEY, INTERVAL_MS, NEXT_RUN"
                    + " FROM DEVHOST_SCHEDULED_JOB WHERE NEXT_RUN <= ?")) {
                select.setLong(1, now);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        jobs.add(new ClusterJob(JobId.of(rs.getString(1)), JobRunnerKey.of(rs.getString(2)),
                                rs.getLong(3), rs.getLong(4)));
                    }
                }
            }
            return jobs;
        });
    }

    private Optional<ClusterJob> clusterJob(JobId jobId) {
        return db.inTransaction(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT RUNNER_KEY, INTERVAL_MS, NEXT_RUN"
                    + " FROM DEVHOST_SCHEDULED_JOB WHERE JOB_ID = ?")) {
                select.setString(1, jobId.toString());
                try (ResultSet rs = select.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<ClusterJob>empty();
                    }
                    long next = rs.getLong(3);
                    return Optional.of(new ClusterJob(jobId, JobRunnerKey.of(rs.getString(1)), rs.getLong(2),
                            rs.wasNull() ? null : next));
                }
            }
        });
    }
}
