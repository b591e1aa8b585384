package dev.parley.launch;

import java.util.List;

/**
 * The bridge between the launcher and the running workbench. The launcher exports this package
 * from the system bundle; the CLI bundle registers the one implementation as a service and the
 * launcher hands it the command line.
 */
public interface Main {

    /** Framework property: the Parley installation folder. */
    String HOME = "parley.home";
    /** Framework property: the directory the user ran {@code parley} in. */
    String WORKING_DIRECTORY = "parley.cwd";

    /** Runs the command line and returns the process exit status. */
    int run(List<String> args);
}
