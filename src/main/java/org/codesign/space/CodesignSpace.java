package org.codesign.space;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The joint space: a network space and a hardware space. A joint genome is the network genes
 * followed by the hardware genes.
 */
public record CodesignSpace(TemplateSpace<NetworkConfig> network, TemplateSpace<HardwareConfig> hardware) {

    /** A decoded joint genome. */
    public record Point(NetworkConfig network, HardwareConfig hardware) {}

    public int genomeLength() {
        return network.design().genomeLength() + hardware.design().genomeLength();
    }

    public int[] cardinalities() {
        int[] n = network.design().cardinalities();
        int[] h = hardware.design().cardinalities();
        int[] all = Arrays.copyOf(n, n.length + h.length);
        System.arraycopy(h, 0, all, n.length, h.length);
        return all;
    }

    public List<String> validate() {
        List<String> problems = new ArrayList<>();
        network.validate().forEach(p -> problems.add("network space: " + p));
        hardware.validate().forEach(p -> problems.add("hardware space: " + p));
        return problems;
    }

    public BigInteger size() {
        return network.size().multiply(hardware.size());
    }

    public double log10Size() {
        return Sizes.log10(size());
    }

    public int[] networkGenes(int[] genome) {
        return Arrays.copyOfRange(genome, 0, network.design().genomeLength());
    }

    public int[] hardwareGenes(int[] genome) {
        return Arrays.copyOfRange(genome, network.design().genomeLength(), genome.length);
    }

    public Point decode(int[] genome) {
        if (genome.length != genomeLength()) {
            throw new IllegalArgumentException("genome: expected " + genomeLength() + " genes, got " + genome.length);
        }
        return new Point(network.decode(networkGenes(genome)), hardware.decode(hardwareGenes(genome)));
    }

    public int[] encode(NetworkConfig n, HardwareConfig h) {
        int[] a = network.encode(n);
        int[] b = hardware.encode(h);
        int[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
