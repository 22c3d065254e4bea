package org.codesign.ui.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The most recently opened or saved studies, kept in the user's preferences. */
public final class RecentFiles {
    private static final int LIMIT = 8;
    private final Preferences node;

    public RecentFiles(Preferences node) {
        this.node = node;
    }

    public List<Path> list() {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < LIMIT; i++) {
            String p = node.get("recent." + i, null);
            if (p != null) {
                paths.add(Path.of(p));
            }
        }
        return paths;
    }

    public void add(Path file) {
        List<Path> paths = new ArrayList<>(list());
        Path absolute = file.toAbsolutePath().normalize();
        paths.remove(absolute);
        paths.add(0, absolute);
        for (int i = 0; i < LIMIT; i++) {
            if (i < paths.size()) {
                node.put("recent." + i, paths.get(i).toString());
            } else {
                node.remove("recent." + i);
            }
        }
    }
}
