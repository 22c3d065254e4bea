package org.codesign.study;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.codesign.space.DesignSpace;
import org.codesign.space.ParamValue;
import org.codesign.space.Parameter;
import org.codesign.space.ParameterSpec;
import org.codesign.space.SpaceTemplate;
import org.codesign.space.TemplateSpace;
import org.codesign.space.ValueKind;

/**
 * A space as {@code {"template": "mbv3-ofa", "parameters": {"widthMult": [1.0, 1.2], ...}}}.
 * Value lists are read as the template says (whole numbers, numbers or option names); an
 * invalid list is kept as written so that validation can explain it and nothing is lost.
 */
final class SpaceJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SpaceJson() {}

    static ObjectNode write(TemplateSpace<?> space) {
        ObjectNode out = NODES.objectNode();
        out.put("template", space.template().name());
        ObjectNode params = out.putObject("parameters");
        for (Parameter p : space.design().parameters()) {
            ArrayNode values = params.putArray(p.name());
            for (ParamValue v : p.values()) {
                if (v instanceof ParamValue.Int i) {
                    values.add(i.value());
                } else if (v instanceof ParamValue.Decimal d) {
                    values.add(d.value());
                } else {
                    values.add(v.label());
                }
            }
        }
        return out;
    }

    static <C> TemplateSpace<C> read(JsonIn in, SpaceTemplate<C> template) throws StudyFormatException {
        in.only("template", "parameters");
        JsonIn params = in.field("parameters").object();
        List<Parameter> list = new ArrayList<>();
        for (String name : params.keys()) {
            ParameterSpec spec = template.spec(name);
            List<ParamValue> values = new ArrayList<>();
            for (JsonIn v : params.field(name).elements()) {
                values.add(value(v, spec));
            }
            list.add(new Parameter(name, values));
        }
        return new TemplateSpace<>(template, new DesignSpace(list));
    }

    private static ParamValue value(JsonIn v, ParameterSpec spec) throws StudyFormatException {
        ValueKind kind = spec != null ? spec.kind()
                : v.node().isTextual() ? ValueKind.OPTION
                : v.node().isIntegralNumber() ? ValueKind.INTEGER : ValueKind.DECIMAL;
        return switch (kind) {
            case INTEGER -> new ParamValue.Int(v.whole());
            case DECIMAL -> new ParamValue.Decimal(v.number());
            case OPTION -> {
                String text = v.text();
                if (text.isBlank()) {
                    throw v.error("an option name must not be empty");
                }
                yield new ParamValue.Option(text);
            }
        };
    }
}
