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

    /**
     * Each corpus sentence cut short, at a third, a half and two thirds of its length, and what follows each cut: the
     * text then ends, or starts, inside a phrase, where a rule that looks one token ahead or back finds none.
     */
    @Test
    void everyCorpusSentenceCutShortImports() throws Exception {
        TextImporter importer = new TextImporter(new DefaultGazetteer((Path) null));
        List<String> failures = new ArrayList<>();
        for (Path article : articles()) {
            for (String sentence : Files.readString(article, StandardCharsets.UTF_8).split("(?<=[.!?\"\u201d])\\s+")) {
                for (int sixth = 2; sixth <= 4; sixth++) {
                    int space = sentence.indexOf(' ', sentence.length() * sixth / 6);
                    for (String part : space < 0 ? new String[0]
                            : new String[] {sentence.substring(0, space), sentence.substring(space + 1)}) {
                        try {
                            importer.extractText(part, "part");
                        } catch (RuntimeException e) {
                            failures.add(article.getFileName() + ": " + e + " | " + part);
                        }
                    }
                }
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " parts failed:\n" + String.join("\n", failures));
    }

    @Test
    void textsThatEndOrStartInsideAPhraseAreNoFault() {
        TextImporter importer = new TextImporter(new DefaultGazetteer((Path) null));
        for (String text : List.of("The council condemned the attacks by the",
                "The Republic of the Congo has been ruled by the same party, the Congolese Party of Labour",
                "States to sanction three officials it blamed for the crackdown and the European Union to demand "
                        + "their immediate release.")) {
            assertDoesNotThrow(() -> importer.extractText(text, "t"), text);
        }
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
