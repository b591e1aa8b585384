package dev.parley.model.ui;

/** Where a view sits in the window: tabbed areas around the main (editor) area. */
public enum Area {
    /** Navigation, left of the main area. */
    LEFT,
    /** The large centre area. */
    MAIN,
    /** Details, right of the main area. */
    RIGHT,
    /** Below the main area. */
    BOTTOM
}
