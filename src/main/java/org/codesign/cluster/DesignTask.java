package org.codesign.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.nio.serialization.compact.CompactReader;
import com.hazelcast.nio.serialization.compact.CompactSerializer;
import com.hazelcast.nio.serialization.compact.CompactWriter;
import java.util.concurrent.Callable;

/**
 * A chunk of a batch sent to a worker: the model settings and each design's network and hardware
 * configuration as JSON (the format of {@code codesign evaluate}; "" = no hardware). Crosses the
 * wire as Compact, field by field; the worker's {@link WorkerRuntime} does the evaluating.
 */
final class DesignTask implements Callable<BatchReply>, HazelcastInstanceAware {
    private final String mapperObjective;
    private final String[] networks;
    private final String[] hardware;
    private transient HazelcastInstance member;

    DesignTask(String mapperObjective, String[] networks, String[] hardware) {
        this.mapperObjective = mapperObjective;
        this.networks = networks;
        this.hardware = hardware;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance instance) {
        this.member = instance;
    }

    @Override
    public BatchReply call() {
        if (member == null) {
            return BatchReply.failed("the task reached no member", "?");
        }
        return WorkerRuntime.of(member).evaluate(mapperObjective, networks, hardware);
    }

    static final class Serializer implements CompactSerializer<DesignTask> {
        @Override
        public DesignTask read(CompactReader in) {
            return new DesignTask(
                    in.readString("mapperObjective"),
                    in.readArrayOfString("networks"),
                    in.readArrayOfString("hardware"));
        }

        @Override
        public void write(CompactWriter out, DesignTask t) {
            out.writeString("mapperObjective", t.mapperObjective);
            out.writeArrayOfString("networks", t.networks);
            out.writeArrayOfString("hardware", t.hardware);
        }

        @Override
        public String getTypeName() {
            return "codesign.DesignTask";
        }

        @Override
        public Class<DesignTask> getCompactClass() {
            return DesignTask.class;
        }
    }
}
