package org.codesign.cluster;

/**
 * One member of a cluster as a run sees it.
 *
 * @param address host:port
 * @param worker whether it evaluates (the coordinator does not)
 * @param threads the evaluations it runs at once
 */
public record MemberInfo(String address, boolean worker, int threads) {}
