package com.example.kvsheet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.testkit.ParleyRuntime;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In the real framework: install the built plugin into a copy of Parley, import with it, remove it. */
class KvSheetPluginIT {
    @TempDir
    Path work;

    @Test
    void installExtractUninstall() throws Exception {
        Path plugin = Path.of(System.getProperty("plugin.jar"));
        try (ParleyRuntime parley = ParleyRuntime.copyOf(Path.of(System.getProperty("parley.dist")))) {
            ParleyRuntime.Result installed = parley.install(plugin);
            assertTrue(installed.out().contains("importer kvsheet"), installed::toString);
            Files.writeString(work.resolve("case.kvsheet"), "actor: Freedonia | state\n"
                    + "relation: Freedonia -> Sylvania | conflict | sanction | -6\n");
            ParleyRuntime.Result r = parley.run(work, "extract", "case.kvsheet");
            assertEquals(0, r.status(), r::toString);
            assertTrue(r.out().contains("\"name\": \"Freedonia\"") && r.out().contains("\"polarity\": \"conflict\""),
                    r::toString);
            ParleyRuntime.Result gone = parley.run(work, "uninstall", "com.example.kvsheet");
            assertEquals(0, gone.status(), gone::toString);
            ParleyRuntime.Result after = parley.run(work, "extract", "case.kvsheet");
            assertEquals(1, after.status(), after::toString);
            assertFalse(after.err().contains("Exception"), after::toString);
        }
    }
}
