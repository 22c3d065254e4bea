package org.codesign.space;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A fixed network given as a layer-list file ({@link LayerListReader}), e.g. one of the
 * torchvision models in {@code samples/networks/}. The path is taken as written: absolute, or
 * relative to the working directory. The file is read and checked when the configuration is
 * made, so a study or command that names a bad file fails at once with the file's problem.
 */
public record LayerListConfig(String file) implements NetworkConfig {

    public static final String TEMPLATE = "layers";

    /** Parsed files by absolute path, re-read when the file changes (searches decode the same file often). */
    private static final Map<Path, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(FileTime modified, long size, LayerList list) {}

    public LayerListConfig {
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("file: missing (the path of a layer-list JSON file)");
        }
        load(file);
    }

    /** The checked layer list (read again only if the file changed). */
    public LayerList definition() {
        return load(file);
    }

    @Override
    public String template() {
        return TEMPLATE;
    }

    /** The input height; layer lists are not scaled, so this is informational. */
    @Override
    public int resolution() {
        return definition().input().height();
    }

    @Override
    public double widthMult() {
        return 1.0;
    }

    private static LayerList load(String file) {
        Path path;
        try {
            path = Path.of(file).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("file: not a valid path: " + file);
        }
        try {
            FileTime modified = Files.getLastModifiedTime(path);
            long size = Files.size(path);
            Cached cached = CACHE.get(path);
            if (cached != null && cached.modified().equals(modified) && cached.size() == size) {
                return cached.list();
            }
            LayerList list = LayerListReader.parse(file, Files.readString(path));
            CACHE.put(path, new Cached(modified, size, list));
            return list;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("file: no such file: " + file + " (" + path + ")");
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("file: " + file + " is not a UTF-8 text file");
        } catch (IOException e) {
            throw new IllegalArgumentException("file: cannot read " + file + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("file: " + e.getMessage(), e);
        }
    }
}
