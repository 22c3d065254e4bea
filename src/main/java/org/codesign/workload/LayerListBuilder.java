package org.codesign.workload;

import java.util.ArrayList;
import java.util.List;
import org.codesign.space.LayerList;
import org.codesign.space.LayerListConfig;
import org.codesign.space.LayerOp;
import org.codesign.space.LayerOp.Kind;

/**
 * A layer-list network as layers the cost models understand: every conv, depthwise and fc
 * entry becomes a {@link Layer} (1×1 convs are POINTWISE, groups = C = M is DEPTHWISE, other
 * grouped convs stay CONV with their groups). Pooling, concat, add and batch norm become no
 * layer: they have no multiply-accumulates, and the existing templates already treat pooling
 * and residual additions as free, so the cost models see the same kind of network from every
 * template. This is also torchvision's convention for its published operation counts, which
 * count only convolution and linear multiply-accumulates.
 *
 * <p>Parameters: a conv's {@code bias} adds 1 and its {@code bn} 2 per output channel. A
 * standalone {@code batchnorm} (DenseNet's pre-activation norms) normalizes channels another
 * layer produced; its scale and shift are counted with the layers that produced them, as
 * {@link ReferenceNetworks#denseNet121()} does, so the network's total stays exact.
 */
final class LayerListBuilder {
    private LayerListBuilder() {}

    static Network build(LayerListConfig config) {
        return build(config.file(), config.definition());
    }

    /** A checked layer list read from {@code file} (named in messages), e.g. a bundled resource. */
    static Network build(String file, LayerList list) {
        List<LayerOp> ops = list.ops();
        int[] affine = new int[ops.size()];
        // The compute layers whose outputs make up each entry's output, channel block by block.
        List<List<Integer>> producers = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            LayerOp op = ops.get(i);
            List<Integer> from = op.inputs().get(0) == LayerOp.NETWORK_INPUT
                    ? List.of()
                    : producers.get(op.inputs().get(0));
            switch (op.kind()) {
                case CONV, DEPTHWISE, FC -> {
                    affine[i] = (op.bias() ? LayerStack.BIAS : 0) + (op.batchNorm() ? LayerStack.BATCH_NORM : 0);
                    producers.add(List.of(i));
                }
                case CONCAT -> {
                    List<Integer> all = new ArrayList<>();
                    for (int input : op.inputs()) {
                        all.addAll(input == LayerOp.NETWORK_INPUT ? List.of() : producers.get(input));
                    }
                    producers.add(List.copyOf(all));
                }
                case BATCHNORM -> {
                    if (from.isEmpty()) {
                        throw new IllegalArgumentException(file + ": " + op.pointer() + " (" + op.name()
                                + "): batchnorm of channels no layer produced; its parameters cannot be counted");
                    }
                    for (int producer : from) {
                        affine[producer] += LayerStack.BATCH_NORM;
                    }
                    producers.add(from);
                }
                default -> producers.add(from); // pooling keeps channels; add counts with its first input
            }
        }
        List<Layer> layers = new ArrayList<>();
        List<DataOp> dataOps = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            LayerOp op = ops.get(i);
            if (op.kind().computes()) {
                layers.add(layer(op, inputShape(list, op), affine[i]));
            } else {
                dataOp(op, inputShape(list, op), layers.size() - 1).ifPresent(dataOps::add);
            }
        }
        if (layers.isEmpty()) {
            throw new IllegalArgumentException(
                    file + ": the network has no conv, depthwise or fc layer, so nothing to cost");
        }
        return new Network(list.name(), layers, dataOps);
    }

    /** The kernel a non-computing entry becomes in an inference engine; concatenations become none. */
    private static java.util.Optional<DataOp> dataOp(LayerOp op, LayerOp.Shape in, int afterLayer) {
        DataOp.Kind kind = switch (op.kind()) {
            case MAXPOOL, AVGPOOL, ADAPTIVEAVGPOOL -> DataOp.Kind.POOL;
            case ADD -> DataOp.Kind.ADD;
            case BATCHNORM -> DataOp.Kind.NORM;
            default -> null;
        };
        if (kind == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new DataOp(
                op.name(),
                kind,
                afterLayer,
                op.inputs().size(),
                in.size(),
                op.shape().size()));
    }

    private static LayerOp.Shape inputShape(LayerList list, LayerOp op) {
        int input = op.inputs().get(0);
        return input == LayerOp.NETWORK_INPUT
                ? list.input()
                : list.ops().get(input).shape();
    }

    private static Layer layer(LayerOp op, LayerOp.Shape in, int affine) {
        if (op.kind() == Kind.FC) {
            int features = Math.toIntExact(in.size());
            return new Layer(op.name(), LayerKind.FC, 1, features, op.out(), 1, 1, 1, 1, 1, 1, 1, affine);
        }
        LayerOp.Shape out = op.shape();
        int c = in.channels();
        int m = out.channels();
        LayerKind kind;
        if (op.groups() == c && op.groups() == m && c > 1) {
            kind = LayerKind.DEPTHWISE;
        } else if (op.kernelH() == 1 && op.kernelW() == 1 && op.groups() == 1) {
            kind = LayerKind.POINTWISE;
        } else {
            kind = LayerKind.CONV;
        }
        return new Layer(
                op.name(),
                kind,
                1,
                c,
                m,
                out.height(),
                out.width(),
                op.kernelH(),
                op.kernelW(),
                op.strideH(),
                op.strideW(),
                op.groups(),
                affine);
    }
}
