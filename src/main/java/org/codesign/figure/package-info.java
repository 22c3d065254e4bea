/**
 * Figures for papers and slides, drawn once with Java2D (axes, ticks, legends and colour bars by
 * JFreeChart) and written as SVG (Batik), PDF (PDFBox) or PNG at twice the size. Both {@code
 * codesign plot} and the window's "Export figure" menus draw through here, so the same view gives
 * the same figure. Plain Java: AWT, no JavaFX.
 */
package org.codesign.figure;
