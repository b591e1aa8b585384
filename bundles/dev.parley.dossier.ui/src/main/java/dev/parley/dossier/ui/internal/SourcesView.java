package dev.parley.dossier.ui.internal;

import dev.parley.dossier.ui.internal.SourceSpans.Kind;
import dev.parley.dossier.ui.internal.SourceSpans.Place;
import dev.parley.dossier.ui.internal.SourceSpans.Span;
import dev.parley.model.Actor;
import dev.parley.model.Dossier;
import dev.parley.model.Source;
import dev.parley.model.ui.Selection;
import dev.parley.model.ui.Workbench;
import dev.parley.model.ui.WorkbenchListener;
import dev.parley.model.ui.WorkbenchView;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Cursor;
import java.awt.Rectangle;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.DefaultListModel;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextPane;
import javax.swing.ListSelectionModel;
import javax.swing.text.BadLocationException;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;

/**
 * The sources of the dossier and the text of one, with what the dossier found in it marked:
 * evidence of relations (green), quotes (yellow) and mentions of actors (blue; darker for the
 * selected actors). A click on a mark selects its actor or relation; a selection made elsewhere
 * brings its first mention or evidence into sight, switching source when needed.
 */
final class SourcesView implements WorkbenchView, WorkbenchListener {

    // Light backgrounds with dark text, so marks read the same under light and dark themes.
    static final Color EVIDENCE = new Color(0xDDF0D8);
    static final Color EVIDENCE_SELECTED = new Color(0xA8D99C);
    static final Color QUOTE = new Color(0xFFF1B8);
    static final Color MENTION = new Color(0xD6E4FA);
    static final Color MENTION_SELECTED = new Color(0x7FA8EE);
    private static final Color INK = new Color(0x202020);

    private final Workbench workbench;
    private final JPanel panel = new JPanel(new BorderLayout());
    private final DefaultListModel<Source> sources = new DefaultListModel<>();
    private final JList<Source> list = new JList<>(sources);
    private final JLabel header = new JLabel(" ");
    private final JTextPane text;
    private Dossier dossier = Dossier.empty();
    private Source shown;
    private List<Span> spans = List.of();
    private Selection selection = Selection.empty();
    /** True while the view sets the list selection itself. */
    private boolean syncing;

    SourcesView(Workbench workbench) {
        this.workbench = workbench;
        this.text = new JTextPane() {
            private static final long serialVersionUID = 1L;

            @Override
            public String getToolTipText(MouseEvent e) {
                return SourceSpans.at(spans, offsetAt(e)).map(SourcesView.this::explain).orElse(null);
            }
        };
        text.setEditable(false);
        text.setToolTipText("");
        text.addMouseListener(new MouseAdapter() {
            @Override
            public void mouseClicked(MouseEvent e) {
                if (e.getButton() == MouseEvent.BUTTON1 && text.getSelectionStart() == text.getSelectionEnd()) {
                    activate(offsetAt(e));
                }
            }
        });
        text.addMouseMotionListener(new MouseAdapter() {
            @Override
            public void mouseMoved(MouseEvent e) {
                boolean mark = SourceSpans.at(spans, offsetAt(e)).isPresent();
                text.setCursor(Cursor.getPredefinedCursor(mark ? Cursor.HAND_CURSOR : Cursor.TEXT_CURSOR));
            }
        });

        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.setVisibleRowCount(6);
        list.setCellRenderer(new DefaultListCellRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Component getListCellRendererComponent(JList<?> l, Object value, int index, boolean selected,
                                                          boolean focus) {
                Source s = (Source) value;
                super.getListCellRendererComponent(l, title(s) + "  [" + grade(s) + "]", index, selected, focus);
                setToolTipText(s.uri());
                return this;
            }
        });
        list.addListSelectionListener(e -> {
            if (!e.getValueIsAdjusting() && !syncing && list.getSelectedValue() != null) {
                show(list.getSelectedValue());
            }
        });

