# Importers for analysts' sources, and the world knowledge they use.
name = parley-importers
version = 0.1.0
description = Text importer for news articles (.txt, .md, .html) with its gazetteer of states, organisations and titles
bundles = \
  org.jsoup, \
  dev.parley.knowledge, \
  dev.parley.importer.text, \
  dev.parley.importer.gdelt
