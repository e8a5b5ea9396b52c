package dev.parley.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's embedding snippet compiles as written, and runs. */
final class ReadmeSnippetTest {

  private static final Pattern JAVA = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);

  @TempDir Path dir;

  @Test
  void theEmbeddingSnippetCompilesAsWrittenAndPrintsTheLinks() throws Exception {
    String readme = Files.readString(Path.of("../README.md"), UTF_8);
    Matcher m = JAVA.matcher(readme);
    assertThat(m.find()).as("a java block in the README").isTrue();
    String snippet = m.group(1);
    Matcher name = Pattern.compile("public class (\\w+)").matcher(snippet);
    assertThat(name.find()).isTrue();
    String className = name.group(1);

    // As written: it compiles against the library alone.
    assertThat(compile(snippet, className, dir.resolve("as-written"))).isZero();

    // Run from this module's folder, where the seeds are one folder up.
    Path run = dir.resolve("run");
    assertThat(compile(snippet.replace("\"seeds/", "\"../seeds/"), className, run)).isZero();
    PrintStream out = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {run.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(printed, true, UTF_8));
      loader
          .loadClass(className)
          .getMethod("main", String[].class)
          .invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(out);
    }
    assertThat(printed.toString(UTF_8)).contains("match [").contains("phrasing similarity 0.");
  }

  private static int compile(String source, String className, Path into) throws IOException {
    Files.createDirectories(into);
    Path file = into.resolve(className + ".java");
    Files.writeString(file, source, UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    return javac.run(
        null,
        null,
        null,
        List.of("-cp", classPath, "-d", into.toString(), file.toString()).toArray(String[]::new));
  }
}
