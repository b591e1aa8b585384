package dev.parley.cli.internal;

import dev.parley.launch.Main;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Makes every Parley command available in the Gogo shell as {@code parley COMMAND ARGS...}. */
@Component(service = GogoCommands.class, property = {
        "osgi.command.scope=parley",
        "osgi.command.function=parley"})
public final class GogoCommands {

    private final Main cli;

    @Activate
    public GogoCommands(@Reference Main cli) {
        this.cli = cli;
    }

    /** Runs a Parley command; the shell prints the exit status when it is not 0. */
    public Object parley(String... args) {
        int status = cli.run(List.of(args));
        return status == 0 ? null : "exit status " + status;
    }
}
