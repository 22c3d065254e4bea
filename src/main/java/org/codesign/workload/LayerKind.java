package org.codesign.workload;

/** What a layer computes; every kind is a (possibly grouped) convolution in Timeloop's terms. */
public enum LayerKind {
    /** Standard convolution (groups = 1, R×S > 1 or stride > 1). */
    CONV,
    /** Depthwise convolution: groups = C = M. */
    DEPTHWISE,
    /** 1×1 convolution. */
    POINTWISE,
    /** Fully connected layer: a 1×1 convolution on a 1×1 map. */
    FC,
    /** One of the two fully connected layers of a squeeze-and-excite block (on the pooled 1×1 map). */
    SE
}
