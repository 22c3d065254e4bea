package org.codesign.figure;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawerDefaultFonts;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.w3c.dom.Document;

/**
 * Writes a {@link FigureDrawing} of {@code width × height} points as SVG (Batik's SVGGraphics2D),
 * PDF (PDFBox through its Graphics2D bridge) or PNG at {@link FigureFormat#PNG_SCALE}× scale. The
 * file appears whole or not at all: it is written next to the target and moved over it.
 */
public final class FigureWriter {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    private FigureWriter() {}

    public static void write(FigureDrawing drawing, int width, int height, Path file) throws IOException {
        FigureFormat format = FigureFormat.of(file)
                .orElseThrow(() -> new IllegalArgumentException(file + ": expected a .svg, .pdf or .png file name"));
        atomically(file, out -> write(drawing, width, height, format, out));
    }

    /** A bitmap already drawn (a snapshot of a view) as a PNG file. */
    public static void writePng(BufferedImage image, Path file) throws IOException {
        atomically(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("PNG: no image writer for png");
            }
        });
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static void atomically(Path file, Content content) throws IOException {
        Path absolute = file.toAbsolutePath();
        // A sibling made like any new file (the user's umask), not createTempFile's owner-only mode.
        Path temp = absolute.resolveSibling("." + absolute.getFileName() + "." + UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public static void write(FigureDrawing drawing, int width, int height, FigureFormat format, OutputStream out)
            throws IOException {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException(
                    "figure size: expected positive width and height, got " + width + "×" + height);
        }
        switch (format) {
            case SVG -> svg(drawing, width, height, out);
            case PDF -> pdf(drawing, width, height, out);
            case PNG -> png(drawing, width, height, out);
        }
    }

    private static void svg(FigureDrawing drawing, int width, int height, OutputStream out) throws IOException {
        Document document;
        try {
            document = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .getDOMImplementation()
                    .createDocument(SVG_NS, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IOException("SVG: no XML document builder: " + e.getMessage(), e);
        }
        SVGGraphics2D g = new SVGGraphics2D(document);
        g.setSVGCanvasSize(new Dimension(width, height));
        drawing.draw(g, new Rectangle2D.Double(0, 0, width, height));
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        g.stream(w, true);
        w.flush();
        g.dispose();
    }

    private static void pdf(FigureDrawing drawing, int width, int height, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, width, height);
            // Text in the PDF's standard fonts (searchable, small), not as outlines.
            g.setFontTextDrawer(new PdfBoxGraphics2DFontTextDrawerDefaultFonts());
            drawing.draw(g, new Rectangle2D.Double(0, 0, width, height));
            g.dispose();
            PDFormXObject form = g.getXFormObject();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(form);
            }
            document.save(out);
        }
    }

    private static void png(FigureDrawing drawing, int width, int height, OutputStream out) throws IOException {
        int s = FigureFormat.PNG_SCALE;
        BufferedImage image = new BufferedImage(width * s, height * s, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setPaint(Color.WHITE);
            g.fillRect(0, 0, width * s, height * s);
            g.scale(s, s);
            drawing.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("PNG: no image writer for png");
        }
    }
}
