package dev.parley.workbench.internal;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import javax.swing.UIManager;

/** The FlatLaf look and feel, light or dark. */
final class Themes {

    private static boolean dark;

    private Themes() {
    }

    static boolean dark() {
        return dark;
    }

    /** Installs the theme before any window exists. */
    static void install(boolean wantDark) {
        FlatLaf laf = wantDark ? new FlatDarkLaf() : new FlatLightLaf();
        // In OSGi, Swing must load FlatLaf's UI delegates through FlatLaf's own bundle class loader.
        UIManager.put("ClassLoader", FlatLaf.class.getClassLoader());
        try {
            UIManager.setLookAndFeel(laf);
        } catch (Exception e) {
            System.err.println("parley gui: the FlatLaf look and feel could not be installed (" + e + "); using Swing's default");
        }
        UIManager.getDefaults().put("ClassLoader", FlatLaf.class.getClassLoader());
        dark = wantDark;
    }

    /** Switches the theme of the open window. */
    static void apply(boolean wantDark, WorkbenchWindow window) {
        install(wantDark);
        FlatLaf.updateUI();
        window.updateViewsUI();
        window.preferences().put("theme", wantDark ? "dark" : "light");
        window.status(wantDark ? "Dark theme" : "Light theme");
    }
}
