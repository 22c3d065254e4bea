package org.codesign.ui.study;

import java.util.List;
import org.codesign.space.SpaceTemplate;
import org.codesign.space.TemplateSpace;
import org.codesign.space.Templates;
import org.codesign.study.Study;

/** Which of the study's two spaces an editor shows. */
public enum SpaceSide {
    NETWORK("Network space") {
        @Override
        TemplateSpace<?> of(Study s) {
            return s.networkSpace();
        }

        @Override
        @SuppressWarnings("unchecked")
        Study with(Study s, TemplateSpace<?> space) {
            return s.withSpaces((TemplateSpace<org.codesign.space.NetworkConfig>) space, s.hardwareSpace());
        }

        @Override
        List<? extends SpaceTemplate<?>> templates() {
            return Templates.networkTemplates();
        }
    },
    HARDWARE("Hardware space") {
        @Override
        TemplateSpace<?> of(Study s) {
            return s.hardwareSpace();
        }

        @Override
        @SuppressWarnings("unchecked")
        Study with(Study s, TemplateSpace<?> space) {
            return s.withSpaces(s.networkSpace(), (TemplateSpace<org.codesign.space.HardwareConfig>) space);
        }

        @Override
        List<? extends SpaceTemplate<?>> templates() {
            return Templates.hardwareTemplates();
        }
    };

    private final String title;

    SpaceSide(String title) {
        this.title = title;
    }

    String title() {
        return title;
    }

    abstract TemplateSpace<?> of(Study s);

    abstract Study with(Study s, TemplateSpace<?> space);

    abstract List<? extends SpaceTemplate<?>> templates();
}
