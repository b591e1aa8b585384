package dev.parley.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @TempDir
    Path dir;

    @Test
    void theCommandIsTheFirstWordThatIsNotAnOption() {
        assertEquals("gui", Launcher.commandWord(List.of("--debug", "gui", "case.parley")));
        assertEquals("extract", Launcher.commandWord(List.of("extract", "--help")));
        assertEquals("help", Launcher.commandWord(List.of("--help")));
        assertEquals("help", Launcher.commandWord(List.of()));
        assertEquals("help", Launcher.commandWord(List.of("--debug")));
    }

    private static void bundle(Path jar, String bsn, String padding) throws IOException {
        Manifest mf = new Manifest();
        mf.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        mf.getMainAttributes().putValue("Bundle-SymbolicName", bsn + ";singleton:=true");
        mf.getMainAttributes().putValue("X-Padding", padding);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, mf)) {
            j.flush();
        }
    }

    @Test
    void theSystemIndexIsKeptAndReadAgainWhenAJarChanges() throws Exception {
        Path system = Files.createDirectories(dir.resolve("system"));
        Path index = dir.resolve("var/system.index");
        bundle(system.resolve("a.jar"), "com.example.a", "");
        bundle(system.resolve("b.jar"), "com.example.b", "");
        Map<String, Path> first = Launcher.indexBundles(system, index);
        assertEquals(Map.of("com.example.a", system.resolve("a.jar"), "com.example.b", system.resolve("b.jar")), first);
        assertTrue(Files.readString(index).contains("|com.example.b\n"), Files.readString(index));
        assertEquals(first, Launcher.indexBundles(system, index), "the same jars: the index answers");

        bundle(system.resolve("b.jar"), "com.example.renamed", "a longer manifest than before");
        Map<String, Path> second = Launcher.indexBundles(system, index);
        assertEquals(system.resolve("b.jar"), second.get("com.example.renamed"), "a changed jar is read again");

        Files.writeString(index, "garbage\nmore garbage\n");
        assertEquals(second, Launcher.indexBundles(system, index), "a broken index is rebuilt");
        Files.delete(system.resolve("a.jar"));
        assertEquals(Map.of("com.example.renamed", system.resolve("b.jar")), Launcher.indexBundles(system, index));
    }

    @Test
    void theCacheStampNamesEveryJarAndTheJavaVersion() throws Exception {
        Path a = dir.resolve("a.jar");
        bundle(a, "com.example.a", "");
        String stamp = Launcher.stamp(List.of(a));
        assertTrue(stamp.startsWith("java " + System.getProperty("java.version")));
        assertTrue(stamp.contains(a + "|" + Files.size(a) + "|"));
    }
}
