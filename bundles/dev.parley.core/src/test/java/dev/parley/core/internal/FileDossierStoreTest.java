package dev.parley.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.parley.model.ActorType;
import dev.parley.model.Dossier;
import dev.parley.model.DossierFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class FileDossierStoreTest {

    private final GsonDossierCodec codec = new GsonDossierCodec();
    private final FileDossierStore store = new FileDossierStore(codec);

    @TempDir
    Path dir;

    private static Dossier small(String name) {
        return new Dossier(List.of(), List.of(TestDossiers.actor("a1", name, ActorType.STATE)), List.of(), List.of(),
                List.of());
    }

    private Set<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    // ---- ordinary saves and loads -------------------------------------------------------------

    @Test
    void saveThenLoadGivesAnEqualDossier() throws Exception {
        Path file = dir.resolve("case.parley");
        Dossier d = TestDossiers.full();

        store.save(d, file);

        assertEquals(d, store.load(file));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains("Бригада «Север»"), "written as UTF-8 text");
        assertTrue(text.endsWith("}\n"));
        assertEquals(d, codec.fromJson(text));
    }

    @Test
    void saveCreatesMissingFolders() throws Exception {
        Path file = dir.resolve("a/b/case.parley");
        store.save(small("Norland"), file);
        assertEquals(small("Norland"), store.load(file));
    }

    @Test
    void secondSaveKeepsTheFirstVersionAsBackup() throws Exception {
        Path file = dir.resolve("case.parley");
        Path bak = dir.resolve("case.parley.bak");

        store.save(small("Norland"), file);
        assertFalse(Files.exists(bak), "no backup after the first save");

        store.save(small("Vella"), file);
        assertEquals(small("Vella"), store.load(file));
        assertEquals(small("Norland"), store.load(bak));

        store.save(small("Ostria"), file);
        assertEquals(small("Ostria"), store.load(file));
        assertEquals(small("Vella"), store.load(bak));
    }

    @Test
    void backupIsACopyNotTheSameFile() throws Exception {
        Path file = dir.resolve("case.parley");
        store.save(small("Norland"), file);
        store.save(small("Vella"), file);
        // Overwriting the dossier in place must not change the backup (a hard link would share content).
        Files.writeString(file, "broken");
        assertEquals(small("Norland"), store.load(dir.resolve("case.parley.bak")));
    }

    @Test
    void noTemporaryFilesAreLeftAfterSaves() throws Exception {
        Path file = dir.resolve("case.parley");
        for (int i = 0; i < 5; i++) {
            store.save(small("Norland " + i), file);
        }
        assertEquals(Set.of("case.parley", "case.parley.bak"), filesIn(dir));
    }

    @Test
    void staleTemporariesOfThisFileAreRemovedAndOthersKept() throws Exception {
        Path file = dir.resolve("case.parley");
        Files.writeString(dir.resolve(".case.parley.12345.saving"), "half");
        Files.writeString(dir.resolve(".case.parley.bak.678.saving"), "half");
        Files.writeString(dir.resolve(".other.parley.999.saving"), "someone else's");
        Files.writeString(dir.resolve("notes.txt"), "keep me");

        store.save(small("Norland"), file);

        assertEquals(Set.of("case.parley", ".other.parley.999.saving", "notes.txt"), filesIn(dir));
    }

    @Test
    void fileNamesWithGlobCharactersCanBeSaved() throws Exception {
        for (String name : List.of("draft{1.parley", "notes [v2].parley", "what?.parley", "star*.parley")) {
            Path folder = Files.createDirectory(dir.resolve("f" + Math.abs(name.hashCode())));
            Path file = folder.resolve(name);
            store.save(small("Norland"), file);
            store.save(small("Vella"), file);
            assertEquals(small("Vella"), store.load(file), name);
            assertEquals(small("Norland"), store.load(FileDossierStore.backupOf(file)), name);
            assertEquals(Set.of(name, name + ".bak"), filesIn(folder), name);
        }
    }

    // ---- errors -------------------------------------------------------------------------------

    @Test
    void invalidUtf8IsReportedAsSuch() throws Exception {
        Path file = dir.resolve("latin1.parley");
        byte[] head = "{\"format\": \"parley-dossier\", \"version\": 1, \"sources\": [{\"id\": \"s1\", \"text\": \"caf"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\"}]}".getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9; // "é" in ISO-8859-1, not valid UTF-8 here
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        Files.write(file, bytes);

        DossierFormatException e = assertThrows(DossierFormatException.class, () -> store.load(file));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("latin1.parley"), e.getMessage());
    }

    @Test
    void malformedFileMentionsTheBackupWhenThereIsOne() throws Exception {
        Path file = dir.resolve("case.parley");
        store.save(small("Norland"), file);
        store.save(small("Vella"), file);
        Files.writeString(file, "{\n  \"format\": \"parley-dossier\",\n  \"version\" 1\n}\n");

        DossierFormatException e = assertThrows(DossierFormatException.class, () -> store.load(file));

        assertTrue(e.getMessage().contains("case.parley.bak"), e.getMessage());
        assertTrue(e.getMessage().contains("previous version"), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.column() > 0);
    }

    @Test
    void malformedFileWithoutBackupHasNoBackupHint() throws Exception {
        Path file = dir.resolve("case.parley");
        Files.writeString(file, "{\"format\": \"parley-dossier\", \"version\": 1,}");

        DossierFormatException e = assertThrows(DossierFormatException.class, () -> store.load(file));

        assertFalse(e.getMessage().contains(".bak"), e.getMessage());
        assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
        assertEquals(1, e.line());
    }

    @Test
    void loadingADirectoryFailsClearly() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.parley"));
        IOException e = assertThrows(IOException.class, () -> store.load(folder));
        assertFalse(e instanceof NoSuchFileException);
        assertTrue(e.getMessage().contains("directory"), e.getMessage());
    }

    @Test
    void missingFileGivesNoSuchFileException() {
        Path file = dir.resolve("missing.parley");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> store.load(file));
        assertEquals(file.toString(), e.getFile());
    }

    // ---- crash safety -------------------------------------------------------------------------

    private static final int CRASH_RUNS = 25;

    /**
     * Kills a JVM that is saving large dossiers in a loop at random moments: every time, the file
     * and its backup must hold one whole dossier, never a mix or a truncated file.
     */
    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void killingASaveAtAnyMomentLeavesAWholeDossier() throws Exception {
        Dossier a = TestDossiers.big("A");
        Dossier b = TestDossiers.big("B");
        assertNotEquals(a, b);
        Path folder = Files.createDirectory(dir.resolve("store"));
        Path logs = Files.createDirectory(dir.resolve("logs"));
        Path file = folder.resolve("crash.parley");
        Path bak = FileDossierStore.backupOf(file);
        store.save(a, file);
        long size = Files.size(file);
        assertTrue(size > 1_000_000 && size < 3_000_000, "dossier A is " + size + " bytes");

        String exe = System.getProperty("os.name").startsWith("Windows") ? "java.exe" : "java";
        String java = Path.of(System.getProperty("java.home"), "bin", exe).toString();
        String classpath = System.getProperty("java.class.path");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int foundA = 0;
        int foundB = 0;
        int runsWithLeftovers = 0;
        long began = System.nanoTime();

        for (int run = 0; run < CRASH_RUNS; run++) {
            Path err = logs.resolve("run-" + run + ".err");
            Process p = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", classpath,
                    SaveLoop.class.getName(), file.toString())
                    .redirectError(err.toFile())
                    .start();
            int wait = 50 + random.nextInt(351);
            try {
                BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8));
                CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> {
                    try {
                        return out.readLine();
                    } catch (IOException e) {
                        return null;
                    }
                });
                String line = first.get(120, TimeUnit.SECONDS);
                if (!"saving".equals(line)) {
                    p.waitFor(10, TimeUnit.SECONDS);
                    fail("run " + run + ": SaveLoop did not start (printed " + line + "): " + readQuietly(err));
                }
                Thread.sleep(wait);
                if (!p.isAlive()) {
                    fail("run " + run + ": SaveLoop ended by itself with status " + p.exitValue() + ": "
                            + readQuietly(err));
                }
                p.destroyForcibly();
                assertTrue(p.waitFor(60, TimeUnit.SECONDS), "run " + run + ": killed SaveLoop did not end");
            } finally {
                if (p.isAlive()) {
                    p.destroyForcibly();
                    p.waitFor(60, TimeUnit.SECONDS);
                }
            }

            String context = "run " + run + " (seed " + seed + ", killed after " + wait + " ms)";
            Dossier loaded = loadOrFail(file, context);
            if (loaded.equals(a)) {
                foundA++;
            } else if (loaded.equals(b)) {
                foundB++;
            } else {
                fail(context + ": the file holds neither A nor B");
            }
            if (Files.exists(bak)) {
                Dossier backup = loadOrFail(bak, context);
                assertTrue(backup.equals(a) || backup.equals(b), context + ": the backup holds neither A nor B");
            }
            if (filesIn(folder).stream().anyMatch(n -> n.endsWith(".saving"))) {
                runsWithLeftovers++;
            }
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began);
        System.out.printf("crash test: %d kills in %d ms (seed %d, dossier A %d bytes); found A %d times,"
                + " B %d times; %d kills left temporary files%n", CRASH_RUNS, millis, seed, size, foundA, foundB,
                runsWithLeftovers);

        // The next ordinary save clears what the killed saves left behind.
        store.save(b, file);
        assertEquals(b, store.load(file));
        assertEquals(Set.of("crash.parley", "crash.parley.bak"), filesIn(folder));
    }

    private Dossier loadOrFail(Path file, String context) {
        try {
            return store.load(file);
        } catch (IOException e) {
            return fail(context + ": " + file.getFileName() + " does not load: " + e.getMessage(), e);
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no error output: " + e + ")";
        }
    }
}
