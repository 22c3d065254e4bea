package org.codesign.ui.kit;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * The open and save dialogs. The window gets {@link #system()}; the user-flow tests put in one
 * that answers like a user would (Monocle has no native dialogs) and records what was asked.
 */
public interface FileChoosers {
    /** An extension filter: "CSV (metrics and parameters)" with "*.csv". */
    record Filter(String description, List<String> patterns) {
        public Filter(String description, String... patterns) {
            this(description, List.of(patterns));
        }

        /** Whether the dialog shows {@code file} while this filter is selected. */
        public boolean shows(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return patterns.stream().anyMatch(p -> p.equals("*") || p.equals("*.*") || name.endsWith(p.substring(1)));
        }
    }

    /** What a dialog asks: its title, its filters (the first selected) and a proposed file name. */
    record Request(String title, List<Filter> filters, String initialName) {}

    /** What the user chose: a file, and the filter selected when they did (null if unknown). */
    record Choice(Path file, Filter filter) {}

    Optional<Choice> open(Window owner, Request request);

    Optional<Choice> save(Window owner, Request request);

    /** The dialogs a window was given with {@link #install}, else the platform's. */
    static FileChoosers of(Window window) {
        Object installed = window == null ? null : window.getProperties().get(FileChoosers.class);
        return installed instanceof FileChoosers c ? c : system();
    }

    /** Makes {@code choosers} the dialogs of everything shown in {@code window} (views find them with {@link #of}). */
    static void install(Window window, FileChoosers choosers) {
        window.getProperties().put(FileChoosers.class, choosers);
    }

    /** The platform's dialogs (JavaFX FileChooser). */
    static FileChoosers system() {
        return new FileChoosers() {
            @Override
            public Optional<Choice> open(Window owner, Request request) {
                FileChooser chooser = chooser(request);
                return choice(chooser, chooser.showOpenDialog(owner), request);
            }

            @Override
            public Optional<Choice> save(Window owner, Request request) {
                FileChooser chooser = chooser(request);
                return choice(chooser, chooser.showSaveDialog(owner), request);
            }
        };
    }

    private static FileChooser chooser(Request request) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(request.title());
        request.filters()
                .forEach(f -> chooser.getExtensionFilters()
                        .add(new FileChooser.ExtensionFilter(f.description(), f.patterns())));
        if (request.initialName() != null) {
            chooser.setInitialFileName(request.initialName());
        }
        return chooser;
    }

    private static Optional<Choice> choice(FileChooser chooser, File file, Request request) {
        if (file == null) {
            return Optional.empty();
        }
        FileChooser.ExtensionFilter selected = chooser.getSelectedExtensionFilter();
        int i = selected == null ? -1 : chooser.getExtensionFilters().indexOf(selected);
        return Optional.of(
                new Choice(file.toPath(), i < 0 ? null : request.filters().get(i)));
    }
}
