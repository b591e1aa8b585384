package dev.parley.model.knowledge;

import java.util.Objects;

/**
 * A title or role that introduces or describes a person.
 *
 * @param title  lower-case words, e.g. {@code foreign minister}
 * @param kind   a coarse class: head_of_state, head_of_government, minister, diplomat, military,
 *               official, politician, judicial, religious, royal, rebel, spokesperson, business,
 *               media, academic, other
 * @param prefix true when it is written directly before a name ("Colonel Goita")
 */
public record Title(String title, String kind, boolean prefix) {
    public Title {
        Objects.requireNonNull(title, "title");
        kind = kind == null ? "other" : kind;
    }
}
