package dev.parley.importer.text.internal;

import static dev.parley.importer.text.internal.WordClass.AUXILIARIES;
import static dev.parley.importer.text.internal.WordClass.DETERMINERS;
import static dev.parley.importer.text.internal.WordClass.MODALS;
import static dev.parley.importer.text.internal.WordClass.PREPOSITIONS;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted spans and their speakers. A speaker is, in this order: the subject of a speech verb
 * right after the quote ("..., he said"; "..., said Velk"), the subject of a speech verb before it
 * in the same sentence ("X told the council that ..."), the speaker of the quote the paragraph
 * continues, the speaker named in the sentence before, or the subject of the quote's sentence.
 */
final class Quotes {

    /** A quote: tokens of its marks, the text between them, and who said it (null when unknown). */
    record Found(int open, int close, int start, int end, String text, Ent speaker, int sentence) {
        boolean contains(int token) {
            return token > open && token < close;
        }
    }

    private final Extractor.Run run;
    private final Doc d;
    private final List<Found> found = new ArrayList<>();
    /** For each token, the first quote found that contains it (filled by {@link #find}). */
    private Found[] quoteOf = new Found[0];
    /** Speech verbs in text order, with their subjects: who last spoke before a token. */
    private final List<int[]> speechVerbs = new ArrayList<>();
    private final List<Ent> speechSubjects = new ArrayList<>();

    Quotes(Extractor.Run run) {
        this.run = run;
        this.d = run.d;
    }

    List<Found> found() {
        return found;
    }

    /** The quote containing a token, if any. */
    Found quoteAt(int token) {
        return token >= 0 && token < quoteOf.length ? quoteOf[token] : null;
    }

    List<Found> find() {
        List<int[]> spans = run.quoteSpans;
        for (int i = 0; i < d.size(); i++) {
            if ((d.lexicons(i) & run.lex.speech.bit()) == 0 || run.inQuote[i] || !run.speechAt(i)) {
                continue;
            }
            Trie.Match<Boolean> m = run.lex.speech.longest(d, i, false);
            Ent subject = subjectBefore(m.first(), boundaryBefore(spans, m.first()));
            if (subject == null && !(m.first() == m.last() && OBJECT_SPEECH.contains(d.tok(i)))) {
                subject = subjectAfter(m.last()); // (not "urged Beijing": the one urged)
            }
            if (subject != null) {
                speechVerbs.add(new int[] {m.first(), m.last()});
                speechSubjects.add(subject);
            }
            i = m.last();
        }
        Found previous = null;
        for (int[] s : spans) {
            int open = s[0];
            int close = s[1];
            int start = d.tok(open).end();
            int end = close < d.size() && d.tok(close).kind() == Token.Kind.QUOTE ? d.tok(close).start()
                    : d.tok(Math.min(close, d.size()) - 1).end();
            if (end <= start) {
                continue;
            }
            // the quoted text without the white space inside its marks
            while (start < end && Character.isWhitespace(d.text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(d.text.charAt(end - 1))) {
                end--;
            }
            String text = d.text.substring(start, end);
            if (!atLeastWords(text, 3)) {
                continue;
            }
            int sentence = d.tok(open).sentence();
            Ent labeller = labellerBefore(open);
            boolean anonymous = labeller == null && anonymousTagAfter(close); // (no speaker, no quote of anyone's)
            Ent speaker = labeller != null ? labeller : anonymous ? null : speakerAfter(close);
            if (speaker == null && !anonymous && !unnamedSpeakerAfter(close)) {
                speaker = speakerBefore(open, spans);
                if (speaker == null) {
                    // "Katrin Vaher, the bloc's foreign policy chief, criticised Budapest. "One member state ...":
                    // a quote that opens its sentence after a sentence introducing someone is theirs
                    speaker = introducedBefore(open, sentence);
                }
                if (speaker == null && previous != null && previous.speaker() != null
                        && d.tok(open).paragraph() - d.tok(Math.min(previous.close(), d.size() - 1)).paragraph() <= 1
                        && (opensParagraph(open) || d.tok(open).paragraph() == d.tok(previous.open()).paragraph())) {
                    speaker = previous.speaker();
                }
                if (speaker == null) {
                    speaker = firstSubject(d.sentenceStart(sentence), open);
                    // (not the one urged or told: "The ministers urged Beijing "to refrain ...""
                    speaker = spokenTo(speaker, d.sentenceStart(sentence), open) ? null : speaker;
                }
                if (speaker == null) {
                    speaker = lastSpeakerBefore(open, 2);
                }
            }
            Found q = new Found(open, close, start, end, text, speaker, sentence);
            found.add(q);
            if (speaker != null) {
                speaker.involved = true;
            }
            previous = q;
        }
        quoteOf = new Found[d.size()];
        for (Found q : found) {
            for (int k = Math.max(0, q.open() + 1); k < q.close() && k < quoteOf.length; k++) {
                if (quoteOf[k] == null) {
                    quoteOf[k] = q;
                }
            }
        }
        return found;
    }

    /** Speech verbs whose object is the one spoken to: "urged Beijing", "told Kenya", "asked Moscow". */
    private static final Words OBJECT_SPEECH = Words.of("urged", "urges", "urging", "told", "tells", "telling", "asked",
            "asks", "asking", "warned", "warns", "warning");

    /** Is the first mention of e between from and to the object of a verb of speaking to ("urged Beijing")? */
    private boolean spokenTo(Ent e, int from, int to) {
        for (int k = from; e != null && k < to; k++) {
            Mention m = run.at[k];
            if (m != null && m.ent() == e) {
                int v = d.is(k - 1, "the") ? k - 2 : k - 1;
                return v >= from && d.word(v) && OBJECT_SPEECH.contains(d.tok(v));
            }
        }
        return false;
    }

    /**
     * The person the sentence before opens with, when the quote at {@code open} starts its own
     * sentence and that sentence, in the same paragraph, quotes nobody.
     */
    private Ent introducedBefore(int open, int sentence) {
        if (sentence == 0 || d.sentenceStart(sentence) != open) {
            return null;
        }
        int from = d.sentenceStart(sentence - 1);
        int to = d.sentenceEnd(sentence - 1);
        if (d.tok(from).paragraph() != d.tok(open).paragraph()) {
            return null;
        }
        for (int k = from; k < to; k++) {
            if (d.tok(k).kind() == Token.Kind.QUOTE) {
                return null;
            }
        }
        for (int k = from; k < to; k++) {
            Mention m = run.at[k];
            if (m == null) {
                continue;
            }
            if (m.ent().isPerson()) {
                return m.ent();
            }
            if (!beforePerson(m) && !afterPreposition(m)) {
                return null; // "The AA rejected the account": a body is the subject, not a person
            }
            k = m.last();
        }
        return null;
    }

    private boolean opensParagraph(int open) {
        return open == 0 || d.tok(open - 1).paragraph() != d.tok(open).paragraph();
    }

    /**
     * Token index pairs [open, close] of double-quoted spans; an unclosed quote ends with its paragraph. Only the
     * quote marks are read ({@link Doc#firstWithKey}), and the tokens after an unclosed one up to its paragraph's end.
     */
    static List<int[]> spans(Doc d) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        for (int i = d.firstWithKey("\""); i >= 0; i = d.nextWithKey(i)) {
            if (open >= 0 && d.tok(i).paragraph() != d.tok(open).paragraph()) {
                out.add(new int[] {open, paragraphEnd(d, open)});
                open = -1;
            }
            char c = d.text.charAt(d.tok(i).start());
            boolean opening = c == '\u201C' || c == '\u201E' || c == '\u00AB';
            boolean closing = c == '\u201D' || c == '\u00BB';
            if (open < 0) {
                if (!closing) {
                    open = i;
                }
            } else if (opening) {
                out.add(new int[] {open, i});
                open = i;
            } else {
                out.add(new int[] {open, i});
                open = -1;
            }
        }
        if (open >= 0) {
            out.add(new int[] {open, paragraphEnd(d, open)});
        }
        return out;
    }

