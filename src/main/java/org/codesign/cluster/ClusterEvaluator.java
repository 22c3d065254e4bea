package org.codesign.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.spi.exception.RetryableException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.codesign.search.SearchException;
import org.codesign.search.codesign.DesignBatches;
import org.codesign.search.codesign.DesignResult;
import org.codesign.space.CodesignSpace;
import org.codesign.study.ConfigJson;

/**
 * A coordinator's batches, evaluated on the cluster's workers: a batch goes out in contiguous
 * chunks (a few per worker thread, to balance uneven designs) through Hazelcast's executor, each
 * worker holding one per thread and getting the next as it returns one, and the results are put
 * back in batch order. A chunk whose worker leaves (killed, disconnected) goes to
 * another worker; the results do not depend on which worker evaluated what.
 */
public final class ClusterEvaluator implements DesignBatches {
    /** Chunks per worker thread: enough to balance, few enough that each is worth a round trip. */
    static final int CHUNKS_PER_THREAD = 2;
    /** A batch whose chunks were resubmitted this often gives up: the workers keep dying. */
    static final int MAX_RESUBMISSIONS = 50;

    private final HazelcastInstance coordinator;
    private final IExecutorService executor;
    private final String mapperObjective;
    private final java.util.function.ObjIntConsumer<String> returned;
    private volatile Consumer<String> notices = s -> {};
    private volatile long workerWaitMillis = 600_000;
    private long resubmitted;

    private record Chunk(int from, int to) {}

    ClusterEvaluator(
            HazelcastInstance coordinator, String mapperObjective, java.util.function.ObjIntConsumer<String> returned) {
        this.coordinator = coordinator;
        this.returned = returned;
        this.executor = coordinator.getExecutorService(MemberConfigs.EXECUTOR);
        this.mapperObjective = mapperObjective;
    }

    /** Where to say that the run waits for a worker or resubmits a chunk (default: nowhere). */
    public ClusterEvaluator notifying(Consumer<String> to) {
        this.notices = to;
        return this;
    }

    /** How long a batch waits for a first worker before it fails (default 10 minutes). */
    public ClusterEvaluator waitingForWorkers(long millis) {
        this.workerWaitMillis = millis;
        return this;
    }

    /** Chunks sent again because their worker left, since this evaluator was made. */
    public synchronized long resubmitted() {
        return resubmitted;
    }

    @Override
    public DesignResult[] evaluate(List<CodesignSpace.Point> designs, BooleanSupplier cancelled) {
        int n = designs.size();
        DesignResult[] out = new DesignResult[n];
        if (n == 0) {
            return out;
        }
        String[] networks = new String[n];
        String[] hardware = new String[n];
        for (int i = 0; i < n; i++) {
            CodesignSpace.Point p = designs.get(i);
            networks[i] = ConfigJson.toJson(p.network()).toString();
            hardware[i] =
                    p.hardware() == null ? "" : ConfigJson.toJson(p.hardware()).toString();
        }
        int chunks = Math.min(n, Math.max(1, workerThreads() * CHUNKS_PER_THREAD));
        Deque<Chunk> todo = new ArrayDeque<>();
        for (int c = 0; c < chunks; c++) {
            todo.add(new Chunk((int) ((long) n * c / chunks), (int) ((long) n * (c + 1) / chunks)));
        }
        BlockingQueue<Done> done = new LinkedBlockingQueue<>();
        Map<UUID, Integer> busy = new HashMap<>();
        int inFlight = 0;
        int resubmissions = 0;
        long deadline = System.currentTimeMillis() + workerWaitMillis;
        boolean told = false;
        while (!todo.isEmpty() || inFlight > 0) {
            if (cancelled.getAsBoolean()) {
                return out; // chunks still out finish on their workers; nobody reads their replies
            }
            inFlight += dispatch(todo, busy, done, networks, hardware);
            if (inFlight == 0) {
                // no worker in the cluster (yet, or any more): wait for one to join
                if (System.currentTimeMillis() > deadline) {
                    throw new SearchException("evaluate: no worker joined the cluster in " + workerWaitMillis / 1000
                            + " s (start one with codesign worker)");
                }
                if (!told) {
                    notices.accept("waiting for a worker to join the cluster");
                    told = true;
                }
                sleep();
                continue;
            }
            Done d = next(done);
            if (d == null) {
                continue; // look at cancellation again
            }
            inFlight--;
            busy.merge(d.member(), -1, Integer::sum);
            if (d.failure() == null) {
                take(d.reply(), d.chunk(), out, designs);
                returned.accept(d.reply().member(), d.reply().size());
                continue;
            }
            // Hazelcast's MemberLeftException is itself the ExecutionException, without a cause
            Throwable why =
                    d.failure() instanceof ExecutionException e && e.getCause() != null ? e.getCause() : d.failure();
            if (!(memberGone(d.failure()) || memberGone(why)) || ++resubmissions > MAX_RESUBMISSIONS) {
                throw new SearchException("evaluate: the cluster failed: " + why, why);
            }
            synchronized (this) {
                resubmitted++;
            }
            notices.accept("a worker left; designs " + d.chunk().from() + "-"
                    + (d.chunk().to() - 1) + " of the batch go to another worker");
            todo.addFirst(d.chunk());
        }
        return out;
    }

