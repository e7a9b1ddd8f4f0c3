package test;

import com.squareup.moshi.Json;
import io.typedclient.JsonModel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Every kind of property; UUID has its adapter in the application's Moshi, which fromMoshi says. */
@JsonModel(fromMoshi = UUID.class)
public final class Everything {
  public final boolean flag;
  private final int count;
  private final long total;
  private final double ratio;
  private final float fraction;
  private final short small;
  private final byte tiny;
  private final char letter;
  private final Integer requiredBox;
  private final @Nullable Boolean maybeFlag;
  private final @Nullable Float maybeFraction;
  private final @Nullable Character maybeLetter;
  private final String text;
  private final @Nullable String note;
  private final Status status;
  private final Outer.Inner inner;
  private final List<String> strings;
  private final Set<Status> statuses;
  private final Map<String, List<Outer.Inner>> innersByName;
  private final List<@Nullable String> sparse;
  private final Instant at;
  private final OffsetDateTime localAt;
  private final @Nullable LocalDate day;
  private final UUID id;
  private final @Nullable Everything parent;
  private final int ignoredCount;

  public Everything(
      boolean flag,
      int count,
      long total,
      double ratio,
      float fraction,
      short small,
      byte tiny,
      char letter,
      Integer requiredBox,
      @Nullable Boolean maybeFlag,
      @Nullable Float maybeFraction,
      @Nullable Character maybeLetter,
      String text,
      @Nullable String note,
      Status status,
      Outer.Inner inner,
      List<String> strings,
      Set<Status> statuses,
      @Json(name = "inners_by_name") Map<String, List<Outer.Inner>> innersByName,
      List<@Nullable String> sparse,
      Instant at,
      OffsetDateTime localAt,
      @Nullable LocalDate day,
      UUID id,
      @Nullable Everything parent,
      @Json(ignore = true) int ignoredCount) {
    this.flag = flag;
    this.count = count;
    this.total = total;
    this.ratio = ratio;
    this.fraction = fraction;
    this.small = small;
    this.tiny = tiny;
    this.letter = letter;
    this.requiredBox = requiredBox;
    this.maybeFlag = maybeFlag;
    this.maybeFraction = maybeFraction;
    this.maybeLetter = maybeLetter;
    this.text = text;
    this.note = note;
    this.status = status;
    this.inner = inner;
    this.strings = strings;
    this.statuses = statuses;
    this.innersByName = innersByName;
    this.sparse = sparse;
    this.at = at;
    this.localAt = localAt;
    this.day = day;
    this.id = id;
    this.parent = parent;
    this.ignoredCount = ignoredCount;
  }

  public int getCount() { return count; }
  public long total() { return total; }
  public double ratio() { return ratio; }
  public float fraction() { return fraction; }
  public short small() { return small; }
  public byte tiny() { return tiny; }
  public char letter() { return letter; }
  public Integer requiredBox() { return requiredBox; }
  public @Nullable Boolean isMaybeFlag() { return maybeFlag; }
  public @Nullable Float maybeFraction() { return maybeFraction; }
  public @Nullable Character maybeLetter() { return maybeLetter; }
  public String getText() { return text; }
  public @Nullable String note() { return note; }
  public Status status() { return status; }
  public Outer.Inner inner() { return inner; }
  public List<String> strings() { return strings; }
  public Set<Status> statuses() { return statuses; }
  public Map<String, List<Outer.Inner>> innersByName() { return innersByName; }
  public List<@Nullable String> sparse() { return sparse; }
  public Instant at() { return at; }
  public OffsetDateTime localAt() { return localAt; }
  public @Nullable LocalDate day() { return day; }
  public UUID id() { return id; }
  public @Nullable Everything parent() { return parent; }
  public int ignoredCount() { return ignoredCount; }
}
