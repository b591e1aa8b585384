package dev.parley.timeline.ui.internal;

import dev.parley.model.ui.CommandContribution;
import dev.parley.model.ui.Workbench;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * Edit > Copy timeline: the dossier's dated events and relations as tab-separated text (date, what,
 * actors), ready to paste into a spreadsheet or a report.
 */
@Component(service = CommandContribution.class)
public final class CopyTimelineCommand implements CommandContribution {

    @Override
    public String id() {
        return "parley.timeline.copy";
    }

    @Override
    public String label() {
        return "Copy timeline";
    }

    @Override
    public String menu() {
        return "Edit";
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public boolean enabled(Workbench workbench) {
        return !TimelineRows.of(workbench.dossier()).isEmpty();
    }

    @Override
    public void execute(Workbench workbench) {
        List<TimelineRows.Row> rows = TimelineRows.of(workbench.dossier());
        Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(text(rows)), null);
        workbench.status("Copied " + rows.size() + (rows.size() == 1 ? " timeline row" : " timeline rows"));
    }

    /** Tab-separated rows under a header line. */
    static String text(List<TimelineRows.Row> rows) {
        StringBuilder sb = new StringBuilder("date\twhat\tactors\n");
        for (TimelineRows.Row r : rows) {
            sb.append(r.shownDate()).append('\t').append(clean(r.what())).append('\t').append(clean(r.actors())).append('\n');
        }
        return sb.toString();
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ');
    }
}
