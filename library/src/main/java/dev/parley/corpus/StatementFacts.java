package dev.parley.corpus;

import dev.parley.internal.names.Delegations;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a corpus records of a statement beside its words: the delegation and the year, from its
 * metadata or else from its file name. One definition for the single-machine corpus index and for
 * the distributed one, so that both describe a statement alike.
 */
public final class StatementFacts {

  private static final Pattern DELEGATION_IN_NAME = Pattern.compile("^([A-Z]{3})[_\\-. ]");
  private static final Pattern YEAR_IN_NAME =
      Pattern.compile("(?<!\\d)(19[4-9]\\d|20\\d\\d)(?!\\d)");

  private StatementFacts() {}

  /**
   * The delegation's ISO 3166-1 alpha-3 code: from the delegation its metadata names, else from a
   * file name that opens with a code ({@code KAZ_62_2007.txt}) or names a country ({@code
   * kazakhstan-general-debate-2007.txt}); the metadata's name as it is if no code is known for it;
   * empty if nothing tells.
   */
  public static String delegation(Optional<String> named, String fileName) {
    if (named.isPresent()) {
      String name = named.get();
      return Delegations.code(name).orElse(name);
    }
    Matcher m = DELEGATION_IN_NAME.matcher(fileName);
    if (m.find()) {
      return m.group(1);
    }
    return Delegations.code(fileName.replaceAll("\\.txt$", "").replaceAll("[_\\-.]+", " "))
        .orElse("");
  }

  /**
   * The year: of the metadata's {@code date}, else the last year a file name names ({@code
   * KAZ_62_2007} names the session first); 0 if nothing tells.
   */
  public static int year(Optional<LocalDate> date, String fileName) {
    if (date.isPresent()) {
      return date.get().getYear();
    }
    Matcher m = YEAR_IN_NAME.matcher(fileName);
    int year = 0;
    while (m.find()) {
      year = Integer.parseInt(m.group(1));
    }
    return year;
  }

  /**
   * Whether two statements are of different delegations or years, as reuse counts them: only two
   * statements known to be of the same delegation and the same year (versions of one statement) are
   * not. An empty delegation or a year of 0 is not known.
   */
  public static boolean differ(String delegationA, int yearA, String delegationB, int yearB) {
    boolean sameDelegation = !delegationA.isEmpty() && delegationA.equals(delegationB);
    boolean sameYear = yearA != 0 && yearA == yearB;
    return !(sameDelegation && sameYear);
  }
}
