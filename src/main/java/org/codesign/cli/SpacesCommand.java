package org.codesign.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.codesign.space.SpaceTemplate;
import org.codesign.space.TemplateSpace;
import org.codesign.space.Templates;
import org.codesign.study.Json;
import org.codesign.study.Study;
import org.codesign.study.store.StudyLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code codesign spaces}: the templates and the size of each default space (or of a study's). */
@Command(
        name = "spaces",
        mixinStandardHelpOptions = true,
        description = "List the network and hardware space templates and the size of each space.")
final class SpacesCommand implements Callable<Integer> {

    @Option(
            names = "--study",
            paramLabel = "FILE",
            description = "Show the spaces of this study instead of the defaults.")
    Path study;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    private record Row(String side, TemplateSpace<?> space, String description) {}

    @Override
    public Integer call() throws Exception {
        List<Row> rows;
        if (study != null) {
            Study s = StudyLoader.definition(study);
            rows = List.of(
                    new Row(
                            "network",
                            s.networkSpace(),
                            s.networkSpace().template().description()),
                    new Row(
                            "hardware",
                            s.hardwareSpace(),
                            s.hardwareSpace().template().description()));
        } else {
            rows = new java.util.ArrayList<>();
            for (SpaceTemplate<?> t : Templates.networkTemplates()) {
                rows.add(new Row("network", TemplateSpace.defaults(t), t.description()));
            }
            for (SpaceTemplate<?> t : Templates.hardwareTemplates()) {
                rows.add(new Row("hardware", TemplateSpace.defaults(t), t.description()));
            }
        }
        if (json) {
            ArrayNode out = JsonNodeFactory.instance.arrayNode();
            for (Row r : rows) {
                out.addObject()
                        .put("side", r.side())
                        .put("template", r.space().template().name())
                        .put("parameters", r.space().design().genomeLength())
                        .put("size", r.space().size().toString())
                        .put("log10Size", r.space().log10Size())
                        .put("description", r.description());
            }
            System.out.println(Json.mapper().writeValueAsString(out));
            return 0;
        }
        Table table = new Table("side", "template", "parameters", "configurations", "log10", "description");
        for (Row r : rows) {
            table.row(
                    r.side(),
                    r.space().template().name(),
                    r.space().design().genomeLength(),
                    org.codesign.space.Sizes.format(r.space().size()),
                    String.format(Locale.ROOT, "%.2f", r.space().log10Size()),
                    r.description());
        }
        System.out.print(table.render());
        if (study != null) {
            Study s = StudyLoader.definition(study);
            System.out.println(
                    "joint space: " + org.codesign.space.Sizes.format(s.space().size()) + " configurations (10^"
                            + String.format(Locale.ROOT, "%.2f", s.space().log10Size()) + ")");
        }
        return 0;
    }
}
