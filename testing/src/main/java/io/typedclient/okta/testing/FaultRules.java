package io.typedclient.okta.testing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** The armed faults in the order they were armed; the first that selects a request strikes it. */
final class FaultRules {
  private final List<Fault> faults = new ArrayList<>();

  synchronized void arm(Fault fault) {
    faults.add(fault);
  }

  /** The action of the fault that strikes this request, or null when none does. */
  synchronized FaultAction strike(RecordedRequest request) {
    for (Iterator<Fault> it = faults.iterator(); it.hasNext(); ) {
      Fault fault = it.next();
      if (fault.isSpent()) {
        it.remove();
      } else if (fault.selects(request) && fault.strike()) {
        return fault.action();
      }
    }
    return null;
  }

  synchronized void clear() {
    for (Fault fault : faults) {
      fault.cancel();
    }
    faults.clear();
  }
}
