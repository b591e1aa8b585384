package dev.parley.importer.text.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** Turns the bytes of an article file into the text that is stored and read. */
final class ArticleText {

    /** Decoded text, with how many bad bytes were replaced and the charset used. */
    record Decoded(String text, int replaced, String charset) {
    }

    /** Text and what the file said about itself. */
    record Article(String text, String title, String uri) {
    }

    private ArticleText() {
    }

    /**
     * UTF-8 (with or without BOM), UTF-16 with BOM; invalid UTF-8 is decoded with replacement
     * characters and counted so the importer can report it.
     */
    static Decoded decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), 0, "UTF-16BE");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), 0, "UTF-16LE");
        }
        int off = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return new Decoded(dec.decode(ByteBuffer.wrap(bytes, off, bytes.length - off)).toString(), 0, "UTF-8");
        } catch (CharacterCodingException e) {
            return replacing(bytes, off, StandardCharsets.UTF_8);
        }
    }

    private static Decoded replacing(byte[] bytes, int off, Charset cs) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, off, bytes.length - off);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        int replaced = 0;
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isUnderflow()) {
                dec.flush(out);
                break;
            }
            if (r.isError()) {
                replaced++;
                out.put('\uFFFD');
                in.position(in.position() + r.length());
            } else if (r.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                bigger.put(out);
                out = bigger;
            }
        }
        out.flip();
        return new Decoded(out.toString(), replaced, cs.name());
    }

    private static final Pattern SOURCE_LINE = Pattern.compile("\\A(?:source|url):\\s*(\\S+)[^\\n]*\\n(?:\\s*\\n)?",
            Pattern.CASE_INSENSITIVE);

    /** Plain text: a leading "source: URL" line is taken as the source's address. */
    static Article plain(String text, String fileName) {
        String uri = null;
        Matcher m = SOURCE_LINE.matcher(text);
        if (m.find()) {
            uri = m.group(1);
            text = text.substring(m.end());
        }
        return new Article(normaliseNewlines(text), headline(text, fileName), uri);
    }

    /** Markdown: headings, emphasis and link syntax go; the words stay. */
    static Article markdown(String text, String fileName) {
        Article a = plain(text, fileName);
        String t = a.text();
        t = t.replaceAll("(?m)^\\s{0,3}#{1,6}\\s+", "");
        t = t.replaceAll("(?m)^\\s{0,3}>\\s?", "");
        t = t.replaceAll("(?m)^\\s*[-*+]\\s+", "");
        t = t.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
        t = t.replaceAll("(\\*\\*|__)(.+?)\\1", "$2");
        t = t.replaceAll("(?<![\\w*])[*_]([^*_\\n]+)[*_](?![\\w*])", "$1");
        t = t.replaceAll("`([^`]*)`", "$1");
        return new Article(t, headline(t, fileName), a.uri());
    }

    /**
     * HTML: the article's body text only. Scripts, styles, navigation, headers, footers, asides,
     * forms and hidden elements are dropped; the main {@code <article>} (or {@code <main>}, or the
     * body) gives one paragraph per block element.
     */
    static Article html(String html, String fileName) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, "
                + "button, select, textarea, object, embed, [hidden], [aria-hidden=true], .advert, .ad, .ads, "
                + ".share, .social, .related, .newsletter, .cookie, .comments, figure figcaption").remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main");
        }
        if (root == null) {
            root = doc.body();
        }
        String title = null;
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !h1.text().isBlank()) {
            title = h1.text().strip();
        } else if (!doc.title().isBlank()) {
            title = doc.title().strip();
        }
        String uri = null;
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        if (canonical != null) {
            uri = canonical.attr("href");
        } else {
            Element og = doc.selectFirst("meta[property=og:url][content]");
            if (og != null) {
                uri = og.attr("content");
            }
        }
        StringBuilder sb = new StringBuilder();
        if (root != null) {
            NodeTraversor.traverse(new BlockText(sb), root);
        }
        String text = sb.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
        return new Article(text, title == null ? headline(text, fileName) : title, uri);
    }

    /** Writes text nodes, with a line break around each block element. */
    private static final class BlockText implements NodeVisitor {
        private final StringBuilder sb;

        BlockText(StringBuilder sb) {
            this.sb = sb;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                sb.append(t.getWholeText().replace('\n', ' '));
            } else if (node instanceof Element e && (e.isBlock() || e.tagName().equals("br"))) {
                sb.append('\n');
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e && e.isBlock()) {
                sb.append('\n');
            }
        }
    }

    static boolean looksLikeHtml(byte[] head) {
        String s = new String(head, 0, Math.min(head.length, 1024), StandardCharsets.ISO_8859_1).stripLeading()
                .toLowerCase(java.util.Locale.ROOT);
        return s.startsWith("<!doctype html") || s.startsWith("<html") || s.contains("<body") || s.contains("<head");
    }

    private static String normaliseNewlines(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The first line when it reads like a headline (short, no full stop), else the file name. */
    static String headline(String text, String fileName) {
        String first = text.strip().lines().findFirst().orElse("").strip();
        if (!first.isEmpty() && first.length() <= 160 && !first.endsWith(".") && first.split("\\s+").length <= 20) {
            return first;
        }
        return fileName;
    }

}
