package dev.parley.dossier.ui.internal;

import java.math.BigDecimal;
import java.util.Locale;

/** How the views write numbers, the same in cells and in {@code describe()}. */
final class Format {

    private Format() {
    }

    /** Two decimals, e.g. {@code 0.40}, {@code -0.25}; empty for null. */
    static String score(Double v) {
        return v == null ? "" : String.format(Locale.ROOT, "%.2f", v);
    }

    /** Without trailing zeros: {@code 5}, {@code -3.5}. */
    static String number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return Double.toString(v);
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** Null as empty. */
    static String text(String s) {
        return s == null ? "" : s;
    }
}