    /** The first token after token i in another paragraph, or the number of tokens when there is none. */
    private static int paragraphEnd(Doc d, int i) {
        int k = i + 1;
        while (k < d.size() && d.tok(k).paragraph() == d.tok(i).paragraph()) {
            k++;
        }
        return k;
    }

    private static boolean insideAny(List<int[]> spans, int i) {
        for (int[] s : spans) {
            if (i > s[0] && i < s[1]) {
                return true;
            }
        }
        return false;
    }

    private int boundaryBefore(List<int[]> spans, int i) {
        int b = d.sentenceStart(d.tok(i).sentence());
        for (int[] s : spans) {
            if (s[1] < i && s[1] >= b) {
                b = s[1] + 1;
            }
        }
        return b;
    }

    /**
     * '"I was born here," said a 24-year-old teacher': the quote's speaker is named after it, by a noun
     * with an indefinite article and no actor, so it is no one the text names elsewhere.
     */
    private boolean unnamedSpeakerAfter(int close) {
        int s = articleAfterSpeechVerb(close);
        if (s < 0) {
            return false;
        }
        for (int j = s; j < d.size() && j <= s + 6 && !d.tok(j).isPunct('.') && !d.tok(j).isPunct(','); j++) {
            if (run.at[j] != null || d.is(j, "spokesman") || d.is(j, "spokeswoman") || d.is(j, "spokesperson")) {
                return false; // "said a spokesman for the UN", "said a military spokesman": a side speaks (not "a
                // Western diplomat", who is no one the text names)
            }
        }
        return true;
    }

    /**
     * Is the speech tag right after the quote closing at close an unnamed source's, before or after its verb ('"...,"
     * an EU diplomat said', '"...," said a senior Southeast Asian diplomat')?
     */
    private boolean anonymousTagAfter(int close) {
        int k = close + 1;
        if (d.tok(k) != null && d.tok(k).isPunct(',')) {
            k++;
        }
        if (k < d.size() && (d.is(k, "a") || d.is(k, "an") || d.is(k, "one")) && !d.capitalised(k)) {
            return anonymousSource(k); // (not "A Brazilian diplomat ..." opening the next sentence)
        }
        int s = articleAfterSpeechVerb(close);
        return s >= 0 && anonymousSource(s);
    }

    /**
     * For a quote closing at close and followed by a speech verb and "a", "an" or "one" ('"...," said a 24-year-old
     * teacher'): the article's token, else -1.
     */
    private int articleAfterSpeechVerb(int close) {
        int k = close + 1;
        if (d.tok(k) != null && d.tok(k).isPunct(',')) {
            k++;
        }
        if (k >= d.size() || !run.speechAt(k)) {
            return -1;
        }
        int s = run.lex.speech.longest(d, k, false).last() + 1;
        return d.is(s, "a") || d.is(s, "an") || d.is(s, "one") ? s : -1;
    }

    /** Nouns for sources a text leaves unnamed: "a Western diplomat", "an EU official", "one senior source". */
    private static final Words ANONYMOUS = Words.of("diplomat", "official", "source", "officer", "aide", "insider");

    /**
     * Does the "a", "an" or "one" at token s open an unnamed source, its noun within five words past adjectives and
     * a people's or a body's name ("an EU diplomat", "a senior Southeast Asian diplomat"; not "a spokesman for")?
     */
    private boolean anonymousSource(int s) {
        for (int j = s + 1; j < d.size() && j <= s + 5; j++) {
            if (d.word(j) && ANONYMOUS.contains(d.tok(j))) {
                return !d.is(j + 1, "of") && !d.is(j + 1, "for") && !d.is(j + 1, "at") && !d.is(j + 1, "with");
            }
            if (!d.word(j) || d.in(j, WordClass.FUNCTION) && !d.capitalised(j)) {
                return false;
            }
        }
        return false;
    }

