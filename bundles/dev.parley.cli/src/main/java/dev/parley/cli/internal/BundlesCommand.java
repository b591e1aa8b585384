package dev.parley.cli.internal;

import dev.parley.model.spi.CommandContext;
import dev.parley.model.spi.CommandName;
import dev.parley.model.spi.ParleyCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code parley bundles}: what runs, and in words why something does not. */
@Component(service = ParleyCommand.class)
@CommandName("bundles")
public final class BundlesCommand implements ParleyCommand {

    private final BundleContext context;
    private final ServiceComponentRuntime scr;

    @Activate
    public BundlesCommand(BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
    }

    @Override
    public String name() {
        return "bundles";
    }

    @Override
    public String summary() {
        return "List the bundles and their components, with their states";
    }

    @Override
    public String help() {
        return """
                Usage: parley bundles

                Lists every bundle of the running workbench (id, symbolic name, version,
                state) and, under each, its Declarative Services components with their
                states. A bundle that could not be resolved says which requirement is
                missing; a component that is not satisfied says which service it waits for.
                """;
    }

    @Override
    public int run(List<String> args, CommandContext ctx) throws Exception {
        if (!args.isEmpty()) {
            throw new UsageException("takes no arguments");
        }
        List<Bundle> unresolved = new ArrayList<>();
        // Bundles installed but not yet needed (e.g. the shell) are resolved now, so that
        // INSTALLED below means a bundle that really cannot resolve.
        context.getBundle(0).adapt(FrameworkWiring.class).resolveBundles(null);
        for (Bundle b : context.getBundles()) {
            String where = b.getLocation().contains("/plugins/") ? "  [plugin]" : "";
            ctx.out().printf("%3d  %-45s %-18s %s%s%n", b.getBundleId(), b.getSymbolicName(), b.getVersion(), state(b), where);
            if (b.getState() == Bundle.INSTALLED) {
                unresolved.add(b);
                for (String why : missingRequirements(b)) {
                    ctx.out().println("       missing: " + why);
                }
            }
            for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(b)) {
                if (!scr.isComponentEnabled(d)) {
                    ctx.out().printf("       component %-55s disabled%n", shortName(d.name));
                    continue;
                }
                var configs = scr.getComponentConfigurationDTOs(d);
                if (configs.isEmpty()) {
                    ctx.out().printf("       component %-55s waiting for configuration%n", shortName(d.name));
                }
                for (ComponentConfigurationDTO c : configs) {
                    ctx.out().printf("       component %-55s %s%n", shortName(d.name), componentState(c.state));
                    for (UnsatisfiedReferenceDTO u : c.unsatisfiedReferences) {
                        ctx.out().println("         waits for a service " + interfaceOf(d, u.name)
                                + (u.target != null ? " matching " + u.target : ""));
                    }
                }
            }
        }
        return unresolved.isEmpty() ? OK : FAILED;
    }

    private static String interfaceOf(ComponentDescriptionDTO d, String reference) {
        for (var r : d.references) {
            if (r.name.equals(reference)) {
                return r.interfaceName;
            }
        }
        return reference;
    }

    private static String shortName(String componentName) {
        int dot = componentName.lastIndexOf('.');
        return dot < 0 ? componentName : componentName.substring(dot + 1);
    }

    static String state(Bundle b) {
        return switch (b.getState()) {
            case Bundle.INSTALLED -> "INSTALLED (not resolved)";
            case Bundle.RESOLVED -> b.getHeaders().get(Constants.FRAGMENT_HOST) != null ? "RESOLVED (fragment)" : "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "UNINSTALLED";
        };
    }

    private static String componentState(int state) {
        return switch (state) {
            case ComponentConfigurationDTO.ACTIVE -> "ACTIVE";
            case ComponentConfigurationDTO.SATISFIED -> "SATISFIED (starts on first use)";
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "UNSATISFIED (a service it needs is missing)";
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "UNSATISFIED (needs configuration)";
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> "FAILED ACTIVATION";
            default -> "state " + state;
        };
    }

    List<String> missingRequirements(Bundle b) {
        return Requirements.missing(context, b);
    }
}
