package org.codesign.cli;

import java.io.PrintWriter;
import org.codesign.study.StudyFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The headless command line: the same engine as the GUI, never touching JavaFX. */
@Command(
        name = "codesign",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Co-Design Explorer: joint design of neural networks and the hardware that runs them.",
            "Without a command, `java -jar codesign-explorer.jar` opens the desktop app."
        },
        subcommands = {
            AnalyzeCommand.class,
            CalibrateCommand.class,
            EvaluateCommand.class,
            ExperimentCommand.class,
            ExportCommand.class,
            ExportTimeloopCommand.class,
            ImportCommand.class,
            PlotCommand.class,
            RunCommand.class,
            SpacesCommand.class,
            TeachCommand.class,
            ValidateCommand.class,
            ValidateModelsCommand.class,
            WorkerCommand.class,
            CommandLine.HelpCommand.class
        })
public final class CodesignCli implements Runnable {

    /** Exit code for bad input (a file that cannot be read, an invalid option value). */
    public static final int BAD_INPUT = 2;

    /** True when the arguments name a subcommand or a CLI-only option (help, version). */
    public static boolean isCliInvocation(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return !first.startsWith("-")
                || first.equals("--help")
                || first.equals("--version")
                || first.equals("-h")
                || first.equals("-V");
    }

    public static int run(String[] args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new CodesignCli());
        cli.setExecutionExceptionHandler(CodesignCli::explain);
        return cli;
    }

    /** Users get a sentence naming the file or field, never a stack trace. */
    private static int explain(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof StudyFormatException
                || e instanceof IllegalArgumentException
                || e instanceof java.io.IOException
                || e instanceof UserError) {
            err.println("codesign: " + e.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        err.println("codesign: internal error: " + e);
        err.println("Please report this with the command you ran.");
        err.flush();
        return 1;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
