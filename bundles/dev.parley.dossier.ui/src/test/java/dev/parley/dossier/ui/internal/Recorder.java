package dev.parley.dossier.ui.internal;

import dev.parley.model.ui.Selection;
import dev.parley.model.ui.WorkbenchListener;
import java.util.ArrayList;
import java.util.List;

/** Records the selection changes a workbench announces, with their origin. */
final class Recorder implements WorkbenchListener {

    record Change(Selection selection, Object origin) {
    }

    final List<Change> changes = new ArrayList<>();

    @Override
    public void selectionChanged(Selection selection, Object origin) {
        changes.add(new Change(selection, origin));
    }
}
