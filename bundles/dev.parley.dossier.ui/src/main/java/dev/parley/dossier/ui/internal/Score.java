package dev.parley.dossier.ui.internal;

/**
 * A number shown in a table cell: computed by the analysis, or set by the analyst's assessment
 * (marked with a star). Sorts by value, unknown values first.
 */
record Score(Double value, boolean assessed) implements Comparable<Score> {

    static final Score NONE = new Score(null, false);

    @Override
    public int compareTo(Score o) {
        if (value == null || o.value == null) {
            return value == null ? (o.value == null ? 0 : -1) : 1;
        }
        return Double.compare(value, o.value);
    }

    @Override
    public String toString() {
        return Format.score(value) + (assessed && value != null ? "*" : "");
    }
}
