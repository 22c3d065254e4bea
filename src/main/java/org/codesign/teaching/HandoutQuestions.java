package org.codesign.teaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.codesign.search.GenerationTrace;
import org.codesign.search.RankedIndividual;

/** The handout's questions, each answered with the numbers of the run the handout shows. */
final class HandoutQuestions {
    /** A question and its answer (Markdown). */
    record Question(String question, String answer) {}

    private HandoutQuestions() {}

    /** Questions on the lesson's steps (at least three generations) and, when known, the true front. */
    static List<Question> of(List<LessonStep> steps, TrueFront truth) {
        List<Question> q = new ArrayList<>();
        GenerationTrace first = steps.get(0).trace();
        GenerationTrace second = steps.get(1).trace();
        GenerationTrace third = steps.get(2).trace();
        if (truth != null) {
            q.add(new Question(
                    "How many designs does the space hold, and how many of them are on the true Pareto front?",
                    String.format(
                            Locale.ROOT,
                            "**%,d** designs; exhaustive search finds **%d** on the true front.",
                            truth.designs(),
                            truth.members().size())));
        }
        q.add(new Question(
                String.format(
                        Locale.ROOT,
                        "Generation 1 is %d random designs. Into how many fronts does non-dominated sorting put "
                                + "them, and how many are on the first front?",
                        first.population().size()),
                String.format(
                        Locale.ROOT,
                        "**%d** fronts; **%d** designs on the first (front sizes %s).",
                        first.frontSizes().size(),
                        first.frontSizes().get(0),
                        first.frontSizes())));
        q.add(new Question(
                "In generation 2, how many binary tournaments were held, and how many different parents won them? "
                        + "Why are there fewer parents than tournaments?",
                String.format(
                        Locale.ROOT,
                        "**%d** tournaments, **%d** different parents: a good design (low front, large crowding "
                                + "distance) wins several tournaments and has several children.",
                        second.selection().tournaments(),
                        second.selection().distinctParents())));
        q.add(new Question(
                "Of generation 2's offspring, how many were copied from a parent instead of crossed, and how many "
                        + "were mutated?",
                String.format(
                        Locale.ROOT,
                        "**%d** copied, **%d** crossed; **%d** mutated (%d genes changed).",
                        second.crossover().copied(),
                        second.crossover().crossed(),
                        second.mutation().mutatedOffspring(),
                        second.mutation().genes())));
        q.add(new Question(
                "How many of generation 3's offspring entered the first front? How many survived at all?",
                String.format(
                        Locale.ROOT,
                        "**%d** entered the first front; **%d** of the %d offspring survived.",
                        third.crowding().offspringInFirstFront(),
                        third.crowding().survivingOffspring(),
                        third.offspring().size())));
        cutQuestion(steps).ifPresent(q::add);
        if (truth != null) {
            gapQuestion(steps, truth, q);
        }
        q.add(new Question(
                "Why does a design with crowding distance ∞ always survive when its front is cut?",
                "It is an end of its front (the best in one objective). Survival keeps the largest crowding "
                        + "distances first, so the ends always stay and the front keeps its spread."));
        return q;
    }

    private static java.util.Optional<Question> cutQuestion(List<LessonStep> steps) {
        for (LessonStep s : steps) {
            GenerationTrace.Crowding c = s.trace().crowding();
            if (!s.trace().initial() && c.cutFront() >= 0) {
                return java.util.Optional.of(new Question(
                        String.format(
                                Locale.ROOT,
                                "In generation %d, which front did not fit whole into the next population, and how "
                                        + "many of its designs were kept? Which ones?",
                                s.generation()),
                        String.format(
                                Locale.ROOT,
                                "Front **%d**: **%d** of its %d designs were kept, those with the largest crowding "
                                        + "distance (the front's ends first, with ∞).",
                                c.cutFront() + 1,
                                c.keptOfCut(),
                                c.cutFrontSize())));
            }
        }
        return java.util.Optional.empty();
    }

    private static void gapQuestion(List<LessonStep> steps, TrueFront truth, List<Question> q) {
        LessonStep last = steps.get(steps.size() - 1);
        int below = -1;
        for (LessonStep s : steps) {
            if (truth.gap(s.hypervolume()) < 0.01 * truth.hypervolume()) {
                below = s.generation();
                break;
            }
        }
        q.add(new Question(
                String.format(
                        Locale.ROOT,
                        "What is the hypervolume gap to the true front after generation 1 and after generation %d? "
                                + "In which generation does it first fall below 1 %% of the true front's hypervolume?",
                        last.generation()),
                String.format(
                        Locale.ROOT,
                        "%.4f after generation 1, %.4f after generation %d (true front: %.4f); %s.",
                        truth.gap(steps.get(0).hypervolume()),
                        truth.gap(last.hypervolume()),
                        last.generation(),
                        truth.hypervolume(),
                        below < 0
                                ? "it stays above 1 % in these " + steps.size() + " generations"
                                : "first below 1 % in generation **" + below + "**")));
        List<RankedIndividual> firstFront =
                last.trace().population().stream().filter(m -> m.rank() == 0).toList();
        long onTruth = firstFront.stream()
                .filter(m -> truth.contains(m.individual().genome()))
                .count();
        q.add(new Question(
                String.format(
                        Locale.ROOT,
                        "After generation %d, how many designs of the population's first front are on the true front?",
                        last.generation()),
                String.format(
                        Locale.ROOT,
                        "**%d** of its %d (the true front has %d).",
                        onTruth,
                        firstFront.size(),
                        truth.members().size())));
    }
}
