package dev.parley.importer.gdelt.internal;

import dev.parley.model.ActorType;
import java.util.Map;

/** Facts from the CAMEO codebook: root event categories and actor type codes. */
final class Cameo {
    private Cameo() {
    }

    /** The twenty CAMEO root codes, as relation categories. */
    static final Map<String, String> ROOTS = Map.ofEntries(
            Map.entry("01", "make public statement"), Map.entry("02", "appeal"),
            Map.entry("03", "express intent to cooperate"), Map.entry("04", "consult"),
            Map.entry("05", "engage in diplomatic cooperation"), Map.entry("06", "engage in material cooperation"),
            Map.entry("07", "provide aid"), Map.entry("08", "yield"), Map.entry("09", "investigate"),
            Map.entry("10", "demand"), Map.entry("11", "disapprove"), Map.entry("12", "reject"),
            Map.entry("13", "threaten"), Map.entry("14", "protest"), Map.entry("15", "exhibit force posture"),
            Map.entry("16", "reduce relations"), Map.entry("17", "coerce"), Map.entry("18", "assault"),
            Map.entry("19", "fight"), Map.entry("20", "use unconventional mass violence"));

    /** Actor type codes to Parley's actor types; unknown codes give null. */
    static ActorType type(String code) {
        return switch (code) {
            case "GOV", "MIL", "COP", "JUD", "SPY", "LEG" -> ActorType.STATE;
            case "REB", "INS", "SEP", "UAF" -> ActorType.ARMED_GROUP;
            case "OPP", "PTY", "MOD", "RAD" -> ActorType.POLITICAL_GROUP;
            case "IGO" -> ActorType.IGO;
            case "BUS", "MNC" -> ActorType.COMPANY;
            case "NGO", "NGM", "MED", "EDU", "HLH", "LAB", "AGR", "CVL", "REF", "ELI", "CRM", "REL" -> ActorType.OTHER;
            default -> null;
        };
    }
}
