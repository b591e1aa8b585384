package dev.parley.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.model.Actor;
import dev.parley.model.ActorType;
import dev.parley.model.Dossier;
import dev.parley.model.Event;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventsTest {
    private final GsonDossierCodec codec = new GsonDossierCodec();

    private static Dossier withEvent(String actorId, String actorName) {
        Actor a = new Actor(actorId, actorName, ActorType.STATE, null, null, null, null, null);
        Event e = new Event("e1", "2031-05-02", "election", "Freedonia votes on 2 May 2031.", "s-1", 0, 30,
                List.of(actorId));
        return new Dossier(null, List.of(a), null, null, null, List.of(e));
    }

    @Test
    void eventsRoundTripAndOlderFilesReadWithout() throws Exception {
        Dossier d = withEvent("f", "Freedonia");
        assertEquals(d, codec.fromJson(codec.toJson(d)));
        assertEquals(List.of(), codec.fromJson("{\"format\":\"parley-dossier\",\"version\":1}").events());
    }

    @Test
    void mergingKeepsOneEventAndRemapsItsActors() {
        Dossier base = withEvent("f", "Freedonia");
        Dossier addition = withEvent("x9", "freedonia");
        Dossier merged = new DefaultDossierMerger().merge(base, addition);
        assertEquals(1, merged.events().size());
        assertEquals(List.of("f"), merged.events().get(0).actors());
        Dossier other = new Dossier(null, List.of(new Actor("x9", "Freedonia", ActorType.STATE, null, null, null,
                null, null)), null, null, null, List.of(new Event("e1", "2031-06-01", "summit", "A summit.", "s-2", 0,
                9, List.of("x9"))));
        Dossier both = new DefaultDossierMerger().merge(base, other);
        assertEquals(2, both.events().size());
        assertEquals("e1-2", both.events().get(1).id());
        assertEquals(List.of("f"), both.events().get(1).actors());
    }
}