        header.setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 4));
        JPanel reader = new JPanel(new BorderLayout());
        reader.add(header, BorderLayout.NORTH);
        reader.add(new JScrollPane(text), BorderLayout.CENTER);
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, new JScrollPane(list), reader);
        split.setResizeWeight(0.25);
        panel.add(split, BorderLayout.CENTER);

        workbench.addListener(this);
        selection = workbench.selection();
        dossierChanged(workbench.dossier());
        reveal(selection);
    }

    private static String title(Source s) {
        return s.title() == null || s.title().isBlank() ? s.id() : s.title();
    }

    private static String grade(Source s) {
        return s.reliability() == null ? "not graded" : s.reliability();
    }

    @Override
    public JComponent component() {
        return panel;
    }

    @Override
    public void dossierChanged(Dossier d) {
        dossier = d;
        String keep = shown == null ? null : shown.id();
        int caret = text.getCaretPosition();
        syncing = true;
        try {
            sources.clear();
            d.sources().forEach(sources::addElement);
        } finally {
            syncing = false;
        }
        Source next = keep == null ? null : d.source(keep).orElse(null);
        if (next == null && !d.sources().isEmpty()) {
            next = d.sources().get(0);
        }
        boolean sameText = next != null && shown != null && next.text().equals(shown.text());
        show(next);
        if (sameText) {
            text.setCaretPosition(Math.min(caret, text.getDocument().getLength()));
        }
    }

    /** Shows a source's text with its marks; null shows nothing. */
    private void show(Source s) {
        shown = s;
        syncing = true;
        try {
            if (s == null) {
                list.clearSelection();
            } else {
                list.setSelectedIndex(dossier.sources().indexOf(s));
                list.ensureIndexIsVisible(list.getSelectedIndex());
            }
        } finally {
            syncing = false;
        }
        header.setText(s == null ? " " : headerText(s));
        text.setText(s == null ? "" : s.text());
        text.setCaretPosition(0);
        spans = s == null ? List.of() : SourceSpans.of(dossier, s.id());
        paint();
    }

    private static String headerText(Source s) {
        StringJoiner j = new StringJoiner("  \u00b7  ");
        j.add(title(s));
        if (s.published() != null) {
            j.add(s.published());
        }
        j.add(grade(s));
        return j.toString();
    }

    /** Marks the spans; those of selected actors and relations stronger. */
    private void paint() {
        StyledDocument doc = text.getStyledDocument();
        doc.setCharacterAttributes(0, doc.getLength(), new SimpleAttributeSet(), true);
        Set<String> actors = Set.copyOf(selection.actors());
        Set<String> relations = Set.copyOf(selection.relations());
        for (Span s : spans) {
            SimpleAttributeSet a = new SimpleAttributeSet();
            StyleConstants.setForeground(a, INK);
            switch (s.kind()) {
                case EVIDENCE -> StyleConstants.setBackground(a,
                        relations.contains(s.id()) ? EVIDENCE_SELECTED : EVIDENCE);
                case QUOTE -> {
                    StyleConstants.setBackground(a, QUOTE);
                    StyleConstants.setItalic(a, true);
                }
                case MENTION -> {
                    boolean selected = actors.contains(s.id());
                    StyleConstants.setBackground(a, selected ? MENTION_SELECTED : MENTION);
                    StyleConstants.setBold(a, selected);
                }
            }
            doc.setCharacterAttributes(s.start(), s.end() - s.start(), a, false);
        }
    }

    private int offsetAt(MouseEvent e) {
        int offset = text.viewToModel2D(e.getPoint());
        return offset < 0 ? -1 : offset;
    }

    /** What a click at an offset of the shown text does: select the mentioned actor, quote's speaker or relation. */
    void activate(int offset) {
        Optional<Span> span = SourceSpans.at(spans, offset);
        if (span.isEmpty()) {
            return;
        }
        Span s = span.get();
        Selection next = Selection.actor(s.id());
        if (s.kind() == Kind.EVIDENCE) {
            // Like a row of the Relations view: the relation and its two ends.
            next = dossier.relations().stream().filter(r -> r.id().equals(s.id())).findFirst()
                    .map(r -> new Selection(List.copyOf(new LinkedHashSet<>(List.of(r.source(), r.target()))),
                            List.of(r.id())))
                    .orElse(Selection.relation(s.id()));
        }
        workbench.select(next, this);
    }

    private String explain(Span s) {
        return switch (s.kind()) {
            case MENTION -> "Mention of " + actorName(s.id()) + "; click to select it";
            case QUOTE -> "Quote of " + actorName(s.id()) + "; click to select the speaker";
            case EVIDENCE -> dossier.relations().stream().filter(r -> r.id().equals(s.id())).findFirst()
                    .map(r -> "Evidence: " + actorName(r.source()) + " " + Format.text(r.category()) + " "
                            + actorName(r.target()) + "; click to select the relation")
                    .orElse(null);
        };
    }

    private String actorName(String id) {
        return dossier.actor(id).map(Actor::name).orElse(id);
    }

    @Override
    public void selectionChanged(Selection s, Object origin) {
        selection = s;
        if (origin == this) {
            paint();
        } else {
            reveal(s);
        }
    }

    /** Shows where the selection is written: a selected relation's evidence, else an actor's first mention. */
    private void reveal(Selection s) {
        String here = shown == null ? "" : shown.id();
        Optional<Place> place = Optional.empty();
        for (String r : s.relations()) {
            place = SourceSpans.relation(dossier, r, here);
            if (place.isPresent()) {
                break;
            }
        }
        for (String a : s.actors()) {
            if (place.isPresent()) {
                break;
            }
            place = SourceSpans.actor(dossier, a, here);
        }
        if (place.isPresent() && !place.get().source().equals(here)) {
            show(dossier.source(place.get().source()).orElseThrow());
        } else {
            paint();
        }
        place.ifPresent(p -> scrollTo(p.start(), p.end()));
    }

    private void scrollTo(int start, int end) {
        int length = text.getDocument().getLength();
        text.setCaretPosition(Math.min(start, length));
        try {
            Rectangle2D a = text.modelToView2D(Math.min(start, length));
            Rectangle2D b = text.modelToView2D(Math.min(end, length));
            if (a != null && b != null) {
                text.scrollRectToVisible(a.createUnion(b).getBounds());
            }
        } catch (BadLocationException e) {
            // Offsets are clamped to the text; a failure here only means nothing is scrolled.
            text.scrollRectToVisible(new Rectangle(0, 0, 1, 1));
        }
    }

    String shownSourceId() {
        return shown == null ? null : shown.id();
    }

    JTextPane textPane() {
        return text;
    }

    JList<Source> sourceList() {
        return list;
    }

    @Override
    public String describe() {
        StringJoiner out = new StringJoiner("\n");
        for (Source s : dossier.sources()) {
            out.add(title(s) + " | " + grade(s));
        }
        out.add("selected: " + (shown == null ? "none" : title(shown)));
        return out.toString();
    }

    @Override
    public void dispose() {
        workbench.removeListener(this);
    }
}
