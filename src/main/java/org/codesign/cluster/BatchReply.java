package org.codesign.cluster;

import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;
import java.util.EnumMap;
import java.util.Map;
import org.codesign.eval.Metric;
import org.codesign.search.codesign.DesignResult;

/**
 * A worker's answer to a {@link DesignTask}, as it crosses the wire (Compact): every design's
 * metrics in one array ({@link Metric} order, NaN = no value, which {@code Metrics.values()} never
 * holds), the infeasible reasons (null = feasible), or the error that failed the batch.
 */
record BatchReply(double[] metrics, String[] reasons, String error, String member) {

    static BatchReply of(DesignResult[] results, String member) {
        int width = Metric.values().length;
        double[] metrics = new double[results.length * width];
        java.util.Arrays.fill(metrics, Double.NaN);
        String[] reasons = new String[results.length];
        for (int i = 0; i < results.length; i++) {
            int row = i * width;
            results[i].values().forEach((m, v) -> metrics[row + m.ordinal()] = v);
            reasons[i] = results[i].infeasibleReason();
        }
        return new BatchReply(metrics, reasons, null, member);
    }

    static BatchReply failed(String error, String member) {
        return new BatchReply(new double[0], new String[0], error, member);
    }

    int size() {
        return reasons.length;
    }

    DesignResult result(int i) {
        Metric[] all = Metric.values();
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        for (Metric m : all) {
            double v = metrics[i * all.length + m.ordinal()];
            if (!Double.isNaN(v)) {
                values.put(m, v);
            }
        }
        return new DesignResult(values, reasons[i]);
    }

    /** Field by field, no reflection. */
    static final class Serializer implements CompactSerializer<BatchReply> {
        @Override
        public BatchReply read(CompactReader in) {
            return new BatchReply(
                    in.readArrayOfFloat64("metrics"),
                    in.readArrayOfString("reasons"),
                    in.readString("error"),
                    in.readString("member"));
        }

        @Override
        public void write(CompactWriter out, BatchReply r) {
            out.writeArrayOfFloat64("metrics", r.metrics());
            out.writeArrayOfString("reasons", r.reasons());
            out.writeString("error", r.error());
            out.writeString("member", r.member());
        }

        @Override
        public String getTypeName() {
            return "codesign.BatchReply";
        }

        @Override
        public Class<BatchReply> getCompactClass() {
            return BatchReply.class;
        }
    }
}
