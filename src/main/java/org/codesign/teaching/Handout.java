package org.codesign.teaching;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.codesign.eval.Evaluator;
import org.codesign.study.Study;

/**
 * A printed lesson: NSGA-II on a study for a few generations, one PNG of the front per generation
 * over the true front, the hypervolume gap per generation, and {@code questions.md}: questions on
 * what happened, answered with this run's numbers.
 */
public final class Handout {
    public static final String QUESTIONS = "questions.md";

    /** What was written. */
    public record Written(List<Path> figures, Path questions, int generations, boolean trueFront) {
        public Written {
            figures = List.copyOf(figures);
        }
    }

    private Handout() {}

    /**
     * Writes the handout into {@code dir} (created if missing).
     *
     * @param generations generations to show, at least 3 (the questions ask about generations 1 to 3)
     * @param command the command line that made it, quoted at the top of the questions
     */
    public static Written write(
            Study study, Evaluator evaluator, LessonSettings settings, int generations, Path dir, String command)
            throws IOException {
        if (study.objectives().size() < 2) {
            throw new IllegalArgumentException("objectives: the handout plots two objectives; the study has "
                    + study.objectives().size());
        }
        if (generations < 3) {
            throw new IllegalArgumentException(
                    "generations: at least 3 (the questions ask about generations 1 to 3), got " + generations);
        }
        Files.createDirectories(dir);
        TrueFront truth = trueFront(study, evaluator);
        List<LessonStep> steps = new ArrayList<>();
        try (Lesson lesson = new Lesson(study, evaluator, settings)) {
            while (steps.size() < generations && !lesson.finished()) {
                steps.add(lesson.next());
            }
        }
        if (steps.size() < 3) {
            throw new IllegalArgumentException("budget: the lesson ended after " + steps.size()
                    + " generations; the questions need 3 (raise the budget or lower the population)");
        }
        List<Path> figures = new ArrayList<>();
        for (LessonStep s : steps) {
            HandoutFigures.front(s, study.objectives(), truth, dir);
            figures.add(dir.resolve(HandoutFigures.frontFile(s.generation())));
        }
        if (truth != null) {
            HandoutFigures.gap(steps, truth, dir);
            figures.add(dir.resolve(HandoutFigures.GAP_FILE));
        }
        Path questions = dir.resolve(QUESTIONS);
        Files.writeString(questions, page(study, settings, steps, truth, command));
        return new Written(figures, questions, steps.size(), truth != null);
    }

    /** The true front, or null for a space too large to enumerate (the handout then goes without it). */
    private static TrueFront trueFront(Study study, Evaluator evaluator) {
        try {
            return TrueFront.of(study, evaluator);
        } catch (IllegalArgumentException tooLarge) {
            return null;
        }
    }

    private static String page(
            Study study, LessonSettings settings, List<LessonStep> steps, TrueFront truth, String command) {
        StringBuilder md = new StringBuilder();
        md.append("# NSGA-II on ").append(study.name()).append(": questions\n\n");
        md.append(String.format(
                Locale.ROOT,
                "NSGA-II (Deb et al. 2002), population %d, seed %d, %d generations, %d evaluations. Every "
                        + "metric is simulated. Made with `%s`.\n\n",
                settings.population(),
                settings.seed(),
                steps.size(),
                steps.get(steps.size() - 1).evaluations(),
                command));
        md.append("## What happened, generation by generation\n\n");
        for (LessonStep s : steps) {
            md.append("- ").append(Narration.summary(s.trace())).append('\n');
        }
        md.append("\n## Figures\n\n");
        for (LessonStep s : steps) {
            md.append("![generation ")
                    .append(s.generation())
                    .append("](")
                    .append(HandoutFigures.frontFile(s.generation()))
                    .append(")\n");
        }
        if (truth != null) {
            md.append("![hypervolume gap](").append(HandoutFigures.GAP_FILE).append(")\n");
        } else {
            md.append("\nThe space is too large to enumerate: no true front is drawn.\n");
        }
        md.append("\n## Questions\n\n");
        List<HandoutQuestions.Question> questions = HandoutQuestions.of(steps, truth);
        for (int i = 0; i < questions.size(); i++) {
            md.append(i + 1).append(". ").append(questions.get(i).question()).append('\n');
        }
        md.append("\n## Answers\n\n");
        for (int i = 0; i < questions.size(); i++) {
            md.append(i + 1).append(". ").append(questions.get(i).answer()).append('\n');
        }
        return md.toString();
    }
}
