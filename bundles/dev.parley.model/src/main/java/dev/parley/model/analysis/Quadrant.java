package dev.parley.model.analysis;

/** Mendelow's power/interest quadrants. */
public enum Quadrant {
    MANAGE_CLOSELY("Manage closely"),
    KEEP_SATISFIED("Keep satisfied"),
    KEEP_INFORMED("Keep informed"),
    MONITOR("Monitor");

    private final String label;

    Quadrant(String label) {
        this.label = label;
    }

    /** How analysts write it. */
    public String label() {
        return label;
    }

    /** The quadrant of an influence and an interest, both 0..1, split at one half. */
    public static Quadrant of(double influence, double interest) {
        if (influence >= 0.5) {
            return interest >= 0.5 ? MANAGE_CLOSELY : KEEP_SATISFIED;
        }
        return interest >= 0.5 ? KEEP_INFORMED : MONITOR;
    }
}
