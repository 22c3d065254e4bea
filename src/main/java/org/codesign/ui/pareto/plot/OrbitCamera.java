package org.codesign.ui.pareto.plot;

/**
 * Where the user looks at the plot cube from: yaw about the cube's vertical axis, then pitch
 * about the screen's horizontal axis (degrees), a zoom factor (a narrower lens, so nothing ever
 * comes too close to the eye), a pan in cube units, and perspective or orthographic projection.
 * The presets look along one cube axis orthographically and so show exactly a 2D projection.
 */
public record OrbitCamera(double yaw, double pitch, double zoom, double panX, double panY, boolean perspective) {

    public static final double MIN_ZOOM = 0.2;
    public static final double MAX_ZOOM = 40;
    /** Presets zoom in so the cube's face, not its bounding sphere, fills the view. */
    public static final double PRESET_ZOOM = 1.7;

    public OrbitCamera {
        pitch = Math.max(-90, Math.min(90, pitch));
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
        yaw = ((yaw % 360) + 540) % 360 - 180;
    }

    /** The view the plot opens with: slightly from above and from the right. */
    public static OrbitCamera initial() {
        return new OrbitCamera(-35, 22, 1.2, 0, 0, true);
    }

    /** Looking along -z: the x–y projection (x right, y up). */
    public static OrbitCamera front() {
        return new OrbitCamera(0, 0, PRESET_ZOOM, 0, 0, false);
    }

    /** Looking along the y axis: the x–z projection (x right, z up). */
    public static OrbitCamera top() {
        return new OrbitCamera(0, -90, PRESET_ZOOM, 0, 0, false);
    }

    /** Looking along the x axis: the z–y projection (z right, y up). */
    public static OrbitCamera side() {
        return new OrbitCamera(90, 0, PRESET_ZOOM, 0, 0, false);
    }

    public OrbitCamera orbit(double dYaw, double dPitch) {
        return new OrbitCamera(yaw + dYaw, pitch + dPitch, zoom, panX, panY, perspective);
    }

    public OrbitCamera zoomBy(double factor) {
        return new OrbitCamera(yaw, pitch, zoom * factor, panX, panY, perspective);
    }

    public OrbitCamera panBy(double dx, double dy) {
        return new OrbitCamera(yaw, pitch, zoom, panX + dx, panY + dy, perspective);
    }

    public OrbitCamera withPerspective(boolean on) {
        return new OrbitCamera(yaw, pitch, zoom, panX, panY, on);
    }
}
