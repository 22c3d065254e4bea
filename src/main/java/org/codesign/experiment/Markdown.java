package org.codesign.experiment;

import java.util.List;

/** A small Markdown builder for reports. */
final class Markdown {
    private final StringBuilder sb = new StringBuilder();

    Markdown h2(String title) {
        return block("## " + title);
    }

    Markdown h3(String title) {
        return block("### " + title);
    }

    Markdown p(String paragraph) {
        return block(paragraph);
    }

    Markdown bullets(List<String> items) {
        StringBuilder b = new StringBuilder();
        for (String item : items) {
            b.append("- ").append(item).append('\n');
        }
        return block(b.toString().stripTrailing());
    }

    Markdown code(String text) {
        return block("```\n" + text + "\n```");
    }

    Markdown image(String alt, String file) {
        return block("![" + alt + "](" + file + ")");
    }

    /** A table; every row must have as many cells as the header. Pipes in cells are escaped. */
    Markdown table(List<String> header, List<List<String>> rows) {
        StringBuilder b = new StringBuilder();
        row(b, header);
        b.append('|');
        for (int i = 0; i < header.size(); i++) {
            b.append(i == 0 ? " --- |" : " ---: |");
        }
        b.append('\n');
        for (List<String> r : rows) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException(
                        "rows: a row has " + r.size() + " cells, the header " + header.size());
            }
            row(b, r);
        }
        return block(b.toString().stripTrailing());
    }

    private static void row(StringBuilder b, List<String> cells) {
        b.append('|');
        for (String c : cells) {
            b.append(' ').append(c.replace("|", "\\|")).append(" |");
        }
        b.append('\n');
    }

    private Markdown block(String text) {
        sb.append(text).append("\n\n");
        return this;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
