package org.codesign.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line: the same engine as the GUI. */
@Command(name = "codesign", mixinStandardHelpOptions = true, version = "codesign 0.1.0",
        description = "Co-Design Explorer: joint design of neural networks and their hardware.",
        subcommands = {CommandLine.HelpCommand.class, AnalyzeCommand.class})
public final class CodesignCli implements Runnable {

    /** True when the arguments name a subcommand or a CLI-only option (help, version). */
    public static boolean isCliInvocation(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return !first.startsWith("--") || first.equals("--help") || first.equals("--version")
                || first.equals("-h") || first.equals("-V");
    }

    public static int run(String[] args) {
        return new CommandLine(new CodesignCli()).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
