package dev.parley.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.core.internal.DefaultDossierMerger;
import dev.parley.core.internal.FileDossierStore;
import dev.parley.core.internal.GsonDossierCodec;
import dev.parley.model.spi.CommandContext;
import dev.parley.model.spi.ParleyCommand;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Cli cli, String... args) {
        out.reset();
        err.reset();
        return cli.run(List.of(args), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** A command that fails in the ways commands can. */
    static final class Probe implements ParleyCommand {
        List<String> seen;
        boolean debugSeen;

        @Override
        public String name() {
            return "probe";
        }

        @Override
        public String summary() {
            return "Probe summary";
        }

        @Override
        public String help() {
            return "Usage: parley probe [boom|usage]\n";
        }

        @Override
        public int run(List<String> args, CommandContext ctx) throws Exception {
            seen = args;
            debugSeen = ctx.debug();
            if (args.contains("boom")) {
                throw new IllegalStateException("the probe broke");
            }
            if (args.contains("usage")) {
                throw new UsageException("probe wants no such thing");
            }
            ctx.out().println("ran in " + ctx.workingDirectory());
            return OK;
        }
    }

    @Test
    void dispatchesToCommandServicesAndListsThem() {
        Cli cli = new Cli(dir, dir);
        Probe probe = new Probe();
        cli.addCommand(probe);
        assertEquals(0, run(cli, "--help"));
        assertTrue(out().contains("  probe   Probe summary"), out());
        assertTrue(out().contains("  help "), out());
        assertEquals(0, run(cli, "probe", "x", "--debug"));
        assertEquals(List.of("x"), probe.seen);
        assertTrue(probe.debugSeen);
        assertEquals("ran in " + dir + "\n", out());
        cli.removeCommand(probe);
        assertEquals(2, run(cli, "probe"));
        assertTrue(err().contains("unknown command 'probe'"), err());
    }

    @Test
    void helpAndCommandHelp() {
        Cli cli = new Cli(dir, dir);
        cli.addCommand(new Probe());
        assertEquals(0, run(cli, "help", "probe"));
        assertEquals("Usage: parley probe [boom|usage]\n", out());
        assertEquals(0, run(cli, "probe", "--help"));
        assertEquals("Usage: parley probe [boom|usage]\n", out());
        assertEquals(2, run(cli, "help", "nothing"));
        assertEquals(0, run(cli, "help", "help"));
        assertTrue(out().startsWith("Usage: parley help"), out());
        assertEquals(0, run(cli, "--version"));
        assertTrue(out().startsWith("Parley "), out());
    }

    @Test
    void failuresBecomeOneLineAndExitStatus() {
        Cli cli = new Cli(dir, dir);
        cli.addCommand(new Probe());
        assertEquals(1, run(cli, "probe", "boom"));
        assertTrue(err().startsWith("parley probe: the probe broke\n"), err());
        assertFalse(err().contains("\tat "), err());
        assertEquals(1, run(cli, "--debug", "probe", "boom"));
        assertTrue(err().contains("\tat "), "a stack trace with --debug: " + err());
        assertEquals(2, run(cli, "probe", "usage"));
        assertTrue(err().contains("parley probe: probe wants no such thing"), err());
        assertTrue(err().contains("parley help probe"), err());
        assertEquals(2, run(cli, "prbe"));
        assertTrue(err().contains("did you mean 'probe'?"), err());
        assertEquals(2, run(cli, "--bogus"));
    }

    @Test
    void importCommandCreatesAndRefusesUnchanged() throws Exception {
        GsonDossierCodec codec = new GsonDossierCodec();
        FileDossierStore store = new FileDossierStore(codec);
        dev.parley.core.internal.DefaultImportServiceAccess imports =
                new dev.parley.core.internal.DefaultImportServiceAccess(store);
        Cli cli = new Cli(dir, dir);
        cli.addCommand(new ImportCommand(imports.service(), new DefaultDossierMerger(), store));
        Files.writeString(dir.resolve("a.parley"), "{\"format\":\"parley-dossier\",\"version\":1,"
                + "\"actors\":[{\"id\":\"x\",\"name\":\"Freedonia\",\"type\":\"state\"}]}");
        Files.writeString(dir.resolve("bad.parley"), "{\"format\":\"parley-dossier\",\"version\":1,\"actors\":[");
        assertEquals(0, run(cli, "import", "a.parley", "-d", "case.parley"), err());
        assertTrue(out().startsWith("Created case.parley: +0 source(s), +1 actor(s)"), out());
        byte[] before = Files.readAllBytes(dir.resolve("case.parley"));
        assertEquals(1, run(cli, "import", "a.parley", "bad.parley", "-d", "case.parley"));
        assertTrue(err().contains("bad.parley:1:"), err());
        assertTrue(err().contains("case.parley was not changed"), err());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(dir.resolve("case.parley")));
        assertEquals(2, run(cli, "import", "a.parley"));
    }
}
