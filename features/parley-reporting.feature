# Briefing reports: HTML, PDF (Apache PDFBox), Markdown and JSON.
name = parley-reporting
version = 0.1.0
description = Briefings in HTML, PDF, Markdown and JSON, and the brief command's formats
bundles = \
  org.apache.commons.commons-logging, \
  org.apache.pdfbox.io, \
  org.apache.pdfbox.fontbox, \
  org.apache.pdfbox, \
  dev.parley.report
