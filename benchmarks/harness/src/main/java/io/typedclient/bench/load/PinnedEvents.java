package io.typedclient.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR recording of {@code jdk.VirtualThreadPinned} (a virtual thread that blocked while it could not leave its
 * carrier), with no threshold and with stack traces, grouped by stack. The event exists from Java 21 on.
 */
final class PinnedEvents {
  static final String EVENT = "jdk.VirtualThreadPinned";
  /** Frames kept per stack, from the top. */
  private static final int FRAMES = 12;

  /** Events with one stack: how many, and whether a frame of it is typedclient's. */
  record Stack(List<String> frames, long count, boolean ours) {}

  private final Recording recording;

  private PinnedEvents(Recording recording) {
    this.recording = recording;
  }

  static PinnedEvents start() {
    Recording recording = new Recording();
    recording.enable(EVENT).withThreshold(Duration.ZERO).withStackTrace();
    recording.setToDisk(true);
    recording.start();
    return new PinnedEvents(recording);
  }

  /** Stops the recording and groups its events by stack. */
  List<Stack> stop() throws IOException {
    recording.stop();
    Path file = Files.createTempFile("pinned", ".jfr");
    try {
      recording.dump(file);
      Map<List<String>, long[]> counts = new LinkedHashMap<>();
      Map<List<String>, Boolean> ours = new LinkedHashMap<>();
      for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
        if (!event.getEventType().getName().equals(EVENT)) {
          continue;
        }
        List<String> frames = new ArrayList<>();
        boolean typedclient = false;
        if (event.getStackTrace() != null) {
          for (RecordedFrame frame : event.getStackTrace().getFrames()) {
            String type = frame.getMethod().getType().getName();
            typedclient |= type.startsWith("io.typedclient.") && !type.startsWith("io.typedclient.bench.");
            if (frames.size() < FRAMES) {
              frames.add(type + "." + frame.getMethod().getName());
            }
          }
        }
        counts.computeIfAbsent(frames, k -> new long[1])[0]++;
        ours.merge(frames, typedclient, Boolean::logicalOr);
      }
      List<Stack> stacks = new ArrayList<>();
      for (Map.Entry<List<String>, long[]> e : counts.entrySet()) {
        stacks.add(new Stack(e.getKey(), e.getValue()[0], ours.get(e.getKey())));
      }
      return stacks;
    } finally {
      recording.close();
      Files.deleteIfExists(file);
    }
  }
}
