/**
 * Evaluation on a cluster of Hazelcast members: workers ({@code codesign worker}) evaluate
 * batches of designs sent by a run's coordinator through Hazelcast's executor and share the
 * mapper's cache in a distributed map; the coordinator alone applies objectives and writes the
 * study. Members bind to 127.0.0.1 unless told otherwise, join only with the cluster's name and
 * shared secret, join over TCP/IP with explicit members (no multicast), and refuse Java
 * deserialization of classes outside Hazelcast's and the JDK's own.
 */
package org.codesign.cluster;
