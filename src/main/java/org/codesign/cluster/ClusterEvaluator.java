package org.codesign.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.core.MemberLeftException;
import com.hazelcast.spi.exception.RetryableException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.codesign.search.SearchException;
import org.codesign.search.codesign.DesignBatches;
import org.codesign.search.codesign.DesignResult;
import org.codesign.space.CodesignSpace;
import org.codesign.study.ConfigJson;

/**
 * A coordinator's batches, evaluated on the cluster's workers: a batch goes out in contiguous
 * chunks (a few per worker thread, to balance uneven designs) through Hazelcast's executor and the
 * results are put back in batch order. A chunk whose worker leaves (killed, disconnected) goes to
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
        List<Chunk> sent = new ArrayList<>();
        List<Future<BatchReply>> replies = new ArrayList<>();
        int resubmissions = 0;
        while (!todo.isEmpty() || !sent.isEmpty()) {
            if (cancelled.getAsBoolean()) {
                replies.forEach(f -> f.cancel(true));
                return out;
            }
            while (!todo.isEmpty()) {
                Chunk c = todo.peek();
                replies.add(submit(c, networks, hardware));
                sent.add(todo.pop());
            }
            Future<BatchReply> first = replies.get(0);
            Chunk chunk = sent.get(0);
            try {
                BatchReply reply = first.get(100, TimeUnit.MILLISECONDS);
                replies.remove(0);
                sent.remove(0);
                take(reply, chunk, out, designs);
                returned.accept(reply.member(), reply.size());
            } catch (TimeoutException e) {
                continue; // look at cancellation again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SearchException("evaluate: interrupted", e);
            } catch (ExecutionException e) {
                replies.remove(0);
                sent.remove(0);
                // Hazelcast's MemberLeftException is itself the ExecutionException, without a cause
                Throwable why = e.getCause() == null ? e : e.getCause();
                if (!(memberGone(e) || memberGone(why)) || ++resubmissions > MAX_RESUBMISSIONS) {
                    throw new SearchException("evaluate: the cluster failed: " + why, why);
                }
                synchronized (this) {
                    resubmitted++;
                }
                notices.accept("a worker left; designs " + chunk.from() + "-" + (chunk.to() - 1)
                        + " of the batch go to another worker");
                todo.add(chunk);
            }
        }
        return out;
    }

    private Future<BatchReply> submit(Chunk c, String[] networks, String[] hardware) {
        DesignTask task = new DesignTask(
                mapperObjective,
                java.util.Arrays.copyOfRange(networks, c.from(), c.to()),
                java.util.Arrays.copyOfRange(hardware, c.from(), c.to()));
        long deadline = System.currentTimeMillis() + workerWaitMillis;
        boolean told = false;
        while (true) {
            try {
                return executor.submit(task, ClusterMember::isWorker);
            } catch (RejectedExecutionException e) {
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
            }
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
