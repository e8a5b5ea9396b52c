package dev.parley.text;

import dev.parley.internal.names.Delegations;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a statement's title block ({@code Statement by H.E. Yerzhan Kazykhanov, Permanent
 * Representative of the Republic of Kazakhstan to the United Nations, on agenda item 100: "Measures
 * to Eliminate International Terrorism"}) and the date near it into {@link Metadata}.
 */
final class TitleBlock {

  private TitleBlock() {}

  /** The opening of a title block; group 1 is the rest. */
  static final Pattern OPENING =
      Pattern.compile(
          "(?i)(?:(?:opening|closing|keynote|general|joint)\\s+)?"
              + "(?:statement|speech|address|remarks|intervention|presentation)"
              + "(?:\\s+(?:delivered|made|given|presented))?\\s+(?:by|of)\\s+(.+)",
          Pattern.DOTALL);

  private static final Pattern HONORIFICS =
      Pattern.compile(
          "(?i)^(?:h\\.\\s?e\\.|s\\.e\\.|(?:his|her|their)\\s+(?:excellency|majesty|royal\\s+highness|highness)"
              + "|excellency|(?:mr|mrs|ms|dr|prof|hon|amb|sen)\\.?|mister|madam|madame|ambassador|professor"
              + "|sheikh|sheikha|the\\s+(?:right\\s+)?honou?rable|rt\\.?\\s+hon\\.?|sir|dame)\\s+");

  private static final Pattern ROLE_WORDS =
      Pattern.compile(
          "(?i).*\\b(?:representative|minister|president|ambassador|secretary|delegate|delegation|chair"
              + "|head|counsell?or|adviser|advisor|attaché|attache|mission|prime|king|queen|vice|deputy"
              + "|director|member|officer|envoy)\\b.*");

  private static final Pattern AGENDA =
      Pattern.compile(
          "(?i)\\bagenda\\s+items?\\s+(\\d{1,3}(?:\\s*\\([a-z]\\))?[a-z]?)"
              + "(?:\\s*(?:[:,\\-–—]|and\\s+\\d+)?\\s*[\"“”«]([^\"“”»]{3,300})[\"“”»])?");

  private static final String MONTHS =
      "january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

  private static final Map<String, Integer> MONTH_NUMBERS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(" + MONTHS + ")\\.?,?\\s+(\\d{4})\\b");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(?i)\\b(" + MONTHS + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern NUMERIC_DATE =
      Pattern.compile("\\b(\\d{1,2})[./](\\d{1,2})[./](\\d{4})\\b");

  private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

  /** Returns whether {@code text} opens a title block. */
  static boolean opens(String text) {
    return text.length() < 700 && OPENING.matcher(text).matches();
  }

  /**
   * Reads metadata from the title block {@code block} and the heading paragraphs that follow it
   * ({@code following}, where a date line usually stands).
   */
  static Metadata read(String block, List<String> following) {
    Matcher opening = OPENING.matcher(block);
    String rest = opening.matches() ? opening.group(1) : block;
    Optional<String> agendaItem = Optional.empty();
    Optional<String> agendaTitle = Optional.empty();
    Matcher agenda = AGENDA.matcher(rest);
    String people = rest;
    if (agenda.find()) {
      agendaItem = Optional.of(agenda.group(1).replaceAll("\\s+", " "));
      if (agenda.group(2) != null) {
        agendaTitle = Optional.of(agenda.group(2).strip());
      }
      people = cutBeforeAgenda(rest, agenda.start());
    } else {
      people = cutAtOccasion(rest);
    }
    String[] parts = people.split("\\s*,\\s*", 2);
    Optional<String> speaker = Optional.empty();
    Optional<String> title = Optional.empty();
    String first = stripHonorifics(parts[0].strip());
    if (!first.isEmpty() && !ROLE_WORDS.matcher(first).matches() && looksLikeName(first)) {
      speaker = Optional.of(first);
      if (parts.length > 1) {
        title = nonEmpty(trimPunctuation(parts[1]));
      }
    } else {
      title = nonEmpty(trimPunctuation(stripArticle(people)));
    }
    Optional<String> delegation =
        title.flatMap(Delegations::find).or(() -> Delegations.find(block));
    Optional<LocalDate> date = findDate(block);
    for (String next : following) {
      if (date.isPresent()) {
        break;
      }
      date = findDate(next);
    }
    return new Metadata(speaker, title, delegation, agendaItem, agendaTitle, date);
  }

  private static String cutBeforeAgenda(String rest, int agendaStart) {
    String before = rest.substring(0, agendaStart);
    before = before.replaceAll("(?i)[,\\s]*(?:on|under|at|for)?\\s*(?:the\\s+)?$", "");
    return before;
  }

  private static String cutAtOccasion(String rest) {
    Matcher m =
        Pattern.compile(
                "(?i),?\\s+(?:at|before|during|to|in)\\s+the\\s+(?:general\\s+debate|\\d|[a-z-]+\\s+(?:session|meeting|committee)|general\\s+assembly|security\\s+council|high-level|plenary|opening|debate)")
            .matcher(rest);
    return m.find() ? rest.substring(0, m.start()) : rest;
  }

  private static boolean looksLikeName(String text) {
    String[] words = text.split("\\s+");
    if (words.length > 6) {
      return false;
    }
    for (String w : words) {
      if (!w.isEmpty()
          && Character.isLetter(w.charAt(0))
          && !Character.isUpperCase(w.charAt(0))
          && !w.matches("(?:al|el|bin|ibn|de|da|do|dos|van|von|der|la|le|y|di|du|ould|bint)")) {
        return false;
      }
    }
    return true;
  }

  private static String stripHonorifics(String text) {
    String previous;
    do {
      previous = text;
      text = HONORIFICS.matcher(text).replaceFirst("");
    } while (!text.equals(previous));
    return text.strip();
  }

  private static String stripArticle(String text) {
    return text.strip().replaceFirst("(?i)^the\\s+", "");
  }

  private static String trimPunctuation(String text) {
    return text.strip().replaceAll("^[,;:\\s]+|[,;:\\s]+$", "");
  }

  private static Optional<String> nonEmpty(String text) {
    return text.isBlank() ? Optional.empty() : Optional.of(text);
  }

  /** Returns the first date written in {@code text} in a common form. */
  static Optional<LocalDate> findDate(String text) {
    Matcher m = DAY_MONTH_YEAR.matcher(text);
    if (m.find()) {
      return date(m.group(3), month(m.group(2)), m.group(1));
    }
    m = MONTH_DAY_YEAR.matcher(text);
    if (m.find()) {
      return date(m.group(3), month(m.group(1)), m.group(2));
    }
    m = ISO_DATE.matcher(text);
    if (m.find()) {
      return date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }
    m = NUMERIC_DATE.matcher(text);
    if (m.find()) {
      return date(m.group(3), Integer.parseInt(m.group(2)), m.group(1));
    }
    return Optional.empty();
  }

  /** Returns the first plausible year in {@code text}. */
  static Optional<Integer> findYear(String text) {
    Matcher m = YEAR.matcher(text);
    return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
  }

  private static int month(String name) {
    return MONTH_NUMBERS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  private static Optional<LocalDate> date(String year, int month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
