/**
 * What a point of a study can be plotted, tabulated or exported by: every metric, every design
 * parameter and the derived utilization, generation and run, each a {@link
 * org.codesign.study.quantity.Quantity} with its label, unit and display scale, read with {@link
 * org.codesign.study.quantity.Quantities}. The one place units live for display (issue 14, item 6).
 */
package org.codesign.study.quantity;
