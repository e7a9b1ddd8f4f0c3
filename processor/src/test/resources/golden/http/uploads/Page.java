package golden.uploads;

import io.typedclient.JsonModel;
import java.util.List;

@JsonModel
public record Page<T>(List<T> items, String next) {}
