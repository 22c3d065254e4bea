package org.codesign.space;

import java.math.BigInteger;
import java.util.List;

/**
 * A design space of one template: the template's rules plus the user's value lists.
 *
 * @param <C> the configuration type
 */
public record TemplateSpace<C>(SpaceTemplate<C> template, DesignSpace design) {

    public static TemplateSpace<NetworkConfig> network(String template, DesignSpace design) {
        return new TemplateSpace<>(Templates.network(template), design);
    }

    public static TemplateSpace<HardwareConfig> hardware(String template, DesignSpace design) {
        return new TemplateSpace<>(Templates.hardware(template), design);
    }

    public static <C> TemplateSpace<C> defaults(SpaceTemplate<C> template) {
        return new TemplateSpace<>(template, template.defaultSpace());
    }

    /** Everything wrong with the value lists; empty when the space can be searched. */
    public List<String> validate() {
        return template.validate(design);
    }

    /** Distinct configurations (exact). */
    public BigInteger size() {
        return validate().isEmpty() ? template.configurationCount(design) : design.genomeCount();
    }

    public double log10Size() {
        return Sizes.log10(size());
    }

    public C decode(int[] genome) {
        return template.decode(design.decode(genome));
    }

    /** The genome of a configuration whose values are all in the lists (inactive genes: index 0). */
    public int[] encode(C config) {
        return design.encode(template.assign(config, design.decode(new int[design.genomeLength()])));
    }

    public TemplateSpace<C> withParameter(Parameter parameter) {
        return new TemplateSpace<>(template, design.withParameter(parameter));
    }
}
