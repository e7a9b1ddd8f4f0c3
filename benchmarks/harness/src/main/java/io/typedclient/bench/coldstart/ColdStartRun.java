package io.typedclient.bench.coldstart;

/**
 * One fresh JVM: wall time from {@code ProcessBuilder.start()} to reading its {@code COLDSTART} line, the time the
 * child itself measured from JVM start, the classes it had loaded, the session it decoded, and where it ran: the
 * wire ({@code plain} or {@code tls}) and the JDK's name.
 */
public record ColdStartRun(String contender, int run, double wallMillis, long sinceJvmStartMillis,
    int classesLoaded, String session, String wire, String jdk) {}
