package dev.parley.text;

import java.util.regex.Pattern;

/** Tells salutations, closing formulas and headings from body paragraphs. */
final class ParagraphKinds {

  private ParagraphKinds() {}

  /** One form of address; a salutation is a list of them. */
  private static final Pattern ADDRESS_TERM =
      Pattern.compile(
          "(?i)(?:(?:and|&)\\s+)?(?:(?:my\\s+)?(?:dear\\s+)?"
              + "(?:(?:mr|mrs|ms|madam|madame|mister|monsieur|sir|your|his|her|distinguished|honou?rable"
              + "|esteemed|dear|fellow|all|the|excellent|respected|heads? of (?:state|government|delegations?)"
              + "|high|deputy|vice|co)\\.?\\s+)*"
              + "(?:president|chairman|chairperson|chairwoman|chair|co-chairs?|co-chairmen|secretary[- ]general"
              + "|secretary|general|excellency|excellencies|majesty|majesties|highness|highnesses|delegates?"
              + "|representatives?|colleagues|friends|guests|members|participants|ladies|gentlemen|ambassadors?"
              + "|ministers?|heads? of (?:state|government|delegations?)(?: and government)?|assembly|council"
              + "|sirs|brothers|sisters|delegations|observers|prime ministers?|speaker|moderator|facilitators?"
              + "|panellists|panelists|partners|kings?|queens?|princes?|princesses?|all|everyone"
              + "|(?:mr|madam)\\.?\\s+(?:president|chair(?:man|person)?|secretary[- ]general))"
              + "(?:\\s+of\\s+the\\s+(?:general\\s+)?(?:assembly|council|committee|conference|commission"
              + "|united\\s+nations))?)");

  private static final Pattern LEADING_TITLE =
      Pattern.compile(
          "(?i)(?:statement|speech|address|remarks|intervention|explanation of vote|letter|note|"
              + "check against delivery|general debate|agenda item|item\\s+\\d).*");

  /** What separates the forms of address of a salutation, in any case ("LADIES AND GENTLEMEN!"). */
  private static final Pattern ADDRESS_SEPARATOR = Pattern.compile("(?i)\\s*(?:,|;|\\band\\b)\\s*");

  /** An opening invocation: {@code In the name of God, the Compassionate, the Merciful,}. */
  private static final Pattern INVOCATION =
      Pattern.compile(
          "(?i)in\\s+the\\s+name\\s+of\\s+(?:god|allah)(?:[\\s,]+(?:and\\s+)?(?:the\\s+)?(?:most\\s+)?"
              + "(?:gracious|merciful|compassionate|clement|beneficent|munificent))*[\\s,;:.!]*");

  /**
   * Returns whether {@code text} is only forms of address ({@code Mr. Chairman,}), perhaps after an
   * invocation ({@code In the name of God, the Compassionate, the Merciful, Mr. President,}).
   */
  static boolean isSalutation(String text) {
    if (text.length() > 200) {
      return false;
    }
    java.util.regex.Matcher invocation = INVOCATION.matcher(text);
    if (invocation.lookingAt()) {
      String rest = text.substring(invocation.end());
      return rest.isEmpty() || isSalutation(rest);
    }
    String body = stripEnd(text, ",:;.!");
    if (body.isEmpty()) {
      return false;
    }
    // Each part between separators must be a form of address: read part by part, so that most
    // paragraphs are turned down at their first part.
    java.util.regex.Matcher separator = ADDRESS_SEPARATOR.matcher(body);
    java.util.regex.Matcher term = ADDRESS_TERM.matcher(body);
    int parts = 0;
    int from = 0;
    while (true) {
      boolean found = separator.find();
      int to = found ? separator.start() : body.length();
      if (to > from) {
        parts++;
        if (!term.region(from, to).matches()) {
          return false;
        }
      }
      if (!found) {
        return parts > 0;
      }
      from = separator.end();
    }
  }

  /** Openings that greet, whatever follows: {@code DISTINGUISHED PRESIDENT VOLKAN BOZKIR!}. */
  private static final String GREETING_WORDS =
      "your\\s+(?:excellency|excellencies|majesty|majesties|highness|royal)|excellenc(?:y|ies)"
          + "|distinguished|honou?rable|ladies|dear|his\\s+excellency|her\\s+excellency";

  private static final Pattern STRONG_GREETING_OPENING =
      Pattern.compile("(?i)(?:" + GREETING_WORDS + ").*");

  /** The opening of a salutation that names the people it greets: those, or a title. */
  private static final Pattern GREETING_OPENING =
      Pattern.compile(
          "(?i)(?:"
              + GREETING_WORDS
              + "|(?:mr|madam|madame|mister|monsieur)\\.?\\s+(?:president|chair|co-chair|secretary)"
              + "|heads?\\s+of\\s+(?:state|government|delegation)|president\\b).*");

  /** Words of a sentence, not of a list of people greeted: "we congratulate you". */
  private static final Pattern SPEAKS =
      Pattern.compile(
          "(?i)\\b(?:i|we|you|our|us|me|is|are|was|were|has|have|had|will|shall|would|should|can"
              + "|must|let|allow|congratulate|thank|welcome)\\b");

