package dev.parley.importer.ftm.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.model.Actor;
import dev.parley.model.ActorType;
import dev.parley.model.ImportResult;
import dev.parley.model.Polarity;
import dev.parley.model.spi.ImportContext;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entities written for this test after the FollowTheMoney schema. */
class FtmImporterTest {
    @TempDir
    Path dir;

    @Test
    void entitiesAffiliationsAndLinks() throws Exception {
        String lines = String.join("\n",
                "{\"id\":\"p1\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Rufus Firefly\"],\"alias\":[\"R. Firefly\"],"
                        + "\"nationality\":[\"ru\"]}}",
                "{\"id\":\"o1\",\"schema\":\"PublicBody\",\"properties\":{\"name\":[\"Ministry of Defence of Freedonia\"],"
                        + "\"country\":[\"fr\"]}}",
                "{\"id\":\"c1\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Northwind Shipping\"],\"jurisdiction\":[\"cy\"]}}",
                "{\"id\":\"m1\",\"schema\":\"Employment\",\"properties\":{\"employee\":[\"p1\"],\"employer\":[\"o1\"],"
                        + "\"role\":[\"Deputy minister\"]}}",
                "{\"id\":\"l1\",\"schema\":\"Ownership\",\"properties\":{\"owner\":[\"p1\"],\"asset\":[\"c1\"],"
                        + "\"startDate\":[\"2019-04-01\"]}}",
                "{\"id\":\"x1\",\"schema\":\"Address\",\"properties\":{\"full\":[\"1 Main St\"]}}",
                "not json at all",
                "");
        Path p = dir.resolve("leak.ftm.json");
        Files.writeString(p, lines);
        FtmImporter importer = new FtmImporter();
        assertTrue(importer.canHandle("leak.ftm.json", new byte[0]));
        ImportResult r = importer.importFile(p, ImportContext.named("leak.ftm.json"));
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertEquals(7, r.problems().get(0).line());
        Actor person = r.dossier().actor("p1").orElseThrow();
        assertEquals(ActorType.PERSON, person.type());
        assertEquals("RUS", person.country());
        assertEquals("Deputy minister", person.role());
        assertEquals("o1", person.affiliation());
        assertEquals(java.util.List.of("R. Firefly"), person.aliases());
        assertEquals("CYP", r.dossier().actor("c1").orElseThrow().country());
        assertEquals(3, r.dossier().actors().size());
        assertEquals(1, r.dossier().relations().size());
        assertEquals(Polarity.NEUTRAL, r.dossier().relations().get(0).polarity());
        assertEquals("ownership", r.dossier().relations().get(0).category());
        assertEquals("2019-04-01", r.dossier().relations().get(0).date());
    }
}
