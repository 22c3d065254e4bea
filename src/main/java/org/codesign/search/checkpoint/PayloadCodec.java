package org.codesign.search.checkpoint;

import com.fasterxml.jackson.databind.JsonNode;
import org.codesign.search.PayloadColumns;

/** How the opaque payload the wiring layer attaches to evaluations is written to and read from JSON. */
public interface PayloadCodec {

    /** Runs whose evaluations carry no payload (a payload is then an error, not silently lost). */
    PayloadCodec NONE = new PayloadCodec() {
        @Override
        public JsonNode write(Object payload) {
            throw new IllegalArgumentException(
                    "payload: a " + payload.getClass().getSimpleName() + " cannot be written to a checkpoint");
        }

        @Override
        public Object read(JsonNode node) {
            throw new IllegalArgumentException("payload: this checkpoint reader expects no payloads");
        }
    };

    /** The JSON form of a non-null payload. */
    JsonNode write(Object payload);

    Object read(JsonNode node);

    /** How read payloads are kept in a point log's columns; null keeps them as objects. */
    default PayloadColumns columns() {
        return null;
    }
}
