package dev.parley.knowledge.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.model.ActorType;
import dev.parley.model.knowledge.GazetteerContribution;
import dev.parley.model.knowledge.KnownEntity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultGazetteerTest {
    @TempDir
    Path conf;

    private static KnownEntity find(DefaultGazetteer g, String name) {
        return g.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name));
    }

    @Test
    void builtInDataCoversStatesBodiesTitlesAndOutlets() {
        DefaultGazetteer g = new DefaultGazetteer((Path) null);
        assertTrue(g.entities().stream().filter(e -> e.type() == ActorType.STATE).count() >= 193);
        KnownEntity mali = find(g, "Mali");
        assertEquals("MLI", mali.country());
        assertTrue(mali.demonyms().contains("Malian"));
        assertTrue(find(g, "Russia").metonyms().contains("Kremlin"));
        assertTrue(find(g, "Solomon Islands").aliases().contains("Solomons"));
        assertEquals(ActorType.MISSION, find(g, "MINUSMA").type());
        assertEquals("United Nations", find(g, "MINUSMA").parent());
        assertTrue(g.titles().stream().anyMatch(t -> t.title().equals("foreign minister") && t.prefix()));
        assertTrue(g.outlets().contains("Reuters"));
        assertTrue(g.problems().isEmpty(), g.problems().toString());
    }

    /**
     * Each built-in row names its entity once: a second row of the same name ("Kurdistan Regional Government" as
     * other, then as a regional government) was read before the right one and hid it.
     */
    @Test
    void builtInFilesNameEachEntityOnce() throws Exception {
        for (String file : List.of("organisations.tsv", "countries.tsv")) {
            try (var in = DefaultGazetteer.class.getResourceAsStream("/dev/parley/knowledge/data/" + file)) {
                assertTrue(in != null, file);
                java.util.Set<String> names = new java.util.HashSet<>();
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String name = line.split("\t", -1)[0];
                    assertTrue(names.add(name), file + " names " + name + " twice");
                }
            }
        }
    }

    @Test
    void userFilesAddEntitiesAndMergeByName() throws Exception {
        Files.writeString(conf.resolve("local.tsv"), "#name\ttype\taliases\tfull_name\tparent\tcountry\n"
                + "# our own list\n"
                + "Northern Relief Network\tother\tNRN\tNorthern Relief Network\t\tKEN\n"
                + "Mali\tstate\tRepublic of Mali (transition)\t\t\t\n"
                + "Bad Row\tmilitia\t\t\t\t\n");
        Files.writeString(conf.resolve("broken.tsv"), "name,type\nx,y\n");
        DefaultGazetteer g = new DefaultGazetteer(conf);
        KnownEntity nrn = find(g, "Northern Relief Network");
        assertEquals(List.of("NRN", "Northern Relief Network"), nrn.aliases());
        assertTrue(find(g, "Mali").aliases().contains("Republic of Mali (transition)"));
        assertEquals(ActorType.STATE, find(g, "Mali").type());
        assertEquals(2, g.problems().size(), g.problems().toString());
        assertTrue(g.problems().stream().anyMatch(p -> p.toString().contains("local.tsv:5: unknown actor type 'militia'")),
                g.problems().toString());
        assertTrue(g.problems().stream().anyMatch(p -> p.toString().contains("broken.tsv:1: unknown gazetteer header")),
                g.problems().toString());
    }

    @Test
    void contributionsComeAndGoWithTheirRevision() {
        DefaultGazetteer g = new DefaultGazetteer((Path) null);
        long before = g.revision();
        GazetteerContribution c = () -> List.of(new KnownEntity("Coastal Fisheries Union", ActorType.POLITICAL_GROUP,
                List.of("CFU"), null, null, null, null));
        g.addContribution(c);
        assertTrue(g.revision() > before);
        assertEquals(ActorType.POLITICAL_GROUP, find(g, "Coastal Fisheries Union").type());
        g.removeContribution(c);
        assertTrue(g.entities().stream().noneMatch(e -> e.name().equals("Coastal Fisheries Union")));
    }
}
