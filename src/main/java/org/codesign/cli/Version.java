package org.codesign.cli;

import picocli.CommandLine.IVersionProvider;

/** The version shown by {@code --version}, from the jar manifest when there is one. */
public final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"codesign " + org.codesign.eval.AppVersion.current()};
    }
}
