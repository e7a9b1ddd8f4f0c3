package test;

import io.typedclient.JsonModel;
import java.util.List;

@JsonModel
public record Team(String name, List<Member> members) {
  @JsonModel
  public record Member(String name, @Nullable Team team) {}
}
