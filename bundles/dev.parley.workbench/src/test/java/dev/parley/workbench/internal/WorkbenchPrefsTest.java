package dev.parley.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbenchPrefsTest {

    @TempDir
    Path dir;

    @Test
    void settingsSurviveARestart() throws Exception {
        Path file = dir.resolve("sub/workbench.properties");
        WorkbenchPrefs p = new WorkbenchPrefs(file);
        p.put("perspective", "parley.map");
        p.setDivider("parley.map", "left", 0.31);
        p.addRecent(dir.resolve("a.parley"));
        p.addRecent(dir.resolve("b.parley"));
        p.addRecent(dir.resolve("a.parley"));
        p.setPlacement("parley.map", "parley.relations", "RIGHT");
        p.save();
        WorkbenchPrefs q = new WorkbenchPrefs(file);
        assertEquals("parley.map", q.get("perspective", null));
        assertEquals(0.31, q.divider("parley.map", "left", 0.5), 1e-9);
        assertEquals(0.5, q.divider("parley.report", "left", 0.5), 1e-9);
        assertEquals("RIGHT", q.placement("parley.map", "parley.relations"));
        assertEquals(List.of(dir.resolve("a.parley"), dir.resolve("b.parley")), q.recent());
    }

    @Test
    void recentListKeepsTheLastEight() {
        WorkbenchPrefs p = new WorkbenchPrefs(dir.resolve("w.properties"));
        for (int i = 0; i < 12; i++) {
            p.addRecent(dir.resolve(i + ".parley"));
        }
        assertEquals(WorkbenchPrefs.RECENT, p.recent().size());
        assertEquals(dir.resolve("11.parley"), p.recent().get(0));
    }

    @Test
    void aBrokenFileGivesDefaultsAndSillyValuesAreIgnored() throws Exception {
        Path file = dir.resolve("w.properties");
        Files.writeString(file, "divider.parley.map.left=7\nwindow.width=wide\nbad=\\u12");
        WorkbenchPrefs p = new WorkbenchPrefs(file);
        assertEquals(0.25, p.divider("parley.map", "left", 0.25), 1e-9);
        assertEquals(1280, p.getInt("window.width", 1280));
    }

    @Test
    void resetForgetsSplitPositionsAndPlacementsOnly() {
        WorkbenchPrefs p = new WorkbenchPrefs(dir.resolve("w.properties"));
        p.setDivider("parley.map", "left", 0.4);
        p.put("theme", "dark");
        p.setPlacement("parley.map", "parley.actors", "CLOSED");
        p.resetLayout();
        assertEquals(0.2, p.divider("parley.map", "left", 0.2), 1e-9);
        assertEquals(null, p.placement("parley.map", "parley.actors"));
        assertEquals("dark", p.get("theme", "light"));
    }
}
