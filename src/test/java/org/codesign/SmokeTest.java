package org.codesign;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.codesign.cli.CodesignCli;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void subcommandIsCli() {
        assertTrue(CodesignCli.isCliInvocation(new String[] {"spaces"}));
    }
}
