package dev.parley.workbench.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.parley.model.ui.Area;
import dev.parley.model.ui.ViewContribution;
import dev.parley.model.ui.Workbench;
import dev.parley.model.ui.WorkbenchView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContributionsTest {

    record View(String id, String title) implements ViewContribution {
        @Override
        public WorkbenchView create(Workbench workbench) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void viewsComeAndGoAndListenersHearEachChange() {
        Contributions c = new Contributions();
        List<String> heard = new ArrayList<>();
        c.addListener((kind, id, added) -> heard.add(kind + " " + id + " " + (added ? "+" : "-")));
        View a = new View("a", "A");
        View b = new View("b", "B");
        c.addView(a);
        c.addView(b);
        assertEquals(List.of(a, b), c.views());
        c.removeView(a);
        assertEquals(List.of(b), c.views());
        assertNull(c.view("a"));
        assertEquals(List.of("VIEW a +", "VIEW b +", "VIEW a -"), heard);
    }

    @Test
    void theFirstOfTwoWithOneIdWinsAndTheSecondTakesOver() {
        Contributions c = new Contributions();
        List<String> heard = new ArrayList<>();
        c.addListener((kind, id, added) -> heard.add(id + (added ? "+" : "-")));
        View first = new View("x", "First");
        View second = new View("x", "Second");
        c.addView(first);
        c.addView(second);
        assertSame(first, c.view("x"));
        assertEquals(List.of("x+"), heard, "a shadowed duplicate changes nothing on screen");
        c.removeView(first);
        assertSame(second, c.view("x"));
        assertEquals(List.of("x+", "x-"), heard);
        c.removeView(second);
        assertNull(c.view("x"));
        assertEquals(List.of("x+", "x-", "x-"), heard);
    }

    @Test
    void removingSomethingNeverAddedIsHarmless() {
        Contributions c = new Contributions();
        List<String> heard = new ArrayList<>();
        c.addListener((kind, id, added) -> heard.add(id));
        c.removeView(new View("ghost", "Ghost"));
        assertEquals(List.of(), heard);
    }

    @Test
    void commandsAndPerspectivesAreOrdered() {
        Contributions c = new Contributions();
        List<dev.parley.model.ui.CommandContribution> cmds = new ArrayList<>(Builtins.commands());
        java.util.Collections.reverse(cmds);
        cmds.forEach(c::addCommand);
        List<dev.parley.model.ui.PerspectiveContribution> ps = new ArrayList<>(Builtins.perspectives());
        java.util.Collections.reverse(ps);
        ps.forEach(c::addPerspective);
        List<Integer> orders = c.commands().stream().map(x -> x.order()).toList();
        List<Integer> sorted = new ArrayList<>(orders);
        sorted.sort(null);
        assertEquals(sorted, orders);
        assertEquals(List.of("parley.analysis", "parley.map", "parley.report"),
                c.perspectives().stream().map(p -> p.id()).toList());
        Map<Area, List<String>> map = c.perspective("parley.map").layout();
        assertEquals(List.of("parley.map"), map.get(Area.MAIN));
    }

    @Test
    void builtinsRegisterAndUnregisterAsOne() {
        Contributions c = new Contributions();
        Runnable undo = Builtins.register(c);
        assertEquals(Builtins.commands().size(), c.commands().size());
        assertEquals(3, c.perspectives().size());
        undo.run();
        assertEquals(0, c.commands().size());
        assertEquals(0, c.perspectives().size());
    }
}
