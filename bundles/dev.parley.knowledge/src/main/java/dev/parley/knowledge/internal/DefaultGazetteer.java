package dev.parley.knowledge.internal;

import dev.parley.model.Problem;
import dev.parley.model.knowledge.Gazetteer;
import dev.parley.model.knowledge.GazetteerContribution;
import dev.parley.model.knowledge.KnownEntity;
import dev.parley.model.knowledge.Title;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The gazetteer: built-in data files, the user's {@code conf/gazetteer/*.tsv}, and every
 * {@link GazetteerContribution} service. Entities with the same name are merged.
 */
@Component(service = Gazetteer.class)
public final class DefaultGazetteer implements Gazetteer {

    static final List<String> BUILT_IN = List.of("countries.tsv", "organisations.tsv", "titles.tsv", "outlets.tsv");

    private final GazetteerFiles.Content base = new GazetteerFiles.Content();
    private final List<GazetteerContribution> contributions = new CopyOnWriteArrayList<>();
    private final AtomicLong revision = new AtomicLong(1);
    private volatile Snapshot snapshot;

    private record Snapshot(long revision, List<KnownEntity> entities, List<Title> titles, List<String> outlets) {
    }

    @Activate
    public DefaultGazetteer(BundleContext context) {
        this(userFolder(context.getProperty("parley.home")));
    }

    /** Built-in data plus the files of {@code userFolder} (may be null or missing). */
    public DefaultGazetteer(Path userFolder) {
        for (String name : BUILT_IN) {
            try (InputStream in = DefaultGazetteer.class.getResourceAsStream("/dev/parley/knowledge/data/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("built-in gazetteer file " + name + " is missing from the bundle");
                }
                add(GazetteerFiles.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read built-in gazetteer file " + name, e);
            }
        }
        if (userFolder != null && Files.isDirectory(userFolder)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(userFolder, "*.tsv")) {
                List<Path> sorted = new ArrayList<>();
                files.forEach(sorted::add);
                sorted.sort(null);
                for (Path f : sorted) {
                    try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                        add(GazetteerFiles.read(r, f.toString()));
                    } catch (IOException e) {
                        base.problems.add(Problem.error(f.toString(), "cannot read: " + e.getMessage()));
                    }
                }
            } catch (IOException e) {
                base.problems.add(Problem.error(userFolder.toString(), "cannot list: " + e.getMessage()));
            }
        }
    }

    private static Path userFolder(String home) {
        return home == null ? null : Paths.get(home, "conf", "gazetteer");
    }

    private void add(GazetteerFiles.Content c) {
        base.entities.addAll(c.entities);
        base.titles.addAll(c.titles);
        base.outlets.addAll(c.outlets);
        base.problems.addAll(c.problems);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addContribution(GazetteerContribution contribution) {
        contributions.add(contribution);
        revision.incrementAndGet();
    }

    void removeContribution(GazetteerContribution contribution) {
        contributions.remove(contribution);
        revision.incrementAndGet();
    }

    @Override
    public List<KnownEntity> entities() {
        return current().entities();
    }

    @Override
    public List<Title> titles() {
        return current().titles();
    }

    @Override
    public List<String> outlets() {
        return current().outlets();
    }

    @Override
    public long revision() {
        return revision.get();
    }

    @Override
    public List<Problem> problems() {
        return List.copyOf(base.problems);
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        long r = revision.get();
        if (s == null || s.revision() != r) {
            s = build(r);
            snapshot = s;
        }
        return s;
    }

    private Snapshot build(long r) {
        Map<String, KnownEntity> byName = new LinkedHashMap<>();
        List<Title> titles = new ArrayList<>(base.titles);
        Set<String> outlets = new LinkedHashSet<>(base.outlets);
        List<KnownEntity> all = new ArrayList<>(base.entities);
        for (GazetteerContribution c : contributions) {
            try {
                all.addAll(c.entities());
                titles.addAll(c.titles());
                outlets.addAll(c.outlets());
            } catch (RuntimeException e) {
                // A broken contribution must not take the built-in knowledge with it.
            }
        }
        for (KnownEntity e : all) {
            byName.merge(e.name().toLowerCase(Locale.ROOT), e, DefaultGazetteer::mergeEntities);
        }
        return new Snapshot(r, List.copyOf(byName.values()), List.copyOf(titles), List.copyOf(outlets));
    }

    private static KnownEntity mergeEntities(KnownEntity a, KnownEntity b) {
        return new KnownEntity(a.name(), a.type(), union(a.aliases(), b.aliases()), union(a.demonyms(), b.demonyms()),
                union(a.metonyms(), b.metonyms()), a.parent() != null ? a.parent() : b.parent(),
                a.country() != null ? a.country() : b.country());
    }

    private static List<String> union(List<String> a, List<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return List.copyOf(s);
    }
}
