package org.codesign.teaching;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.codesign.search.GenerationTrace;

/**
 * What a generation did, in sentences for a class: one sentence with the counts of every
 * operator, or one per operator for guided steps. Ranks are said 1-based ("front 1"), as in Deb
 * et al. 2002; the engine counts them from 0.
 */
public final class Narration {
    /** The operators of one NSGA-II generation, in the order they act. */
    public enum Phase {
        SELECTION("Selection"),
        CROSSOVER("Crossover"),
        MUTATION("Mutation"),
        SORTING("Non-dominated sorting"),
        CROWDING("Crowding distance");

        private final String title;

        Phase(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private Narration() {}

    /** One sentence with the counts of every operator of the generation. */
    public static String summary(GenerationTrace t) {
        if (t.initial()) {
            return String.format(
                    Locale.ROOT,
                    "Generation 1: %d random designs were evaluated; non-dominated sorting put them in %d %s (%s), "
                            + "and crowding distances were computed within each front. No selection, crossover or "
                            + "mutation yet.",
                    t.population().size(),
                    t.frontSizes().size(),
                    plural(t.frontSizes().size(), "front", "fronts"),
                    sizes(t.frontSizes()));
        }
        GenerationTrace.Crowding c = t.crowding();
        return String.format(
                Locale.ROOT,
                "Generation %d: %d tournaments picked %d parents; of %d offspring %d were crossed and %d copied, "
                        + "%d mutated (%d genes); sorting the %d parents and offspring gave %d fronts (%s); %s; "
                        + "%d offspring survive, %d of them on the first front.",
                t.step(),
                t.selection().tournaments(),
                t.selection().distinctParents(),
                t.offspring().size(),
                t.crossover().crossed(),
                t.crossover().copied(),
                t.mutation().mutatedOffspring(),
                t.mutation().genes(),
                t.sorted(),
                t.frontSizes().size(),
                sizes(t.frontSizes()),
                cut(t),
                c.survivingOffspring(),
                c.offspringInFirstFront());
    }

    /** The sentence of one operator, for a guided step. */
    public static String phase(GenerationTrace t, Phase phase) {
        if (t.initial()) {
            return switch (phase) {
                case SELECTION, CROSSOVER, MUTATION ->
                    phase.title() + ": none in generation 1; the "
                            + t.population().size() + " designs were drawn at random.";
                case SORTING -> sorting(t, t.population().size() + " random designs");
                case CROWDING -> crowdingWithin();
            };
        }
        return switch (phase) {
            case SELECTION ->
                String.format(
                        Locale.ROOT,
                        "Selection: %d binary tournaments, each between two random members, picked %d different "
                                + "parents; the lower front wins, and within a front the larger crowding distance.",
                        t.selection().tournaments(),
                        t.selection().distinctParents());
            case CROSSOVER ->
                String.format(
                        Locale.ROOT,
                        "Crossover: %d of the %d offspring come from a pair whose genes were swapped between the "
                                + "parents; %d are copies of a parent (the pair was not crossed).",
                        t.crossover().crossed(),
                        t.offspring().size(),
                        t.crossover().copied());
            case MUTATION ->
                String.format(
                        Locale.ROOT,
                        "Mutation: %d of the %d offspring had a gene changed (%d genes in all), values neither parent "
                                + "had; %d %s already in the population were dropped, and %d offspring had been "
                                + "evaluated before.",
                        t.mutation().mutatedOffspring(),
                        t.offspring().size(),
                        t.mutation().genes(),
                        t.duplicates(),
                        plural(t.duplicates(), "child", "children"),
                        t.reused());
            case SORTING -> sorting(t, t.sorted() + " parents and offspring");
            case CROWDING ->
                String.format(
                        Locale.ROOT,
                        "Crowding distance: %s; %d of the %d offspring survive, %d of them on the first front.",
                        cut(t),
                        t.crowding().survivingOffspring(),
                        t.offspring().size(),
                        t.crowding().offspringInFirstFront());
        };
    }

    /**
     * One line on a population member: its front and crowding distance and what they mean.
     *
     * @param rank the engine's rank (0 = first front)
     * @param feasible false for a design that violates a constraint
     */
    public static String member(int rank, double crowding, boolean feasible) {
        String front = "Front " + (rank + 1)
                + (rank == 0
                        ? ": no design in the population dominates it (better or equal in every objective, better in one)."
                        : ": only designs of fronts 1–" + rank + " dominate it.");
        if (!feasible) {
            return front + " Infeasible: it breaks a constraint, so it ranks by how much and its crowding "
                    + "distance is 0.";
        }
        if (Double.isInfinite(crowding)) {
            return front + " Crowding distance ∞: an end of its front, kept first when the front is cut, so "
                    + "the spread survives.";
        }
        return front
                + String.format(
                        Locale.ROOT,
                        " Crowding distance %.3f: the normalized gap between its two neighbours on the front, "
                                + "summed over the objectives; larger = more isolated = kept first.",
                        crowding);
    }

    private static String sorting(GenerationTrace t, String what) {
        return String.format(
                Locale.ROOT,
                "Non-dominated sorting: the %s fall into %d %s (%s): front 1 holds the designs no other one "
                        + "dominates, front 2 those dominated only by front 1, and so on.",
                what,
                t.frontSizes().size(),
                plural(t.frontSizes().size(), "front", "fronts"),
                sizes(t.frontSizes()));
    }

    private static String crowdingWithin() {
        return "Crowding distance: within each front, every design gets the normalized gap between its "
                + "neighbours; the ends of a front get ∞. Tournaments of the next generation use it to break ties.";
    }

    /** How survival filled the population: whole fronts, then the cut one by crowding distance. */
    private static String cut(GenerationTrace t) {
        GenerationTrace.Crowding c = t.crowding();
        if (c.cutFront() < 0) {
            return "whole fronts filled the " + t.population().size() + " places exactly, no crowding cut needed";
        }
        String whole = c.cutFront() == 0
                ? "no front fits whole"
                : (c.cutFront() == 1 ? "front 1 fits whole" : "fronts 1–" + c.cutFront() + " fit whole");
        return String.format(
                Locale.ROOT,
                "%s and front %d keeps the %d of its %d designs with the largest crowding distance",
                whole,
                c.cutFront() + 1,
                c.keptOfCut(),
                c.cutFrontSize());
    }

    private static String sizes(List<Integer> frontSizes) {
        int shown = Math.min(frontSizes.size(), 4);
        String head = frontSizes.subList(0, shown).stream().map(String::valueOf).collect(Collectors.joining(", "));
        return "sizes " + head + (frontSizes.size() > shown ? ", …" : "");
    }

    private static String plural(int n, String one, String many) {
        return n == 1 ? one : many;
    }
}
