package dev.parley.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A small flowing layout over PDFBox: headings, wrapped paragraphs, tables that repeat their header
 * on each page, and images. Text stays text (selectable and searchable). Uses DejaVu Sans where the
 * system has it, for the accents and scripts of names; otherwise Helvetica, with characters it cannot
 * show replaced.
 */
final class PdfWriter implements AutoCloseable {

    static final float MARGIN = 50;
    private static final Path[] REGULAR = {Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
        Path.of("/usr/share/fonts/dejavu/DejaVuSans.ttf")};
    private static final Path[] BOLD = {Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
        Path.of("/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf")};

    final PDDocument doc = new PDDocument();
    final PDFont regular;
    final PDFont bold;
    private PDPageContentStream cs;
    private float y;
    private final float width = PDRectangle.A4.getWidth();
    private final float height = PDRectangle.A4.getHeight();

    PdfWriter() throws IOException {
        PDFont r = load(REGULAR);
        PDFont b = load(BOLD);
        regular = r != null ? r : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        bold = b != null ? b : new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        newPage();
    }

    private PDFont load(Path[] candidates) throws IOException {
        for (Path p : candidates) {
            if (Files.isReadable(p)) {
                return PDType0Font.load(doc, p.toFile());
            }
        }
        return null;
    }

    float textWidth() {
        return width - 2 * MARGIN;
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = height - MARGIN;
    }

    private void need(float h) throws IOException {
        if (y - h < MARGIN + 20) {
            newPage();
        }
    }

    /** Text the font can show: unknown characters become '?'. */
    String safe(PDFont font, String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                sb.append(' ');
                return;
            }
            try {
                font.encode(ch);
                sb.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                sb.append('?');
            }
        });
        return sb.toString();
    }

    float width(PDFont font, float size, String s) throws IOException {
        return font.getStringWidth(s) / 1000f * size;
    }

    /** Splits text into lines no wider than {@code max}. */
    List<String> wrap(PDFont font, float size, String text, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : safe(font, text).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(font, size, candidate) <= max || line.isEmpty()) {
                // a single over-long word is cut hard
                while (line.isEmpty() && width(font, size, candidate) > max && candidate.length() > 1) {
                    int cut = candidate.length() - 1;
                    while (cut > 1 && width(font, size, candidate.substring(0, cut)) > max) {
                        cut--;
                    }
                    lines.add(candidate.substring(0, cut));
                    candidate = candidate.substring(cut);
                }
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    void text(PDFont font, float size, float x, float yy, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, yy);
        cs.showText(s);
        cs.endText();
    }

    void heading(String text, int level) throws IOException {
        float size = level == 1 ? 18 : level == 2 ? 14 : 11.5f;
        need(size * 3 + (level == 2 ? 90 : 30)); // a heading keeps company with what follows
        y -= level == 1 ? 0 : size * 0.9f;
        for (String line : wrap(bold, size, text, textWidth())) {
            text(bold, size, MARGIN, y - size, line);
            y -= size * 1.3f;
        }
        y -= 4;
    }

    void paragraph(String text, float size, float indent) throws IOException {
        for (String line : wrap(regular, size, text, textWidth() - indent)) {
            need(size * 1.4f);
            text(regular, size, MARGIN + indent, y - size, line);
            y -= size * 1.35f;
        }
        y -= size * 0.4f;
    }

    void bullet(String text, float size) throws IOException {
        need(size * 1.4f);
        text(regular, size, MARGIN + 4, y - size, "\u2022".equals(safe(regular, "\u2022")) ? "\u2022" : "-");
        paragraph(text, size, 16);
    }

    /** A table; each cell wraps within its column; the header repeats on every new page. */
    void table(String[] headers, float[] fractions, List<String[]> rows, float size) throws IOException {
        float[] widths = new float[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            widths[i] = fractions[i] * textWidth();
        }
        row(headers, widths, size, true);
        for (String[] r : rows) {
            List<List<String>> cells = new ArrayList<>();
            int lines = 1;
            for (int i = 0; i < r.length; i++) {
                List<String> w = wrap(regular, size, r[i] == null ? "" : r[i], widths[i] - 6);
                cells.add(w);
                lines = Math.max(lines, w.size());
            }
            float h = lines * size * 1.3f + 4;
            if (y - h < MARGIN + 20) {
                newPage();
                row(headers, widths, size, true);
            }
            float x = MARGIN;
            for (int i = 0; i < r.length; i++) {
                float yy = y - size;
                for (String line : cells.get(i)) {
                    text(regular, size, x + 3, yy, line);
                    yy -= size * 1.3f;
                }
                x += widths[i];
            }
            y -= h;
            cs.setStrokingColor(0.85f);
            cs.moveTo(MARGIN, y + 2);
            cs.lineTo(MARGIN + textWidth(), y + 2);
            cs.stroke();
        }
        y -= 8;
    }

    private void row(String[] cells, float[] widths, float size, boolean header) throws IOException {
        need(size * 2.6f);
        float x = MARGIN;
        for (int i = 0; i < cells.length; i++) {
            List<String> w = wrap(bold, size, cells[i], widths[i] - 6);
            text(header ? bold : regular, size, x + 3, y - size, w.isEmpty() ? "" : w.get(0));
            x += widths[i];
        }
        y -= size * 1.5f;
        cs.setStrokingColor(0.3f);
        cs.moveTo(MARGIN, y + 2);
        cs.lineTo(MARGIN + textWidth(), y + 2);
        cs.stroke();
    }

    void image(byte[] png, String caption) throws IOException {
        PDImageXObject img = LosslessFactory.createFromImage(doc, javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)));
        float w = textWidth();
        float h = img.getHeight() * w / img.getWidth();
        need(h + 20);
        cs.drawImage(img, MARGIN, y - h, w, h);
        y -= h + 4;
        paragraph(caption, 9, 0);
    }

    /** Page numbers, then the bytes of the document. */
    byte[] finish(String footer) throws IOException {
        cs.close();
        cs = null;
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            try (PDPageContentStream f = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                f.beginText();
                f.setFont(regular, 8);
                f.newLineAtOffset(MARGIN, 25);
                f.showText(safe(regular, footer + " \u2014 page " + (i + 1) + " of " + n));
                f.endText();
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }

    @Override
    public void close() throws IOException {
        if (cs != null) {
            cs.close();
        }
        doc.close();
    }
}
