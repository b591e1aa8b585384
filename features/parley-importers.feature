# Importers for analysts' sources, and the world knowledge they use.
name = parley-importers
version = 0.1.0
description = Importers: news articles (text, Markdown, HTML; PDF with parley-reporting) with the gazetteer; GDELT; spreadsheets (CSV) and ACLED; FollowTheMoney
bundles = \
  org.jsoup, \
  dev.parley.knowledge, \
  dev.parley.importer.text, \
  dev.parley.importer.gdelt, \
  dev.parley.importer.csv, \
  dev.parley.importer.ftm
