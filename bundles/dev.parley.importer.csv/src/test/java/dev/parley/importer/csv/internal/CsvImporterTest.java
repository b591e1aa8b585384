package dev.parley.importer.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.internal.DefaultDossierMerger;
import dev.parley.model.Actor;
import dev.parley.model.ActorType;
import dev.parley.model.Dossier;
import dev.parley.model.ImportResult;
import dev.parley.model.Polarity;
import dev.parley.model.Relation;
import dev.parley.model.spi.ImportContext;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImporterTest {
    @TempDir
    Path dir;

    private final CsvImporter importer = new CsvImporter();

    private ImportResult read(String name, byte[] bytes, Map<String, String> options) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return importer.importFile(p, new ImportContext() {
            @Override
            public String displayName() {
                return name;
            }

            @Override
            public Map<String, String> options() {
                return options;
            }
        });
    }

    private ImportResult read(String name, String text) throws Exception {
        return read(name, text.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    private static Actor named(Dossier d, String name) {
        return d.actors().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void parleyActorsAndRelations() throws Exception {
        ImportResult actors = read("actors.csv", "name,type,aliases,role,affiliation\n"
                + "Freedonia,state,Freedonian government|FRE,,\n"
                + "\"Firefly, Rufus\",person,,\"President, acting\",Freedonia\n"
                + "Northern League,international organisation,NL,,\n");
        assertTrue(actors.problems().isEmpty(), actors.problems().toString());
        Dossier d = actors.dossier();
        assertEquals(ActorType.STATE, named(d, "Freedonia").type());
        assertEquals(java.util.List.of("Freedonian government", "FRE"), named(d, "Freedonia").aliases());
        Actor firefly = named(d, "Firefly, Rufus");
        assertEquals("President, acting", firefly.role());
        assertEquals("freedonia", firefly.affiliation());
        assertEquals(ActorType.IGO, named(d, "Northern League").type());
        ImportResult rels = read("relations.csv", "source,target,polarity,category,weight,date,evidence\n"
                + "Freedonia,Sylvania,conflict,sanction,-8,2031-05-03,\"Freedonia imposed sanctions, officials said.\"\n"
                + "Northern League,Freedonia,,support,4,,\n");
        Relation r = rels.dossier().relations().get(0);
        assertEquals(Polarity.CONFLICT, r.polarity());
        assertEquals(-8.0, r.weight());
        assertEquals("Freedonia imposed sanctions, officials said.", r.evidence().get(0).text());
        assertEquals(Polarity.COOPERATION, rels.dossier().relations().get(1).polarity(), "the sign of the weight");
    }

    @Test
    void gephiNodesAndEdgesMergeThroughIds() throws Exception {
        Dossier nodes = read("nodes.csv", "Id,Label,type\nn1,Freedonia,state\nn2,Sylvania,country\n").dossier();
        Dossier edges = read("edges.csv", "Source,Target,Type,Weight,Label\nn1,n2,Directed,-3,accuse\n").dossier();
        Dossier merged = new DefaultDossierMerger().merge(nodes, edges);
        assertEquals(2, merged.actors().size(), merged.actors().toString());
        Relation r = merged.relations().get(0);
        assertEquals(named(merged, "Freedonia").id(), r.source());
        assertEquals(Polarity.CONFLICT, r.polarity());
        assertEquals("accuse", r.category());
    }

    @Test
    void kumuElementsAndConnectionsWithSemicolons() throws Exception {
        Dossier d = read("kumu.csv", "Label;Type;Description\nRebel Front;Armed group;x\nFreedonia;Country;y\n").dossier();
        assertEquals(ActorType.ARMED_GROUP, named(d, "Rebel Front").type());
        Dossier c = read("conn.csv", "From;To;Type\nRebel Front;Freedonia;fights\n").dossier();
        assertEquals("fights", c.relations().get(0).category());
    }

    @Test
    void mappingFileForOtherLayouts() throws Exception {
        Path mapping = dir.resolve("map.properties");
        Files.writeString(mapping, "Country\\ Name = name\nKind = type\n");
        ImportResult r = read("list.csv", "Country Name,Kind,Population\nFreedonia,state,3\n".getBytes(StandardCharsets.UTF_8),
                Map.of("mapping", mapping.toString()));
        assertEquals(ActorType.STATE, named(r.dossier(), "Freedonia").type());
        ImportResult unknown = read("other.csv", "Country Name,Kind\nFreedonia,state\n");
        assertTrue(unknown.failed());
        assertTrue(unknown.problems().get(0).message().contains("--mapping"), unknown.problems().toString());
    }

    @Test
    void encodingsAreDetected() throws Exception {
        String text = "name,type\nC\u00f4te d'Ivoire,state\nS\u00e3o Tom\u00e9,state\n";
        byte[] cp1252 = text.getBytes(Charset.forName("windows-1252"));
        assertEquals("C\u00f4te d'Ivoire", read("a.csv", cp1252, Map.of()).dossier().actors().get(0).name());
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        Dossier d = read("b.csv", bom, Map.of()).dossier();
        assertEquals("S\u00e3o Tom\u00e9", d.actors().get(1).name());
        assertEquals(2, d.actors().size(), "the BOM does not spoil the header");
    }

    @Test
    void badRowsAreReportedAndSkippedAndBrokenQuotingFails() throws Exception {
        ImportResult r = read("rel.csv", "source,target,weight\nA,B,3\nA,C,lots\nA,D,40\nA,E,1,extra\n");
        assertFalse(r.failed());
        assertEquals(1, r.dossier().relations().size());
        assertEquals(3, r.problems().size(), r.problems().toString());
        assertEquals(3, r.problems().get(0).line());
        assertEquals(3, r.problems().get(0).column());
        assertTrue(r.problems().get(0).message().contains("weight 'lots' is not a number"));
        assertTrue(r.problems().get(1).message().contains("outside -10..+10"));
        assertTrue(r.problems().get(2).message().contains("4 fields where the header has 3"));
        ImportResult broken = read("q.csv", "name,type\n\"Freedonia,state\n");
        assertTrue(broken.failed());
        assertTrue(broken.problems().get(0).message().contains("never closed"));
        assertEquals(2, broken.problems().get(0).line());
    }
}