    /**
     * The person named right before a labelling verb whose label the quote at open is ('after Argentine President X
     * called him "a murderous communist", the Colombian foreign ministry said', 'with Foreign Minister X calling the
     * move "arbitrary"'): the label is theirs, not the sentence's reporter's; null for none.
     */
    private Ent labellerBefore(int open) {
        int sentenceStart = d.sentenceStart(d.tok(open).sentence());
        for (int v = open - 1; v > sentenceStart && v >= open - 5; v--) {
            if (d.tok(v).isPunct(',') || d.tok(v).kind() == Token.Kind.QUOTE) {
                return null;
            }
            if (d.word(v) && Relations.NAMING_VERBS.contains(d.tok(v))) {
                // (only a person named right before the verb: "China's embassy in Buenos Aires called" is the
                // speech tag's to tell)
                Mention m = run.at[v - 1];
                return m != null && m.ent().isPerson() && m.form() != Mention.Form.PRONOUN ? m.ent() : null;
            }
        }
        return null;
    }

    /** "..., X said" / "..., said X" / "..., he told reporters": a speech verb just after the quote. */
    private Ent speakerAfter(int close) {
        if (close >= d.size()) {
            return null;
        }
        int sentence = d.tok(Math.max(0, close - 1)).sentence();
        for (int k = close + 1; k < d.size() && k <= close + 16; k++) {
            Token t = d.tok(k);
            if (t.kind() == Token.Kind.QUOTE || (t.sentence() != sentence && d.tok(close).sentence() != t.sentence())) {
                break;
            }
            if ((t.is("and") || t.is("but")) && (k == close + 1 || k == close + 2 && d.tok(close + 1).isPunct(','))) {
                break; // '... people" and condemned what it called ...': the speaker of the clause before goes on
            }
            if (t.isWord() && t.is("what") && !d.is(k - 1, "is") && !d.is(k - 1, "was")) {
                break; // '... "the most serious consequences" for what it called ...': naming a thing, not the quote
            }
            if (t.isWord() && (t.is("while") || t.is("whereas")) && k <= close + 2) {
                break; // '... expressed its "solidarity," while Nicaragua's government called ...': another clause
            }
            if (t.isPunct('.') && k > close + 1 && !(t.joined() && d.tok(k - 1).in(WordClass.ABBREVIATIONS))) {
                break; // but not the dot of "Brig. Gen. Name told ..."
            }
            if (run.speechAt(k)) {
                Trie.Match<Boolean> m = run.lex.speech.longest(d, k, false);
                if (d.is(k - 1, "and") && k > close + 2) {
                    // 'said Beijing supported "an orderly transition" led by the authorities and warned ...': a verb
                    // joined to the clause's, whose subject is the speaker, not the side named before it
                    return null;
                }
                Ent before = subjectBefore(k, close + 1);
                if (before == null && k >= 2 && d.is(k - 2, "embassy") && d.word(k - 1) && SPOKESPEOPLE.contains(d.tok(k - 1))) {
                    before = embassyState(k - 2); // '"...," an embassy spokesperson said': the embassy named before
                }
                if (before == null && k >= 2 && d.word(k - 1) && AUTHORED.contains(d.tok(k - 1)) && d.is(k - 2, "the")) {
                    before = authorOfDocument(k - 1); // '"...," the report said': whoever the text says issued it
                }
                if (before != null) {
                    Mention pm = run.at[k - 1];
                    // ("he", "she": the person who spoke last; "it" is the body it was resolved to)
                    if (pm != null && pm.form() == Mention.Form.PRONOUN && !d.is(k - 1, "it")) {
                        Ent last = lastSpeakerBefore(close, 3);
                        int lastAt = lastSpeakerPosition(close);
                        int[] subj = recentSubjectPerson(close);
                        if (subj != null && subj[0] > lastAt) {
                            return run.at[subj[0]].ent();
                        }
                        if (last != null && last.isPerson()) {
                            return last;
                        }
                    }
                    return before;
                }
                if (m.last() == k && d.tok(k).key().endsWith("ing") // not "according to X"
                        && (d.tok(k - 1).isPunct(',') || d.tok(k - 1).kind() == Token.Kind.QUOTE) || d.tok(k - 1).is("and")) {
                    // "..., adding that Russia had ...", "... and said Russia could ...": the speaker is the
                    // subject of the clause the quote is in, not the one the verb reports
                    return null;
                }
                return subjectAfter(m.last());
            }
        }
        return null;
    }

    private static final Words SPOKESPEOPLE = Words.of("spokesperson", "spokesman", "spokeswoman", "official");

    /**
     * Verbs by which a side puts out a document of its own: those by which a body issues a text ({@link
     * Relations#ISSUING}: "issued a statement", "released its report"), and "sent a letter", "circulated a report".
     */
    private static final Words ISSUING = Words.union(Relations.ISSUING, Words.of("sent", "circulated", "submitted",
            "presented", "delivered", "wrote", "signed", "produced"));

