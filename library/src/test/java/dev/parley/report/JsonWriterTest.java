package dev.parley.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class JsonWriterTest {

  private static String pretty(java.util.function.Consumer<JsonWriter> body) {
    StringBuilder out = new StringBuilder();
    body.accept(new JsonWriter(out, true));
    return out.toString();
  }

  @Test
  void laysOutObjectsAndArraysAsTheContractPrintsThem() {
    String json =
        pretty(
            w -> {
              w.beginObject().entry("mode", "versions");
              w.name("metadata").beginObject().endObject();
              w.name("removed").beginArray().endArray();
              w.entry("left", java.util.List.of(3, 4));
              w.name("links").beginArray();
              w.beginObject().entry("score", 0.9987).entry("weak", false).endObject();
              w.beginObject().name("dropped").nullValue().endObject();
              w.endArray().endObject();
            });
    assertThat(json)
        .isEqualTo(
            """
            {
              "mode" : "versions",
              "metadata" : { },
              "removed" : [ ],
              "left" : [ 3, 4 ],
              "links" : [ {
                "score" : 0.9987,
                "weak" : false
              }, {
                "dropped" : null
              } ]
            }""");
  }

  @Test
  void compactOutputHasNoWhiteSpace() {
    StringBuilder out = new StringBuilder();
    new JsonWriter(out, false)
        .beginObject()
        .entry("a", 1)
        .name("b")
        .beginArray()
        .value("x")
        .value(2.5)
        .endArray()
        .endObject();
    assertThat(out).hasToString("{\"a\":1,\"b\":[\"x\",2.5]}");
  }

  @Test
  void escapesWhatJsonRequiresAndNothingElse() {
    String json = pretty(w -> w.value("Côte d’Ivoire \"quoted\" back\\slash\nline\ttab\u0001 / é"));
    assertThat(json)
        .isEqualTo("\"Côte d’Ivoire \\\"quoted\\\" back\\\\slash\\nline\\ttab\\u0001 / é\"");
  }

  @Test
  void refusesWhatIsNoJson() {
    assertThatThrownBy(() -> pretty(w -> w.value(Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> pretty(w -> w.beginObject().value(1)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> pretty(w -> w.beginArray().endObject()))
        .isInstanceOf(IllegalStateException.class);
  }
}
