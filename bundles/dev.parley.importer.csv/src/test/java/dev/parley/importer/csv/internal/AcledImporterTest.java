package dev.parley.importer.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.model.ActorType;
import dev.parley.model.ImportResult;
import dev.parley.model.Polarity;
import dev.parley.model.Relation;
import dev.parley.model.spi.ImportContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rows written for this test after the ACLED codebook's columns. */
class AcledImporterTest {
    @TempDir
    Path dir;

    @Test
    void eventsBecomeUndirectedRelationsBetweenTypedActors() throws Exception {
        String csv = "event_id_cnty,event_date,year,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,"
                + "assoc_actor_2,inter2,country,notes,fatalities\n"
                + "MLI1,12 March 2024,2024,Battles,Armed clash,Military Forces of Mali (2021-),Wagner Group,1,JNIM,,2,Mali,"
                + "\"On 12 March 2024, the army clashed with JNIM near Gao, officials said.\",7\n"
                + "MLI2,2024-03-14,2024,Strategic developments,Agreement,JNIM,,2,Katiba Macina,,2,Mali,A pact was reported.,0\n"
                + "MLI3,2024-03-15,2024,Protests,Peaceful protest,Protesters (Mali),,6,,,0,Mali,Crowds marched.,0\n";
        Path p = dir.resolve("acled-mali.csv");
        Files.writeString(p, csv, StandardCharsets.UTF_8);
        AcledImporter importer = new AcledImporter();
        assertTrue(importer.canHandle("acled-mali.csv", csv.getBytes(StandardCharsets.UTF_8)));
        ImportResult r = importer.importFile(p, ImportContext.named("acled-mali.csv"));
        assertTrue(r.problems().isEmpty(), r.problems().toString());
        var actors = r.dossier().actors();
        assertEquals(ActorType.STATE, actors.stream().filter(a -> a.name().startsWith("Military Forces")).findFirst()
                .orElseThrow().type());
        assertEquals(ActorType.ARMED_GROUP, actors.stream().filter(a -> a.name().equals("JNIM")).findFirst().orElseThrow().type());
        Relation battle = r.dossier().relations().stream().filter(x -> x.polarity() == Polarity.CONFLICT).findFirst().orElseThrow();
        assertTrue(battle.category().startsWith("Battles / Armed clash, 7 fatalities (undirected"), battle.category());
        assertEquals("2024-03-12", battle.date());
        assertTrue(battle.evidence().get(0).text().contains("clashed with JNIM near Gao"));
        assertTrue(r.dossier().relations().stream().anyMatch(x -> x.polarity() == Polarity.COOPERATION
                && x.category().startsWith("Strategic developments / Agreement")));
        assertTrue(r.dossier().relations().stream().anyMatch(x -> x.category().startsWith("associated")),
                "Wagner is tied to the army it fought beside");
        assertEquals(3, r.dossier().relations().size(), r.dossier().relations().toString());
    }
}
