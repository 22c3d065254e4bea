package org.codesign.ui.teaching;

import java.util.ArrayList;
import java.util.List;
import org.codesign.figure.FigureAxis;
import org.codesign.figure.ScatterFigure;

/**
 * The teaching view's charts as vector figures for their "Save as SVG / PDF" menus: the same
 * points, colours and marks as the view shows now, drawn by {@code org.codesign.figure}.
 */
final class TeachingFigures {
    private TeachingFigures() {}

    /** The population by rank over the true front, the marked parents and offspring, and the picked member. */
    static ScatterFigure population(TeachingViewModel.Plot plot, String[] rankColours, String pickedColour) {
        if (plot == null) {
            return new ScatterFigure(
                    "No generation yet",
                    FigureAxis.numeric("objective 2", "", false),
                    FigureAxis.numeric("objective 1", "", false),
                    List.of(),
                    null);
        }
        List<ScatterFigure.Group> groups = new ArrayList<>();
        if (!plot.trueFront().isEmpty()) {
            groups.add(group("true front", 0xff000000, ScatterFigure.Style.LINE, plot.trueFront()));
        }
        for (int r = 0; r < plot.ranks().size() && r < rankColours.length; r++) {
            String name = r == rankColours.length - 1 ? "front " + (r + 1) + "+" : "front " + (r + 1);
            groups.add(group(
                    name,
                    argb(rankColours[r]),
                    ScatterFigure.Style.DOT,
                    plot.ranks().get(r)));
        }
        groups.add(group("parents", 0xff1f6fd1, ScatterFigure.Style.RING, plot.parents()));
        groups.add(group("offspring", 0xff000000, ScatterFigure.Style.RING, plot.offspring()));
        if (plot.picked() != null) {
            groups.add(group("picked", argb(pickedColour), ScatterFigure.Style.FRONT, List.of(plot.picked())));
        }
        return new ScatterFigure(
                "",
                FigureAxis.numeric(plot.x().labelWithUnit(), "", false),
                FigureAxis.numeric(plot.y().labelWithUnit(), "", false),
                groups,
                null);
    }

    /** The hypervolume gap to the true front per generation, as a line with its points. */
    static ScatterFigure gap(List<TeachingViewModel.XY> gap) {
        return new ScatterFigure(
                "Hypervolume gap to the true front",
                FigureAxis.numeric("generation", "", false),
                FigureAxis.numeric("gap", "", false),
                List.of(
                        group("gap", 0xff1f77b4, ScatterFigure.Style.LINE, gap),
                        group("generation", 0xff1f77b4, ScatterFigure.Style.DOT, gap)),
                null);
    }

    private static ScatterFigure.Group group(
            String name, int argb, ScatterFigure.Style style, List<TeachingViewModel.XY> points) {
        double[] x = new double[points.size()];
        double[] y = new double[points.size()];
        for (int i = 0; i < x.length; i++) {
            x[i] = points.get(i).x();
            y[i] = points.get(i).y();
        }
        return new ScatterFigure.Group(
                name, argb, style, style != ScatterFigure.Style.DOT || name.startsWith("front"), x, y);
    }

    private static int argb(String hex) {
        return 0xff000000 | Integer.parseInt(hex.substring(1), 16);
    }
}
