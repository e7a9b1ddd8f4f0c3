package io.typedclient.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes every event it is told as one line, in order, and keeps the events themselves, and every text an event
 * or its request offers (for the tests that look for secrets in them).
 */
final class RecordingObserver implements CallObserver {
  final List<String> lines = Collections.synchronizedList(new ArrayList<>());
  final List<ObservedRequest> started = Collections.synchronizedList(new ArrayList<>());
  final List<AttemptStart> attemptStarts = Collections.synchronizedList(new ArrayList<>());
  final List<AttemptEnd> attemptEnds = Collections.synchronizedList(new ArrayList<>());
  final List<CallEnd> callEnds = Collections.synchronizedList(new ArrayList<>());
  final List<String> texts = Collections.synchronizedList(new ArrayList<>());

  @Override
  public CallListener callStarted(ObservedRequest request) {
    started.add(request);
    lines.add("call " + request.method() + " " + request.pathTemplate());
    texts(request);
    return new CallListener() {
      @Override
      public void attemptStarted(AttemptStart attempt) {
        attemptStarts.add(attempt);
        lines.add("attempt " + attempt.resendCount() + " after " + attempt.waitBefore().toMillis() + " ms");
        texts(attempt.request());
        texts.add(attempt.toString());
      }

      @Override
      public void attemptEnded(AttemptEnd attempt) {
        attemptEnds.add(attempt);
        lines.add("attempt " + attempt.resendCount() + " -> " + outcome(attempt.status(), attempt.failureType()));
        texts(attempt.request());
        texts.add(attempt.toString());
        texts.add(attempt.rateLimit().toString());
      }

      @Override
      public void callEnded(CallEnd call) {
        callEnds.add(call);
        lines.add("end -> " + outcome(call.status(), call.failureType()) + " after " + call.attempts());
        texts.add(call.toString());
      }
    };
  }

  private void texts(ObservedRequest request) {
    texts.add(request.toString());
    texts.add(request.redactedUrl());
    texts.add(request.operation());
    texts.add(request.pathTemplate());
    texts.add(request.host());
  }

  private static String outcome(int status, Class<? extends Throwable> failureType) {
    if (failureType == null) {
      return Integer.toString(status);
    }
    return failureType.getSimpleName() + (status == 0 ? "" : " " + status);
  }
}
