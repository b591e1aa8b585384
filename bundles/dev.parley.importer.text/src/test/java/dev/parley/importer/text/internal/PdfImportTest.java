package dev.parley.importer.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.knowledge.internal.DefaultGazetteer;
import dev.parley.model.Actor;
import dev.parley.model.ImportResult;
import dev.parley.model.Mention;
import dev.parley.model.Polarity;
import dev.parley.model.Quote;
import dev.parley.model.Source;
import dev.parley.model.spi.ImportContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF articles: the text layer becomes the stored source text, read like a plain-text article. */
class PdfImportTest {
    @TempDir
    Path dir;

    private final TextImporter importer = new TextImporter(new DefaultGazetteer((Path) null));

    /** An invented article laid out as a PDF would set it: short lines, one word split by a hyphen. */
    private static final List<List<String>> PARAGRAPHS = List.of(
            List.of("Chad expels French envoy as Sahel rift deepens"),
            List.of("N'DJAMENA, March 3 - Chad on Monday ordered the French ambassador to leave",
                    "within 72 hours, accusing Paris of meddling in its internal affairs, the",
                    "foreign ministry said."),
            List.of("\u201cThis decision is final and will not be reversed,\u201d Foreign Minister Mahamat",
                    "Ali Kodi told reporters. France said it regretted the move and called for",
                    "calm. The African Union urged both sides to resolve the dispute through",
                    "dia-", "logue."));

    private Path pdf(String name, List<List<String>> paragraphs, String title, String userPassword) throws IOException {
        Path p = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 720;
                for (List<String> lines : paragraphs) {
                    for (String line : lines) {
                        cs.beginText();
                        cs.setFont(font, 11);
                        cs.newLineAtOffset(60, y);
                        cs.showText(line.replace('\u201c', '"').replace('\u201d', '"'));
                        cs.endText();
                        y -= 14;
                    }
                    y -= 14; // a blank line between paragraphs
                }
            }
            if (title != null) {
                PDDocumentInformation info = new PDDocumentInformation();
                info.setTitle(title);
                doc.setDocumentInformation(info);
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(p.toFile());
        }
        return p;
    }

    private ImportResult read(Path p) throws IOException {
        return importer.importFile(p, ImportContext.named(p.getFileName().toString()));
    }

    @Test
    void aPdfArticleIsReadLikeAPlainTextOne() throws IOException {
        assertTrue(importer.canHandle("article.pdf", new byte[0]));
        assertTrue(importer.canHandle("download", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        ImportResult r = read(pdf("chad.pdf", PARAGRAPHS, null, null));
        assertFalse(r.failed(), r.problems().toString());
        Source s = r.dossier().sources().get(0);
        assertEquals("application/pdf", s.mediaType());
        assertEquals("Chad expels French envoy as Sahel rift deepens", s.title());
        // lines of a paragraph are one line; a word split at a line's end is whole again
        assertTrue(s.text().contains("ordered the French ambassador to leave within 72 hours, accusing Paris"),
                s.text());
        assertTrue(s.text().contains("through dia-logue."), s.text());
        Map<String, Actor> actors = r.dossier().actors().stream().collect(Collectors.toMap(Actor::name, a -> a));
        Actor kodi = actors.get("Mahamat Ali Kodi");
        assertEquals("Foreign Minister", kodi.role(), actors.keySet().toString());
        assertEquals("chad", kodi.affiliation());
        assertTrue(r.dossier().relations().stream().anyMatch(x -> x.source().equals("chad")
                && x.target().equals("france") && x.polarity() == Polarity.CONFLICT), r.dossier().relations().toString());
        Quote q = r.dossier().quotes().get(0);
        assertEquals("mahamat-ali-kodi", q.speaker());
        // offsets point into the stored text
        assertEquals(q.text(), s.text().substring(q.start(), q.end()));
        for (Actor a : r.dossier().actors()) {
            for (Mention m : a.mentions()) {
                assertFalse(s.text().substring(m.start(), m.end()).isBlank(), a.name());
            }
        }
    }

    @Test
    void theDocumentTitleIsTheSourceTitle() throws IOException {
        ImportResult r = read(pdf("t.pdf", PARAGRAPHS.subList(1, 3), "Chad orders envoy out", null));
        assertEquals("Chad orders envoy out", r.dossier().sources().get(0).title());
    }

    @Test
    void aPasswordProtectedPdfIsAClearProblem() throws IOException {
        ImportResult r = read(pdf("locked.pdf", PARAGRAPHS, null, "reader-secret"));
        assertTrue(r.failed());
        assertEquals("locked.pdf", r.problems().get(0).file());
        assertTrue(r.problems().get(0).message().contains("protected by a password"), r.problems().toString());
    }

    @Test
    void aPdfWithoutTextIsAClearProblem() throws IOException {
        ImportResult r = read(pdf("scan.pdf", List.of(), null, null));
        assertTrue(r.failed());
        assertTrue(r.problems().get(0).message().contains("no text layer"), r.problems().toString());
    }

    @Test
    void aBrokenOrFakePdfIsAClearProblem() throws IOException {
        Path broken = dir.resolve("broken.pdf");
        Files.writeString(broken, "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\ngarbage without end");
        ImportResult r = read(broken);
        assertTrue(r.failed());
        assertTrue(r.problems().get(0).message().startsWith("not a readable PDF")
                || r.problems().get(0).message().contains("no pages"), r.problems().toString());
        Path fake = dir.resolve("fake.pdf");
        Files.writeString(fake, "This is a plain note with a .pdf name.");
        ImportResult f = read(fake);
        assertTrue(f.failed());
        assertTrue(f.problems().get(0).message().contains("does not start with %PDF-"), f.problems().toString());
    }

    @Test
    void aParagraphThatRunsOnToTheNextPageStaysOneParagraph() throws IOException {
        Path p = dir.resolve("two-pages.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String line : List.of("Chad on Monday ordered the French ambassador to leave within",
                    "72 hours, the foreign ministry said.")) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.newLineAtOffset(60, 720);
                    cs.showText(line);
                    cs.endText();
                }
            }
            doc.save(p.toFile());
        }
        String text = read(p).dossier().sources().get(0).text();
        assertTrue(text.contains("to leave within 72 hours, the foreign ministry said."), text);
    }
}
