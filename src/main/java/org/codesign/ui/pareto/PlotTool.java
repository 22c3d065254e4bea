package org.codesign.ui.pareto;

/** What a left drag in the 3D view does: orbit the camera, or brush with a box or a lasso. */
public enum PlotTool {
    ROTATE,
    BOX,
    LASSO
}
