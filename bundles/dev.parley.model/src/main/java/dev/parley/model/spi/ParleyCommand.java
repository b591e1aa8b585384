package dev.parley.model.spi;

import java.util.List;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A {@code parley} sub-command. Register an implementation as an OSGi service and it appears in
 * {@code parley --help}, runs as {@code parley NAME ARGS...}, and in the shell as
 * {@code parley NAME ARGS...}.
 */
@ConsumerType
public interface ParleyCommand {

    /** Exit status: success. */
    int OK = 0;
    /** Exit status: a file or an input could not be processed. */
    int FAILED = 1;
    /** Exit status: the command line was wrong. */
    int USAGE = 2;

    /** The word after {@code parley}, e.g. {@code extract}. */
    String name();

    /** One line for the command list. */
    String summary();

    /** Full help: synopsis, options, examples. Shown by {@code parley help NAME}. */
    String help();

    /**
     * Runs the command.
     *
     * @param args the arguments after the command name
     * @return an exit status: {@link #OK}, {@link #FAILED} or {@link #USAGE}
     * @throws Exception anything unexpected; the CLI prints one line (a stack trace only with
     *                   {@code --debug}) and exits with {@link #FAILED}
     */
    int run(List<String> args, CommandContext context) throws Exception;
}
