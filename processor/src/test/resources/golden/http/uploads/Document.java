package golden.uploads;

import io.typedclient.JsonModel;

@JsonModel
public record Document(String id, String title) {}
