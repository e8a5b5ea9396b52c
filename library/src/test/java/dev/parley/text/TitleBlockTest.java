package dev.parley.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.internal.names.Delegations;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class TitleBlockTest {

  @Test
  void readsTheSeedStatementsMetadataFieldByField() {
    Statement s = Fixtures.normalize("mission-website.txt");
    Metadata m = s.metadata();
    assertThat(m.speaker()).contains("Yerzhan Kazykhanov");
    assertThat(m.title())
        .contains("Permanent Representative of the Republic of Kazakhstan to the United Nations");
    assertThat(m.delegation()).contains("Kazakhstan");
    assertThat(m.agendaItem()).contains("100");
    assertThat(m.agendaTitle()).contains("Measures to Eliminate International Terrorism");
    assertThat(m.date()).contains(LocalDate.of(2020, 10, 12));
    assertThat(s.warnings())
        .containsExactly(
            "the title block's date 2020-10-12 disagrees with the copyright year 2006");
  }

  @Test
  void readsARoleWithoutANamedSpeaker() {
    Metadata m =
        TitleBlock.read(
            "Statement by the Permanent Representative of Kyrgyzstan at the general debate of the sixty-first session",
            List.of());
    assertThat(m.speaker()).isEmpty();
    assertThat(m.title()).contains("Permanent Representative of Kyrgyzstan");
    assertThat(m.delegation()).contains("Kyrgyzstan");
  }

  @Test
  void readsAgendaItemsWithSubItemsAndCurlyQuotes() {
    Metadata m =
        TitleBlock.read(
            "Statement by Ms. Aigul Bekova, First Secretary, Permanent Mission of the Kyrgyz Republic, "
                + "under agenda item 71 (b): “Promotion and protection of human rights”",
            List.of("New York, 3 November 2009"));
    assertThat(m.speaker()).contains("Aigul Bekova");
    assertThat(m.title()).contains("First Secretary, Permanent Mission of the Kyrgyz Republic");
    assertThat(m.delegation()).contains("Kyrgyzstan");
    assertThat(m.agendaItem()).contains("71 (b)");
    assertThat(m.agendaTitle()).contains("Promotion and protection of human rights");
    assertThat(m.date()).contains(LocalDate.of(2009, 11, 3));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "12 October 2020|2020-10-12",
        "October 12, 2020|2020-10-12",
        "12th of October, 2020|2020-10-12",
        "Oct. 12 2020|2020-10-12",
        "2020-10-12|2020-10-12",
        "12.10.2020|2020-10-12",
        "New York, 1 Sept. 2006|2006-09-01",
      })
  void readsDatesInCommonForms(String text, String iso) {
    assertThat(TitleBlock.findDate(text)).contains(LocalDate.parse(iso));
  }

  @Test
  void ignoresImpossibleDates() {
    assertThat(TitleBlock.findDate("31 February 2020")).isEqualTo(Optional.empty());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Permanent Representative of the Republic of Kazakhstan|Kazakhstan",
        "Minister for Foreign Affairs of the Democratic People's Republic of Korea|Democratic People's Republic of Korea",
        "Ambassador of the Republic of Korea|Republic of Korea",
        "Head of the delegation of the Democratic Republic of the Congo|Democratic Republic of the Congo",
        "President of Guinea-Bissau|Guinea-Bissau",
        "Permanent Representative of the Niger|Niger",
      })
  void findsTheDelegationNamedInATitle(String title, String delegation) {
    assertThat(Delegations.find(title)).contains(delegation);
  }
}
