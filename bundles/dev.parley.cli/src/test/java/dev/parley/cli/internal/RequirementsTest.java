package dev.parley.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RequirementsTest {
    @Test
    void packageWithRange() {
        assertEquals("package org.example.api version 1.2.0 up to but not including 2.0.0, which no installed bundle provides",
                Requirements.describe("osgi.wiring.package",
                        "(&(osgi.wiring.package=org.example.api)(version>=1.2.0)(!(version>=2.0.0)))"));
    }

    @Test
    void packageWithLowerBoundOnly() {
        assertEquals("package org.example.api version 1.0.0 or later, which no installed bundle provides",
                Requirements.describe("osgi.wiring.package", "(&(osgi.wiring.package=org.example.api)(version>=1.0.0))"));
    }

    @Test
    void serviceAndExtender() {
        assertEquals("service org.example.Thing, which no installed bundle provides",
                Requirements.describe("osgi.service", "(objectClass=org.example.Thing)"));
        assertEquals("extender osgi.component (e.g. Declarative Services) version 1.5.0 up to but not including 2.0.0,"
                        + " which no installed bundle provides",
                Requirements.describe("osgi.extender", "(&(osgi.extender=osgi.component)(version>=1.5.0)(!(version>=2.0.0)))"));
    }
}
