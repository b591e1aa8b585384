package dev.parley.importer.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules live in a few large methods. HotSpot never compiles a method with more than 8,000 bytes of
 * bytecode (its {@code HugeMethodLimit}): such a method runs in the interpreter for good, and the importer
 * becomes several times slower without any test failing. One rule too many in {@code relationsFor} once did
 * exactly that, so this test reads the compiled classes and names any method over the limit.
 *
 * <p>A lower limit holds too. At 6,616 bytes, {@code relationsFor} was compiled, but C1 gave up on the
 * profiled version it makes for C2 ("out of virtual registers in linear scan"), so the method stayed in
 * C1's first, lightly profiled code for good and C2 never compiled it. Methods up to 3,900 bytes get
 * through both compilers; {@link #LARGE} keeps every method under 5,000.
 */
class MethodSizeTest {

    /** HotSpot's {@code HugeMethodLimit}: longer methods are not compiled. */
    private static final int HUGE = 8000;

    /** Past about this size C1 may fail to make the profiled code a method needs to reach C2. */
    private static final int LARGE = 5000;

    @Test
    void noMethodOfTheImporterIsTooLongToBeCompiled() throws IOException, URISyntaxException {
        assertFalse(codeSizes().isEmpty(), "no class files found");
        assertEquals(List.of(), methodsOver(HUGE),
                "methods over " + HUGE + " bytes of bytecode run interpreted: split them");
    }

    @Test
    void noMethodOfTheImporterIsTooLongForBothCompilers() throws IOException, URISyntaxException {
        assertEquals(List.of(), methodsOver(LARGE), "methods over " + LARGE + " bytes may never reach C2: split them");
    }

    /**
     * C2 stops inlining once a compilation has taken in about 8,000 bytes of bytecode, the method's own and
     * every callee's it inlined ({@code DesiredMethodLimit}). A rule method of more than about 2,000 bytes,
     * with its token tests ({@code Token.is} brings {@code String.hashCode} and {@code String.equals} along,
     * some 200 bytes a call), reaches that on its own, and the small calls past that point stay calls.
     * Splitting the six largest methods under this limit made the importer 7-8% faster.
     */
    private static final int INLINING = 2000;

    @Test
    void noMethodOfTheImporterIsTooLongForC2ToInlineItsCalls() throws IOException, URISyntaxException {
        assertEquals(List.of(), methodsOver(INLINING),
                "methods over " + INLINING + " bytes stop C2 inlining their calls: split them");
    }

    /** HotSpot's {@code MaxInlineSize}: a callee this small is inlined even where the call is not hot. */
    private static final int INLINED = 35;

    @Test
    void theTokenTestsTheRulesAskMostAreInlinedEverywhere() throws IOException, URISyntaxException {
        // The rules ask these at thousands of call sites, most of them too rarely run for C2 to count
        // them hot; over 35 bytes, each such site becomes a real call. Doc.is at 48 bytes cost about 4%.
        Map<String, Integer> sizes = codeSizes();
        List<String> large = new ArrayList<>();
        for (String method : List.of("Doc.is", "Doc.word", "Doc.tok", "Doc.capitalised", "Doc.number",
                "Doc.lexicons", "Doc.in", "Token.is", "Token.in", "Token.isPunct")) {
            Integer size = sizes.get(method);
            if (size == null || size > INLINED) {
                large.add(method + " (" + size + " bytes)");
            }
        }
        assertEquals(List.of(), large, "keep these at " + INLINED + " bytes or under (move checks into helpers)");
    }

    @Test
    void theReaderFindsTheLargestRuleMethod() throws IOException, URISyntaxException {
        // the reader works: it sees one of the largest rule methods, which is large but under the limits
        Integer size = codeSizes().get("Extractor$Run.governmentPhrases");
        assertFalse(size == null || size < 1000, "governmentPhrases not read: " + size);
    }

    /** The importer's methods over this many bytes of bytecode, but static initialisers (run once, compiled or not). */
    private static List<String> methodsOver(int limit) throws IOException, URISyntaxException {
        List<String> over = new ArrayList<>();
        codeSizes().forEach((method, size) -> {
            if (size > limit && !method.endsWith(".<clinit>")) {
                over.add(method + " (" + size + " bytes)");
            }
        });
        return over;
    }

    /** Bytecode length of every method of the importer's classes, as "Class.method" (the largest overload). */
    private static Map<String, Integer> codeSizes() throws IOException, URISyntaxException {
        Path root = Path.of(Relations.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = root.resolve(Relations.class.getPackageName().replace('.', '/'));
        Map<String, Integer> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String cls = f.getFileName().toString().replace(".class", "");
                try (InputStream in = Files.newInputStream(f)) {
                    readMethods(new DataInputStream(in), cls, out);
                }
            }
        }
        return out;
    }

    /** Walks a class file (JVMS chapter 4) far enough to read each method's Code attribute length. */
    private static void readMethods(DataInputStream in, String cls, Map<String, Integer> out) throws IOException {
        in.readInt(); // magic
        in.readUnsignedShort(); // minor
        in.readUnsignedShort(); // major
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 3, 4 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++; // a long or double takes two entries
                }
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 15 -> in.skipNBytes(3);
                default -> throw new IOException(cls + ": unknown constant pool tag " + tag);
            }
        }
        in.skipNBytes(6); // access flags, this class, super class
        in.skipNBytes(2L * in.readUnsignedShort()); // interfaces
        int fields = in.readUnsignedShort();
        for (int i = 0; i < fields; i++) {
            in.skipNBytes(6);
            skipAttributes(in);
        }
        int methods = in.readUnsignedShort();
        for (int i = 0; i < methods; i++) {
            in.skipNBytes(2);
            String name = utf8[in.readUnsignedShort()];
            in.skipNBytes(2);
            int attributes = in.readUnsignedShort();
            for (int k = 0; k < attributes; k++) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if ("Code".equals(attribute)) {
                    in.skipNBytes(4); // max stack, max locals
                    int code = in.readInt();
                    out.merge(cls + "." + name, code, Math::max);
                    in.skipNBytes(length - 8L);
                } else {
                    in.skipNBytes(length);
                }
            }
        }
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int k = 0; k < attributes; k++) {
            in.skipNBytes(2);
            in.skipNBytes(in.readInt());
        }
    }
}
