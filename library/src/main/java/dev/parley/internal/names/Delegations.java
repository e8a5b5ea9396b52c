package dev.parley.internal.names;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The names of UN member states, observers and former members, with their ISO 3166-1 alpha-3 codes,
 * as the delegations that speak in UN bodies are named. Finds a delegation named in a text ({@code
 * Permanent Representative of the Republic of Kazakhstan} → {@code Kazakhstan}).
 */
public final class Delegations {

  private static final String RESOURCE = "delegations.tsv";

  private record Name(String lowerForm, String shortName, String code) {}

  private static final List<Name> NAMES_LONGEST_FIRST;

  static {
    List<Name> names = new ArrayList<>();
    try (InputStream in = Delegations.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the library's " + RESOURCE + " resource is missing");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        String shortName = f[1];
        names.add(new Name(shortName.toLowerCase(Locale.ROOT), shortName, f[0]));
        if (f.length > 2 && !f[2].isBlank()) {
          for (String other : f[2].split("\\|")) {
            names.add(new Name(other.toLowerCase(Locale.ROOT), shortName, f[0]));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    names.sort(Comparator.comparingInt((Name n) -> n.lowerForm().length()).reversed());
    NAMES_LONGEST_FIRST = List.copyOf(names);
  }

  private Delegations() {}

  /**
   * Returns the short name of the delegation named in {@code text} earliest, the longest name
   * winning where names overlap ({@code Democratic Republic of the Congo} over {@code Congo}).
   */
  public static Optional<String> find(String text) {
    return earliest(text).map(Name::shortName);
  }

  /**
   * Returns the ISO 3166-1 alpha-3 code of the delegation named in {@code text} earliest ({@code
   * "kazakhstan general debate 2007"} → {@code KAZ}), as {@link #find} chooses it.
   */
  public static Optional<String> code(String text) {
    return earliest(text).map(Name::code);
  }

  private static Optional<Name> earliest(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('’', '\'');
    int bestPos = Integer.MAX_VALUE;
    Name best = null;
    for (Name name : NAMES_LONGEST_FIRST) {
      int pos = indexOfWhole(lower, name.lowerForm());
      // Longest names come first, so on a tie the longer name has already won.
      if (pos >= 0 && pos < bestPos) {
        bestPos = pos;
        best = name;
      }
    }
    return Optional.ofNullable(best);
  }

  private static int indexOfWhole(String haystack, String needle) {
    int from = 0;
    int pos;
    while ((pos = haystack.indexOf(needle, from)) >= 0) {
      int end = pos + needle.length();
      if ((pos == 0 || !Character.isLetter(haystack.charAt(pos - 1)))
          && (end == haystack.length() || !Character.isLetter(haystack.charAt(end)))) {
        return pos;
      }
      from = pos + 1;
    }
    return -1;
  }
}
