# The core of Parley: the OSGi runtime services, the dossier model and the command line.
name = parley-core
version = 0.1.0
description = Dossier model, JSON dossiers, merging, the command line and the Gogo shell
bundles = \
  org.osgi.util.function, \
  org.osgi.util.promise, \
  org.osgi.service.component, \
  org.apache.felix.scr, \
  com.google.gson, \
  dev.parley.model, \
  dev.parley.core, \
  dev.parley.cli
# started for long sessions (the shell): the Gogo runtime, hot deploy of plugins/ and the shell itself
on-demand = org.apache.felix.gogo.runtime, org.apache.felix.gogo.command, org.apache.felix.fileinstall, dev.parley.plugins, org.apache.felix.gogo.shell
