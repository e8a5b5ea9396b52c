package dev.parley.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.Parley;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

final class ReadMetadataTest {

  @Test
  void printsTheSeedStatementsMetadata() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Path seed = Path.of("../seeds/kazakhstan-sixth-committee-terrorism.txt");
    ReadMetadata.print(Parley.defaults().normalize(seed), new PrintStream(bytes, true, UTF_8));
    assertThat(bytes.toString(UTF_8))
        .contains("speaker:     Yerzhan Kazykhanov")
        .contains("delegation:  Kazakhstan")
        .contains("agenda item: 100 Measures to Eliminate International Terrorism")
        .contains("date:        2020-10-12")
        .contains("5 salutation: Mr. Chairman,")
        .contains("19 closing: Thank you, Mr. Chairman.")
        .contains("removed letterhead: Fax: (212) 230-1172");
  }
}
