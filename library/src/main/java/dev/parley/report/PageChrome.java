package dev.parley.report;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a program serving the HTML reports puts around them: a bar of actions at the top of the page
 * (new comparison, downloads) and scripts of its own, loaded from its own address. The report
 * written to a file has none ({@link #NONE}).
 *
 * @param actions the links of the bar, in order
 * @param scripts the addresses of scripts to load after the report's own, same origin
 */
public record PageChrome(List<PageChrome.Action> actions, List<String> scripts) {

  /** No bar, no scripts: the report as a file. */
  public static final PageChrome NONE = new PageChrome(List.of(), List.of());

  /**
   * Checks and copies the lists.
   *
   * @throws NullPointerException if a list or an element is null
   */
  public PageChrome {
    actions = List.copyOf(actions);
    scripts = List.copyOf(scripts);
  }

  /**
   * A link of the bar.
   *
   * @param label what the link says
   * @param href where it goes
   * @param download whether it downloads rather than opens
   */
  public record Action(String label, String href, boolean download) {
    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public Action {
      requireNonNull(label, "label");
      requireNonNull(href, "href");
    }
  }

  /** Writes the bar, if there is one. */
  void bar(Html html) {
    if (actions.isEmpty()) {
      return;
    }
    html.open("nav", "class", "chrome", "aria-label", "actions");
    for (Action a : actions) {
      html.element("a", a.label(), "href", a.href(), "download", a.download() ? "" : null);
    }
    html.close("nav").line();
  }

  /** Writes the scripts, if there are any. */
  void scripts(Html html) {
    for (String s : scripts) {
      html.open("script", "src", s, "defer", "").close("script").line();
    }
  }
}
