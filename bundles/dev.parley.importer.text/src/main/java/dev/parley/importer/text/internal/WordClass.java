package dev.parley.importer.text.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Closed classes of words that the rules test tokens against: prepositions, determiners, modal and
 * negation words, nouns that make a name a place, and so on. A token learns all its classes with
 * one lookup when the article is split ({@link Token#in}), so a rule's test is a bit, not a hash.
 */
enum WordClass {

    // ---- sentences (Doc)

    /** Abbreviations that a full stop follows without ending the sentence. */
    ABBREVIATIONS("mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "capt", "cpt", "sgt", "st", "no", "prof",
            "sen", "rep", "gov", "amb", "adm", "brig", "cmdr", "jr", "sr", "vs", "etc", "jan", "feb", "mar", "apr",
            "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "corp", "co", "mt", "ft", "pres", "gens",
            "messrs", "approx", "dept", "est", "fig", "rev", "hon", "lieut", "cdr"),

    // ---- names and actors (Extractor)

    /** Words that are capitalised at the start of a sentence but never start a name. */
    NOT_NAME("the", "a", "an", "in", "on", "at", "but", "and", "or", "if", "as", "by", "for", "with", "from", "to",
            "of", "after", "before", "since", "while", "when", "meanwhile", "however", "under", "over", "this",
            "that", "these", "those", "it", "he", "she", "they", "we", "i", "his", "her", "their", "our", "its",
            "there", "here", "some", "many", "most", "multiple", "hundreds", "thousands", "both", "each", "one",
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "mr", "mrs", "ms", "dr",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "yet", "still", "also", "despite", "although", "though", "not", "no", "all", "any", "other", "another",
            "such", "what", "which", "who", "whom", "where", "why", "how", "during", "amid", "among", "against",
            "about", "around", "according", "earlier", "later", "now", "today", "yesterday", "tomorrow", "last",
            "next", "then", "thus", "so", "because", "until", "without", "within", "between", "through", "across",
            "into", "onto", "upon", "via", "per", "us", "them", "you", "my", "your", "said", "says", "speaking",
            "asked", "officials", "staff", "embassy", "telegram", "twitter", "whatsapp", "youtube", "instagram",
            "tiktok", "security", "fighting", "hopes", "sources", "reports", "read", "more", "just",
            "only", "even", "instead", "further", "first", "second", "third", "new", "old", "former", "current",
            "local", "foreign", "international", "western", "eastern", "northern", "southern", "central",
            "civilians", "residents", "people", "several", "unfortunately", "following", "together", "nearly",
            "almost", "every"),

    /** Function words, days and months: never inside a name, even when capitalised. */
    FUNCTION("the", "a", "an", "in", "on", "at", "but", "and", "or", "if", "as", "by", "for", "with", "from", "to",
            "of", "after", "before", "since", "while", "when", "this", "that", "these", "those", "it", "he", "she",
            "they", "we", "i", "his", "her", "their", "our", "its", "there", "here", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
            "june", "july", "august", "september", "october", "november", "december", "meanwhile", "however",
            "said", "says", "us", "you", "my", "your"),

    /** Heads of a state's own institutions: "Haiti's Transitional Presidential Council" is the state speaking. */
    STATE_INSTITUTIONS("council", "ministry", "government", "office", "presidency", "cabinet", "parliament",
            "assembly", "senate", "congress", "administration", "authority", "committee", "service", "headquarters"),

    /**
     * Nouns for those who act for a side named after "of" or "from": "fighters from the 3R ambushed". (Those
     * who speak for a body are {@link #SPEAKERS}.)
     */
    MEMBERS("fighters", "militants", "insurgents", "rebels", "gunmen", "militiamen", "jihadists", "guerrillas",
            "troops", "soldiers", "elements", "units", "combatants", "operatives", "mercenaries", "contractors", "extremists", "terrorists"),

    /**
     * Those who speak or act for a body named after "of" or "for": "Members of the Security Council
     * condemned", "Negotiators for the National Democratic Front walked out".
     */
    SPEAKERS("negotiators", "representatives", "delegates", "members", "leaders", "ministers", "envoys", "officials",
            "diplomats", "heads", "governments", "supporters", "lawyers", "activists", "observers", "monitors"),

    /** Verbs that end the cooperation named after them: "suspended its aid to", "cut ties with". */
    CUT_VERBS("suspend", "suspends", "suspended", "suspending", "cut", "cuts", "cutting", "halt", "halts", "halted",
            "halting", "block", "blocks", "blocked", "blocking", "freeze", "freezes", "froze", "frozen", "freezing", "end", "ends", "ended", "ending", "stop",
            "stops", "stopped", "stopping", "scrap", "scraps", "scrapped", "slash", "slashed", "withhold", "withheld",
            "terminate", "terminated", "revoke", "revoked", "pause", "paused", "cancel", "cancels", "cancelled",
            "canceled", "cancelling", "canceling", "annul", "annulled", "renounce", "renounced", "veto", "vetoes",
            "vetoed", "vetoing", "reduce", "reduces", "reduced", "reducing", "curtail", "curtails", "curtailed",
            "curtailing", "scrapping", "terminating", "revoking", "abrogate", "abrogated", "abrogating", "tear", "tears",
            "tore", "torn", "tearing"),

    /** Nouns that end the name of a document, not of an actor: "the Mutual Defense Treaty", "the Minsk Agreement". */
    DOCUMENT_WORDS("treaty", "agreement", "agreements", "accord", "accords", "convention", "pact", "declaration",
            "protocol", "charter", "resolution", "roadmap", "memorandum", "doctrine", "constitution"),

    /** Words that make a capitalised name a place. */
    PLACE_WORDS("shoal", "island", "islands", "sea", "strait", "bay", "gulf", "river", "lake", "mountain",
            "mountains", "valley", "desert", "peninsula", "coast", "port", "airport", "street", "square",
            "province", "region", "district", "county", "city", "town", "village", "hills", "corridor", "crossing",
            "border", "camp", "bridge", "dam", "canal", "ocean", "basin", "plateau", "road", "highway", "avenue",
            "boulevard", "route"),

    /** Capitalised words that are no one's name on their own. */
    COMMON_CAPITALISED("office", "defence", "defense", "gulf", "mission", "ministry", "guard", "council", "state",
            "states", "court", "army", "police", "government", "parliament", "senate", "congress", "cabinet",
            "presidency", "palace", "house", "news", "agency", "department", "headquarters", "directorate",
            "secretariat", "treasury"),

    /** Words of a coup: soldiers taking power. */
    COUP_WORDS("coup", "putsch", "mutinous", "mutiny", "putschists", "overthrew", "ousted", "deposed", "toppled",
            "takeover"),

    /** Verbs that make "power" after them a coup: "seized power". */
    POWER_VERBS("seized", "seize", "seizing", "taken", "took", "take", "grabbed"),

    /** Words showing that a coup is news now. */
    RECENT_WORDS("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "overnight",
            "yesterday", "today", "hours"),

    /** Lower-case words that may stand inside a person's name. */
    PARTICLES("de", "da", "del", "della", "di", "van", "von", "der", "den", "al", "el", "bin", "ben", "ibn", "abu",
            "le", "la", "du", "dos", "das", "ul", "ould", "ag", "wa"),

    /** Lower-case words that may stand inside an organisation's name after its head word. */
    ORG_INNER("of", "for", "the", "and", "on", "in", "de", "du", "des", "al"),

    /** Pronouns that stand for a person named before. */
    PRONOUNS("he", "she", "him", "his", "her"),

    /** Nouns after which a demonym stands for its state: "French ambassador", "Malian authorities". */
    DEMONYM_HEADS("government", "authorities", "officials", "official", "army", "troops", "forces", "military",
            "soldiers", "junta", "delegation", "counterpart", "counterparts", "leader", "leaders", "embassy",
            "ministry", "police", "navy", "regime", "parliament", "lawmakers", "side", "state", "diplomats",
            "diplomat", "envoy", "ambassador", "president", "prime", "foreign", "defence", "defense", "interior",
            "army's", "jets", "warplanes", "un", "authority", "administration", "cabinet", "presidency", "nation",
            "air", "intelligence", "security", "officers", "spokesman", "spokesperson", "spokeswoman", "minister",
            "ministers", "opposition", "rebels", "separatists", "counterpart's", "investigators", "negotiators",
            "delegates", "envoys", "warships", "ships", "vessels", "coast", "fire", "strikes", "airstrikes", "shelling",
            "drones", "missiles", "bombardment", "raids", "raid"),

    /** Nouns that an actor before them only qualifies: "an al-Qaida affiliate", "member states". */
    MODIFIED_NOUNS("affiliate", "affiliates", "offshoot", "branch", "wing", "franchise", "proxy", "proxies",
            "splinter", "faction", "member", "members", "states", "countries", "nations", "partners",
            // "according to U.N. figures", "a U.N. peacekeeping operation": the body only qualifies the noun
            "figures", "data", "estimates", "statistics", "peacekeeping", "agencies", "staff", "headquarters",
            "charter"),

    /** Words that put the name after them on a map: "near El Fasher", "outside Goma". */
    PLACE_CUES("near", "outside", "around", "towards", "toward", "nearby", "across"),

    /** Nouns that make the name in "the town of Sake" a place. */
    PLACE_NOUNS("town", "city", "village", "camp", "province", "region", "district", "state", "capital", "port",
            "island", "county", "municipality", "outskirts", "towns", "cities", "villages", "camps", "provinces",
            "regions", "districts", "states", "islands", "counties", "prefecture", "prefectures", "governorate",
            "governorates", "oblast", "territory", "commune", "communes", "waterway", "waterways", "strait", "river",
            "valley", "corridor", "enclave", "oilfield", "peninsula", "crossing"),

    /** Words that cannot stand inside an apposition: verbs, conjunctions, subordinators. */
    APPOSITION_STOP("is", "was", "were", "are", "has", "had", "have", "will", "would", "and", "but", "which",
            "that", "said", "says", "told", "did", "does", "can", "could", "may", "might", "should", "must", "to",
            "after", "before", "when", "while", "because"),

    /** Words that can start a description ("the council", "the statement"), besides those of the words lexicon. */
    DESCRIPTION_STARTS("neighbour", "neighbor", "opposition", "council", "bloc", "grouping", "statement", "leaders",
            "communique", "communiqu\u00e9",
            "declaration", "host", "group", "coalition", "militia", "rebels", "guerrillas", "insurgents", "militants",
            "jihadists", "paramilitaries", "mercenaries", "movement", "party", "alliance", "organisation",
            "organization", "body", "court", "panel", "union", "community", "commission", "company", "firm", "mission",
            "agency", "force", "office", "bureau", "wing", "delegation"),

    // ---- quotes (Quotes)

    /** Prepositions: an actor governed by one is not a subject. */
    PREPOSITIONS("of", "to", "in", "by", "with", "against", "for", "from", "at", "on", "about", "over", "into",
            "between", "among", "under", "toward", "towards", "across", "through", "within", "without", "near",
            "after", "before", "since", "during", "than", "like", "as", "behind"),

    /** Articles, demonstratives and possessive pronouns. */
    DETERMINERS("the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"),

    // ---- relations (Relations)

    /** Negations and verbs of refusal: before a trigger, they turn it into refusal or drop it. */
    NEGATIONS("not", "n't", "cannot", "never", "no", "neither", "nor", "refused", "refuses", "refusing", "refuse",
            "refusal", "declined", "declines", "declining", "failed", "fails", "failing", "without", "avoided", "avoids",
            "avoiding", "avoid"),

    /**
     * Verbs that open the relation patterns written as code ({@link Relations}): ordering out, agreeing to a
     * truce, placing under sanctions, sending to.
     */
    PATTERN_VERBS(
            // naming a side by a judgment (Relations.calledIt): "called the judgment 'a colonial verdict'"
            "called", "calls", "calling", "described", "describes", "describing", "branding", "labels",
            "termed", "terms", "dubbed", "characterised", "characterized",
            // coming to a side's help (Relations.cameToDefence): "came to Iran's defence"
            "came", "come", "comes", "coming", "rushed", "rush", "rushes", "rushing",
            "joined", "joins", "join", "joining",
            "killed", "kills", "killing", "ordered", "orders", "order", "told", "tells", "tell", "telling",
            "ordering", "agreed", "agree", "agrees", "agreeing", "placed", "put", "places", "puts", "sent", "sends",
            "sending", "send", "dispatched", "dispatches", "pledged", "pledges", "promised", "offered", "provided", "smuggled",
            "smuggling", "smuggles", "shipped", "delivered", "delivering", "signed", "signs", "sign", "signing",
            // concluding a document (Relations.signedDocument): "initialled a draft treaty", "struck a deal"
            "initialled", "initialed", "initials", "initialling", "initialing", "inked", "inks", "struck", "strikes",
            "striking", "reached", "reaches", "reaching", "clinched", "clinches", "concluded", "concludes",
            "designated", "designates", "designating", "redesignated", "redesignates", "announced", "announces",
            "approved", "approves", "unveiled", "unveils", "granted", "grants", "gave", "gives", "give", "giving",
            "given", "vetoed", "vetoes", "veto",
            "vetoing", "blocked", "blocks", "block", "blocking", "warned", "warns", "warn", "warning",
            "retook", "retake", "retakes", "retaking", "retaken", "recaptured", "recapture", "recaptures",
            "recapturing", "captured", "captures", "seized", "seizes", "wrested", "wrests",
            // goods withheld or sold (Relations.suppliesTo)
            "halted", "halts", "halt", "halting", "stopped", "stops", "stop", "stopping", "cut", "cuts", "cutting",
            "shut", "shuts", "shutting", "curtailed", "curtails", "throttled", "restricted", "restricts", "reduced",
            "reduces", "supplies", "supply", "sells", "sell", "sold", "selling", "exports", "export", "exported",
            "exporting", "delivers", "deliver", "ships", "provides", "providing", "increase", "increased",
            "increases", "increasing", "boost", "boosted", "boosts", "resume", "resumed", "resumes", "resuming",
            "expand", "expanded", "restore", "restored", "restores",
            // driving a side out (Relations.droveOut): "drove the government out of Sanaa"
            "drove", "driven", "drive", "drives", "driving", "chased", "chase", "chases", "chasing", "pushed", "push",
            "pushes", "pushing", "forced", "forcing", "kicked", "kick", "kicking",
            // goods bought or received (Relations.boughtFrom): "bought 12 Rafale jets from France", "took delivery of"
            "bought", "buys", "buy", "buying", "purchased", "purchases", "purchase", "purchasing", "acquired",
            "acquires", "acquiring", "imported", "imports", "importing", "took", "takes", "taking", "received",
            "receives", "receiving",
            // designations (Relations.verbActorParticle): "declared the NUG a terrorist organisation"
            "declared", "declares", "branded", "brands", "labelled", "labeled",
            // listings (Relations.verbActorParticle): "returned Cuba to its list of state sponsors of terrorism"
            "added", "adds", "adding", "returned", "returns", "relisted", "deny", "denies", "denied", "denying",
            "lists", "listed", "listing",
            // founding a body (Relations.joinedBody): "formed the Alliance of Sahel States"
            "formed", "founded", "created", "established",
            // help given (Relations.verbActorParticle): "offered Somalia military help"
            "offers", "offer", "offering", "promises", "provide",
            // mandates (Relations.votedToExtend): "voted to extend the mission"
            "voted",
            // bases kept in a state (Relations.baseIn): "keeps an air base in Kyrgyzstan"
            "has", "have", "had", "keeps", "keep", "kept", "maintains", "maintain", "maintained", "operates",
            "operate", "operated", "opened", "opens", "runs", "run"),

    /** Waters often named after a state: "the Philippine Sea", "the Taiwan Strait". */
    WATERS("sea", "strait", "straits", "gulf", "bay", "ocean", "channel"),

    /**
     * Words that start the name of a region: "South Kivu", "North Darfur", "Upper Nile", and of a
     * continent's part: "South America", "Latin America", "Central Asia".
     */
    COMPASS("north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper",
            "lower", "northeast", "northwest", "southeast", "southwest", "latin"),

    /** Words that narrow a title's scope: "WFP country director", "UNHCR regional spokeswoman". */
    TITLE_SCOPES("country", "regional", "parliamentary", "acting", "interim", "deputy", "senior", "chief", "top", "local", "national",
            "provincial", "field"),

    /** "asked X to", "urged X to": what follows is a request, not an act. */
    REQUESTS("ask", "asks", "asked", "asking", "urge", "urges", "urged", "urging", "call", "calls", "called",
            "calling", "press", "pressed", "pressing", "want", "wants", "wanted", "encourage", "encouraged",
            "encourages", "invite", "invited", "invites"),

    /** Words that make a trigger after them a possibility, plan, wish or denial rather than an act. */
    MODALS("may", "might", "could", "would", "should", "likely", "unlikely", "expected", "plans", "planned", "plan",
            "hopes", "hope", "hoped", "seek", "seeks", "sought", "if", "whether", "possible", "possibly",
            "potential", "consider", "considering", "considered", "wants", "want", "intends", "ready", "willing",
            "prepared", "can", "must", "denies", "denied", "deny", "denying", "reviewing", "review", "reviews",
            "reviewed", "reconsider", "reconsiders", "reconsidering", "reconsidered", "reassess", "reassessing"),

    /** Forms of "be": before a participle, the voice is passive. */
    PASSIVE("was", "were", "been", "being", "is", "are", "be"),

    /** Words that end a clause: what comes after has a subject of its own. */
    CLAUSE_BREAK("but", "while", "whereas", "although", "though", "however", "meanwhile", "after", "because",
            "when", "unless", "until", "saying"),

    /** Prepositions that may follow an object in a list without opening a clause. */
    QUOTES_PREP("of", "in", "on", "for", "over", "at", "to", "with", "by", "from", "after", "before", "since",
            "during"),

    /** Triggers that are adjectives before some nouns: "armed groups", "arms race". */
    ADJECTIVAL("armed", "arms", "backed", "allied", "joint", "fighting", "rival", "attack"),

    /** Nouns after which an adjectival trigger is only an adjective. */
    NOUNS_AFTER_ADJECTIVE("groups", "group", "forces", "men", "militia", "militias", "wing", "conflict", "robbery",
            "attack", "attacks", "gangs", "rebels", "struggle", "violence", "drones", "race", "control", "trade",
            "sales", "factions", "fighters", "personnel", "units", "insurgency", "season", "chance", "words", "camps",
            "governments", "administrations", "parliaments", "claims", "bids", "candidates", "leaders", "authorities",
            // "ethnic armed organisations such as the KIA": a kind of body, no act of arming
            "organisations", "organizations", "movements", "actors",
            // "supplying attack drones to Moscow", "two attack helicopters": kinds of craft, no attack
            "drone", "helicopters", "helicopter", "aircraft", "jets", "submarine", "submarines", "boats",
            // "armed clashes between X and Y", "an armed uprising": fighting, no act of arming
            "clashes", "clash", "confrontation", "confrontations", "hostilities", "uprising", "rebellion", "incursion",
            "incursions", "raids", "assault", "gunmen"),

    /** Relative pronouns: their clause's subject is the noun before them. */
    RELATIVE("that", "which", "who", "whom"),

    /** Words of blame: a quote that uses one about an actor criticises that actor. */
    BLAME("violations", "violation", "abuses", "abuse", "atrocities", "crimes", "massacre", "massacres",
            "destabilising", "destabilizing", "interference", "interfering", "aggression", "occupation",
            "occupying", "terrorists", "lies", "lying", "propaganda", "illegal", "illegitimate", "provocation",
            "provocations", "hostile", "betrayal", "blackmail", "sabotage", "terrorist", "occupier", "occupiers",
            "invaders", "aggressor", "aggressors", "destruction", "destroy", "destroying", "complicity", "complicit",
            "provocative", "genocide", "mercenaries", "puppet", "puppets", "criminal", "criminals", "plunder",
            "looting", "fraud", "rigged", "rigging", "betrayed", "betray", "hypocrisy", "unacceptable", "reckless",
            "outrageous", "shameful", "siege", "bombing", "bombed", "whitewash", "whitewashing",
            // hostility: "X kept shelling our city"
            "shelling", "shelled", "attacking", "enemy", "enemies", "revenge", "punishing", "ultimatums", "invasion",
            "invaded", "killers", "kill", "killing", "bombard", "bombarding",
            // pejoratives and charges: "looking for a scapegoat", "a stab in the back", "this dictatorship"
            // (not "war", "pay", "blame" or "regime": "to end this war", "agreed to pay", "we do not blame")
            "scapegoat", "stab", "intimidation", "bullying", "unlawful", "brutal", "brutality", "repression",
            "dictatorship", "starve", "starving", "piracy", "barbaric", "lawless"),

    /** Verbs of a misdeed one side reports of another: "said Chinese ships had blocked an evacuation". */
    MISDEEDS("blocked", "block", "ignored", "ignore", "intruded", "intrude", "harassed", "harass", "rammed", "ram",
            "violated", "violate", "breached", "breach", "obstructed", "obstruct", "sabotaged", "sabotage", "lied",
            "provoked", "provoke", "looted", "plundered", "undermined", "undermine", "betrayed", "betray",
            "reneged", "stolen", "stole", "fabricated", "staged", "orchestrated", "financed", "funded", "recruited",
            "targeted", "ignoring", "violating", "breaching", "obstructing", "sabotaging", "undermining", "harassing",
            "provoking", "betraying"),

    /** Linking verbs (and "of", "as") between a subject and a quote about it. */
    LINKING("was", "is", "were", "are", "had", "has", "been", "of", "as"),

    /** Auxiliaries and adverbs that may stand between a subject and its verb. */
    AUXILIARIES("has", "have", "had", "was", "were", "is", "are", "been", "would", "will", "could", "then", "also",
            "first", "finally", "allegedly", "reportedly"),

    /** Adjectives that make a body noun an armed group's: "the terrorist organization", "the militant group". */
    ARMED_ADJECTIVES("terrorist", "militant", "jihadist", "jihadi", "armed", "rebel", "insurgent", "extremist",
            "islamist", "paramilitary"),

    /** Words that open a clause of their own, though "after" and "before" also head prepositional phrases. */
    SUBORDINATORS("after", "before", "since", "until", "once", "when", "while"),

    /** Prepositions that make an actor after them a topic or a place, not a side. */
    PLACE_PREPOSITIONS("on", "in", "over", "about", "at", "near", "into", "across", "from", "to", "inside",
            "toward", "towards"),

    // ---- dates and events (Dates)

    /** Month names and their abbreviations: most capitalised words are none, and a bit says so. */
    MONTHS("january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun", "july", "jul",
            "august", "aug", "september", "sep", "sept", "october", "oct", "november", "nov", "december", "dec"),

    /** Nouns of events that can be announced for a date. */
    EVENT_NOUNS("election", "elections", "vote", "votes", "referendum", "deadline", "summit", "poll", "polls",
            "inauguration", "handover", "transition", "talks", "meeting", "withdrawal", "ceasefire", "truce",
            "hearing", "trial", "conference", "session"),

    /** Words that put an event in the future. */
    FUTURE("scheduled", "will", "due", "planned", "expected", "set", "deadline", "upcoming", "slated", "next", "by",
            "until", "expires", "expire"),

    // ---- what the dossier keeps (TextImporter)

    /** Words that make a state named after them a place: "talks in Doha", "fled to Uganda". */
    LOCATIVE("in", "at", "from", "into", "across", "near", "throughout", "inside", "outside", "around", "to", "via",
            "toward", "towards", "eastern", "western", "northern", "southern", "central"),

    /** Adjectives between "the" and a peace operation's noun: "the new force", "the multinational mission". */
    MISSION_ADJECTIVES("new", "proposed", "planned", "multinational", "international", "regional", "expanded"),

    /** Words that speak of a war between rivals ("power" only before "struggle"). */
    RIVALRY("warring", "rival", "rivals", "power"),

    /**
     * Words of a minister's portfolio ("Minister for Foreign Affairs", "Minister of Youth and Sports"),
     * which a title takes in before the holder's name; words ending as abstract nouns do ("-tion",
     * "-ment", ...) are portfolio words too (see Extractor's portfolio test).
     */
    PORTFOLIOS("foreign", "affairs", "defence", "defense", "finance", "finances", "justice", "health", "education",
            "energy", "trade", "interior", "home", "agriculture", "labour", "labor", "tourism", "transport",
            "security", "economy", "economic", "planning", "environment", "water", "mines", "mining", "petroleum",
            "political", "oil", "gas", "hydrocarbons", "industry", "commerce", "culture", "youth", "sport", "sports",
            "women", "gender", "family", "families", "social", "welfare", "housing", "public", "works", "state",
            "national", "internal", "external", "international", "relations", "european", "territorial",
            "administration", "local", "human", "rights",
            "humanitarian", "refugees", "veterans", "digital", "science", "higher", "fisheries", "forestry",
            "livestock", "land", "lands", "natural", "resources", "climate", "budget", "treasury", "revenue", "legal",
            "constitutional", "parliamentary", "religious", "heritage", "peace", "solidarity", "emergency",
            "disaster", "employment", "diaspora", "wildlife", "infrastructure", "communications",
            "technology", "research", "policy", "overseas", "equality", "children", "elderly", "displaced",
            "returnees", "minorities", "customs", "post", "telecommunications", "aviation", "maritime", "action",
            "relief");

    private static final Map<String, Long> CLASSES = new HashMap<>();

    static {
        if (values().length > Long.SIZE) {
            throw new IllegalStateException("a token holds at most " + Long.SIZE + " word classes");
        }
        for (WordClass c : values()) {
            for (String w : c.words) {
                CLASSES.merge(w, c.bit, (x, y) -> x | y);
            }
        }
    }

    private final Set<String> words;
    private final long bit;

    WordClass(String... words) {
        this.words = Set.of(words);
        this.bit = 1L << ordinal();
    }

    boolean contains(String key) {
        return words.contains(key);
    }

    long bit() {
        return bit;
    }

    /** The classes of a token key, as bits (0 for a word of none). */
    static long of(String key) {
        return CLASSES.getOrDefault(key, 0L);
    }

    /** Every word of every class. */
    static Set<String> allWords() {
        return CLASSES.keySet();
    }
}
