package org.codesign.figure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** A written SVG file parsed as XML: its size, its texts and its point marks, for the tests. */
public record SvgFile(Document document) {

    public static SvgFile read(Path file) throws IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            // The written SVG names Batik's DTD: never fetch it.
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return new SvgFile(f.newDocumentBuilder().parse(file.toFile()));
        } catch (Exception e) {
            throw new IOException(file + ": not well-formed SVG: " + e.getMessage(), e);
        }
    }

    public Element root() {
        return document.getDocumentElement();
    }

    /** Every {@code <text>}'s content, in document order. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        NodeList nodes = document.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent().strip());
        }
        return texts;
    }

    /** How many circles have each fill colour ("rgb(31,111,209)"), as set on them or inherited from a group. */
    public Map<String, Integer> fills() {
        Map<String, Integer> counts = new TreeMap<>();
        NodeList circles = document.getElementsByTagNameNS("*", "circle");
        for (int i = 0; i < circles.getLength(); i++) {
            counts.merge(fill(circles.item(i)), 1, Integer::sum);
        }
        return counts;
    }

    private static String fill(Node node) {
        for (Node n = node; n instanceof Element e; n = n.getParentNode()) {
            if (e.hasAttribute("fill")) {
                return e.getAttribute("fill");
            }
            Matcher m = FILL.matcher(e.getAttribute("style"));
            if (m.find()) {
                return m.group(1).strip();
            }
        }
        return "none";
    }

    private static final Pattern FILL = Pattern.compile("(?:^|;)\\s*fill:([^;]+)");

    /** How many {@code <path>} elements the figure has (lines, outlines). */
    public int paths() {
        return document.getElementsByTagNameNS("*", "path").getLength();
    }

    /** How many filled circles the figure has: one per point drawn. */
    public int circles() {
        return document.getElementsByTagNameNS("*", "circle").getLength();
    }

    /** How many filled circles the figure has of each radius. */
    public Map<Double, Integer> circleRadii() {
        Map<Double, Integer> byRadius = new java.util.TreeMap<>();
        NodeList circles = document.getElementsByTagNameNS("*", "circle");
        for (int i = 0; i < circles.getLength(); i++) {
            double r = Double.parseDouble(((Element) circles.item(i)).getAttribute("r"));
            byRadius.merge(r, 1, Integer::sum);
        }
        return byRadius;
    }
}
