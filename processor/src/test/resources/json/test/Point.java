package test;

import com.squareup.moshi.Json;
import io.typedclient.JsonModel;
import java.util.List;

@JsonModel
public record Point(int x, int y, @Json(name = "label_text") @Nullable String label, List<Point> neighbours) {}
