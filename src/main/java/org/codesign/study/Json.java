package org.codesign.study;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** JSON parsing with located messages, and atomic writes (temporary file, then rename). */
public final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private Json() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    static JsonNode readTree(Path file) throws StudyFormatException {
        String name = file.getFileName() == null
                ? file.toString()
                : file.getFileName().toString();
        try {
            return parseTree(name, Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new StudyFormatException(name, "/", "no such file (" + file.toAbsolutePath() + ")");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new StudyFormatException(name, "/", "not a UTF-8 text file");
        } catch (IOException e) {
            throw new StudyFormatException(name, "/", "cannot read the file: " + e.getMessage());
        }
    }

    /**
     * Parses user JSON strictly (duplicate keys, trailing text, NaN and Infinity are errors);
     * {@code source} names the file in the message.
     */
    public static JsonNode parseStrict(String source, String text) throws StudyFormatException {
        return parseTree(source, text);
    }

    static JsonNode parseTree(String source, String text) throws StudyFormatException {
        if (text.isBlank()) {
            throw new StudyFormatException(source, "/", "the file is empty");
        }
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonNode node = MAPPER.readTree(parser);
            if (parser.nextToken() != null) {
                throw new StudyFormatException(
                        source,
                        "/",
                        "unexpected text after the JSON value at line "
                                + parser.currentLocation().getLineNr());
            }
            return node;
        } catch (JsonProcessingException e) {
            String what = e.getOriginalMessage();
            if (what != null && what.contains("Non-standard token 'NaN'")) {
                what = "NaN is not a number JSON allows";
            } else if (what != null && what.contains("Infinity")) {
                what = "Infinity is not a number JSON allows";
            }
            var loc = e.getLocation();
            throw new StudyFormatException(
                    source,
                    "/",
                    "malformed JSON"
                            + (loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr())
                            + ": " + firstLine(what));
        } catch (IOException e) {
            throw new StudyFormatException(source, "/", "cannot read: " + e.getMessage());
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Writes a document into a generator: for one too large to hold as a tree (a million points). */
    public interface Streamed {
        void write(JsonGenerator g) throws IOException;
    }

    /**
     * Writes {@code node} so that {@code file} is either the old content or the complete new
     * content, never half a file: write a temporary file beside it, flush it to disk, rename.
     */
    public static void writeAtomically(JsonNode node, Path file) throws IOException {
        writeAtomically(g -> MAPPER.writer().writeValue(g, node), file);
    }

    /** {@link #writeAtomically(JsonNode, Path)} of a streamed document, formatted the same way. */
    public static void writeAtomically(Streamed document, Path file) throws IOException {
        Path target = realTarget(file);
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            keepPermissions(target, tmp);
            try (OutputStream out =
                    Files.newOutputStream(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                try (JsonGenerator g = MAPPER.writer().createGenerator(new NonClosingOutputStream(out))) {
                    document.write(g);
                }
                out.write('\n');
            }
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Where the bytes go: a symbolic link (also a chain of them) is followed, so saving through a link
     * updates the file it points to and the link stays a link; a dangling link's target is created.
     */
    static Path realTarget(Path file) throws IOException {
        Path target = file.toAbsolutePath();
        for (int hops = 0; Files.isSymbolicLink(target); hops++) {
            if (hops == 40) {
                throw new IOException(file + ": too many levels of symbolic links");
            }
            target = target.resolveSibling(Files.readSymbolicLink(target)).normalize();
        }
        return target;
    }

    /** Temporary files are private (rw-------); the saved file keeps the old one's permissions, or rw-r--r--. */
    private static void keepPermissions(Path target, Path tmp) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        java.util.Set<java.nio.file.attribute.PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, permissions);
    }

    /** Jackson closes the stream it writes to; the caller still needs it for the final newline. */
    private static final class NonClosingOutputStream extends java.io.FilterOutputStream {
        NonClosingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
