package org.codesign.search;

import java.util.Arrays;

/** A genome as a hash key (the caller promises not to modify the array afterwards). */
record GenomeKey(int[] genes) {

    static GenomeKey copyOf(int[] genome) {
        return new GenomeKey(genome.clone());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GenomeKey k && Arrays.equals(genes, k.genes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(genes);
    }

    @Override
    public String toString() {
        return Arrays.toString(genes);
    }
}
