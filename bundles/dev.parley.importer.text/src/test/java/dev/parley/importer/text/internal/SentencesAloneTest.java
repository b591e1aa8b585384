package dev.parley.importer.text.internal;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.knowledge.internal.DefaultGazetteer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every sentence of the corpus, read alone, imports without an exception. A sentence alone puts its first words
 * at the very start of the text, where a rule that looks one token back finds none: the place such a rule fails
 * (a quote's label "Foreign Minister X condemned the ban as '...'" once did).
 */
class SentencesAloneTest {

    @Test
    void everyCorpusSentenceAloneImports() throws Exception {
        TextImporter importer = new TextImporter(new DefaultGazetteer((Path) null));
        List<String> failures = new ArrayList<>();
        int read = 0;
        for (Path article : articles()) {
            String text = Files.readString(article, StandardCharsets.UTF_8);
            for (String sentence : text.split("(?<=[.!?\"\u201d])\\s+")) {
                read++;
                try {
                    importer.extractText(sentence, "sentence");
                } catch (RuntimeException e) {
                    failures.add(article.getFileName() + ": " + e + " | " + sentence);
                }
            }
        }
        assertTrue(read > 5000, "read " + read + " sentences");
        assertTrue(failures.isEmpty(), failures.size() + " sentences failed:\n" + String.join("\n", failures));
    }

    @Test
    void aLabelledSideThatOpensTheTextIsNoFault() {
        TextImporter importer = new TextImporter(new DefaultGazetteer((Path) null));
        assertDoesNotThrow(() -> importer.extractText("Foreign Minister Ana Lobo said Russia had waged \"an illegal "
                + "war\" on its neighbour.", "t"));
    }

    private static List<Path> articles() throws URISyntaxException, java.io.IOException {
        Path folder = Path.of(SentencesAloneTest.class.getResource("/corpus").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }
}
