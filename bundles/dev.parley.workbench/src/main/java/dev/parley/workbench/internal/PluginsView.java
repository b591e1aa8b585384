package dev.parley.workbench.internal;

import dev.parley.model.ui.Area;
import dev.parley.model.ui.ViewContribution;
import dev.parley.model.ui.Workbench;
import dev.parley.model.ui.WorkbenchView;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.ListSelectionModel;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import javax.swing.table.AbstractTableModel;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleException;
import org.osgi.framework.BundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The Plugins view: every bundle with its version, state and origin (Parley's own from
 * {@code system/}, or an extra from {@code plugins/}); install from a file with the checks of
 * {@code parley install}, start, stop and uninstall.
 */
@Component(service = ViewContribution.class)
public final class PluginsView implements ViewContribution {

    static final String ID = "parley.plugins";

    private final BundleContext context;

    @Activate
    public PluginsView(BundleContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Plugins";
    }

    @Override
    public Area area() {
        return Area.MAIN;
    }

    @Override
    public WorkbenchView create(Workbench workbench) {
        return new View(workbench);
    }

    static String origin(Bundle b) {
        String loc = b.getLocation();
        if (b.getBundleId() == 0) {
            return "framework";
        }
        return loc.contains("/plugins/") ? "plugin" : loc.contains("/system/") ? "Parley" : "other";
    }

