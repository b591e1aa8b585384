package dev.parley.importer.text.internal;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a PDF article, with Apache PDFBox. Lines of a paragraph are joined into one line
 * (the importer reads a line break as a paragraph's end); a line that ends with a hyphen joins the next
 * without a space. Only this class touches PDFBox, so the importer runs without it for other files.
 */
final class PdfText {

    /** Pages read at most: an article is a few pages; a longer PDF is a report or a book. */
    static final int MAX_PAGES = 200;

    /** What cannot be read, in words for the analyst. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    /** The article's text, its title, and how many pages were left unread (past {@link #MAX_PAGES}). */
    record Text(ArticleText.Article article, int pagesSkipped) {
    }

    private PdfText() {
    }

    /** A mark that no PDF text holds, put at each line's end and resolved after extraction. */
    private static final char LINE = '\u0001';
    /** The same at each page's end. */
    private static final char PAGE = '\u0002';

    static Text read(byte[] bytes, String fileName) throws Unreadable {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new Unreadable("the PDF has no pages");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator(String.valueOf(LINE));
            stripper.setParagraphEnd("\n");
            stripper.setPageEnd(String.valueOf(PAGE)); // a paragraph may run on to the next page
            stripper.setEndPage(Math.min(pages, MAX_PAGES));
            String raw = stripper.getText(doc);
            String text = joinLines(raw);
            if (text.isBlank()) {
                throw new Unreadable("the PDF has no text layer (pages of images only, such as a scan); "
                        + "run text recognition (OCR) on it first");
            }
            String title = doc.getDocumentInformation() == null ? null : doc.getDocumentInformation().getTitle();
            if (title == null || title.isBlank()) {
                title = firstLine(text, fileName);
            }
            return new Text(new ArticleText.Article(text, title.strip(), null), Math.max(0, pages - MAX_PAGES));
        } catch (InvalidPasswordException e) {
            throw new Unreadable("the PDF is protected by a password; save an unprotected copy first");
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // (a malformed file may make PDFBox fail otherwise than with an IOException)
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new Unreadable("not a readable PDF (" + why + ")");
        }
    }

    /** One line per paragraph: line ends become spaces, or nothing after a hyphen ("peace-" + "keeping"). */
    static String joinLines(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r') {
                continue;
            }
            if (c == PAGE) {
                // a page ends a paragraph only where a sentence ends: "leave within" / "72 hours" is one
                int n = b.length();
                while (n > 0 && (b.charAt(n - 1) == '\n' || b.charAt(n - 1) == ' ')) {
                    n--;
                }
                b.setLength(n);
                char last = n == 0 ? '.' : b.charAt(n - 1);
                boolean ended = ".!?\"\u201D'\u2019:".indexOf(last) >= 0;
                if (ended) {
                    b.append('\n');
                } else if (!(last == '-' && n > 1 && Character.isLetter(b.charAt(n - 2)))) {
                    b.append(' ');
                }
                continue;
            }
            if (c != LINE) {
                b.append(c);
                continue;
            }
            int n = b.length();
            if (n > 1 && b.charAt(n - 1) == '-' && Character.isLetter(b.charAt(n - 2))) {
                continue; // "peace-" at a line's end: the word goes on, hyphen kept
            }
            if (n > 0 && b.charAt(n - 1) != ' ' && b.charAt(n - 1) != '\n') {
                b.append(' ');
            }
        }
        // paragraphs as the plain-text reader expects them: a blank line between
        String s = b.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{2,}", "\n");
        return s.strip().replace("\n", "\n\n") + "\n";
    }

    private static String firstLine(String text, String fileName) {
        int end = text.indexOf('\n');
        String first = (end < 0 ? text : text.substring(0, end)).strip();
        return first.isEmpty() || first.length() > 200 ? fileName : first;
    }
}
