package org.codesign.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.codesign.ui.pareto.plot.OrbitCamera;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 3D view with real 3D: starts its own X server (Xvfb) and a JVM on it with JavaFX's
 * OpenGL pipeline forced onto Mesa's software renderer ({@link Real3DProbe}), which snapshots
 * eight coloured points from three cameras. Every point must show its colour where
 * {@code ViewProjection} says it is drawn.
 *
 * <p>Without Xvfb (a machine with only the JDK and Maven) the test is skipped and says what to
 * install, so the README's {@code mvn verify} passes there; where real 3D is required ({@code .ci/run}
 * sets {@code CODESIGN_REQUIRE_3D=1}, and CI sets {@code CI=true}) a missing Xvfb fails it instead.
 */
class Pareto3DRenderTest {
    private static final int BACKGROUND = 0xfbfbfb;

    @Test
    void pointsAreDrawnWhereTheProjectionSaysWithRealOpenGl(@TempDir Path dir) throws Exception {
        onXvfb(Real3DProbe.class, dir);
        checkPixels(dir);
    }

    /**
     * Issue 13: zoomed in, the cube's guides reached past the view, which then drew over the
     * toolbar and took its clicks: the toolbar stopped responding after a few wheel notches.
     */
    @Test
    void theToolbarStillRespondsAfterZoomingInWithTheWheel(@TempDir Path dir) throws Exception {
        onXvfb(ToolbarZoomProbe.class, dir);
        List<String> result = Files.readAllLines(dir.resolve("result.txt"));
        double zoom = Double.parseDouble(result.get(0).split(" ")[1]);
        assertThat(zoom)
                .as(ToolbarZoomProbe.NOTCHES + " wheel notches zoomed in")
                .isGreaterThan(2 * OrbitCamera.initial().zoom());
        assertThat(result.get(1))
                .as("after the zoom, the toolbar's x–z view (pitch -90) and Box tool took their clicks")
                .isEqualTo("after-click -90.0 BOX");
    }

    /**
     * Issue 14: the real 3D view's context menu, clicked as a user does (Monocle has no 3D, so no
     * other test can): Save as SVG writes the cube with every shown point as a circle, Save as PNG
     * (2×) a snapshot at twice the view's size.
     */
    @Test
    void theRealThreeDViewSavesAsSvgAndPngFromItsContextMenu(@TempDir Path dir) throws Exception {
        onXvfb(Real3DMenuProbe.class, dir);
        List<String> result = Files.readAllLines(dir.resolve("result.txt"));
        String[] view = result.get(0).split(" ");
        long points = Long.parseLong(result.get(1).split(" ")[1]);
        assertThat(result.subList(2, result.size()))
                .as("each dialog proposed the cube's name with the format's extension")
                .containsExactly(
                        "asked cube-latencyMs-accuracy-powerW.svg", "asked cube-latencyMs-accuracy-powerW.png");
        org.codesign.figure.SvgFile svg = org.codesign.figure.SvgFile.read(dir.resolve("cube.svg"));
        assertThat(svg.circles()).as("one circle per shown point").isEqualTo((int) points);
        assertThat(svg.texts()).contains("latency (ms)", "top-1 accuracy (%)", "power (W)");
        BufferedImage png = ImageIO.read(dir.resolve("cube.png").toFile());
        assertThat(png.getWidth()).isEqualTo((int) Math.ceil(2 * Double.parseDouble(view[1])));
        assertThat(png.getHeight()).isEqualTo((int) Math.ceil(2 * Double.parseDouble(view[2])));
    }

