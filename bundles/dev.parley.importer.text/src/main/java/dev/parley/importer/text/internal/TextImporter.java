package dev.parley.importer.text.internal;

import static dev.parley.importer.text.internal.WordClass.LOCATIVE;

import dev.parley.model.Actor;
import dev.parley.model.ActorType;
import dev.parley.model.Dossier;
import dev.parley.model.Event;
import dev.parley.model.Evidence;
import dev.parley.model.ImportResult;
import dev.parley.model.Problem;
import dev.parley.model.Quote;
import dev.parley.model.Relation;
import dev.parley.model.Source;
import dev.parley.model.knowledge.Gazetteer;
import dev.parley.model.spi.ImportContext;
import dev.parley.model.spi.Importer;
import dev.parley.model.spi.ImporterName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Reads news articles (plain text, Markdown, HTML, PDF) and finds their actors, quotes, relations and
 * announced events.
 */
@Component(service = Importer.class)
@ImporterName("text")
public final class TextImporter implements Importer {

    /** Longer files are refused: no news article comes near this, and memory stays bounded. */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    /** A PDF may be larger, for its fonts and pictures; its text is held to {@link #MAX_BYTES} all the same. */
    static final long MAX_PDF_BYTES = 64L * 1024 * 1024;

    private final Gazetteer gazetteer;
    private volatile Extractor extractor;