  /**
   * Returns whether {@code text} greets the audience by name and title ({@code Your Excellency, Mr.
   * Volkan Bozkir, President of the General Assembly, …, Ladies and Gentlemen,}): it opens with a
   * form of address, holds no sentence, and ends with a comma, colon or semicolon, or else with a
   * full stop or an exclamation mark after a last form of address ({@code …; Excellencies; Ladies
   * and Gentlemen.}), or with an exclamation mark after a greeting ({@code DISTINGUISHED PRESIDENT
   * VOLKAN BOZKIR!}).
   */
  static boolean isNamedGreeting(String text) {
    if (text.length() > 600 || text.length() < 4 || !GREETING_OPENING.matcher(text).matches()) {
      return false; // most paragraphs stop here, before the costlier tests below
    }
    char last = text.charAt(text.length() - 1);
    if (last == '.' || last == '!') {
      String body = text.substring(0, text.length() - 1);
      int cut =
          Math.max(body.lastIndexOf(','), Math.max(body.lastIndexOf(';'), body.lastIndexOf('!')));
      boolean endsWithAddress = cut >= 0 && isSalutation(body.substring(cut + 1).strip());
      boolean exclaims = last == '!' && STRONG_GREETING_OPENING.matcher(text).matches();
      if (!endsWithAddress && !exclaims) {
        return false;
      }
    } else if (last != ',' && last != ':' && last != ';') {
      return false;
    }
    if (SPEAKS.matcher(text).find()) {
      return false;
    }
    for (int i = 0; i + 2 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?')
          && text.charAt(i + 1) == ' '
          && Character.isUpperCase(text.charAt(i + 2))
          && (i < 2
              || Character.isLowerCase(text.charAt(i - 1))
                  && Character.isLowerCase(text.charAt(i - 2)))
          && !isTitleAbbreviation(text, i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTitleAbbreviation(String text, int dot) {
    int start = dot;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    String word = text.substring(start, dot).toLowerCase(java.util.Locale.ROOT);
    return word.equals("mr") || word.equals("mrs") || word.equals("ms") || word.equals("dr");
  }

  /** Returns whether {@code text} is a closing formula: {@code Thank you, Mr. Chairman.}. */
  static boolean isClosing(String text) {
    if (text.length() > 200 || !CLOSING_WORD.matcher(text).find()) {
      return false;
    }
    // Thanks, forms of address, blessings, farewells: one part or several.
    String body = stripEnd(text.strip(), ".!;,").replaceFirst("^[•\"“]\\s*", "");
    body = stripEnd(body, "\"”.!");
    for (String part : CLOSING_SEPARATOR.split(body)) {
      if (!part.isEmpty()
          && !CLOSING_PART.matcher(part).matches()
          && !ADDRESS_TERM.matcher(part).matches()) {
        return false;
      }
    }
    return true;
  }

  /** A word every closing holds. */
  private static final Pattern CLOSING_WORD =
      Pattern.compile("(?i)\\b(?:thank|bless|peace be|merci|gracias|god['’]s mercy)");

  /** What separates the parts of a closing. */
  private static final Pattern CLOSING_SEPARATOR =
      Pattern.compile(
          "\\s*(?:(?<!\\b(?:mr|mrs|ms|dr))[.;!]\\s+|,\\s*(?:and\\s+)?"
              + "|\\s+and\\s+(?=(?:may|god|stay|peace)\\b))\\s*",
          Pattern.CASE_INSENSITIVE);

  /**
   * One part of a closing: {@code I thank you}, {@code Thank you very much}, {@code may God bless
   * the United Nations}, {@code peace be upon you}, {@code stay safe}.
   */
  private static final Pattern CLOSING_PART =
      Pattern.compile(
          "(?i)(?:and\\s+)?(?:(?:i|we)\\s+)?(?:thank\\s+you|thanks|merci|gracias)"
              + "(?:\\s+(?:very|so)\\s+much)?(?:\\s+(?:all|again))?"
              + "(?:\\s+for\\s+(?:your|the)\\s+(?:kind\\s+|patient\\s+|gracious\\s+)?"
              + "(?:attention|patience|listening|time))?"
              + "(?:\\s+(?:mr|madam|madame|mister|distinguished|dear)?\\.?\\s*"
              + "(?:president|chairman|chairperson|chair|co-chairs?|secretary[- ]general|colleagues"
              + "|delegates))?"
              + "|(?:and\\s+)?(?:may\\s+)?god\\s+(?:always\\s+)?bless(?:\\s+[\\p{L}' -]{2,60})?"
              + "|(?:and\\s+)?(?:may\\s+)?peace(?:\\s+and\\s+god['’]s\\s+mercy\\s+and\\s+(?:his\\s+)?blessings)?"
              + "\\s+be\\s+upon\\s+you"
              + "|(?:and\\s+)?god['’]s\\s+mercy\\s+and\\s+(?:his\\s+)?blessings(?:\\s+be\\s+upon\\s+you)?"
              + "|(?:and\\s+)?stay\\s+safe");

  /**
   * Returns whether {@code text} reads as a heading: short, without the final punctuation of a
   * sentence, or the opening of a title block.
   */
  static boolean isHeading(String text) {
    if (text.length() > 400) {
      return false;
    }
    if (LEADING_TITLE.matcher(text).matches() && text.length() < 300 && !endsSentence(text)) {
      return true;
    }
    int words = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ' ') {
        words++;
      }
    }
    return words <= 14
        && !endsSentence(text)
        && !text.endsWith(",")
        && !text.endsWith(";")
        && Character.isUpperCase(firstLetter(text));
  }

  static boolean endsSentence(String text) {
    int i = text.length() - 1;
    while (i >= 0 && "\"'”’)]»".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?…:".indexOf(text.charAt(i)) >= 0;
  }

  private static char firstLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return text.charAt(i);
      }
    }
    return 'a';
  }

  private static String stripEnd(String text, String chars) {
    int end = text.length();
    while (end > 0 && (chars.indexOf(text.charAt(end - 1)) >= 0 || text.charAt(end - 1) == ' ')) {
      end--;
    }
    return text.substring(0, end);
  }
}
