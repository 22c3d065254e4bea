package org.codesign.figure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
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

    /** How many filled circles the figure has: one per point drawn. */
    public int circles() {
        return document.getElementsByTagNameNS("*", "circle").getLength();
    }
}
