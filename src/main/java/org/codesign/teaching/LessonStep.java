package org.codesign.teaching;

import org.codesign.search.GenerationTrace;

/**
 * One generation of a lesson.
 *
 * @param trace what the generation's operators did, with the new population's ranks and crowding
 * @param evaluations evaluations used so far
 * @param hypervolume hypervolume of everything found so far (the run card's), normalized by the study's objectives
 * @param finished true when the lesson can make no further generation
 * @param message why it finished, or empty
 */
public record LessonStep(GenerationTrace trace, int evaluations, double hypervolume, boolean finished, String message) {

    public int generation() {
        return trace.step();
    }
}