    /** Bundle symbolic name → the feature that lists it, from the installation's features/ folder. */
    static java.util.Map<String, String> features(BundleContext context) {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        String home = context.getProperty("parley.home");
        if (home == null) {
            return out;
        }
        java.nio.file.Path dir = java.nio.file.Paths.get(home, "features");
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".feature")).sorted().toList()) {
                java.util.Properties p = new java.util.Properties();
                try (java.io.Reader r = java.nio.file.Files.newBufferedReader(f, java.nio.charset.StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                String name = p.getProperty("name", f.getFileName().toString().replace(".feature", ""));
                for (String bsn : (p.getProperty("bundles", "") + "," + p.getProperty("on-demand", "")).split("[,\\s]+")) {
                    if (!bsn.isBlank()) {
                        out.putIfAbsent(bsn.trim(), name);
                    }
                }
            }
        } catch (java.io.IOException | IllegalArgumentException e) {
            // no features folder (e.g. in tests): the column stays empty
        }
        return out;
    }

    static String state(Bundle b) {
        return switch (b.getState()) {
            case Bundle.ACTIVE -> "active";
            case Bundle.RESOLVED -> "resolved";
            case Bundle.INSTALLED -> "installed";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            default -> "uninstalled";
        };
    }

    private final class View extends AbstractTableModel implements WorkbenchView, BundleListener {
        private static final long serialVersionUID = 1L;
        private static final String[] COLUMNS = {"Bundle", "Version", "State", "Origin", "Feature"};

        private final Workbench workbench;
        private final JPanel panel = new JPanel(new BorderLayout());
        private final JTable table = new JTable(this);
        private List<Bundle> rows = new ArrayList<>();
        private final java.util.Map<String, String> features = features(context);

        View(Workbench workbench) {
            this.workbench = workbench;
            table.setName("plugins.table");
            table.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
            table.setAutoCreateRowSorter(true);
            JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT));
            buttons.add(button("Install from file...", e -> chooseAndInstall()));
            buttons.add(button("Start", e -> withSelected("Starting", b -> b.start())));
            buttons.add(button("Stop", e -> withSelected("Stopping", b -> b.stop(Bundle.STOP_TRANSIENT))));
            buttons.add(button("Uninstall", e -> uninstallSelected()));
            panel.add(buttons, BorderLayout.NORTH);
            panel.add(new JScrollPane(table), BorderLayout.CENTER);
            context.addBundleListener(this);
            reload();
        }

        private JButton button(String label, java.awt.event.ActionListener a) {
            JButton b = new JButton(label);
            b.addActionListener(a);
            return b;
        }

        private void reload() {
            List<Bundle> list = new ArrayList<>(List.of(context.getBundles()));
            list.sort(java.util.Comparator.comparing(b -> String.valueOf(b.getSymbolicName())));
            rows = list;
            fireTableDataChanged();
        }

        @Override
        public void bundleChanged(BundleEvent event) {
            SwingUtilities.invokeLater(this::reload);
        }

        @Override
        public int getRowCount() {
            return rows.size();
        }

        @Override
        public int getColumnCount() {
            return COLUMNS.length;
        }

        @Override
        public String getColumnName(int column) {
            return COLUMNS[column];
        }

        @Override
        public Object getValueAt(int row, int column) {
            Bundle b = rows.get(row);
            return switch (column) {
                case 0 -> b.getSymbolicName();
                case 1 -> b.getVersion().toString();
                case 2 -> state(b);
                case 3 -> origin(b);
                default -> features.getOrDefault(b.getSymbolicName(), "plugin".equals(origin(b)) ? "(extra)" : "");
            };
        }

        private Bundle selected() {
            int r = table.getSelectedRow();
            return r < 0 ? null : rows.get(table.convertRowIndexToModel(r));
        }

        interface BundleAction {
            void apply(Bundle b) throws BundleException;
        }

        /** Starts or stops an extra (Parley's own bundles stay as they are), in the background. */
        private void withSelected(String verb, BundleAction action) {
            Bundle b = selected();
            if (b == null) {
                workbench.status("Select a bundle first");
                return;
            }
            if (!"plugin".equals(origin(b))) {
                workbench.showError("Plugins", b.getSymbolicName() + " is part of Parley; only extras (plugins) can be"
                        + " started and stopped here");
                return;
            }
            workbench.run(verb + " " + b.getSymbolicName(), p -> {
                action.apply(b);
                return state(b);
            }, state -> {
                workbench.status(b.getSymbolicName() + " is " + state);
                reload();
            });
        }

        private void chooseAndInstall() {
            JFileChooser fc = new JFileChooser();
            fc.setFileFilter(new FileNameExtensionFilter("Bundles (*.jar, *.zip)", "jar", "zip"));
            if (fc.showOpenDialog(workbench.frame()) != JFileChooser.APPROVE_OPTION) {
                return;
            }
            File f = fc.getSelectedFile();
            install(f.toPath(), false);
        }

        private void install(Path jar, boolean trust) {
            workbench.run("Installing " + jar.getFileName(), p -> PluginActions.install(context, jar, trust), r -> {
                if (r.untrusted() && JOptionPane.showConfirmDialog(workbench.frame(),
                        r.message() + "\n\nTrust this exact file and install it? Only do so if you know where it comes from.",
                        "Install plugin", JOptionPane.YES_NO_OPTION, JOptionPane.WARNING_MESSAGE) == JOptionPane.YES_OPTION) {
                    install(jar, true);
                    return;
                }
                workbench.status(r.message().lines().findFirst().orElse(""));
                if (!r.ok() && !r.untrusted()) {
                    workbench.showError("Install plugin", r.message());
                }
                reload();
            });
        }

        private void uninstallSelected() {
            Bundle b = selected();
            if (b == null) {
                workbench.status("Select a bundle first");
                return;
            }
            String name = b.getSymbolicName();
            if (!"plugin".equals(origin(b))) {
                workbench.showError("Plugins", name + " is part of Parley and stays; only extras (plugins) can be uninstalled");
                return;
            }
            if (JOptionPane.showConfirmDialog(workbench.frame(), "Uninstall " + name + "?", "Plugins",
                    JOptionPane.OK_CANCEL_OPTION) != JOptionPane.OK_OPTION) {
                return;
            }
            workbench.run("Uninstalling " + name, p -> PluginActions.uninstall(context, name), r -> {
                workbench.status(r.message().lines().findFirst().orElse(""));
                if (!r.ok()) {
                    workbench.showError("Plugins", r.message());
                }
                reload();
            });
        }

        @Override
        public JComponent component() {
            return panel;
        }

        @Override
        public String describe() {
            StringBuilder sb = new StringBuilder();
            for (Bundle b : rows) {
                sb.append(b.getSymbolicName()).append(" | ").append(b.getVersion()).append(" | ").append(state(b))
                        .append(" | ").append(origin(b)).append(" | ").append(getValueAt(rows.indexOf(b), 4)).append('\n');
            }
            return sb.toString();
        }

        @Override
        public void dispose() {
            context.removeBundleListener(this);
        }
    }
}