    /**
     * Starts an X server (Xvfb) and runs {@code probe}'s main on it with JavaFX's OpenGL pipeline
     * forced onto Mesa's software renderer, writing into {@code dir}; skipped without Xvfb.
     */
    private static void onXvfb(Class<?> probe, Path dir) throws Exception {
        Path xvfb = onPath("Xvfb");
        String missing = "Xvfb is not installed: the real-3D test needs an X server and Mesa's OpenGL "
                + "(Debian: apt-get install xvfb libgl1 libgl1-mesa-dri; .ci/run installs them)";
        if (xvfb == null && real3dRequired()) {
            fail(missing);
        }
        assumeTrue(xvfb != null, "skipped: " + missing);
        Process server = new ProcessBuilder(
                        xvfb.toString(), "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            String display =
                    CompletableFuture.supplyAsync(() -> firstLine(server)).get(30, TimeUnit.SECONDS);
            assertThat(display).as("display number printed by Xvfb").matches("\\d+");
            Path log = dir.resolve("probe.log");
            String java =
                    Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder pb = new ProcessBuilder(
                            java,
                            "-cp",
                            System.getProperty("java.class.path"),
                            "-Dprism.order=es2,sw",
                            "-Dprism.forceGPU=true",
                            "-Dprism.verbose=true",
                            "-Djava.awt.headless=true",
                            probe.getName(),
                            dir.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            pb.environment().put("DISPLAY", ":" + display);
            Process running = pb.start();
            if (!running.waitFor(120, TimeUnit.SECONDS)) {
                running.destroyForcibly();
                fail("the 3D probe did not finish within 120 s:\n" + Files.readString(log));
            }
            if (running.exitValue() != 0) {
                fail("the 3D probe failed (exit " + running.exitValue()
                        + (running.exitValue() == 3 ? ": no 3D on Xvfb; is Mesa's libgl1-mesa-dri installed?" : "")
                        + "):\n" + Files.readString(log));
            }
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** CI must not pass by skipping: there a missing X server is a failure. */
    private static boolean real3dRequired() {
        return "1".equals(System.getenv("CODESIGN_REQUIRE_3D")) || "true".equals(System.getenv("CI"));
    }

    private static void checkPixels(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("positions.txt"));
        assertThat(lines).hasSize(Real3DProbe.POINTS * Real3DProbe.CAMERAS.length);
        List<String> misses = new ArrayList<>();
        String lastImage = null;
        BufferedImage image = null;
        for (String line : lines) {
            String[] f = line.split(" ");
            if (!f[0].equals(lastImage)) {
                image = ImageIO.read(dir.resolve(f[0]).toFile());
                lastImage = f[0];
                // Corners are far from the cube: background.
                assertThat(image.getRGB(3, 3) & 0xffffff).as(f[0] + " corner").isEqualTo(BACKGROUND);
                assertThat(image.getRGB(image.getWidth() - 4, 3) & 0xffffff)
                        .as(f[0] + " corner")
                        .isEqualTo(BACKGROUND);
            }
            double x = Double.parseDouble(f[2]);
            double y = Double.parseDouble(f[3]);
            int expected = Integer.parseInt(f[4], 16);
            assertThat(Double.parseDouble(f[5])).as("JavaFX's x of " + line).isCloseTo(x, within(0.01));
            assertThat(Double.parseDouble(f[6])).as("JavaFX's y of " + line).isCloseTo(y, within(0.01));
            if (!colourNear(image, x, y, expected)) {
                misses.add(line + " found " + String.format("%06x", image.getRGB((int) x, (int) y) & 0xffffff));
            }
        }
        assertThat(misses)
                .as("points not drawn in their colour where the projection puts them")
                .isEmpty();
        List<String> picks = Files.readAllLines(dir.resolve("picks.txt"));
        assertThat(picks).hasSize(Real3DProbe.POINTS);
        for (String pick : picks) {
            String[] f = pick.split(" ");
            assertThat(f[1])
                    .as("point picked under the mouse at point " + f[0] + " (" + pick + ")")
                    .isEqualTo(f[0]);
        }
    }

    /** Some pixel within 1 px has the colour, lit somewhere between 50 % and 130 % (glyphs are shaded). */
    static boolean colourNear(BufferedImage image, double x, double y, int rgb) {
        int cx = (int) Math.floor(x);
        int cy = (int) Math.floor(y);
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int px = cx + dx;
                int py = cy + dy;
                if (px >= 0
                        && py >= 0
                        && px < image.getWidth()
                        && py < image.getHeight()
                        && shadeOf(image.getRGB(px, py), rgb)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean shadeOf(int pixel, int rgb) {
        int[] p = {(pixel >> 16) & 0xff, (pixel >> 8) & 0xff, pixel & 0xff};
        int[] c = {(rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff};
        for (double k = 0.5; k <= 1.3; k += 0.02) {
            double d = 0;
            for (int i = 0; i < 3; i++) {
                double e = Math.min(255, c[i] * k) - p[i];
                d += e * e;
            }
            if (Math.sqrt(d) < 28) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(Process p) {
        try {
            BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String line = r.readLine();
            return line == null ? "" : line.trim();
        } catch (IOException e) {
            return "";
        }
    }

    private static Path onPath(String program) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(d, program);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }
}
