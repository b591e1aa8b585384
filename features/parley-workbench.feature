# The desktop workbench: the window, its perspectives, and the dossier views. Its bundles start only
# for 'parley gui' (and the shell, and help), so the other commands start as fast as before.
name = parley-workbench
version = 0.1.0
description = The desktop workbench (parley gui): views of sources, actors and relations, the map and briefing views, plugins, undo and redo, FlatLaf light and dark themes
on-demand = \
  com.formdev.flatlaf, \
  dev.parley.workbench, \
  dev.parley.dossier.ui
commands = gui
