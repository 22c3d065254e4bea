package org.codesign.cost.timeloop;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * Jackson's YAML generator set up the way Timeloop's own files look: block style, no {@code ---}
 * (none of the timeloop-accelergy-exercises inputs has one), tags in the local {@code !Component}
 * form, strings unquoted when they are plain words, and numbers that every YAML reader gives back
 * bit for bit.
 */
final class TimeloopYamlOutput {
    private static final YAMLFactory FACTORY = YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .stringQuotingChecker(new PlainWordsUnquoted())
            .build();

    private TimeloopYamlOutput() {}

    /** What writes one document's content (the generator throws only on a bad call sequence). */
    @FunctionalInterface
    interface Body {
        void write(YAMLGenerator g) throws IOException;
    }

    /** The text of the document {@code body} writes. */
    static String write(Body body) {
        StringWriter out = new StringWriter();
        try (YAMLGenerator g = (YAMLGenerator) FACTORY.createGenerator(out)) {
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write Timeloop YAML", e);
        }
        return out.toString();
    }

    /**
     * Starts a mapping tagged {@code !tag} as a YAML native type id. The id carries the '!' because
     * SnakeYAML writes an id without it as the verbatim tag {@code !<Component>}, which is a
     * different tag from Timeloop's {@code !Component}.
     */
    static WritableTypeId startTagged(YAMLGenerator g, String tag) throws IOException {
        return g.writeTypePrefix(new WritableTypeId(null, JsonToken.START_OBJECT, "!" + tag));
    }

    /** A number field written as {@link #number(double)} spells it. */
    static void numberField(YAMLGenerator g, String name, double v) throws IOException {
        g.writeFieldName(name);
        g.writeNumber(number(v));
    }

    /**
     * A number as YAML reads it back exactly: an integer without a fraction, else Java's shortest
     * round-trip form with a signed exponent ({@code 1.0E+20}), since YAML 1.1's float pattern
     * (PyYAML's, which Accelergy's Python tools use) reads {@code 1.0E20} as a string.
     */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = Double.toString(v);
        return s.contains("E") && !s.contains("E-") ? s.replace("E", "E+") : s;
    }

    /**
     * Leaves a string unquoted only when it is plain words (a letter or '_' first, then letters,
     * digits and {@code _ . - [ ]}, single spaces between words) and not a YAML 1.1 keyword such as
     * {@code yes}, {@code N} or {@code null}. Jackson's own check lets number forms such as
     * {@code 1e5}, {@code 0x1F} or {@code .inf} go unquoted, so a layer named so would read back as
     * a number (FasterXML/jackson-dataformats-text issue 701), and it quotes Accelergy's names
     * ({@code system_top_level.DRAM[1..1]}) for their brackets, which block style does not need.
     */
    static final class PlainWordsUnquoted extends StringQuotingChecker.Default {
        private static final long serialVersionUID = 1L;
        private static final Pattern PLAIN_WORDS =
                Pattern.compile("[A-Za-z_][A-Za-z0-9_.\\[\\]-]*( [A-Za-z0-9_.\\[\\]-]+)*");

        @Override
        public boolean needToQuoteValue(String value) {
            return isReservedKeyword(value) || !PLAIN_WORDS.matcher(value).matches();
        }
    }
}