    /**
     * The author of the report, statement or letter named at token doc, from where the text brought it up in the
     * sentences before: "The IAEA said in a confidential report", "a report by the UN panel", "the agency's report",
     * "Kenya issued a statement"; null when the text names none.
     */
    private Ent authorOfDocument(int doc) {
        String key = d.tok(doc).key();
        int stop = d.sentenceStart(Math.max(0, d.tok(doc).sentence() - 4));
        for (int j = doc - 1; j >= stop; j--) {
            if (!d.word(j) || !d.tok(j).is(key) || run.inQuote[j]) {
                continue;
            }
            // "a report by the UN panel", "a letter, signed by Iran's envoy,"
            for (int b = j + 1; b <= j + 4 && b + 1 < d.size(); b++) {
                if (d.is(b, "by") || d.is(b, "from") && b == j + 1) {
                    int w = b + 1 + (d.is(b + 1, "the") || d.is(b + 1, "a") || d.is(b + 1, "an") ? 1 : 0);
                    Mention by = w < d.size() ? run.at[w] : null;
                    if (by != null && by.first() == w && by.form() != Mention.Form.PRONOUN) {
                        return by.ent();
                    }
                    break;
                }
            }
            int p = j - 1;
            while (p >= stop && d.word(p) && !d.capitalised(p) && run.at[p] == null && !d.is(p, "a") && !d.is(p, "an")
                    && !d.is(p, "the") && !d.is(p, "its") && j - p <= 3) {
                p--; // "confidential", "joint", "quarterly"
            }
            if (d.tok(p) != null && d.tok(p).kind() == Token.Kind.POSSESSIVE && p >= 1 && run.at[p - 1] != null) {
                return run.at[p - 1].ent(); // "the agency's quarterly report"
            }
            // the sentence's subject, when it issues the document ("The IAEA said in a confidential report", "Kenya
            // issued a statement"), not when it answers one ("Iran dismissed the report as political")
            boolean issued = (d.is(p, "a") || d.is(p, "an") || d.is(p, "its")) && (d.is(p - 1, "in") || d.word(p - 1)
                    && ISSUING.contains(d.tok(p - 1)));
            Ent subject = issued ? firstSubject(d.sentenceStart(d.tok(j).sentence()), j) : null;
            if (subject != null) {
                return subject;
            }
        }
        return null;
    }

    /**
     * The state whose embassy the two sentences before token k name ("China's embassy in Colombo", "the Chinese
     * embassy"), the last one named; null for none.
     */
    private Ent embassyState(int k) {
        int stop = d.sentenceStart(Math.max(0, d.tok(k).sentence() - 2));
        for (int j = k - 1; j >= stop; j--) {
            if (!d.is(j, "embassy")) {
                continue;
            }
            Mention m = j >= 2 && d.tok(j - 1).kind() == Token.Kind.POSSESSIVE ? run.at[j - 2]
                    : j >= 1 ? run.at[j - 1] : null;
            if (m != null && m.ent().isState()) {
                return m.ent();
            }
        }
        return null;
    }

    /** Is mention m the one before {@code next} in a list ("Brazil and Colombia", "Chad, Niger")? */
    private boolean listedBefore(Mention m, Mention next) {
        int k = m.last() + 1;
        boolean joined = false;
        while (k < next.first()) {
            Token t = d.tok(k);
            if (t.is("and") || t.isPunct(',')) {
                joined = true;
            } else if (!t.is("the")) {
                return false;
            }
            k++;
        }
        return joined && !next.ent().isPerson();
    }

    /** Writings whose author "said" what they say: "A report by the UN panel said". */
    private static final Words AUTHORED = Words.of("report", "study", "statement",
            "communique", "letter", "assessment", "review", "survey", "audit", "analysis");

    /** Verbs that charge someone "of" a quoted deed: the quote is the accuser's words. */
    private static final Words ACCUSING = Words.of("accused", "accuses", "accuse", "accusing");

    /** Verbs that judge something "as" a quoted phrase: the quote is the judge's words. */
    private static final Words JUDGING = Words.of("denounced", "denounces", "condemned",
            "condemns", "dismissed", "dismisses", "branded", "brands", "labelled", "labeled", "labels", "rejected",
            "rejects", "slammed", "criticised", "criticized", "hailed", "hails", "welcomed", "welcomes", "praised",
            "derided", "decried", "characterised", "characterized", "portrayed", "lambasted");

