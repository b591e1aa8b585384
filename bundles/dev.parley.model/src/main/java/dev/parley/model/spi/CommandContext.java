package dev.parley.model.spi;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;

/** What a command may use to talk to the user. */
@ProviderType
public interface CommandContext {

    /** Standard output: results, e.g. JSON. */
    PrintStream out();

    /** Standard error: progress, warnings, errors. */
    PrintStream err();

    /** Standard input. */
    InputStream in();

    /** The directory relative paths are resolved against. */
    Path workingDirectory();

    /** The Parley installation folder (with {@code conf/}, {@code plugins/}). */
    Path home();

    /** True when {@code --debug} was given: print stack traces. */
    boolean debug();

    /** Resolves a path the user typed against {@link #workingDirectory()}. */
    default Path resolve(String path) {
        return workingDirectory().resolve(path);
    }
}
