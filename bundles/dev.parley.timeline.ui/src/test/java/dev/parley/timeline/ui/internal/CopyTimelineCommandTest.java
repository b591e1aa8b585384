package dev.parley.timeline.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.model.Actor;
import dev.parley.model.ActorType;
import dev.parley.model.Dossier;
import dev.parley.model.Polarity;
import dev.parley.model.Relation;
import dev.parley.testkit.WorkbenchHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

class CopyTimelineCommandTest {

    @Test
    void rowsBecomeTabSeparatedTextAndAnEmptyTimelineDisablesTheCommand() {
        CopyTimelineCommand c = new CopyTimelineCommand();
        assertFalse(c.enabled(new WorkbenchHarness(Dossier.empty(), null)));
        Actor norland = new Actor("norland", "Norland", ActorType.STATE, List.of(), null, null, null, List.of());
        Actor sudria = new Actor("sudria", "Sudria", ActorType.STATE, List.of(), null, null, null, List.of());
        Relation r = new Relation("r1", "norland", "sudria", Polarity.CONFLICT, "sanction", -6, "2031-03-02", List.of());
        Dossier d = new Dossier(List.of(), List.of(norland, sudria), List.of(), List.of(r), List.of(), List.of());
        WorkbenchHarness wb = new WorkbenchHarness(d, null);
        assertTrue(c.enabled(wb));
        String text = CopyTimelineCommand.text(TimelineRows.of(d));
        assertEquals("date\twhat\tactors\n2031-03-02\tNorland \u2192 Sudria: sanction (conflict)\tNorland, Sudria\n", text);
        assertEquals("Edit", c.menu());
    }
}
