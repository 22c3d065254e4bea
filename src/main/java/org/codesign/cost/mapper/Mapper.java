package org.codesign.cost.mapper;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.codesign.cost.loopnest.Architecture;
import org.codesign.cost.loopnest.ConvProblem;

/**
 * Finds a good legal mapping of a layer onto an architecture (see {@link MapperSearch} for the
 * search) and caches the result by (layer shape, architecture, constraints, objective). Thread-safe:
 * concurrent requests for the same key compute it once, other keys proceed in parallel.
 * Deterministic: the same inputs always give the same mapping.
 */
public final class Mapper {
    /** Mappings evaluated per layer at most. */
    public static final int DEFAULT_BUDGET = 4000;

    private final ConcurrentHashMap<String, CompletableFuture<MapResult>> cache = new ConcurrentHashMap<>();
    private final int budget;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    public Mapper() {
        this(DEFAULT_BUDGET);
    }

    public Mapper(int budget) {
        if (budget < 1) {
            throw new IllegalArgumentException("budget: must be positive, got " + budget);
        }
        this.budget = budget;
    }

    /** Maps without caching. */
    public static MapResult search(ConvProblem problem, Architecture arch, SpatialConstraints constraints,
                                   Objective objective, int budget) {
        return new MapperSearch(problem, arch, constraints, objective, budget).run();
    }

    /**
     * The cached best mapping for this layer shape on this architecture.
     *
     * @throws org.codesign.cost.InfeasibleHardwareException when no mapping fits the hardware
     */
    public MapResult map(ConvProblem problem, Architecture arch, SpatialConstraints constraints, Objective objective) {
        String key = problem.shapeKey() + "|" + arch.key() + "|" + constraints.key() + "|" + objective;
        CompletableFuture<MapResult> mine = new CompletableFuture<>();
        CompletableFuture<MapResult> existing = cache.putIfAbsent(key, mine);
        if (existing != null) {
            hits.incrementAndGet();
            return join(existing);
        }
        misses.incrementAndGet();
        try {
            mine.complete(search(problem, arch, constraints, objective, budget));
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
        }
        return join(mine);
    }

    private static MapResult join(CompletableFuture<MapResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a mapping", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    public long cacheHits() {
        return hits.get();
    }

    public long cacheMisses() {
        return misses.get();
    }

    public int cachedLayers() {
        return cache.size();
    }

    public void clear() {
        cache.clear();
    }
}
