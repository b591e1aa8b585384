package dev.parley.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.parley.model.ActorType;
import dev.parley.model.Dossier;
import dev.parley.model.DossierFormatException;
import dev.parley.model.Polarity;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GsonDossierCodecTest {

    private final GsonDossierCodec codec = new GsonDossierCodec();

    // ---- round trip ---------------------------------------------------------------------------

    @Test
    void writeThenReadGivesEqualDossier() throws Exception {
        Dossier d = TestDossiers.full();
        StringWriter out = new StringWriter();
        codec.write(d, out);

        Dossier back = codec.read(new StringReader(out.toString()));

        assertEquals(d, back);
        // Spot checks so a broken equals() could not hide a lossy round trip.
        assertEquals(ActorType.ARMED_GROUP, back.actor("a3").orElseThrow().type());
        assertEquals("Бригада «Север»", back.actor("a3").orElseThrow().name());
        assertEquals(Polarity.CONFLICT, back.relations().get(0).polarity());
        assertEquals(-7.5, back.relations().get(0).weight());
        assertEquals(TestDossiers.TEXT_1, back.source("s-3f9a0c1d2e4b").orElseThrow().text());
        assertEquals(null, back.source("s2").orElseThrow().title());
        assertEquals(null, back.assessments().get(1).power());
    }

    @Test
    void toJsonAndFromJsonRoundTrip() throws Exception {
        Dossier d = TestDossiers.full();
        assertEquals(d, codec.fromJson(codec.toJson(d)));
        assertEquals(Dossier.empty(), codec.fromJson(codec.toJson(Dossier.empty())));
    }

    @Test
    void writtenJsonHasTheContractFieldNames() {
        JsonObject root = JsonParser.parseString(codec.toJson(TestDossiers.full())).getAsJsonObject();

        assertEquals(List.of("format", "version", "sources", "actors", "quotes", "relations", "assessments", "events"),
                keys(root));
        assertEquals("parley-dossier", root.get("format").getAsString());
        assertTrue(root.get("version").getAsJsonPrimitive().isNumber());
        assertEquals(1, root.get("version").getAsInt());

        JsonArray sources = root.getAsJsonArray("sources");
        assertEquals(2, sources.size());
        for (JsonElement s : sources) {
            assertEquals(List.of("id", "title", "uri", "published", "mediaType", "sha256", "text"), keys(s));
        }
        // Nulls are written, not left out.
        assertTrue(sources.get(1).getAsJsonObject().get("title").isJsonNull());

        JsonArray actors = root.getAsJsonArray("actors");
        assertEquals(8, actors.size());
        int mentionCount = 0;
        for (JsonElement a : actors) {
            assertEquals(List.of("id", "name", "type", "aliases", "role", "affiliation", "country", "mentions"),
                    keys(a));
            for (JsonElement m : a.getAsJsonObject().getAsJsonArray("mentions")) {
                assertEquals(List.of("source", "start", "end"), keys(m));
                mentionCount++;
            }
        }
        assertEquals(5, mentionCount);
        assertEquals("armed_group", actors.get(2).getAsJsonObject().get("type").getAsString());
        assertEquals("political_group", actors.get(3).getAsJsonObject().get("type").getAsString());

        for (JsonElement q : root.getAsJsonArray("quotes")) {
            assertEquals(List.of("id", "speaker", "text", "source", "start", "end"), keys(q));
        }

        JsonArray relations = root.getAsJsonArray("relations");
        int evidenceCount = 0;
        for (JsonElement r : relations) {
            assertEquals(List.of("id", "source", "target", "polarity", "category", "weight", "date", "evidence"),
                    keys(r));
            for (JsonElement e : r.getAsJsonObject().getAsJsonArray("evidence")) {
                assertEquals(List.of("source", "start", "end", "text"), keys(e));
                evidenceCount++;
            }
        }
        assertEquals(2, evidenceCount);
        assertEquals("conflict", relations.get(0).getAsJsonObject().get("polarity").getAsString());
        assertEquals(-7.5, relations.get(0).getAsJsonObject().get("weight").getAsDouble());

        JsonArray assessments = root.getAsJsonArray("assessments");
        assertEquals(3, assessments.size());
        for (JsonElement a : assessments) {
            assertEquals(List.of("actor", "power", "interest", "stance", "note"), keys(a));
        }
    }

    @Test
    void minimalDossierReadsWithDefaults() throws Exception {
        Dossier d = codec.fromJson("""
                {"format": "parley-dossier", "version": 1,
                 "actors": [{"id": "a1", "name": "Harbour Guild"}],
                 "relations": [{"id": "r1", "source": "a1", "target": "a1"}]}
                """);
        assertEquals(ActorType.OTHER, d.actors().get(0).type());
        assertEquals(List.of(), d.actors().get(0).aliases());
        assertEquals(Polarity.NEUTRAL, d.relations().get(0).polarity());
        assertEquals(0.0, d.relations().get(0).weight());
        assertTrue(d.sources().isEmpty());
        assertEquals(Dossier.empty(), codec.fromJson("{\"format\":\"parley-dossier\",\"version\":1}"));
    }

    private static List<String> keys(JsonElement e) {
        return new ArrayList<>(e.getAsJsonObject().keySet());
    }

    // ---- errors -------------------------------------------------------------------------------

    private DossierFormatException fails(String json) {
        return assertThrows(DossierFormatException.class, () -> codec.read(new StringReader(json)));
    }

    @Test
    void missingCommaReportsLineAndColumn() {
        DossierFormatException e = fails("""
                {
                  "format": "parley-dossier",
                  "version": 1 "sources": [],
                  "actors": []
                }
                """);
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.column() > 0, e.getMessage());
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
        assertTrue(e.getMessage().contains("column " + e.column()), e.getMessage());
        assertTrue(e.getMessage().startsWith("malformed JSON"), e.getMessage());
        // Gson's advice link is left out; only the fault is shown.
        assertTrue(!e.getMessage().contains("http"), e.getMessage());
    }

    @Test
    void syntaxErrorOnLaterLineReportsThatLine() {
        DossierFormatException e = fails("{\n\"format\": \"parley-dossier\",\n\"version\": 1,\n\"actors\": [\n{\"id\": }\n]}");
        assertEquals(5, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("line 5"), e.getMessage());
    }

    @Test
    void truncatedFileIsRefused() {
        String json = codec.toJson(TestDossiers.full());
        // Cut after a whole line: the parser runs out of input.
        String cut = json.substring(0, json.indexOf('\n', json.length() / 2) + 1);
        DossierFormatException e = fails(cut);
        assertTrue(e.getMessage().startsWith("malformed JSON"), e.getMessage());
        assertTrue(e.getMessage().contains("End of input") || e.getMessage().contains("truncated"), e.getMessage());
        assertTrue(e.line() >= cut.split("\n").length, e.getMessage());

        // Cut inside a string.
        String mid = json.substring(0, json.indexOf("Government of Vella") + 5);
        DossierFormatException e2 = fails(mid);
        assertTrue(e2.getMessage().startsWith("malformed JSON"), e2.getMessage());
        assertEquals(mid.split("\n").length, e2.line(), e2.getMessage());
    }

    @Test
    void emptyInputIsRefused() {
        DossierFormatException e = fails("");
        assertTrue(e.getMessage().contains("not a Parley dossier"), e.getMessage());
    }

    @Test
    void unknownFormatIsRefusedNamingIt() {
        DossierFormatException e = fails("{\"format\": \"other\", \"version\": 1}");
        assertTrue(e.getMessage().contains("\"other\""), e.getMessage());
        assertTrue(e.getMessage().contains("parley-dossier"), e.getMessage());
    }

    @Test
    void missingFormatIsRefused() {
        DossierFormatException e = fails("{\"version\": 1, \"actors\": []}");
        assertTrue(e.getMessage().contains("format"), e.getMessage());
    }

    @Test
    void newerVersionIsRefusedAskingForAnUpgrade() {
        DossierFormatException e = fails("{\"format\": \"parley-dossier\", \"version\": 2, \"actors\": []}");
        assertTrue(e.getMessage().contains("version 2"), e.getMessage());
        assertTrue(e.getMessage().contains("upgrade"), e.getMessage());
    }

    @Test
    void missingOrNonNumericOrZeroVersionIsRefused() {
        DossierFormatException missing = fails("{\"format\": \"parley-dossier\", \"actors\": []}");
        assertTrue(missing.getMessage().contains("version"), missing.getMessage());
        DossierFormatException text = fails("{\"format\": \"parley-dossier\", \"version\": \"1\"}");
        assertTrue(text.getMessage().contains("version"), text.getMessage());
        DossierFormatException zero = fails("{\"format\": \"parley-dossier\", \"version\": 0}");
        assertTrue(zero.getMessage().contains("version 0"), zero.getMessage());
    }

    @Test
    void badActorTypeNamesItsPath() {
        DossierFormatException e = fails("""
                {"format": "parley-dossier", "version": 1, "actors": [
                  {"id": "a1", "name": "Harbour Guild", "type": "company"},
                  {"id": "a2", "name": "Hill Militia", "type": "militia"}
                ]}
                """);
        assertTrue(e.getMessage().contains("actors[1].type"), e.getMessage());
        assertTrue(e.getMessage().contains("militia"), e.getMessage());
        assertTrue(e.getMessage().contains("armed_group"), e.getMessage());
    }

    @Test
    void badPolarityNamesItsPath() {
        DossierFormatException e = fails("""
                {"format": "parley-dossier", "version": 1, "relations": [
                  {"id": "r1", "source": "a", "target": "b", "polarity": "hostile"}
                ]}
                """);
        assertTrue(e.getMessage().contains("relations[0].polarity"), e.getMessage());
    }

    @Test
    void weightOutOfRangeIsRefused() {
        DossierFormatException e = fails("""
                {"format": "parley-dossier", "version": 1, "relations": [
                  {"id": "r1", "source": "a", "target": "b", "weight": 5},
                  {"id": "r2", "source": "a", "target": "b", "weight": 10.5}
                ]}
                """);
        assertTrue(e.getMessage().contains("relations[1]"), e.getMessage());
        assertTrue(e.getMessage().contains("weight"), e.getMessage());
        assertTrue(e.getMessage().contains("10.5"), e.getMessage());
    }

    @Test
    void assessmentOutOfRangeIsRefused() {
        DossierFormatException e = fails("""
                {"format": "parley-dossier", "version": 1, "assessments": [{"actor": "a1", "power": 1.5}]}
                """);
        assertTrue(e.getMessage().contains("assessments[0]"), e.getMessage());
        assertTrue(e.getMessage().contains("power"), e.getMessage());
    }

    @Test
    void stringWhereNumberIsRefused() {
        DossierFormatException start = fails("""
                {"format": "parley-dossier", "version": 1, "actors": [
                  {"id": "a1", "name": "Harbour Guild", "mentions": [{"source": "s1", "start": "4", "end": 9}]}
                ]}
                """);
        assertTrue(start.getMessage().contains("actors[0].mentions[0].start"), start.getMessage());
        assertTrue(start.getMessage().contains("number"), start.getMessage());

        DossierFormatException weight = fails("""
                {"format": "parley-dossier", "version": 1, "relations": [
                  {"id": "r1", "source": "a", "target": "b", "weight": "high"}
                ]}
                """);
        assertTrue(weight.getMessage().contains("relations[0].weight"), weight.getMessage());
    }

    @Test
    void fractionWhereWholeNumberIsRefused() {
        DossierFormatException e = fails("""
                {"format": "parley-dossier", "version": 1, "quotes": [
                  {"id": "q1", "speaker": "a1", "start": 1.5, "end": 3}
                ]}
                """);
        assertTrue(e.getMessage().contains("quotes[0].start"), e.getMessage());
    }

    @Test
    void wrongContainerTypesAreRefused() {
        DossierFormatException notArray = fails("{\"format\": \"parley-dossier\", \"version\": 1, \"sources\": {}}");
        assertTrue(notArray.getMessage().contains("sources"), notArray.getMessage());
        assertTrue(notArray.getMessage().contains("array"), notArray.getMessage());

        DossierFormatException notObject = fails("{\"format\": \"parley-dossier\", \"version\": 1, \"actors\": [1]}");
        assertTrue(notObject.getMessage().contains("actors[0]"), notObject.getMessage());

        DossierFormatException boolName = fails(
                "{\"format\": \"parley-dossier\", \"version\": 1, \"actors\": [{\"id\": \"a1\", \"name\": true}]}");
        assertTrue(boolName.getMessage().contains("actors[0].name"), boolName.getMessage());
    }

    @Test
    void missingRequiredFieldNamesItsPath() {
        DossierFormatException e = fails("""
                {"format": "parley-dossier", "version": 1, "actors": [{"id": "a1", "name": "Guild"}, {"id": "a2"}]}
                """);
        assertTrue(e.getMessage().contains("actors[1].name"), e.getMessage());
        assertTrue(e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void trailingGarbageIsRefused() {
        DossierFormatException word = fails("{\"format\": \"parley-dossier\", \"version\": 1} garbage");
        assertTrue(word.getMessage().startsWith("malformed JSON"), word.getMessage());
        DossierFormatException second = fails(
                "{\"format\": \"parley-dossier\", \"version\": 1}\n{\"format\": \"parley-dossier\", \"version\": 1}");
        assertTrue(second.getMessage().startsWith("malformed JSON"), second.getMessage());
    }

    @Test
    void trailingWhitespaceIsAccepted() throws Exception {
        assertEquals(Dossier.empty(), codec.fromJson("{\"format\": \"parley-dossier\", \"version\": 1}\n\n  \n"));
    }

    @Test
    void topLevelArrayIsRefused() {
        DossierFormatException e = fails("[{\"format\": \"parley-dossier\", \"version\": 1}]");
        assertTrue(e.getMessage().contains("not an object"), e.getMessage());
    }

    @Test
    void lenientJsonIsRefused() {
        DossierFormatException e = fails("{format: 'parley-dossier', version: 1}");
        assertTrue(e.getMessage().startsWith("malformed JSON"), e.getMessage());
        assertEquals(1, e.line());
    }

    @Test
    void fromJsonReportsTheSameErrors() {
        DossierFormatException e = assertThrows(DossierFormatException.class,
                () -> codec.fromJson("{\"format\": \"parley-dossier\", \"version\": 7}"));
        assertTrue(e.getMessage().contains("version 7"), e.getMessage());
    }
}
