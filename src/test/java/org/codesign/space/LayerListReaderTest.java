package org.codesign.space;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayerListReaderTest {

    private static String net(String... layers) {
        return "{\"name\": \"t\", \"input\": [3, 32, 32], \"layers\": [" + String.join(",", layers) + "]}";
    }

    private static String error(String text) {
        return assertThrows(IllegalArgumentException.class, () -> LayerListReader.parse("my.json", text))
                .getMessage();
    }

    @Test
    void shapesFollowPyTorchArithmetic() {
        LayerList list = LayerListReader.parse(
                "my.json",
                net(
                        "{\"name\": \"c1\", \"op\": \"conv\", \"out\": 8, \"kernel\": 3, \"stride\": 2, \"padding\": 1}",
                        "{\"name\": \"p\", \"op\": \"maxpool\", \"kernel\": 3, \"stride\": 2, \"ceil\": true}",
                        "{\"name\": \"dw\", \"op\": \"depthwise\", \"kernel\": [3, 1], \"padding\": [1, 0]}",
                        "{\"name\": \"side\", \"op\": \"conv\", \"input\": \"p\", \"out\": 4, \"kernel\": 1}",
                        "{\"name\": \"cat\", \"op\": \"concat\", \"inputs\": [\"dw\", \"side\"], \"shape\": [12, 8, 8]}",
                        "{\"name\": \"gap\", \"op\": \"adaptiveavgpool\", \"size\": 1}",
                        "{\"name\": \"fc\", \"op\": \"fc\", \"in\": 12, \"out\": 10}"));
        List<LayerOp> ops = list.ops();
        assertEquals(new LayerOp.Shape(8, 16, 16), ops.get(0).shape()); // ⌊(32 + 2 − 3) / 2⌋ + 1
        assertEquals(new LayerOp.Shape(8, 8, 8), ops.get(1).shape()); // ceil mode: ⌈13 / 2⌉ + 1 = 8
        assertEquals(new LayerOp.Shape(8, 8, 8), ops.get(2).shape());
        assertEquals(8, ops.get(2).groups());
        assertEquals(List.of(1), ops.get(3).inputs());
        assertEquals(new LayerOp.Shape(12, 8, 8), ops.get(4).shape());
        assertEquals(new LayerOp.Shape(10, 1, 1), list.output());
        assertTrue(Double.isNaN(list.top1()));
    }

    @Test
    void addOfUnequalShapesNamesFileLayerAndInputs() {
        String m = error(net(
                "{\"name\": \"a\", \"op\": \"conv\", \"out\": 8, \"kernel\": 1}",
                "{\"name\": \"b\", \"op\": \"conv\", \"input\": \"input\", \"out\": 4, \"kernel\": 1}",
                "{\"name\": \"sum\", \"op\": \"add\", \"inputs\": [\"a\", \"b\"]}"));
        assertEquals("my.json: /layers/2/inputs/1: add needs equal shapes: 'b' is 4×32×32 but 'a' is 8×32×32", m);
    }

    @Test
    void concatOfMismatchedSpatialSizes() {
        String m = error(net(
                "{\"name\": \"a\", \"op\": \"conv\", \"out\": 8, \"kernel\": 1, \"stride\": 2}",
                "{\"name\": \"b\", \"op\": \"conv\", \"input\": \"input\", \"out\": 8, \"kernel\": 1}",
                "{\"name\": \"cat\", \"op\": \"concat\", \"inputs\": [\"a\", \"b\"]}"));
        assertEquals(
                "my.json: /layers/2/inputs/1: concat needs equal spatial sizes: 'b' is 8×32×32 but 'a' is 8×16×16", m);
    }

    @Test
    void fcWithTheWrongInputSize() {
        String m = error(net(
                "{\"name\": \"p\", \"op\": \"adaptiveavgpool\", \"size\": 2}",
                "{\"name\": \"fc\", \"op\": \"fc\", \"in\": 3, \"out\": 10}"));
        assertEquals("my.json: /layers/1/in: fc expects 3 input features but its input 'p' is 3×2×2 = 12 values", m);
    }

    @Test
    void statedShapeIsChecked() {
        String m = error(net("{\"name\": \"c\", \"op\": \"conv\", \"out\": 8, \"kernel\": 3, \"shape\": [8, 32, 32]}"));
        assertEquals("my.json: /layers/0/shape: the file states 8×32×32 but the layer computes 8×30×30", m);
    }

    @Test
    void badKeysNamesAndReferencesAreNamed() {
        assertEquals(
                "my.json: /layers/0/kernal: unknown key 'kernal' here (allowed: bias, bn, groups, input, kernel, name,"
                        + " op, out, padding, shape, stride)",
                error(net("{\"name\": \"c\", \"op\": \"conv\", \"out\": 8, \"kernal\": 3}")));
        assertEquals(
                "my.json: /layers/1/input: no earlier layer is named 'later' (a layer can only read layers above it,"
                        + " or \"input\" for the image)",
                error(net(
                        "{\"name\": \"c\", \"op\": \"conv\", \"out\": 8, \"kernel\": 1}",
                        "{\"name\": \"d\", \"op\": \"conv\", \"input\": \"later\", \"out\": 8, \"kernel\": 1}")));
        assertEquals(
                "my.json: /layers/1/name: layer name 'c' is used twice (first at /layers/0)",
                error(net(
                        "{\"name\": \"c\", \"op\": \"conv\", \"out\": 8, \"kernel\": 1}",
                        "{\"name\": \"c\", \"op\": \"conv\", \"out\": 8, \"kernel\": 1}")));
        assertTrue(error(net("{\"name\": \"c\", \"op\": \"lstm\"}"))
                .startsWith("my.json: /layers/0/op: unknown op 'lstm'"));
        assertEquals(
                "my.json: /layers/0 (c): groups 2 must divide the input channels (3) and the output channels (8)",
                error(net("{\"name\": \"c\", \"op\": \"conv\", \"out\": 8, \"kernel\": 1, \"groups\": 2}")));
        assertEquals(
                "my.json: /layers/0 (c): the input height 32 (padded: 32) is smaller than the kernel 33",
                error(net("{\"name\": \"c\", \"op\": \"conv\", \"out\": 8, \"kernel\": 33}")));
        assertEquals("my.json: /input: missing", error("{\"name\": \"t\", \"layers\": []}"));
        assertTrue(error("{\"name\": \"t\", \"name\": \"u\"}").startsWith("my.json: not valid JSON: Duplicate field"));
    }
}