    /**
     * The verb of {@code verbs} among the few words before the word that opens the quote at {@code open}
     * ("denounced ... as", "accused X of"), not before {@code from}; -1 for none.
     */
    private int verbBefore(int open, int from, Words verbs) {
        for (int k = open - 2; k >= from && k >= open - 8; k--) {
            if (d.word(k) && verbs.contains(d.tok(k).key())) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The side or person a relative clause opening after the comma at c stands for: the one named right before it
     * ("Colombo, which called"), or, past an apposition that ends in a place or body after a preposition ("Pavel
     * Orlov, Russia's ambassador to the United Nations, who called"), the person named before the apposition; null
     * for none.
     */
    private Mention relativeHead(int c) {
        Mention m = c >= 1 ? run.at[c - 1] : null;
        if (m == null || m.last() != c - 1 || m.form() == Mention.Form.PRONOUN) {
            return null;
        }
        int before = d.is(m.first() - 1, "the") ? m.first() - 2 : m.first() - 1;
        if (m.ent().isPerson() || !(d.word(before) && d.tok(before).in(PREPOSITIONS))) {
            return m;
        }
        for (int k = before - 1; k >= 1 && k >= before - 12 && !d.tok(k).isPunct('.'); k--) {
            if (d.tok(k).isPunct(',')) {
                Mention head = run.at[k - 1];
                return head != null && head.last() == k - 1 && head.ent().isPerson() ? head : m;
            }
        }
        return m;
    }

    /** "X told the council that ...": the subject of a speech verb before the quote in its sentence. */
    private Ent speakerBefore(int open, List<int[]> spans) {
        int from = boundaryBefore(spans, open);
        if (open > 0 && d.tok(open - 1).isPunct(':')) {
            Ent s = subjectBefore(open - 1, from);
            if (s != null) {
                return s;
            }
        }
        // "a move Tehran denounced within minutes as '...'": the one who judged it so
        int judged = d.is(open - 1, "as") ? verbBefore(open, from, JUDGING) : -1;
        Ent judge = judged >= 0 ? subjectBefore(judged, from) : null;
        if (judge != null) {
            return judge;
        }
        // "accused its sponsors of “weaponising ...”", ", accusing him of “...”": the words of the sentence's
        // subject, past any clause about it ("The UDP, whose candidate X was credited with 44%, accused ..."),
        // when no quote comes before it in the sentence (whose speaker the accuser then may be)
        int charged = d.is(open - 1, "of") && from == d.sentenceStart(d.tok(open).sentence())
                ? verbBefore(open, from, ACCUSING) : -1;
        Ent accuser = charged >= 0 ? firstSubject(from, charged) : null;
        if (accuser == null && charged >= 3 && (d.is(charged - 1, "who") || d.is(charged - 1, "which"))
                && d.tok(charged - 2).isPunct(',')) {
            // "announced by Foreign Minister X, who accused the envoy, Y, of '...'": the one "who" stands for
            Mention m = relativeHead(charged - 2);
            accuser = m != null ? m.ent() : null;
        }
        if (accuser != null) {
            return accuser;
        }
        for (int k = open - 1; k >= from; k--) {
            if (run.speechAt(k)) {
                Mention named = k > 0 ? run.at[k - 1] : null;
                if (named != null && named.last() == k - 1 && named.form() != Mention.Form.PRONOUN
                        && d.is(named.first() - 1 - (d.is(named.first() - 1, "the") ? 1 : 0), "what")) {
                    return named.ent(); // "to lodge what the Department of Foreign Affairs called “...”"
                }
                Found last = found.isEmpty() ? null : found.get(found.size() - 1);
                if (d.is(k - 1, "and") && last != null && last.sentence() == d.tok(open).sentence() && last.speaker() != null
                        && from > d.sentenceStart(last.sentence())) {
                    // 'X said Beijing supported "..." led by the authorities and warned against "...": a verb joined
                    // to the one the quote before hangs on, whose speaker goes on
                    return last.speaker();
                }
                Mention antecedent = k >= 3 && (d.is(k - 1, "which") || d.is(k - 1, "who")) && d.tok(k - 2).isPunct(',')
                        ? relativeHead(k - 2) : null;
                if (antecedent != null) {
                    return antecedent.ent(); // "over objections from Colombo, which called the text '...'"
                }
                Ent s = subjectBefore(k, from);
                if (k >= 2 && (d.tok(k - 1).is("what") || d.tok(k - 2).is("what")
                        && (d.tok(k - 1).is("it") || d.tok(k - 1).is("they") || d.tok(k - 1).is("he") || d.tok(k - 1).is("she")))) {
                    // "condemned what it called Washington's 'campaign'": the one who condemns
                    // ("it" may have been read as the body criticised, named just before)
                    boolean body = d.tok(k - 1).is("it") || d.tok(k - 1).is("they");
                    // '... said Moscow "..." and condemned what it called': the sentence's subject, before the
                    // quote the clause follows
                    int clause = d.is(from, "and") ? d.sentenceStart(d.tok(k).sentence()) : from;
                    Ent first = s == null || body ? firstSubject(clause, k) : null;
                    s = first != null ? first : s;
                }
                if (s == null && !(k > 0 && d.tok(k - 1).is("and")) && !(d.word(k) && OBJECT_SPEECH.contains(d.tok(k)))) {
                    // (not '..." and accused the United States of ...': the one after is the accused; nor "urged
                    // Beijing": the one urged)
                    s = subjectAfter(run.lex.speech.longest(d, k, false).last());
                }
                if (s != null) {
                    return s;
                }
            }
        }
        return null;
    }

    /** The actor acting as subject before token k: the nearest person, else the nearest other actor. */
    Ent subjectBefore(int k, int from) {
        int opener = from + (d.is(from, "a") || d.is(from, "an") || d.is(from, "the") ? 1 : 0);
        if (opener + 2 < k && d.word(opener) && AUTHORED.contains(d.tok(opener))
                && (d.is(opener + 1, "by") || d.is(opener + 1, "from"))) {
            // "A report by the UN Group of Experts ..., circulated this month, said": the report's author
            int w = opener + 2 + (d.is(opener + 2, "the") ? 1 : 0);
            Mention author = run.at[w];
            if (author != null && author.first() == w && author.form() != Mention.Form.PRONOUN) {
                return author.ent();
            }
        }
        if (k - 2 >= from && d.is(k - 1, "who") && d.tok(k - 2).isPunct(',')) {
            // "Salif Kabore, the country's foreign minister, who said": the person the clause is about
            for (int j = k - 3; j >= from && j >= k - 14; j--) {
                Mention m = run.at[j];
                if (m != null && m.ent().isPerson() && m.form() != Mention.Form.PRONOUN) {
                    return m.ent();
                }
            }
        }
        // "X accused Y of ... and told reporters", "X welcomed the truce but said": the subject of the whole sentence
        if (k - 1 >= from && (d.tok(k - 1).is("and") || d.tok(k - 1).is("but"))) {
            Ent s = firstSubject(from, k);
            if (s != null) {
                return s;
            }
        }
        if (k - 2 >= from && d.tok(k - 1).isPunct(',') && d.word(k) && !d.capitalised(k)
                && d.tok(k).key().endsWith("ing") && run.speechAt(k)) {
            // "Bolivia, which borders both, did not condemn the Chilean measures, saying": a participle's
            // subject is that of the clause it hangs on, not the last actor named (nor that of a clause
            // before it: "When Kenya announced the deployment, Henry thanked Nairobi, saying")
            int main = from;
            if (d.word(from) && FRONTED.contains(d.tok(from))) {
                while (main < k && !d.tok(main).isPunct(',')) {
                    main++;
                }
            }
            Ent s = firstSubject(main, k);
            if (s != null) {
                return s;
            }
        }
        Mention other = null;
        Mention possessive = null;
        int start = k - 1;
        if (start > from && d.tok(start).isPunct(',')) {
            // "Cairo, which has long been at odds with Addis Ababa over the dam Ethiopia built, said":
            // past the relative clause to the one it describes
            int r = run.relativeOpening(start, from, 30);
            if (r >= 0) {
                start = r - 2;
                // "Srpska Lista, the main party of Kosovo Serbs, which is backed by Belgrade, said": and past
                // an apposition before the relative clause
                int head = r - 1 > from && d.tok(r - 1).isPunct(',') ? appositionHead(r - 1, from) : -1;
                if (head >= 0) {
                    start = head;
                }
            } else {
                // "The Alliance of Sahel States (AES), the confederation Niger formed with Mali, said":
                // past the apposition to the one it describes
                int head = appositionHead(start, from);
                if (head >= 0) {
                    start = head;
                }
            }
        }
        for (int i = start; i >= from; i--) {
            if (other != null && i > from && (d.is(i, "and") || d.is(i, "but")) && d.tok(i - 1).isPunct(',')
                    && (d.is(other.first() - 1, "its") || d.is(other.first() - 1, "their"))) {
                break; // "..., also congratulated Lungu, and its foreign ministry said": a clause of its own
            }
            Mention m = run.at[i];
            if (m == null) {
                continue;
            }
            i = m.first();
            if (run.possessiveAfter(m) && !m.ent().isPerson() && possessive == null) {
                possessive = m;
            }
            if (afterPreposition(m) || run.possessiveAfter(m) && !m.ent().isPerson() || run.modifier(m)
                    || beforePerson(m)) {
                continue;
            }
            if (m.ent().isPerson()) {
                return m.ent();
            }
            if (other == null) {
                other = m;
            } else if (listedBefore(m, other)) {
                other = m; // "Brazil and Colombia said": the first of those who speak together
            } else if (m.ent() == other.ent() && m.last() + 1 == other.first()) {
                other = m; // "the UN refugee agency UNHCR": one body named twice, from its first name on
            }
        }
        if (other == null && possessive != null) {
            // "Israel's Prime Minister's Office said": the owner speaks
            return possessive.ent();
        }
        return other == null ? null : other.ent();
    }

    /**
     * For the comma at {@code comma} that closes an apposition ("X (AES), the confederation ...,"), the
     * last token of the body it describes; -1 when no apposition of a body ends there.
     */
    private int appositionHead(int comma, int from) {
        for (int c = comma - 1; c > from && c >= comma - 20; c--) {
            if (d.tok(c).isPunct(',')) {
                Token open = d.tok(c + 1);
                int h = c - 1;
                if (d.tok(h).isPunct(')')) {
                    while (h > from && !d.tok(h).isPunct('(') && c - h < 6) {
                        h--; // "the Alliance of Sahel States (AES), the ...": the name before the brackets
                    }
                    h--;
                }
                Mention head = h >= 0 ? run.at[h] : null;
                return head != null && !head.ent().isPerson() && open.isWord()
                        && (open.is("the") || open.is("a") || open.is("an")) ? h : -1;
            }
            if (d.tok(c).isPunct('.') || d.tok(c).kind() == Token.Kind.QUOTE) {
                return -1;
            }
        }
        return -1;
    }

    /** "Estonian Foreign Minister Kristjan Lepp": the demonym only qualifies the person after it. */
    private boolean beforePerson(Mention m) {
        // "French foreign ministry spokeswoman Claire Varenne": also the person a title after it names,
        // past the state's own institution
        for (int k = m.last() + 1; k < d.size() && k <= m.last() + 6; k++) {
            Mention p = run.at[k];
            if (p != null && p.ent() == m.ent()) {
                k = p.last();
                continue;
            }
            if (p != null) {
                return p.ent().isPerson()
                        && (k == m.last() + 1 || p.form() == Mention.Form.TITLED || run.titleAt[k - 1] != null);
            }
            if (d.tok(k).isPunct(',') && k + 1 < d.size() && run.titleAt[k - 1] != null && run.at[k + 1] != null
                    && run.at[k + 1].ent().isPerson()) {
                return true; // "Ethiopia's government spokesman, Dawit Tessema"
            }
            if (!d.word(k) || d.capitalised(k) && run.titleAt[k] == null || run.speechAt(k)) {
                return false; // (nor "X said the interim president, Y, had ...": what X said names Y)
            }
        }
        return false;
    }

    /** The subject of a sentence: its first actor not governed by a preposition. */
    Ent firstSubject(int from, int to) {
        for (int i = from; i < to; i++) {
            Mention m = run.at[i];
            if (m == null || run.inQuote[i]) {
                continue;
            }
            Mention group = m.form() == Mention.Form.DEMONYM ? groupOfNationals(m) : null;
            if (group != null) {
                return group.ent(); // "Russian instructors of the Africa Corps trained ...": the corps, not Russia
            }
            if ((!afterPreposition(m) || run.memberOf(m) || ownBodyOf(m)) && !run.possessiveAfter(m) && !run.modifier(m)
                    && !beforePerson(m) && !(d.tok(i).paragraph() <= 2 && TextImporter.inDateline(d, i))) {
                // but not "KINSHASA, April 9 (Reuters) -": a dateline is no subject; "Gunmen from the X Front" is X
                return m.ent();
            }
            if (!afterPreposition(m) && run.possessiveAfter(m) && !m.ent().isPerson() && d.word(m.last() + 2)
                    && OWN_BODIES.contains(d.tok(m.last() + 2)) && !run.isTitle(m.last() + 2)
                    && !run.isTitle(m.last() + 3)) {
                return m.ent(); // "The EU's delegation in Dar es Salaam backed Oslo" (not "X's government spokesman")
            }
            i = m.last();
        }
        return null;
    }

    /**
     * The group whose members the demonym at m gives the nationality of ("Russian instructors of the Africa Corps"), or
     * null: the group must be of the nationality's own country (not "Iranian advisers of the Houthis", who advise a
     * group abroad).
     */
    private Mention groupOfNationals(Mention m) {
        // (the people's noun may be inside the mention: "Russian instructors" as one phrase of the state)
        int k = m.last() > m.first() ? m.last() : m.last() + 1;
        int g = k + 2 + (d.is(k + 2, "the") ? 1 : 0);
        Mention group = g < d.size() ? run.at[g] : null;
        // (the members before "of" or "from": Extractor.Run#memberOf)
        return group != null && group.first() == g && run.memberOf(group) && !group.ent().isPerson()
                && m.ent().country != null && m.ent().country.equals(group.ent().country) ? group : null;
    }

    /** Plural offices of states: "the embassies of the United States, Britain and Germany said". */
    private static final Words OWN_BODIES_PLURAL = Words.of("embassies", "governments", "ministries", "delegations",
            "missions");

    /** Is m the state after "of" that a body of its own is named by ("the embassies of the United States")? */
    private boolean ownBodyOf(Mention m) {
        int p = m.first() - 1;
        p -= d.is(p, "the") ? 1 : 0;
        // (the phrase opens its sentence: not "Demonstrators outside the embassy of Israel", a place)
        int q = p - 2;
        q -= d.is(q, "the") ? 1 : 0;
        return p >= 1 && m.ent().isState() && d.is(p, "of") && d.word(p - 1)
                && (OWN_BODIES.contains(d.tok(p - 1)) || OWN_BODIES_PLURAL.contains(d.tok(p - 1)))
                && (q < d.sentenceStart(d.tok(p).sentence()) || d.tok(q).isPunct(','));
    }

    /** Words that open a subordinate clause before the main one. */
    private static final Words FRONTED = Words.of("when", "although", "though", "because",
            "after", "before", "while", "since", "as", "if", "once", "despite", "unlike", "whereas");

    /** A body's own offices and envoys: what "X's delegation" does, X does. */
    private static final Words OWN_BODIES = Words.of("delegation", "government", "ministry",
            "office", "embassy", "mission", "administration", "cabinet", "presidency", "leadership", "authorities");

    /** "said Velk": the actor right after a speech verb. */
    private Ent subjectAfter(int last) {
        for (int k = last + 1; k < d.size() && k <= last + 3; k++) {
            Mention m = run.at[k];
            if (m != null) {
                if (!m.ent().isPerson() && d.tok(m.last() + 1) != null && d.tok(m.last() + 1).kind() == Token.Kind.POSSESSIVE) {
                    // "said the mission's head, Aminata Sangare": the person the apposition names
                    // ("said Qatar's Minister of State for Foreign Affairs, X": past an office of many words)
                    Ent named = titledPersonFrom(m.last() + 2, m.last() + 12, true);
                    if (named != null) {
                        return named;
                    }
                }
                if (d.word(m.last() + 1) && (d.in(m.last() + 1, AUXILIARIES) || d.in(m.last() + 1, MODALS))) {
                    return null; // "said Ethiopia had crossed ...": the subject of what was said
                }
                int office = m.last() + 1;
                while (!m.ent().isPerson() && office < d.size() && office <= m.last() + 2 && run.titleAt[office] == null
                        && d.word(office) && d.capitalised(office) && run.at[office] == null) {
                    office++; // "said EU Energy Commissioner X": a portfolio the titles do not list
                }
                if (!m.ent().isPerson() && office < d.size() && run.titleAt[office] != null) {
                    // "said Somali minister Ali Noor", "said Thai army spokesman X": the titled person
                    Ent named = titledPersonFrom(office, office + 6, false);
                    if (named != null) {
                        return named;
                    }
                }
                return m.ent().isPerson() || m.form() != Mention.Form.DESCRIPTION ? m.ent() : null;
            }
            if (!d.tok(k).isWord() || !d.tok(k).in(DETERMINERS)) {
                // "said the association's chairwoman, Ruth Manedika", "said the chairwoman, X": the person the
                // title names
                int j = k;
                if (d.word(j) && !d.capitalised(j) && d.tok(j + 1) != null
                        && d.tok(j + 1).kind() == Token.Kind.POSSESSIVE) {
                    j += 2;
                }
                if (k == last + 1 && d.word(k) && !d.capitalised(k) && run.titleAt[k] == null
                        && k + 1 < d.size() && run.titleAt[k + 1] != null) {
                    return titledPersonFrom(k + 1, k + 8, true); // "said party secretary-general X"
                }
                return k > last + 1 && (j > k || run.titleAt[j] != null) ? titledPersonFrom(j, j + 8, true) : null;
            }
        }
        return null;
    }

    /**
     * The person named from token {@code from} to {@code to} past only title words and lower-case words
     * (and commas, when {@code commas}): "head, Aminata Sangare", "minister Ali Noor"; null when another
     * actor or any other word comes first.
     */
    private Ent titledPersonFrom(int from, int to, boolean commas) {
        for (int j = from; j < d.size() && j <= to; j++) {
            Mention p = run.at[j];
            if (p != null && !p.ent().isPerson() && commas && p.first() == j && j > from
                    && (OF_A_BODY.contains(d.tok(j - 1)) || d.is(j - 1, "the") && OF_A_BODY.contains(d.tok(j - 2)))
                    && d.tok(p.last() + 1) != null && (d.tok(p.last() + 1).isPunct(',')
                    || d.word(p.last() + 1) && OF_A_BODY.contains(d.tok(p.last() + 1)))) {
                // "said the head of the Kenya National Commission on Human Rights, X": the body the title is of (and
                // "the representative of France at the Security Council, X", "the head of the WFP in Sudan, X")
                to += p.last() - j;
                j = p.last();
                continue;
            }
            if (p != null) {
                return p.ent().isPerson() ? p.ent() : null;
            }
            if (!(run.titleAt[j] != null || commas && d.tok(j).isPunct(',') || d.word(j) && !d.capitalised(j))) {
                return null;
            }
        }
        return null;
    }

    /** Prepositions that tie a title to its body or place: "the head of ... in Sudan", "the envoy at the council". */
    private static final Words OF_A_BODY = Words.of("of", "for", "at", "in", "to");

    /** Nouns a name may be apposed to after a preposition: "with our ally the Philippines". */
    static final Words ALLY_NOUNS = Words.of("ally", "allies", "partner", "partners", "friend", "friends",
            "neighbour", "neighbor", "neighbours", "neighbors");

    /** Is mention m apposed to an ally's noun after a preposition ("with our ally the Philippines")? */
    boolean allyBefore(Mention m) {
        int p = m.first() - 1;
        while (p >= 0 && d.tok(p).isWord() && d.tok(p).in(DETERMINERS)) {
            p--;
        }
        return p >= 0 && d.word(p) && ALLY_NOUNS.contains(d.tok(p)) && afterPreposition(m);
    }

    /** Lower-case words for a part of a place: "in southwestern Algeria", "in northern Mali". */
    private static final Words REGION_WORDS = Words.of("northern", "southern", "eastern", "western", "northeastern",
            "northwestern", "southeastern", "southwestern", "central");

    boolean afterPreposition(Mention m) {
        int p = m.first() - 1;
        // "for the Belgrade-Pristina dialogue": the second name of a hyphened pair goes with the first
        if (p >= 1 && d.tok(p).isPunct('-') && d.tok(p).joined() && run.at[p - 1] != null && run.at[p - 1] != m) {
            return afterPreposition(run.at[p - 1]);
        }
        while (p >= 0 && d.tok(p).isWord() && d.tok(p).in(DETERMINERS)) {
            p--;
        }
        if (p >= 1 && d.word(p) && !d.capitalised(p) && REGION_WORDS.contains(d.tok(p)) && d.in(p - 1, PREPOSITIONS)) {
            p--; // "based in camps in southwestern Algeria": a part of the place
        }
        if (p >= 0 && d.word(p) && !d.tok(p).in(PREPOSITIONS) && ALLY_NOUNS.contains(d.tok(p))) {
            // "stands with our ally the Philippines": the name apposed to the noun goes with what the noun follows
            p--;
            while (p >= 0 && d.tok(p).isWord() && (d.tok(p).in(DETERMINERS) || d.is(p, "close") || d.is(p, "key"))) {
                p--;
            }
        }
        if (d.is(p, "as") && run.selfNamedBy(m.first()) >= 0) {
            return false; // "a commander who identified himself as X": X is the one who acts
        }
        int v = m.last() + 1;
        while (d.is(p, "as") && (d.is(v, "and") || d.tok(v) != null && d.tok(v).isPunct(',')) && v + 1 < d.size()
                && run.at[v + 1] != null && run.at[v + 1].first() == v + 1) {
            v = run.at[v + 1].last() + 1; // "even as Moscow and Kyiv traded accusations": the list is the subject
        }
        if (d.is(p, "as") && d.word(v) && !d.capitalised(v) && (d.in(v, AUXILIARIES) || d.tok(v).key().endsWith("ed")
                || d.is(v, "trade") || d.is(v, "exchange"))) {
            return false; // "watched as Yerevan has deepened ties", "as Armenia signed": the subject of a clause
        }
        return p >= 0 && d.tok(p).isWord() && d.tok(p).in(PREPOSITIONS);
    }

    /** Who last spoke within {@code sentences} sentences before token i. */
    Ent lastSpeakerBefore(int i, int sentences) {
        int sentence = d.tok(i).sentence();
        Ent last = null;
        for (int k = 0; k < speechVerbs.size(); k++) {
            int v = speechVerbs.get(k)[0];
            if (v < i && sentence - d.tok(v).sentence() <= sentences) {
                last = speechSubjects.get(k);
            }
        }
        for (Found q : found) {
            if (q.open() < i && q.speaker() != null && sentence - q.sentence() <= sentences
                    && (last == null || q.open() > lastVerbBefore(i))) {
                last = q.speaker();
            }
        }
        return last;
    }

    /** Token of the latest speech verb or attributed quote before i, or -1. */
    private int lastSpeakerPosition(int i) {
        int last = lastVerbBefore(i);
        for (Found q : found) {
            if (q.open() < i && q.speaker() != null) {
                last = Math.max(last, q.open());
            }
        }
        return last;
    }

    /** The first person named outside quotes in the sentence of token i or the one before: {token}. */
    private int[] recentSubjectPerson(int i) {
        int sentence = d.tok(Math.min(i, d.size() - 1)).sentence();
        // two sentences back, and further while they are quoted ("Not defending. Occupying," she said)
        int stop = Math.max(0, sentence - 1);
        while (stop > 0 && sentence - stop < 4 && run.inQuote[Math.min(d.size() - 1, d.sentenceStart(stop) + 1)]) {
            stop--;
        }
        for (int s = sentence; s >= stop; s--) {
            for (int k = d.sentenceStart(s); k < Math.min(d.sentenceEnd(s), i); k++) {
                Mention m = run.at[k];
                // a pronoun subject stands for its person ("She urged all sides to engage with X")
                if (m != null && m.ent().isPerson() && !run.inQuote[k]) {
                    return new int[] {k};
                }
            }
        }
        return null;
    }

    private int lastVerbBefore(int i) {
        int last = -1;
        for (int[] v : speechVerbs) {
            if (v[0] < i) {
                last = v[0];
            }
        }
        return last;
    }

    /** True when the text holds at least n runs of non-space characters. */
    static boolean atLeastWords(String text, int n) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && words < n; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words >= n;
    }
}
