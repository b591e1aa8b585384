#!/usr/bin/env python3
"""Puts a timer around each pass of a copy of the text importer's sources (used by the `passes` script).

Usage: instrument-passes.py JAVA_SOURCE_ROOT

Edits, in place, the copy under JAVA_SOURCE_ROOT/dev/parley/importer/text/internal: each call of a pass in
Extractor.Run.go() and Relations.find(), the run's set-up, the relation method called per trigger, and the
building of the dossier get a timer; a class Timings keeps the sums. Stops with an error naming the method
when a method has changed shape and no longer has the calls it expects, so the table is never silently short.
"""
import os
import re
import sys

root = os.path.join(sys.argv[1], "dev", "parley", "importer", "text", "internal")


def edit(name, change):
    path = os.path.join(root, name)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(change(text))


def timed(call, label, indent):
    return "%s{ long t0_ = System.nanoTime(); %s T.add(\"%s\", t0_); }" % (indent, call, label)


def body(text, start, end_marker, what):
    a = text.find(start)
    b = text.find(end_marker, a)
    if a < 0 or b < 0:
        sys.exit("instrument-passes: %s not found; update the script to the importer's new shape" % what)
    return a, b


def extractor(text):
    a, b = body(text, "        Findings go() {", "            return new Findings", "Extractor.Run.go()")
    part, n = re.subn(r"^(            )(\w+)\(\);$", lambda m: timed(m.group(2) + "();", "extractor " + m.group(2),
                                                                   m.group(1)), text[a:b], flags=re.M)
    part = part.replace("List<Quotes.Found> q = quotes.find();",
                        "long tq_ = System.nanoTime(); List<Quotes.Found> q = quotes.find(); T.add(\"quotes\", tq_);")
    part = part.replace("List<Relations.Found> r = new Relations(this, quotes, dates).find();",
                        "long tr_ = System.nanoTime(); List<Relations.Found> r = new Relations(this, quotes, dates)"
                        ".find(); T.add(\"relations (all)\", tr_);")
    if n < 10 or "T.add(\"quotes\"" not in part or "relations (all)" not in part:
        sys.exit("instrument-passes: Extractor.Run.go() has changed shape; update the script")
    text = text[:a] + part + text[b:]
    run = "        return new Run(lex, text).go();"
    if run not in text:
        sys.exit("instrument-passes: Extractor.read() has changed shape; update the script")
    return text.replace(run, "        long t0_ = System.nanoTime(); Run r_ = new Run(lex, text); T.add(\"run set-up (tokens)\", t0_);"
                             " Findings f_ = r_.go(); T.add(\"extractor, all of it\", t0_); return f_;")


def relations(text):
    a, b = body(text, "    List<Found> find() {", "        return found;\n    }", "Relations.find()")
    part, n1 = re.subn(r"^(        )keepAll\((\w+)\(\)\);$",
                       lambda m: timed("keepAll(" + m.group(2) + "());", "relations " + m.group(2), m.group(1)),
                       text[a:b], flags=re.M)
    part, n2 = re.subn(r"^(        )(\w+)\(\);$",
                       lambda m: timed(m.group(2) + "();", "relations " + m.group(2), m.group(1)), part, flags=re.M)
    trigger = "            List<Found> acts = relationsFor(m);"
    if n1 + n2 < 10 or trigger not in part:
        sys.exit("instrument-passes: Relations.find() has changed shape; update the script")
    part = part.replace(trigger, "            long tt_ = System.nanoTime(); List<Found> acts = relationsFor(m);"
                              " T.add(\"relations relationsFor (per trigger)\", tt_);")
    return text[:a] + part + text[b:]


def importer(text):
    call = "        return toDossier(extractor().read(text), source);"
    if call not in text:
        sys.exit("instrument-passes: TextImporter.extractText() has changed shape; update the script")
    return text.replace(call, "        Extractor.Findings f_ = extractor().read(text); long t0_ = System.nanoTime();"
                              " Dossier d_ = toDossier(f_, source); T.add(\"dossier\", t0_); return d_;")


edit("Extractor.java", extractor)
edit("Relations.java", relations)
edit("TextImporter.java", importer)
with open(os.path.join(root, "T.java"), "w", encoding="utf-8") as f:
    f.write("""package dev.parley.importer.text.internal;

/** Sums of the timers the passes script put in this copy of the importer: nanoseconds by label. */
public final class T {
    private static final java.util.Map<String, long[]> SUMS = new java.util.LinkedHashMap<>();

    private T() {
    }

    static void add(String label, long start) {
        SUMS.computeIfAbsent(label, k -> new long[1])[0] += System.nanoTime() - start;
    }

    public static void reset() {
        SUMS.clear();
    }

    public static java.util.Map<String, Long> sums() {
        java.util.Map<String, Long> out = new java.util.LinkedHashMap<>();
        SUMS.forEach((k, v) -> out.put(k, v[0]));
        return out;
    }
}
""")
