package org.codesign.accuracy;

import java.util.ArrayList;
import java.util.List;
import org.codesign.accuracy.AccuracyCalibration.Observation;
import org.codesign.space.MobileNetV2Config;
import org.codesign.workload.PublishedTables;
import org.codesign.workload.ReferenceNetworks;

/**
 * The calibration data: every row of the published accuracy tables as an observation whose
 * features come from our own layer-by-layer counts (the model is applied to those, not to the
 * tables' rounded figures).
 */
final class PublishedAccuracy {
    private PublishedAccuracy() {}

    static final String MOBILENET_V1 = "mobilenet_v1_tf_slim";
    static final String MOBILENET_V2 = "mobilenet_v2_tf_slim";
    static final String MNASNET_A1 = "mnasnet_a1";
    static final String OFA = "ofa_mbv3_subnets";
    static final String RESNET = "resnet_torchvision";
    static final List<String> TABLES = List.of(MOBILENET_V1, MOBILENET_V2, MNASNET_A1, OFA, RESNET);

    /**
     * MnasNet-A1 160/0.35: 52.3 % top-1 is below the same multiplier at 128 (54.8) and 12.6
     * points under 160/0.5, where every other resolution step costs 2–7 points; the table's
     * README calls it a likely typo. Left out of the fit and of the error figures.
     */
    static boolean isSuspectedTypo(Observation o) {
        return o.table().equals(MNASNET_A1) && o.id().equals("r160-d0.35");
    }

    /** Every usable row (the suspected typo excluded). */
    static List<Observation> calibrationSet() {
        return all().stream().filter(o -> !isSuspectedTypo(o)).toList();
    }

    /** Every row, the suspected typo included. */
    static List<Observation> all() {
        List<Observation> out = new ArrayList<>();
        for (PublishedTables.MobileNetRow r : PublishedTables.mobileNetV1()) {
            out.add(new Observation(
                    MOBILENET_V1,
                    "w" + r.widthMult() + "-r" + r.resolution(),
                    "w" + r.widthMult(),
                    ArchitectureFeatures.of(
                            Family.MOBILENET_V1,
                            ReferenceNetworks.mobileNetV1(r.widthMult(), r.resolution()),
                            r.resolution(),
                            r.widthMult()),
                    r.top1()));
        }
        for (PublishedTables.MobileNetRow r : PublishedTables.mobileNetV2()) {
            MobileNetV2Config config = new MobileNetV2Config(r.widthMult(), r.resolution());
            out.add(new Observation(
                    MOBILENET_V2,
                    "w" + r.widthMult() + "-r" + r.resolution(),
                    "w" + r.widthMult(),
                    ArchitectureFeatures.of(config),
                    r.top1()));
        }
        for (PublishedTables.MnasNetRow r : PublishedTables.mnasNetA1()) {
            out.add(new Observation(
                    MNASNET_A1,
                    "r" + r.resolution() + "-d" + r.depthMult(),
                    "d" + r.depthMult(),
                    ArchitectureFeatures.of(
                            Family.MNASNET_A1,
                            ReferenceNetworks.mnasNetA1(r.depthMult(), r.resolution()),
                            r.resolution(),
                            r.depthMult()),
                    r.top1()));
        }
        for (PublishedTables.OfaRow r : PublishedTables.ofaSubnets()) {
            out.add(new Observation(
                    OFA, r.id(), "w" + r.config().widthMult(), ArchitectureFeatures.of(r.config()), r.top1()));
        }
        for (PublishedTables.ResNetRow r : PublishedTables.resNets()) {
            out.add(new Observation(RESNET, r.model(), r.model(), ArchitectureFeatures.of(r.config()), r.top1()));
        }
        return out;
    }
}
