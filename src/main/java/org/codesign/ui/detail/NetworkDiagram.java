package org.codesign.ui.detail;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.codesign.cost.LayerCost;
import org.codesign.ui.kit.Ids;
import org.codesign.workload.Layer;
import org.codesign.workload.LayerKind;
import org.codesign.workload.Network;

/**
 * A network as a stage/block diagram: one box per block (stem, each stageN.blockM, head),
 * grouped by stage. A box's height follows its output channels, its label gives the kernel and
 * expand ratio, and its colour its share of the latency (darker = slower), so an instructor can
 * point at the blocks that make a design slow.
 */
public final class NetworkDiagram extends HBox {
    private static final Pattern BLOCK = Pattern.compile("^(stage\\d+)\\.(block\\d+)\\..*");

    /** Layers of one box. */
    record Block(String stage, String name, List<Integer> layerIndices) {}

    NetworkDiagram() {
        setSpacing(10);
        setAlignment(Pos.BOTTOM_LEFT);
        getStyleClass().add("network-diagram");
    }

    static List<Block> blocks(Network network) {
        Map<String, Block> blocks = new LinkedHashMap<>();
        List<Layer> layers = network.layers();
        for (int i = 0; i < layers.size(); i++) {
            String name = layers.get(i).name();
            Matcher m = BLOCK.matcher(name);
            String stage;
            String key;
            if (m.matches()) {
                stage = m.group(1);
                key = m.group(1) + "." + m.group(2);
            } else {
                String head = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                stage = head;
                key = head;
            }
            blocks.computeIfAbsent(key, k -> new Block(stage, k, new ArrayList<>()))
                    .layerIndices()
                    .add(i);
        }
        return List.copyOf(blocks.values());
    }

    /** Draws a network and (when known) its per-layer costs. */
    void show(Network network, List<LayerCost> costs) {
        getChildren().clear();
        List<Block> blocks = blocks(network);
        double total = costs.stream().mapToDouble(LayerCost::latencyMs).sum();
        int maxChannels = network.layers().stream().mapToInt(Layer::m).max().orElse(1);
        Map<String, HBox> stages = new LinkedHashMap<>();
        for (Block b : blocks) {
            HBox stage = stages.computeIfAbsent(b.stage(), s -> new HBox(2));
            stage.getChildren().add(box(network, costs, total, maxChannels, b));
        }
        stages.forEach((name, boxes) -> {
            boxes.setAlignment(Pos.BOTTOM_LEFT);
            Label title = new Label(name);
            title.getStyleClass().add("stage-label");
            VBox column = new VBox(2, boxes, title);
            column.setAlignment(Pos.BOTTOM_CENTER);
            getChildren().add(column);
        });
    }

    private static StackPane box(Network network, List<LayerCost> costs, double total, int maxChannels, Block b) {
        List<Layer> layers = network.layers();
        int kernel = 1;
        int channels = 0;
        long macs = 0;
        Integer expand = null;
        double latency = 0;
        for (int i : b.layerIndices()) {
            Layer l = layers.get(i);
            if (l.kind() != LayerKind.SE && l.kind() != LayerKind.FC) {
                kernel = Math.max(kernel, l.r());
            }
            if (l.name().endsWith(".expand") && l.kind() == LayerKind.POINTWISE && l.c() > 0) {
                expand = Math.round(l.m() / (float) l.c());
            }
            channels = l.kind() == LayerKind.SE ? channels : l.m();
            macs += l.macs();
            if (i < costs.size()) {
                latency += costs.get(i).latencyMs();
            }
        }
        double share = total > 0 ? latency / total : 0;
        double height = 18 + 70 * Math.sqrt(channels / (double) maxChannels);
        Rectangle r = new Rectangle(34, height);
        r.setArcWidth(6);
        r.setArcHeight(6);
        r.setFill(Color.hsb(212, 0.15 + 0.85 * Math.min(1, share * 8), 0.95 - 0.45 * Math.min(1, share * 8)));
        r.setStroke(Color.gray(0.35));
        String text = (kernel > 1 ? "k" + kernel : "") + (expand != null ? "\ne" + expand : "");
        Label label = new Label(text);
        label.getStyleClass().add("block-label");
        label.setTextFill(share * 8 > 0.55 ? Color.WHITE : Color.BLACK);
        StackPane box = new StackPane(r, label);
        box.setId(Ids.of("block", b.name()));
        box.setAlignment(Pos.CENTER);
        Tooltip.install(
                box,
                new Tooltip(String.format(
                        java.util.Locale.ROOT,
                        "%s: %d layers, %d output channels, %.1f M MACs%s",
                        b.name(),
                        b.layerIndices().size(),
                        channels,
                        macs / 1e6,
                        total > 0
                                ? String.format(
                                        java.util.Locale.ROOT,
                                        ", %.3f ms (%.0f %% of the latency)",
                                        latency,
                                        100 * share)
                                : "")));
        return box;
    }
}