    /** A chunk back from its worker: its reply, or why it did not come. */
    private record Done(Chunk chunk, UUID member, BatchReply reply, Throwable failure) {}

    /**
     * Gives each worker as many chunks as it has free threads, in batch order, and returns how
     * many went out. A worker gets its next chunk when it returns one (not at random, as
     * Hazelcast's member selector would place them), so no worker queues chunks while another idles.
     */
    private int dispatch(
            Deque<Chunk> todo, Map<UUID, Integer> busy, BlockingQueue<Done> done, String[] networks, String[] hw) {
        int sent = 0;
        for (Member m : coordinator.getCluster().getMembers()) {
            if (!ClusterMember.isWorker(m)) {
                continue;
            }
            while (!todo.isEmpty() && busy.getOrDefault(m.getUuid(), 0) < ClusterMember.threads(m)) {
                Chunk c = todo.pop();
                DesignTask task = new DesignTask(
                        mapperObjective,
                        java.util.Arrays.copyOfRange(networks, c.from(), c.to()),
                        java.util.Arrays.copyOfRange(hw, c.from(), c.to()));
                UUID id = m.getUuid();
                busy.merge(id, 1, Integer::sum);
                sent++;
                try {
                    executor.submitToMember(task, m, new ExecutionCallback<BatchReply>() {
                        @Override
                        public void onResponse(BatchReply reply) {
                            done.add(new Done(c, id, reply, null));
                        }

                        @Override
                        public void onFailure(Throwable t) {
                            done.add(new Done(c, id, null, t));
                        }
                    });
                } catch (RuntimeException e) {
                    // the member left between the listing and the submit: its chunk comes back
                    done.add(new Done(c, id, null, e));
                }
            }
        }
        return sent;
    }

    private static Done next(BlockingQueue<Done> done) {
        try {
            return done.poll(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchException("evaluate: interrupted", e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchException("evaluate: interrupted", e);
        }
    }

    private static void take(BatchReply reply, Chunk chunk, DesignResult[] out, List<CodesignSpace.Point> designs) {
        if (reply.error() != null) {
            throw new SearchException("evaluate: a design of "
                    + designs.get(chunk.from()).network().template() + " on " + reply.member() + " failed: "
                    + reply.error());
        }
        if (reply.size() != chunk.to() - chunk.from()) {
            throw new SearchException("evaluate: " + reply.member() + " returned " + reply.size() + " results for "
                    + (chunk.to() - chunk.from()) + " designs");
        }
        for (int i = 0; i < reply.size(); i++) {
            out[chunk.from() + i] = reply.result(i);
        }
    }

    /** Whether the chunk failed because its worker went away (so another may take it). */
    static boolean memberGone(Throwable cause) {
        return cause instanceof MemberLeftException
                || cause instanceof RetryableException
                || cause instanceof RejectedExecutionException
                || cause instanceof com.hazelcast.core.HazelcastInstanceNotActiveException;
    }

    /** Evaluations the workers run at once. */
    public int workerThreads() {
        int threads = 0;
        for (Member m : coordinator.getCluster().getMembers()) {
            if (ClusterMember.isWorker(m)) {
                threads += ClusterMember.threads(m);
            }
        }
        return threads;
    }
}
