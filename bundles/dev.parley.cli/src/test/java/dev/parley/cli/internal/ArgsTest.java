package dev.parley.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArgsTest {
    private static final String[][] VALUED = {{"--dossier", "-d"}, {"--output", "-o"}};
    private static final String[][] FLAGS = {{"--json"}};

    @Test
    void optionsInAnyPlaceAndBothSpellings() throws Exception {
        Args a = Args.parse(List.of("a.txt", "-d", "case.parley", "b.txt", "--output=x.json", "--json"), VALUED, FLAGS);
        assertEquals(List.of("a.txt", "b.txt"), a.positional());
        assertEquals("case.parley", a.value("--dossier"));
        assertEquals("x.json", a.value("--output"));
        assertTrue(a.flag("--json"));
    }

    @Test
    void doubleDashEndsOptions() throws Exception {
        Args a = Args.parse(List.of("--", "-d", "--json"), VALUED, FLAGS);
        assertEquals(List.of("-d", "--json"), a.positional());
        assertNull(a.value("--dossier"));
    }

    @Test
    void errorsSayWhatIsWrong() {
        assertEquals("unknown option --nope",
                assertThrows(UsageException.class, () -> Args.parse(List.of("--nope"), VALUED, FLAGS)).getMessage());
        assertEquals("option -d needs a value",
                assertThrows(UsageException.class, () -> Args.parse(List.of("x", "-d"), VALUED, FLAGS)).getMessage());
        assertEquals("option --dossier given twice", assertThrows(UsageException.class,
                () -> Args.parse(List.of("-d", "a", "--dossier", "b"), VALUED, FLAGS)).getMessage());
        assertThrows(UsageException.class, () -> Args.parse(List.of("--json=yes"), VALUED, FLAGS));
    }
}
