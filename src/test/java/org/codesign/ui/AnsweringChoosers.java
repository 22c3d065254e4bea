package org.codesign.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.stage.Window;
import org.codesign.ui.kit.FileChoosers;

/**
 * The open and save dialogs for the user-flow tests (Monocle shows no native dialogs): each
 * dialog takes the next queued answer, given what the dialog offers, as a user picks a filter
 * and types a name; every request is kept so a test can check what the dialog offered.
 */
final class AnsweringChoosers implements FileChoosers {
    private final Deque<Function<Request, Optional<Choice>>> answers = new ArrayDeque<>();
    final List<Request> asked = new ArrayList<>();

    /** The next dialog's answer: {@code file}, with the filter whose description starts with {@code filter}. */
    void answer(Path file, String filter) {
        answers.add(r -> Optional.of(new Choice(file, filterNamed(r, filter))));
    }

    /** The next dialog's answer, computed from what it offers. */
    void answer(Function<Request, Optional<Choice>> answer) {
        answers.add(answer);
    }

    static Filter filterNamed(Request request, String prefix) {
        return request.filters().stream()
                .filter(f -> f.description().startsWith(prefix))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the dialog offers no filter '" + prefix + "': " + request));
    }

    @Override
    public Optional<Choice> open(Window owner, Request request) {
        return next(request);
    }

    @Override
    public Optional<Choice> save(Window owner, Request request) {
        return next(request);
    }

    private Optional<Choice> next(Request request) {
        asked.add(request);
        if (answers.isEmpty()) {
            throw new AssertionError("a dialog the test did not expect: " + request);
        }
        return answers.poll().apply(request);
    }
}
