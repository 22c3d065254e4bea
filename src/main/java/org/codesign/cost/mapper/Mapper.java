package org.codesign.cost.mapper;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.codesign.cost.loopnest.Architecture;
import org.codesign.cost.loopnest.ConvProblem;
import org.codesign.cost.loopnest.LoopNestAnalyzer;
import org.codesign.cost.loopnest.Mapping;

/**
 * Finds a good legal mapping of a layer onto an architecture (see {@link MapperSearch} for the
 * search) and caches the result by (layer shape, architecture, constraints, objective). Thread-safe:
 * concurrent requests for the same key compute it once, other keys proceed in parallel.
 * Deterministic: the same inputs always give the same mapping.
 */
public final class Mapper {
    /** Mappings evaluated per layer at most. */
    public static final int DEFAULT_BUDGET = 4000;

    /** Outcomes by shape: an {@link MapOutcome.Unmappable} holds the search's reason, without the layer's name. */
    private final ConcurrentHashMap<Key, CompletableFuture<MapOutcome>> cache = new ConcurrentHashMap<>();

    /** The cache key: the layer's shape (not its name), the architecture, constraints and objective. */
    private record Key(
            int n,
            int g,
            int c,
            int m,
            int p,
            int q,
            int r,
            int s,
            int strideH,
            int strideW,
            String arch,
            String constraints,
            MappingObjective objective) {}

    private final int budget;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final AtomicLong sharedHits = new AtomicLong();
    private final AtomicLong analysed = new AtomicLong();
    /** Where mappings found elsewhere are looked up and this mapper's are published; null: nowhere. */
    private volatile MappingStore shared;
    /** This thread's last {@link #prefetch}: store key → stored text, null = known absent (no lookup needed). */
    private final ThreadLocal<Map<UUID, String>> prefetched = ThreadLocal.withInitial(HashMap::new);

    public Mapper() {
        this(DEFAULT_BUDGET);
    }

    public Mapper(int budget) {
        if (budget < 1) {
            throw new IllegalArgumentException("budget: must be positive, got " + budget);
        }
        this.budget = budget;
    }

    /**
     * Shares this mapper's outcomes through {@code store}: a shape another mapper already mapped is
     * taken from the store (and re-analysed, which gives identical numbers) instead of searched.
     */
    public Mapper sharing(MappingStore store) {
        this.shared = store;
        return this;
    }

    /**
     * Maps without caching: the best mapping found, or {@link MapOutcome.Unmappable} when no
     * mapping fits the hardware (the reason names the part and the layer).
     */
    public static MapOutcome search(
            ConvProblem problem,
            Architecture arch,
            SpatialConstraints constraints,
            MappingObjective objective,
            int budget) {
        return named(searchShape(problem, arch, constraints, objective, budget), problem, arch);
    }

    /** The search's outcome for the layer's shape; an unmappable reason does not name the layer. */
    private static MapOutcome searchShape(
            ConvProblem problem,
            Architecture arch,
            SpatialConstraints constraints,
            MappingObjective objective,
            int budget) {
        try {
            return new MapperSearch(problem, arch, constraints, objective, budget).run();
        } catch (NoMappingException e) {
            // The search signals "nothing fits" by exception; it ends here, as a value.
            return new MapOutcome.Unmappable(e.getMessage());
        }
    }

    /** Adds the layer and architecture to an unmappable reason (cached outcomes are shared across layer names). */
    private static MapOutcome named(MapOutcome outcome, ConvProblem problem, Architecture arch) {
        if (outcome instanceof MapOutcome.Unmappable no) {
            return new MapOutcome.Unmappable(
                    no.reason() + " — layer '" + problem.name() + "' cannot be mapped on " + arch.name());
        }
        return outcome;
    }

    /** The cached best mapping for this layer shape on this architecture; see {@link #map(ConvProblem, Architecture, String, SpatialConstraints, MappingObjective)}. */
    public MapOutcome map(
            ConvProblem problem, Architecture arch, SpatialConstraints constraints, MappingObjective objective) {
        return map(problem, arch, arch.key(), constraints, objective);
    }

