package dev.parley.dossier.ui.internal;

import static dev.parley.dossier.ui.internal.Fixtures.TEXT1;
import static dev.parley.dossier.ui.internal.Fixtures.TEXT2;
import static dev.parley.dossier.ui.internal.Fixtures.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.model.Dossier;
import dev.parley.model.Source;
import dev.parley.model.ui.Area;
import dev.parley.model.ui.Selection;
import dev.parley.model.ui.ViewContribution;
import dev.parley.model.ui.WorkbenchView;
import dev.parley.testkit.WorkbenchHarness;
import java.awt.Color;
import java.util.List;
import javax.swing.text.AttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SourcesViewTest {

    private WorkbenchHarness wb;
    private SourcesView view;

    @BeforeEach
    void open() {
        wb = new WorkbenchHarness(Fixtures.dossier(), null);
        view = (SourcesView) new SourcesContribution().create(wb);
    }

    @AfterEach
    void close() {
        view.dispose();
    }

    private AttributeSet style(int offset) {
        StyledDocument doc = view.textPane().getStyledDocument();
        return doc.getCharacterElement(offset).getAttributes();
    }

    private Color background(int offset) {
        AttributeSet a = style(offset);
        return a.isDefined(StyleConstants.Background) ? StyleConstants.getBackground(a) : null;
    }

    @Test
    void contributionNamesTheView() {
        ViewContribution c = new SourcesContribution();
        assertEquals("parley.sources", c.id());
        assertEquals("Sources", c.title());
        assertEquals(Area.LEFT, c.area());
    }

    @Test
    void describeListsSourcesWithGradesAndTheShownOne() {
        assertEquals("""
                Border accord | B2
                Envoy recalled | not graded
                selected: Border accord""", view.describe());
        assertEquals(TEXT1, view.textPane().getText());
        view.sourceList().setSelectedIndex(1);
        assertEquals("s2", view.shownSourceId());
        assertEquals(TEXT2, view.textPane().getText());
        assertTrue(view.describe().endsWith("selected: Envoy recalled"));
        assertFalse(view.textPane().isEditable());
    }

    @Test
    void marksMentionsQuotesAndEvidenceInTheirColours() {
        assertEquals(SourcesView.MENTION, background(at(TEXT1, "Ana Velk") + 1));
        assertEquals(SourcesView.QUOTE, background(at(TEXT1, "new chapter")));
        assertTrue(StyleConstants.isItalic(style(at(TEXT1, "new chapter"))));
        assertEquals(SourcesView.EVIDENCE, background(at(TEXT1, "signed")));
        // A mention inside evidence shows as the mention.
        assertEquals(SourcesView.MENTION, background(at(TEXT1, "Sudria")));
        assertNull(background(at(TEXT1, "Foreign")));
    }

    @Test
    void selectedActorsMentionsAreStronger() {
        int velk = at(TEXT1, "Ana Velk");
        wb.select(Selection.actor("velk"), "elsewhere");
        assertEquals(SourcesView.MENTION_SELECTED, background(velk));
        assertTrue(StyleConstants.isBold(style(velk)));
        assertEquals(SourcesView.MENTION, background(at(TEXT1, "Sudria")));
        assertEquals(velk, view.textPane().getCaretPosition());
        wb.select(Selection.empty(), "elsewhere");
        assertEquals(SourcesView.MENTION, background(velk));
        assertFalse(StyleConstants.isBold(style(velk)));
    }

    @Test
    void anActorNotNamedHereSwitchesSource() {
        wb.select(Selection.actor("kestrel"), "elsewhere");
        assertEquals("s2", view.shownSourceId());
        assertEquals(TEXT2.indexOf("Kestrel"), view.textPane().getCaretPosition());
        assertEquals(SourcesView.MENTION_SELECTED, background(TEXT2.indexOf("Kestrel")));
        assertTrue(view.describe().endsWith("selected: Envoy recalled"));
        // Velk is named here too, so the view stays.
        wb.select(Selection.actor("velk"), "elsewhere");
        assertEquals("s2", view.shownSourceId());
        assertEquals(TEXT2.indexOf("Velk"), view.textPane().getCaretPosition());
        // Norland is not.
        wb.select(Selection.actor("norland"), "elsewhere");
        assertEquals("s1", view.shownSourceId());
        assertEquals(0, view.textPane().getCaretPosition());
    }

    @Test
    void aSelectedRelationShowsItsEvidence() {
        view.sourceList().setSelectedIndex(1);
        wb.select(new Selection(List.of("norgov", "sudria"), List.of("r2")), "elsewhere");
        assertEquals("s1", view.shownSourceId());
        assertEquals(at(TEXT1, "The Norland government"), view.textPane().getCaretPosition());
        assertEquals(SourcesView.EVIDENCE_SELECTED, background(at(TEXT1, "criticised")));
        assertEquals(SourcesView.EVIDENCE, background(at(TEXT1, "signed")));
    }

    @Test
    void clickingAMarkSelectsItsActorOrRelation() {
        Recorder rec = new Recorder();
        wb.addListener(rec);
        view.activate(at(TEXT1, "Sudria") + 2);
        assertEquals(Selection.actor("sudria"), wb.selection());
        assertSame(view, rec.changes.get(0).origin());
        assertEquals("s1", view.shownSourceId());
        assertEquals(SourcesView.MENTION_SELECTED, background(at(TEXT1, "Sudria")));

        view.activate(at(TEXT1, "signed"));
        assertEquals(new Selection(List.of("norland", "sudria"), List.of("r1")), wb.selection());
        assertEquals(SourcesView.EVIDENCE_SELECTED, background(at(TEXT1, "signed")));

        view.activate(at(TEXT1, "chapter"));
        assertEquals(Selection.actor("velk"), wb.selection());

        view.activate(at(TEXT1, "Foreign"));
        assertEquals(3, rec.changes.size(), "plain text selects nothing");
        wb.removeListener(rec);
    }

    @Test
    void followsDossierChanges() {
        view.sourceList().setSelectedIndex(1);
        Dossier d = wb.dossier();
        Source s2 = d.sources().get(1);
        Source graded = new Source(s2.id(), "Envoy recalled (wire)", null, null, "text/plain", "1", s2.text(), "c3");
        wb.setDossier(new Dossier(List.of(d.sources().get(0), graded), d.actors(), d.quotes(), d.relations(),
                d.assessments()));
        assertEquals("""
                Border accord | B2
                Envoy recalled (wire) | C3
                selected: Envoy recalled (wire)""", view.describe());
        // The shown source goes away: the first one is shown.
        wb.setDossier(new Dossier(List.of(d.sources().get(0)), d.actors(), d.quotes(), d.relations(),
                d.assessments()));
        assertEquals("s1", view.shownSourceId());
        wb.setDossier(Dossier.empty());
        assertEquals("selected: none", view.describe());
        assertEquals("", view.textPane().getText());
    }

    @Test
    void disposeRemovesTheListener() {
        WorkbenchHarness h = new WorkbenchHarness(Fixtures.dossier(), null);
        WorkbenchView v = new SourcesContribution().create(h);
        assertEquals(1, h.listenerCount());
        v.dispose();
        assertEquals(0, h.listenerCount());
    }
}