    @Activate
    public TextImporter(@Reference Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String description() {
        return "news articles as plain text (.txt), Markdown (.md), HTML (.html, .htm) or PDF (.pdf)";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("txt", "text", "md", "markdown", "html", "htm", "pdf");
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of("text/plain", "text/markdown", "text/html", "application/pdf");
    }

    @Override
    public boolean canHandle(String fileName, byte[] head) {
        String ext = extension(fileName);
        return extensions().contains(ext) || (ext.isEmpty() && (ArticleText.looksLikeHtml(head) || isPdf(head)));
    }

    /** A PDF starts with "%PDF-", whatever its name says. */
    static boolean isPdf(byte[] head) {
        return head.length >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-';
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The extractor for the current gazetteer; rebuilt when the gazetteer changes. */
    Extractor extractor() {
        Extractor e = extractor;
        if (e == null || e.lex.revision != gazetteer.revision()) {
            e = new Extractor(new Lexicon(gazetteer));
            extractor = e;
        }
        return e;
    }

    @Override
    public ImportResult importFile(Path file, ImportContext context) throws IOException {
        String name = context.displayName();
        String fileName = file.getFileName() == null ? name : file.getFileName().toString();
        String ext = extension(fileName);
        long size = Files.size(file);
        // a PDF by its name, or by its first bytes (read apart only when the file is too large to read whole)
        if (ext.equals("pdf") || size > MAX_BYTES && isPdf(head(file))) {
            return importPdf(file, name, fileName, size, null);
        }
        if (size > MAX_BYTES) {
            return ImportResult.failed(name, String.format(Locale.ROOT,
                    "too large for an article (%.1f MB; the text importer reads up to %d MB); split it into articles",
                    size / 1048576.0, MAX_BYTES / 1048576));
        }
        byte[] bytes = Files.readAllBytes(file);
        if (isPdf(bytes)) {
            return importPdf(file, name, fileName, size, bytes);
        }
        List<Problem> problems = new ArrayList<>();
        ArticleText.Decoded decoded = ArticleText.decode(bytes);
        if (decoded.replaced() > 0) {
            problems.add(Problem.warning(name, decoded.replaced() + " byte sequence(s) are not valid UTF-8;"
                    + " they were replaced with \uFFFD"));
        }
        ArticleText.Article article;
        String mediaType;
        if (ext.equals("html") || ext.equals("htm") || (!ext.equals("txt") && ArticleText.looksLikeHtml(bytes))) {
            article = ArticleText.html(decoded.text(), fileName);
            mediaType = "text/html";
        } else if (ext.equals("md") || ext.equals("markdown")) {
            article = ArticleText.markdown(decoded.text(), fileName);
            mediaType = "text/markdown";
        } else {
            article = ArticleText.plain(decoded.text(), fileName);
            mediaType = "text/plain";
        }
        if (article.text().isBlank()) {
            problems.add(Problem.error(name, "no article text found in the file"));
            return new ImportResult(Dossier.empty(), problems);
        }
        String sha = sha256(bytes);
        String uri = article.uri() != null ? article.uri() : file.toAbsolutePath().toUri().toString();
        Source source = new Source("s-" + sha.substring(0, 12), article.title(), uri, null, mediaType, sha,
                article.text());
        Dossier dossier = toDossier(extractor().read(article.text()), source);
        return new ImportResult(dossier, problems);
    }

    private static byte[] head(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        }
    }

    /** A PDF article: its text layer, read with Apache PDFBox when the workbench has it. */
    private ImportResult importPdf(Path file, String name, String fileName, long size, byte[] read) throws IOException {
        if (size > MAX_PDF_BYTES) {
            return ImportResult.failed(name, String.format(Locale.ROOT,
                    "too large for an article (%.1f MB; the text importer reads PDFs up to %d MB)",
                    size / 1048576.0, MAX_PDF_BYTES / 1048576));
        }
        byte[] bytes = read != null ? read : Files.readAllBytes(file);
        if (!isPdf(bytes)) {
            return ImportResult.failed(name, "not a PDF: the file does not start with %PDF-");
        }
        PdfText.Text pdf;
        try {
            pdf = PdfText.read(bytes, fileName);
        } catch (PdfText.Unreadable e) {
            return ImportResult.failed(name, e.getMessage());
        } catch (LinkageError e) {
            // the bundle imports PDFBox optionally: without it, other files are still read
            return ImportResult.failed(name, "reading PDF needs Apache PDFBox, which this workbench lacks or cannot"
                    + " load (it comes with the parley-reporting feature)");
        }
        ArticleText.Article article = pdf.article();
        if (article.text().length() > MAX_BYTES) {
            return ImportResult.failed(name, "too much text for an article (" + article.text().length()
                    + " characters; the text importer reads up to " + MAX_BYTES + " characters)");
        }
        List<Problem> problems = new ArrayList<>();
        if (pdf.pagesSkipped() > 0) {
            problems.add(Problem.warning(name, "only the first " + PdfText.MAX_PAGES + " pages were read; "
                    + pdf.pagesSkipped() + " more were left out"));
        }
        String sha = sha256(bytes);
        Source source = new Source("s-" + sha.substring(0, 12), article.title(), file.toAbsolutePath().toUri().toString(),
                null, "application/pdf", sha, article.text());
        return new ImportResult(toDossier(extractor().read(article.text()), source), problems);
    }

    /**
     * Reads an article already in memory (used by benchmarks and tests; files go through
     * {@link #importFile}).
     */
    public Dossier extractText(String text, String title) {
        String sha = sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Source source = new Source("s-" + sha.substring(0, 12), title, null, null, "text/plain", sha, text);
        return toDossier(extractor().read(text), source);
    }

    /** Turns what the extractor found into records, dropping actors that take no part. */
    static Dossier toDossier(Extractor.Findings f, Source source) {
        Doc doc = f.doc();
        // whether an actor is kept, and its id, live on the actor itself (each run has its own actors)
        List<Ent> kept = new ArrayList<>();
        for (Ent e : f.actors()) {
            if (keep(e, f)) {
                kept.add(e);
                e.kept = true;
            }
        }
        // affiliations count as taking part
        for (Ent e : kept) {
            if (e.affiliation != null && !e.affiliation.kept) {
                e.affiliation.involved = true;
            }
        }
        for (Ent e : f.actors()) {
            if (!e.kept && e.involved && !e.mentions.isEmpty() && !noActorByItsMentions(e, f)) {
                kept.add(e);
                e.kept = true;
            }
        }
        // a body of a larger one (MINUSMA of the United Nations) is affiliated with it when both appear
        for (Ent e : kept) {
            if (e.affiliation == null && e.known != null && e.known.parent() != null) {
                for (Ent p : kept) {
                    if (p != e && p.known != null && p.known.name().equals(e.known.parent())) {
                        e.affiliation = p;
                    }
                }
            }
        }
        // (an article keeps some twenty actors: a list finds a clash as fast as a set, without hashing each new id)
        List<String> used = new ArrayList<>(kept.size());
        for (Ent e : kept) {
            String base = e.known != null && e.name.equals(e.known.name()) ? f.lexicon().slugOf(e.known) : slug(e.name);
            String id = base;
            for (int i = 2; used.contains(id); i++) {
                id = base + "-" + i;
            }
            used.add(id);
            e.id = id;
        }
        List<Actor> actors = new ArrayList<>();
        for (Ent e : kept) {
            List<dev.parley.model.Mention> mentions = new ArrayList<>();
            for (Mention m : e.mentions) {
                if (m.form() != Mention.Form.PRONOUN) {
                    mentions.add(new dev.parley.model.Mention(source.id(), doc.tok(m.first()).start(), doc.tok(m.last()).end()));
                }
            }
            List<String> aliases = new ArrayList<>(e.aliases);
            aliases.remove(e.name);
            List<String> roles = roles(e.roles, f.lexicon().ranks, f.lexicon().titleKeys);
            // one role: the first the text gives ("Brigadier General X ... who heads the unit" is a brigadier general)
            String role = roles.isEmpty() ? null : roles.get(0);
            String affiliation = e.affiliation == null ? null : e.affiliation.id;
            String country = e.country;
            if (country == null && e.affiliation != null && e.affiliation.isState()) {
                country = e.affiliation.country;
            }
            actors.add(new Actor(e.id, e.name, e.type, aliases, role, affiliation, country, mentions));
        }
        List<Quote> quotes = new ArrayList<>();
        int qn = 0;
        for (Quotes.Found q : f.quotes()) {
            String speaker = q.speaker() == null ? null : q.speaker().id;
            if (speaker == null) {
                continue;
            }
            quotes.add(new Quote("q" + (++qn), speaker, q.text(), source.id(), q.start(), q.end()));
        }
        List<Relation> relations = new ArrayList<>();
        int rn = 0;
        // a sentence often supports several relations in a row: they share its evidence
        int evidenceSentence = -1;
        List<Evidence> evidence = List.of();
        for (Relations.Found r : f.relations()) {
            String from = r.source().id;
            String to = r.target().id;
            if (from == null || to == null) {
                continue;
            }
            if (r.sentence() != evidenceSentence) {
                int start = doc.tok(doc.sentenceStart(r.sentence())).start();
                int end = doc.tok(doc.sentenceEnd(r.sentence()) - 1).end();
                evidence = List.of(new Evidence(source.id(), start, end, doc.text.substring(start, end)));
                evidenceSentence = r.sentence();
            }
            relations.add(new Relation("r" + (++rn), from, to, r.polarity(), r.category(), r.weight(), r.date(),
                    evidence));
        }
        List<Event> events = new ArrayList<>();
        int en = 0;
        for (Dates.Event ev : f.events()) {
            int start = doc.tok(doc.sentenceStart(ev.sentence())).start();
            int end = doc.tok(doc.sentenceEnd(ev.sentence()) - 1).end();
            List<String> actorIds = new ArrayList<>();
            for (Ent e : ev.actors()) {
                if (e.id != null) {
                    actorIds.add(e.id);
                }
            }
            events.add(new Event("e" + (++en), ev.date(), ev.kind(), doc.text.substring(start, end), source.id(),
                    start, end, actorIds));
        }
        return new Dossier(List.of(source), actors, quotes, relations, List.of(), events);
    }

    /**
     * Is the actor named only by phrases with an ordinary lower-case word ("Western capitals", "developing countries"),
     * never by a name ("the West", "ICRC", "the International Committee of the Red Cross")?
     */
    private static boolean onlyDescribed(Ent e, Doc d) {
        for (Mention m : e.mentions) {
            if (m.form() == Mention.Form.PRONOUN) {
                continue;
            }
            // (its head, the last word, is a common noun: not "Tren de Aragua", a name with a small word inside)
            if (!d.word(m.last()) || d.capitalised(m.last()) || d.in(m.last(), WordClass.FUNCTION)) {
                return false;
            }
        }
        return true;
    }

    /** Verbs of leaving for a place: "fled for Timbuktu", "left for Bamako", "fled to X". */
    private static final Set<String> DEPARTING = Set.of("fled", "left", "headed", "bound", "set", "leaving", "fleeing",
            "moved", "returned", "travelled", "traveled", "went", "spread");

    /** Nouns of one found in a person: "found a reliable ally in X". */
    private static final Set<String> FOUND_IN = Set.of("ally", "allies", "partner", "partners", "friend", "friends",
            "champion", "backer", "supporter", "successor", "rival");

    /** Ways to a place: "the road to Bahir Dar". */
    private static final Set<String> ROUTES_TO = Set.of("road", "roads", "route", "routes", "highway", "way");

    /**
     * Is a person with no role, no affiliation and no words of its own only ever named where a place goes ("the road
     * to Bahir Dar", "in Canaan and Cite Soleil", "the outskirts of Debre Markos")? Then the name is a place's (not "found
     * a reliable ally in X", "an adviser to X").
     */
    private static boolean onlyAPlace(Ent e, Extractor.Findings f) {
        if (!e.roles.isEmpty() || e.affiliation != null || speaks(e, f.quotes())) {
            return false;
        }
        Doc d = f.doc();
        for (Mention m : e.mentions) {
            if (m.form() == Mention.Form.PRONOUN) {
                return false; // ("he said": a person)
            }
            int head = listHead(f, m.first());
            if (d.is(head - 1, "and") && d.capitalised(head - 2)) {
                int k = head - 2;
                while (k > 0 && head - k <= 4 && d.capitalised(k - 1)) {
                    k--;
                }
                head = k; // "in Canaan and Cite Soleil": a list whose first name the text does not know
            }
            if (!placeGoesAt(d, head)) {
                return false;
            }
        }
        return true;
    }

    /** Do the words before token head put a place there: "in X", "the road to X", "the outskirts of X", "fled for X"? */
    private static boolean placeGoesAt(Doc d, int head) {
        Token before = d.tok(head - 1);
        if (before == null || !before.isWord()) {
            return false;
        }
        String two = d.word(head - 2) ? d.tok(head - 2).key() : null;
        if (before.is("to")) {
            return two != null && (DEPARTING.contains(two) || ROUTES_TO.contains(two)); // (not "an adviser to X")
        }
        if (before.is("in")) {
            return two == null || !FOUND_IN.contains(two); // (not "found a reliable ally in X")
        }
        if (before.is("of")) {
            return two != null && PARTS_OF_PLACES.contains(two);
        }
        if (before.is("for")) {
            // "fled Ber for Timbuktu", "left for Bamako": where one goes
            return d.capitalised(head - 2) || two != null && DEPARTING.contains(two);
        }
        return before.in(LOCATIVE);
    }

    /**
     * Is the find no actor by the way the text names it: a grouping named only by a description, or a person only
     * ever named where a place goes?
     */
    private static boolean noActorByItsMentions(Ent e, Extractor.Findings f) {
        return e.type == ActorType.OTHER && onlyDescribed(e, f.doc()) || e.type == ActorType.PERSON && onlyAPlace(e, f);
    }

    /** Persons and named parties stay; weak finds only when they take part; places only as locations go. */
    private static boolean keep(Ent e, Extractor.Findings f) {
        if (e.mentions.isEmpty()) {
            return false;
        }
        if (e.guessedPerson && e.roles.isEmpty() && !speaks(e, f.quotes())) {
            return false;
        }
        if (e.weak && !e.involved) {
            return false;
        }
        if (noActorByItsMentions(e, f)) {
            return false; // "as Western capitals weigh new sanctions": a grouping; "fled Ber for Timbuktu": a place
        }
        if (e.type == ActorType.PERSON || e.involved) {
            return true;
        }
        // a state named only as a place ("talks in Doha", "fled to Uganda") is no party
        Doc d = f.doc();
        for (Mention m : e.mentions) {
            if (m.form() == Mention.Form.PRONOUN || m.form() == Mention.Form.DESCRIPTION) {
                continue;
            }
            // (a list takes the word before its head: "talks in Qatar, Egypt and Jordan", "bound for China and Israel";
            // not when the head takes part: "ordered diplomats from Argentina and Panama to leave")
            int head = listHead(f, m.first());
            Mention headMention = f.run().at[head];
            if (head != m.first() && headMention != null && headMention.ent().involved) {
                head = m.first();
            }
            Token before = d.tok(head - 1);
            // an armed group is never where something happens: "fighters from the Kestrel Brigade" are its own
            boolean place = before != null && before.isWord() && before.in(LOCATIVE) && e.type != ActorType.ARMED_GROUP
                    && !troopsFrom(f, head) && !(before.is("from") && d.word(head - 2) && SENT.contains(d.tok(head - 2).key()))
                    && !(before.is("in") && d.word(head - 2) && Relations.INTERVENING.contains(d.tok(head - 2).key()));
            // "off the coast of Oman", "in the north of Mali": a part of the place
            place |= before != null && before.is("of") && d.word(head - 2) && PARTS_OF_PLACES.contains(d.tok(head - 2).key());
            // "grain bound for China", "aid destined for Gaza": where a thing goes
            place |= before != null && (before.is("for") || before.is("to")) && d.word(head - 2)
                    && Relations.DESTINED.contains(d.tok(head - 2).key());
            // part of a role: "ambassador to the UN", "envoy for Sudan"; or a modifier: "al-Qaida-linked"
            int p = m.first() - 1;
            while (p >= 0 && d.tok(p).isWord() && (d.tok(p).is("the"))) {
                p--;
            }
            if (p >= 1 && (d.tok(p).is("to") || d.tok(p).is("at") || d.tok(p).is("for") || d.tok(p).is("on"))
                    && f.lexicon().titleWords.contains(d.tok(p - 1).key())) {
                place = true;
            }
            place |= f.run().modifier(m);
            // "Rwanda's U.N. ambassador", "the EU envoy": a body that only qualifies a title (its own
            // officials are affiliated with it, which keeps it)
            place |= e.type == ActorType.IGO && m.last() + 1 < d.size() && f.run().isTitle(m.last() + 1);
            // "UN peacekeepers", "U.N. personnel", "UN assessed contributions": a body that only qualifies the people
            // or things of its own
            place |= e.type == ActorType.IGO && d.word(m.last() + 1) && !d.capitalised(m.last() + 1)
                    && OWN_PEOPLE_AND_THINGS.contains(d.tok(m.last() + 1).key());
            // "the UN mission": the parent only qualifies its mission
            Mention next = m.last() + 1 < d.size() ? f.run().at[m.last() + 1] : null;
            if (next != null && next != m && next.ent().known != null && e.known != null
                    && e.known.name().equals(next.ent().known.parent())) {
                place = true;
            }
            // "Yemen's Houthi movement", "Nigeria's Boko Haram": a state that only says whose country a group is
            place |= e.isState() && groupOfTheCountry(f, m);
            // "the former FARC guerrillas", "FARC dissidents", "two FARC offshoots": a group that is no more, or
            // one that only names others after it
            place |= e.type == ActorType.ARMED_GROUP && (d.is(m.first() - 1, "former")
                    || d.word(m.last() + 1) && AFTER_A_GROUP.contains(d.tok(m.last() + 1).key()));
            // a dateline: "WARSAW —", "THE HAGUE, Netherlands (AFP) —", "UNITED NATIONS (AP) —"
            boolean dateline = inDateline(d, m.first());
            place |= dateline;
            if (!place) {
                return true;
            }
        }
        return false;
    }

    /**
     * Does an armed or political group, named right after the state's possessive (past at most two lower-case words:
     * "Somalia's militant group al-Shabaab"), follow mention m?
     */
    private static boolean groupOfTheCountry(Extractor.Findings f, Mention m) {
        Doc d = f.doc();
        int k = m.last() + 1;
        if (d.tok(k) == null || d.tok(k).kind() != Token.Kind.POSSESSIVE) {
            return false;
        }
        k++;
        for (int n = 0; n < 2 && d.word(k) && !d.capitalised(k) && f.run().at[k] == null; n++) {
            if ((d.is(k, "ruling") || d.is(k, "governing")) && !d.is(k - 1, "former") && !d.is(k - 1, "formerly")) {
                return false; // "Ethiopia's ruling Prosperity Party": the party in power speaks for the state
            }
            k++;
        }
        Mention g = k < d.size() ? f.run().at[k] : null;
        return g != null && g.first() == k && g.ent() != m.ent() && (g.ent().type == ActorType.ARMED_GROUP
                || g.ent().type == ActorType.POLITICAL_GROUP) && g.ent().junta == null;
    }

    /** Is the actor the speaker of one of the quotes? */
    private static boolean speaks(Ent e, List<Quotes.Found> quotes) {
        for (Quotes.Found q : quotes) {
            if (q.speaker() == e) {
                return true;
            }
        }
        return false;
    }

    /** People a side sends: "diplomats from Argentina and Panama", "contingents from Jamaica and Guatemala". */
    private static final Set<String> SENT = Set.of("diplomats", "envoys", "delegates", "delegations", "representatives",
            "contingents", "contingent", "peacekeepers", "personnel");

    /**
     * Nouns of an intergovernmental body's own people and things, which its name only qualifies ("UN peacekeepers"), on
     * top of the nouns any name only qualifies ({@link Extractor.Run#modifier}: "U.N. staff", "UN agencies"); not those
     * who speak for it ("U.N. experts have reported", "UN officials said").
     */
    private static final Set<String> OWN_PEOPLE_AND_THINGS = Set.of("peacekeepers", "personnel", "staffers", "workers",
            "employees", "agency", "assessed", "contributions", "funding", "budget", "compound", "compounds", "premises",
            "facilities", "vehicles", "convoy", "convoys", "system", "flag", "flags");

    /** Nouns for a part of a place: "off the coast of Oman", "the north of Mali". */
    private static final Set<String> PARTS_OF_PLACES = Set.of("coast", "coasts", "shore", "shores", "waters",
            "outskirts", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "interior");

    /**
     * The first token of the list of places or bodies ("Africa, China and Israel") whose item starts at token
     * {@code first}: past each "and" or comma with a mention of no person before it; {@code first} itself when it
     * ends none.
     */
    private static int listHead(Extractor.Findings f, int first) {
        Doc d = f.doc();
        int head = first;
        for (int steps = 0; steps < 8 && head >= 2; steps++) {
            Token joint = d.tok(head - 1);
            int k = joint.is("and") && d.tok(head - 2).isPunct(',') ? head - 3 : head - 2;
            if (!(joint.is("and") || joint.isPunct(',')) || k < 0) {
                break;
            }
            Mention m = f.run().at[k];
            int itemStart = m != null ? m.first() : k;
            if (joint.isPunct(',') && itemStart >= 1 && itemStart - 1 == d.sentenceStart(d.tok(k).sentence())
                    && d.word(itemStart - 1) && d.tok(itemStart - 1).in(LOCATIVE)) {
                break; // "In Sudan, Russia and Iran provide ...": the place the sentence opens with, then its subject
            }
            if (m == null && d.capitalised(k) && !d.capitalised(k - 1)) {
                head = k; // a place no list knows: "Africa, China and Israel"
                continue;
            }
            if (m == null || m.ent().isPerson() || m.last() != k) {
                break;
            }
            head = m.first();
        }
        return head;
    }

    /** "troops from Namibia", "soldiers from Chad": the state sends them, it is no mere place. */
    private static boolean troopsFrom(Extractor.Findings f, int first) {
        Doc d = f.doc();
        if (first < 2 || !d.tok(first - 1).is("from") || !d.tok(first - 2).isWord()) {
            return false;
        }
        Trie.Match<String> w = f.run().wordsAt(first - 2);
        return w != null && w.value().equals("force") && w.first() == first - 2;
    }

    /** Is token i in a dateline: capitals and commas at a paragraph's start, up to "(AGENCY) —" or a dash? */
    static boolean inDateline(Doc d, int i) {
        int p = d.tok(i).paragraph();
        int start = i;
        while (start > 0 && i - start <= 10 && d.tok(start - 1).paragraph() == p) {
            start--;
        }
        if (i - start > 10) {
            return false;
        }
        for (int k = start; k < d.size() && k <= start + 14 && d.tok(k).paragraph() == p; k++) {
            Token t = d.tok(k);
            if (t.isPunct('\u2014') || t.isPunct('\u2013') || (t.isPunct('-') && !t.joined())) {
                return k > i;
            }
            // "KYIV, Jan 22 (Reuters) -": the date is part of it
            // ("BENI, Democratic Republic of Congo, Nov 4 -": a small word inside a place's name)
            boolean inner = t.isWord() && (t.is("of") || t.is("the") || t.is("and") || t.is("de")) && k > start
                    && d.capitalised(k - 1) && d.capitalised(k + 1);
            boolean allowed = t.capitalised() || t.isPunct(',') || t.isPunct('(') || t.isPunct(')') || t.isPunct('.')
                    || t.kind() == Token.Kind.POSSESSIVE || t.kind() == Token.Kind.NUMBER || inner
                    // "KYIV/MOSCOW, Jan 5 (Reuters) -": a story filed from two places
                    || t.isPunct('/') && k > start && d.capitalised(k - 1) && d.capitalised(k + 1);
            if (!allowed) {
                return false;
            }
        }
        return false;
    }

    /** An actor's id from its name: lower-case letters (accents dropped) and digits, words joined by dashes. */
    static String slug(String name) {
        char[] out = new char[name.length()];
        int n = 0;
        boolean dash = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            } else if (c > 127) {
                String plain = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFKD);
                c = Character.toLowerCase(plain.isEmpty() ? ' ' : plain.charAt(0));
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out[n++] = c;
                dash = false;
            } else if (!dash && n > 0) {
                out[n++] = '-';
                dash = true;
            }
        }
        while (n > 0 && out[n - 1] == '-') {
            n--;
        }
        return n == 0 ? "actor" : new String(out, 0, n);
    }

    /**
     * A person's roles as the report shows them: an office before a rank ("Mines Minister Colonel X"
     * is a minister; "A spokesman for the army, Brigadier General X" a spokesman). A rank alone stays, and
     * so does a rank beside a role that only says one leads a group ("leader", "head", "chief").
     */
    static List<String> roles(List<String> roles, Set<String> ranks, Set<String> titles) {
        if (roles.isEmpty()) {
            return roles; // most actors have none
        }
        if (roles.size() == 1 && roles.get(0).indexOf(' ') < 0 && !inKeys(roles.get(0), ranks)) {
            return roles; // one office of one word ("spokesman"): nothing to sort out
        }
        List<String> out = new ArrayList<>();
        for (String r : roles) {
            String kept = withoutStyle(r, titles);
            // "Minister Colonel" is a minister; "Brig. Gen.", "Director General" and "Rebel commander" stay whole
            boolean whole = kept.indexOf(' ') < 0 || inKeys(kept, ranks) || inKeys(kept, titles);
            for (int space = kept.indexOf(' '); space >= 0 && !whole; space = kept.indexOf(' ', space + 1)) {
                String office = kept.substring(0, space);
                // the office may have its portfolio before it: "Mines Minister Colonel X" is a mines minister
                boolean portfolio = office.regionMatches(true, office.length() - 9, " minister", 0, 9);
                if (inKeys(kept.substring(space + 1), ranks) && (inKeys(office, titles) || portfolio)
                        && !inKeys(office, ranks)) {
                    kept = office;
                    break;
                }
            }
            if (!out.contains(kept)) {
                out.add(kept);
            }
        }
        // ranks go when there is an office besides them
        if (out.size() > 1) {
            boolean[] rank = new boolean[out.size()];
            boolean office = false;
            for (int k = 0; k < rank.length; k++) {
                rank[k] = inKeys(out.get(k), ranks);
                // (leading a group is no office that makes a rank redundant: "The mutineers are led by
                // Lieutenant General X" keeps his rank)
                office |= !rank[k] && !LEADERSHIP.contains(Doc.key(out.get(k)));
            }
            if (office) {
                List<String> offices = new ArrayList<>(out.size());
                for (int k = 0; k < rank.length; k++) {
                    if (!rank[k]) {
                        offices.add(out.get(k));
                    }
                }
                return offices;
            }
        }
        return out;
    }

    /** Nouns for those who broke away from a group or outlived it: "FARC dissidents", "two FARC offshoots". */
    private static final Set<String> AFTER_A_GROUP = Set.of("dissidents", "dissident", "offshoots", "offshoot",
            "splinter", "splinters", "remnants", "veterans", "defectors");

    /** The role without a style after its office ("Prime Minister Sheikh" is a prime minister); a style alone stays. */
    private static String withoutStyle(String role, Set<String> titles) {
        int space = role.lastIndexOf(' ');
        if (space < 0 || !Extractor.STYLES.contains(Doc.key(role.substring(space + 1)))) {
            return role;
        }
        String office = role.substring(0, space);
        return inKeys(office, titles) ? office : role;
    }

    /** Roles that say one leads a group, not which office one holds. */
    private static final Set<String> LEADERSHIP = Set.of("leader", "head", "chief");

    /** Is the role, as a lower-case key without dots, in the set (of ranks, or of titles)? */
    private static boolean inKeys(String role, Set<String> keys) {
        return keys.contains(Doc.key(role).replace(".", ""));
    }

    static String sha256(byte[] bytes) {
        MessageDigest digest;
        try {
            digest = (MessageDigest) SHA_256.clone();
        } catch (CloneNotSupportedException e) {
            digest = newSha256();
        }
        return HexFormat.of().formatHex(digest.digest(bytes));
    }

    /**
     * A digest never used, only copied: a copy is cheaper than asking the security providers for a new
     * one for every article, which searches them each time.
     */
    private static final MessageDigest SHA_256 = newSha256();

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
