package io.typedclient.reliability.secrets;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything the suite let a person or a log see, checked for secrets: log records (every {@link System.Logger}
 * at every level, through {@link RecordingLoggerFinder}), exceptions (message, {@code toString}, the whole stack
 * trace with causes and suppressed ones) and the {@code toString} of results, clients and requests.
 *
 * <p>Tests register each secret when it comes into being (an API token when FakeOkta starts, a session id before
 * it is used as a cookie) and hand every outcome to {@link #object}; each text is scanned as it arrives. A
 * secret registered a little after a text that contained it is still found: the last {@value #RECENT} texts are
 * scanned again for every new secret.
 *
 * <p>{@link #global()} is the suite's ledger, read by {@code SecretsAuditTest} after every other test class; a
 * {@code new Exposure()} serves the detector's own tests. Thread-safe.
 */
public final class Exposure {
  /** Where a text came from. */
  public enum Channel {
    LOG,
    EXCEPTION,
    TO_STRING
  }

  /** A secret seen in a text. */
  public static final class Finding {
    private final Channel channel;
    private final Secret secret;
    private final String where;
    private final String excerpt;

    Finding(Channel channel, Secret secret, String where, String excerpt) {
      this.channel = channel;
      this.secret = secret;
      this.where = where;
      this.excerpt = excerpt;
    }

    public Channel channel() {
      return channel;
    }

    public boolean isCanary() {
      return secret.canary;
    }

    /** What the secret is, e.g. {@code "API token"}; never its value. */
    public String what() {
      return secret.what;
    }

    /** Up to 60 characters either side, the secret itself replaced by its name. */
    public String excerpt() {
      return excerpt;
    }

    /** Names the channel, the secret (not its value), the test that was running, and the excerpt. */
    @Override
    public String toString() {
      return channel + " in " + where + ": " + secret + " in \"" + excerpt + "\"";
    }
  }

  static final int RECENT = 256;
  private static final int MAX_FINDINGS = 200;
  private static final Exposure GLOBAL = new Exposure();

  private final SecretIndex index = new SecretIndex();
  private final List<Secret> secrets = new ArrayList<>();
  private final Deque<Text> recent = new ArrayDeque<>();
  private final List<Finding> findings = new ArrayList<>();
  /** Every secret found and where, kept whole even when {@link #findings} is at its cap. */
  private final Map<Secret, Set<Channel>> found = new IdentityHashMap<>();
  private final Map<Channel, Long> counts = new EnumMap<>(Channel.class);
  private final Map<String, Long> logRecords = new TreeMap<>();
  private final Set<String> finishedClasses = new TreeSet<>();
  private final Map<String, Integer> propertyTries = new TreeMap<>();
  private volatile String where = "(no test)";

  /** The suite's ledger. */
  public static Exposure global() {
    return GLOBAL;
  }

  /** Registers a value that must never appear; shorter than 8 characters is refused (it would match by chance). */
  public void secret(String value, String what) {
    register(new Secret(requireSecret(value), what, false));
  }

  /**
   * Registers a value that the detector's own test leaks on purpose: it must be found, or the detector is broken.
   */
  public void canary(String value, String what) {
    register(new Secret(requireSecret(value), what, true));
  }

  /** The test now running, named in findings. */
  public void context(String where) {
    this.where = where;
  }

  /** A log record, as {@link RecordingLoggerFinder}'s loggers pass it on. */
  public void log(String logger, System.Logger.Level level, String message, Throwable thrown) {
    synchronized (this) {
      logRecords.merge(logger + " " + level, 1L, Long::sum);
    }
    record(Channel.LOG, logger + " " + level + " " + message);
    if (thrown != null) {
      record(Channel.LOG, stackTrace(thrown));
    }
  }

  /** An exception: its {@code toString}, message, and the stack trace with every cause and suppressed one. */
  public void exception(Throwable thrown) {
    record(Channel.EXCEPTION, stackTrace(thrown));
  }

  /** Anything a test holds: a throwable as {@link #exception}, anything else by its {@code toString}. */
  public void object(Object value) {
    if (value instanceof Throwable) {
      exception((Throwable) value);
    } else {
      record(Channel.TO_STRING, String.valueOf(value));
    }
  }

  /** A test class (or jqwik container) that has run to its end. */
  public synchronized void finished(String className) {
    finishedClasses.add(className);
  }

  /** The tries a jqwik property made, for the suite's report. */
  public synchronized void tries(String property, int tries) {
    propertyTries.merge(property, tries, Integer::sum);
  }

  public synchronized List<Finding> findings() {
    return new ArrayList<>(findings);
  }

  /** How many texts arrived through {@code channel}. */
  public synchronized long count(Channel channel) {
    return counts.getOrDefault(channel, 0L);
  }

  /** Records per {@code "<logger> <LEVEL>"}. */
  public synchronized Map<String, Long> logRecords() {
    return new TreeMap<>(logRecords);
  }

  public synchronized Set<String> finishedClasses() {
    return Collections.unmodifiableSet(new TreeSet<>(finishedClasses));
  }

  public synchronized Map<String, Integer> propertyTries() {
    return new TreeMap<>(propertyTries);
  }

  /** What each registered canary is, for those that no text contained. */
  public synchronized List<String> unfoundCanaries() {
    List<String> unfound = new ArrayList<>();
    for (Secret secret : secrets) {
      if (secret.canary && !found.containsKey(secret)) {
        unfound.add(secret.what);
      }
    }
    return unfound;
  }

  /** The channels through which {@code value} (a registered secret or canary) was seen; empty if never. */
  public synchronized Set<Channel> channelsShowing(String value) {
    Set<Channel> channels = EnumSet.noneOf(Channel.class);
    found.forEach((secret, through) -> {
      if (secret.value.equals(value)) {
        channels.addAll(through);
      }
    });
    return channels;
  }

  /** How many secrets that are not canaries were seen anywhere. */
  public synchronized long leakedSecrets() {
    return found.keySet().stream().filter(secret -> !secret.canary).count();
  }

  /** How many secrets (canaries included) are registered. */
  public synchronized int secretCount() {
    return secrets.size();
  }

  private synchronized void register(Secret secret) {
    secrets.add(secret);
    index.add(secret);
    for (Text text : recent) {
      if (text.text.contains(secret.value)) {
        found(text, secret);
      }
    }
  }

  private synchronized void record(Channel channel, String text) {
    counts.merge(channel, 1L, Long::sum);
    Text entry = new Text(channel, text, where);
    for (Secret secret : index.find(text)) {
      found(entry, secret);
    }
    recent.addLast(entry);
    if (recent.size() > RECENT) {
      recent.removeFirst();
    }
  }

  private void found(Text text, Secret secret) {
    found.computeIfAbsent(secret, s -> EnumSet.noneOf(Channel.class)).add(text.channel);
    if (findings.size() < MAX_FINDINGS) {
      findings.add(new Finding(text.channel, secret, text.where, excerpt(text.text, secret)));
    }
  }

  private static String excerpt(String text, Secret secret) {
    int at = text.indexOf(secret.value);
    String before = text.substring(Math.max(0, at - 60), at);
    int end = at + secret.value.length();
    String after = text.substring(end, Math.min(text.length(), end + 60));
    return (before + "«" + secret.what + "»" + after).replace(secret.value, "«" + secret.what + "»");
  }

  static String stackTrace(Throwable thrown) {
    StringWriter trace = new StringWriter();
    try (PrintWriter out = new PrintWriter(trace)) {
      thrown.printStackTrace(out);
    }
    return trace.toString();
  }

  private static String requireSecret(String value) {
    if (value == null || value.length() < SecretIndex.MIN_LENGTH) {
      throw new IllegalArgumentException(
          "a secret has at least " + SecretIndex.MIN_LENGTH + " characters; shorter values match by chance");
    }
    return value;
  }

  private static final class Text {
    final Channel channel;
    final String text;
    final String where;

    Text(Channel channel, String text, String where) {
      this.channel = channel;
      this.text = text;
      this.where = where;
    }
  }
}
