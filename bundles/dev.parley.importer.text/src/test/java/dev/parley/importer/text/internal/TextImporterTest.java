package dev.parley.importer.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.knowledge.internal.DefaultGazetteer;
import dev.parley.model.Actor;
import dev.parley.model.ImportResult;
import dev.parley.model.Mention;
import dev.parley.model.Problem;
import dev.parley.model.Quote;
import dev.parley.model.Source;
import dev.parley.model.spi.ImportContext;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextImporterTest {
    @TempDir
    Path dir;

    private final TextImporter importer = new TextImporter(new DefaultGazetteer((Path) null));

    private ImportResult read(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return importer.importFile(p, ImportContext.named(name));
    }

    private ImportResult read(String name, String text) throws IOException {
        return read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Every mention and quote offset points at its own words in the stored text. */
    private static void offsetsPointIntoStoredText(ImportResult r) {
        Source s = r.dossier().sources().get(0);
        for (Actor a : r.dossier().actors()) {
            for (Mention m : a.mentions()) {
                String at = s.text().substring(m.start(), m.end());
                assertFalse(at.isBlank(), a.name() + " mention is blank");
            }
        }
        for (Quote q : r.dossier().quotes()) {
            assertEquals(q.text(), s.text().substring(q.start(), q.end()));
        }
    }

    @Test
    void handlesItsExtensionsAndHtmlWithoutOne() {
        assertTrue(importer.canHandle("a.txt", new byte[0]));
        assertTrue(importer.canHandle("a.MD", new byte[0]));
        assertTrue(importer.canHandle("page.htm", new byte[0]));
        assertTrue(importer.canHandle("page", "<!DOCTYPE html><html>".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(importer.canHandle("data.csv", new byte[0]));
        assertFalse(importer.canHandle("case.parley", new byte[0]));
    }

    @Test
    void plainTextWithSourceLineAndHeadline() throws IOException {
        ImportResult r = read("note.txt", "source: https://example.org/story\n\nNiger talks stall\n\n"
                + "Nigeria's President Musa Bello said \u201cthe border must reopen now\u201d on Monday.\n");
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        Source s = r.dossier().sources().get(0);
        assertEquals("https://example.org/story", s.uri());
        assertEquals("Niger talks stall", s.title());
        assertEquals("text/plain", s.mediaType());
        assertTrue(s.id().startsWith("s-") && s.id().length() == 14);
        assertEquals(64, s.sha256().length());
        assertFalse(s.text().startsWith("source:"));
        Quote q = r.dossier().quotes().get(0);
        assertEquals("Musa Bello", r.dossier().actor(q.speaker()).orElseThrow().name());
        offsetsPointIntoStoredText(r);
    }

    @Test
    void htmlKeepsOnlyTheArticleBody() throws IOException {
        String html = """
                <!DOCTYPE html><html><head><title>Site | Chad news</title>
                <link rel="canonical" href="https://news.example/chad-border">
                <script>var x = "Chad attacks Sudan";</script><style>p { color: red }</style></head>
                <body><nav><a href="/">Home</a> <a href="/world">France</a></nav>
                <header>Brazil Daily</header>
                <article><h1>Chad closes border</h1>
                <p>Chad closed its border with Sudan on Tuesday, the government said.</p>
                <p>&ldquo;We cannot accept more fighters crossing,&rdquo; said Interior Minister Idriss Mahamat.</p>
                <script>alert("Germany")</script></article>
                <aside>Read more about Japan</aside><footer>Copyright Argentina Media</footer></body></html>
                """;
        ImportResult r = read("page.html", html);
        Source s = r.dossier().sources().get(0);
        assertEquals("text/html", s.mediaType());
        assertEquals("Chad closes border", s.title());
        assertEquals("https://news.example/chad-border", s.uri());
        assertFalse(s.text().contains("alert"), s.text());
        assertFalse(s.text().contains("var x"), s.text());
        assertFalse(s.text().contains("Home"), s.text());
        for (String absent : new String[] {"France", "Brazil", "Germany", "Japan", "Argentina"}) {
            assertTrue(r.dossier().actors().stream().noneMatch(a -> a.name().equals(absent)), absent);
        }
        assertTrue(r.dossier().actors().stream().anyMatch(a -> a.name().equals("Idriss Mahamat")));
        offsetsPointIntoStoredText(r);
    }

    @Test
    void markdownSyntaxIsDropped() throws IOException {
        ImportResult r = read("brief.md", "# Sudan talks\n\n**Saudi Arabia** and the [United States](https://x.example)"
                + " backed the *Jeddah* talks.\n");
        Source s = r.dossier().sources().get(0);
        assertFalse(s.text().contains("**") || s.text().contains("]("), s.text());
        assertTrue(r.dossier().actors().stream().anyMatch(a -> a.name().equals("United States")));
    }

    @Test
    void invalidUtf8IsReplacedAndReported() throws IOException {
        byte[] good = "Mali expelled the French ambassador. ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 3];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xC3;
        bytes[good.length + 1] = (byte) 0x28;
        bytes[good.length + 2] = (byte) 0xFF;
        ImportResult r = read("broken.txt", bytes);
        assertFalse(r.failed());
        Problem p = r.problems().get(0);
        assertEquals(Problem.Severity.WARNING, p.severity());
        assertTrue(p.message().contains("not valid UTF-8"), p.message());
        assertEquals("broken.txt", p.file());
        assertTrue(r.dossier().sources().get(0).text().contains("\uFFFD"));
        assertNotNull(r.dossier().actors().stream().filter(a -> a.name().equals("Mali")).findFirst().orElse(null));
    }

    @Test
    void utf16WithBomAndWindowsLineEnds() throws IOException {
        byte[] text = "Kenya backed Somalia.\r\nIt said so.\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        ImportResult r = read("wide.txt", bytes);
        assertFalse(r.dossier().sources().get(0).text().contains("\r"));
        assertEquals(1, r.dossier().relations().size());
    }

    @Test
    void whitespaceOnlyHtmlIsAClearProblem() throws IOException {
        ImportResult r = read("empty.html", "<html><body><script>x()</script>   </body></html>");
        assertTrue(r.failed());
        assertTrue(r.problems().get(0).message().contains("no article text"), r.problems().toString());
    }

    @Test
    void hugeFileIsRefusedWithoutReadingIt() throws IOException {
        Path p = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        ImportResult r = importer.importFile(p, ImportContext.named("huge.txt"));
        assertTrue(r.failed());
        assertTrue(r.problems().get(0).message().contains("too large for an article (50.0 MB"), r.problems().toString());
    }

    @Test
    void aLongSingleLineIsReadInBoundedTime() throws IOException {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 4_000_000) {
            sb.append("Kenya backed Somalia and Ethiopia criticised Eritrea, ");
        }
        ImportResult r = read("line.txt", sb.toString());
        assertFalse(r.failed());
        assertTrue(r.dossier().actors().size() >= 4);
    }
}
