package dev.parley.text;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What a statement's title block says about it. Each field is empty when the text does not say.
 *
 * @param speaker the speaker's name without honorifics ({@code Yerzhan Kazykhanov})
 * @param title the speaker's title or role
 * @param delegation the delegation's short name ({@code Kazakhstan})
 * @param agendaItem the agenda item's number as written ({@code 100}, {@code 71 (b)})
 * @param agendaTitle the agenda item's title, without quotes
 * @param date the date the title block gives
 */
public record Metadata(
    Optional<String> speaker,
    Optional<String> title,
    Optional<String> delegation,
    Optional<String> agendaItem,
    Optional<String> agendaTitle,
    Optional<LocalDate> date) {

  private static final Metadata EMPTY =
      new Metadata(
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  /**
   * Checks that no field is null.
   *
   * @throws NullPointerException if a field is null (use {@link Optional#empty()})
   */
  public Metadata {
    requireNonNull(speaker, "speaker");
    requireNonNull(title, "title");
    requireNonNull(delegation, "delegation");
    requireNonNull(agendaItem, "agendaItem");
    requireNonNull(agendaTitle, "agendaTitle");
    requireNonNull(date, "date");
  }

  /** Returns metadata with every field empty. */
  public static Metadata empty() {
    return EMPTY;
  }

  /** Returns whether no field is present. */
  public boolean isEmpty() {
    return equals(EMPTY);
  }
}
