package com.example.kvsheet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.model.ActorType;
import dev.parley.model.Polarity;
import dev.parley.testkit.ImporterHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A unit test without OSGi: the test kit runs the importer as Parley would. */
class KvSheetImporterTest {
    @TempDir
    Path dir;

    @Test
    void actorsRelationsAndBadLines() throws Exception {
        var out = ImporterHarness.of(new KvSheetImporter()).run(dir, "case.kvsheet", """
                # a small case
                actor: Freedonia | state
                actor: Rufus Firefly | person | President | Freedonia
                relation: Freedonia -> Sylvania | conflict | sanction | -6
                nonsense line
                """);
        out.assertNoErrors().assertConsistent();
        assertEquals(ActorType.PERSON, out.actor("Rufus Firefly").type());
        assertEquals("freedonia", out.actor("Rufus Firefly").affiliation());
        assertEquals(Polarity.CONFLICT, out.relations("Freedonia", "Sylvania").get(0).polarity());
        assertEquals(1, out.problems().size());
        assertEquals(5, out.problems().get(0).line());
    }
}
