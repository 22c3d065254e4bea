package org.codesign.experiment;

import java.util.List;

/**
 * What an experiment found: the report's Markdown after the common header, the plots it
 * refers to, and the headline comparisons with the paper (also listed at the top of the report).
 */
public record ReportBody(String markdown, List<Plot> plots, List<Claim> claims) {

    /** One line of "the paper says, we find". */
    public record Claim(String measure, String paper, String ours, String verdict) {}

    public ReportBody {
        plots = List.copyOf(plots);
        claims = List.copyOf(claims);
    }
}