    /**
     * The cached best mapping for this layer shape on this architecture, whose cache key the
     * caller already holds ({@code archKey}, e.g. computed once per hardware configuration).
     *
     * Returns {@link MapOutcome.Unmappable} when no mapping fits the hardware.
     */
    public MapOutcome map(
            ConvProblem problem,
            Architecture arch,
            String archKey,
            SpatialConstraints constraints,
            MappingObjective objective) {
        Key key = key(problem, archKey, constraints, objective);
        CompletableFuture<MapOutcome> existing = cache.get(key);
        if (existing == null) {
            CompletableFuture<MapOutcome> mine = new CompletableFuture<>();
            existing = cache.putIfAbsent(key, mine);
            if (existing == null) {
                misses.incrementAndGet();
                try {
                    MapOutcome found = sharedOrSearch(key, problem, arch, constraints, objective);
                    if (found instanceof MapResult r) {
                        analysed.addAndGet(r.evaluations());
                    }
                    mine.complete(found);
                } catch (RuntimeException e) {
                    mine.completeExceptionally(e);
                }
                existing = mine;
            } else {
                hits.incrementAndGet();
            }
        } else {
            hits.incrementAndGet();
        }
        return named(join(existing), problem, arch);
    }

    /**
     * Asks the shared store, in one request, for every shape of a design's layers this mapper has
     * not cached, so that the {@link #map} calls that follow on this thread look up nothing: a
     * cluster's map costs a network round trip per request, more than a small layer's search
     * (ClusterOverheadBench, BENCHMARKS.md). Does nothing without a shared store.
     */
    public void prefetch(
            List<ConvProblem> problems, String archKey, SpatialConstraints constraints, MappingObjective objective) {
        MappingStore store = shared;
        if (store == null) {
            return;
        }
        Map<UUID, String> mine = prefetched.get();
        mine.clear();
        Map<UUID, Boolean> wanted = new LinkedHashMap<>();
        for (ConvProblem p : problems) {
            Key key = key(p, archKey, constraints, objective);
            if (!cache.containsKey(key)) {
                wanted.put(storeKey(key).id(), Boolean.TRUE);
            }
        }
        if (wanted.isEmpty()) {
            return;
        }
        Map<UUID, String> found = store.getAll(wanted.keySet());
        for (UUID k : wanted.keySet()) {
            mine.put(k, found.get(k));
        }
    }

    private static Key key(
            ConvProblem problem, String archKey, SpatialConstraints constraints, MappingObjective objective) {
        return new Key(
                problem.n(),
                problem.g(),
                problem.c(),
                problem.m(),
                problem.p(),
                problem.q(),
                problem.r(),
                problem.s(),
                problem.strideH(),
                problem.strideW(),
                archKey,
                constraints.key(),
                objective);
    }

    private ShapeDigest storeKey(Key key) {
        return ShapeDigest.of(key.toString() + "@" + budget);
    }

    private MapOutcome sharedOrSearch(
            Key key,
            ConvProblem problem,
            Architecture arch,
            SpatialConstraints constraints,
            MappingObjective objective) {
        MappingStore store = shared;
        if (store == null) {
            return searchShape(problem, arch, constraints, objective, budget);
        }
        ShapeDigest storeKey = storeKey(key);
        Map<UUID, String> mine = prefetched.get();
        String stored = mine.containsKey(storeKey.id()) ? mine.remove(storeKey.id()) : store.get(storeKey.id());
        // null when absent, or sealed for another key whose digest collides: searched then
        String text = stored == null ? null : storeKey.open(stored);
        if (text != null) {
            sharedHits.incrementAndGet();
            if (MappingText.unmappable(text)) {
                return new MapOutcome.Unmappable(MappingText.reason(text));
            }
            Mapping mapping = MappingText.mapping(text);
            return new MapResult(
                    mapping,
                    LoopNestAnalyzer.analyze(problem, arch, mapping),
                    objective,
                    MappingText.evaluations(text));
        }
        MapOutcome found = searchShape(problem, arch, constraints, objective, budget);
        store.putIfAbsent(storeKey.id(), storeKey.seal(MappingText.encode(found)));
        return found;
    }

    private static MapOutcome join(CompletableFuture<MapOutcome> f) {
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

    /** Shapes taken from the shared store instead of searched. */
    public long sharedHits() {
        return sharedHits.get();
    }

    /**
     * Mappings the searches behind this mapper's cache misses analysed (the sum of their
     * {@link MapResult#evaluations()}; searches that found nothing are not counted): the work of
     * mapping, in layer analyses.
     */
    public long analysedMappings() {
        return analysed.get();
    }

    public int cachedLayers() {
        return cache.size();
    }

    public void clear() {
        cache.clear();
    }
}
