/**
 * Teaching NSGA-II on a study: a lesson that runs the product's NSGA-II one traced generation at a
 * time, the true front of a small space by exhaustive search, sentences that say what each
 * generation's operators did, and the printed handout ({@code codesign teach}). Plain Java: the
 * teaching view in {@code ui.teaching} and the command line both use it.
 */
package org.codesign.teaching;
