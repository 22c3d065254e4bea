package org.codesign.space;

/** What the values of a parameter are. */
public enum ValueKind {
    /** Whole numbers, such as a kernel size or a buffer size in KiB. */
    INTEGER,
    /** Decimal numbers, such as a width multiplier or a frequency in MHz. */
    DECIMAL,
    /** Named options, such as a dataflow. */
    OPTION
}
