# Stakeholder analysis, maps and graph exports.
name = parley-analysis
version = 0.1.0
description = Influence, interest, stance, camps and quadrants; the stakeholder map (SVG, PNG); GEXF, GraphML and CSV exports
bundles = \
  dev.parley.analysis, \
  dev.parley.map
