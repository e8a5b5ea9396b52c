package dev.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.corpus.CorpusDocument;
import dev.parley.corpus.CorpusIndex;
import dev.parley.corpus.Neighbour;
import dev.parley.corpus.ReusedPassage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code similar} and {@code reuse} on a real Spark standalone cluster: {@code
 * parley-spark-cluster} starts a master and two one-core workers on 127.0.0.1 from the Spark jars
 * Maven brings, and the module's jar is submitted to it as {@code spark-submit} does ({@code
 * SparkSubmit --master spark://… --class … JAR}). The answers must be the single machine's. Then
 * again while a worker (with its executor) is killed mid-job: the job finishes on the other worker
 * with the same answers, and the output folder never holds a partial result. Every process the test
 * started is gone at the end.
 */
@Tag("slow")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
final class StandaloneClusterIT {

  static final Pattern WORKER = Pattern.compile("worker (\\d+) pid (\\d+)");

  @TempDir static Path dir;
  static Path corpus;
  static Process cluster;
  static String master;
  static final List<Long> workers = new ArrayList<>();
  static final List<String> clusterOutput = new CopyOnWriteArrayList<>();
  static Path sparkHome;

  @BeforeAll
  static void startCluster() throws Exception {
    corpus = makeCorpus(dir.resolve("corpus"));
    Path root = Path.of(System.getProperty("parley.root", "..")).toAbsolutePath().normalize();
    sparkHome = dir.resolve("spark-home");
    int port = freePort();
    int webui = freePort();
    ProcessBuilder b =
        new ProcessBuilder(
                "bash",
                root.resolve("parley-spark-cluster").toString(),
                "--workers",
                "2",
                "--cores",
                "1",
                "--memory",
                "1g",
                "--port",
                Integer.toString(port),
                "--webui-port",
                Integer.toString(webui))
            .redirectErrorStream(true);
    // The test's class path, Spark's jars among them (surefire's own when it forks with a
    // manifest-only jar).
    b.environment()
        .put(
            "PARLEY_SPARK_CLASSPATH",
            System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    b.environment().put("PARLEY_SPARK_HOME", sparkHome.toString());
    cluster = b.start();
    AtomicBoolean ready = new AtomicBoolean();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(cluster.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                  clusterOutput.add(line);
                  Matcher m = WORKER.matcher(line);
                  if (m.find()) {
                    workers.add(Long.parseLong(m.group(2)));
                  }
                  if (line.contains("parley-spark-cluster: master ")) {
                    master = "spark://127.0.0.1:" + port;
                  }
                  if (line.contains("ready;")) {
                    ready.set(true);
                  }
                }
              } catch (IOException e) {
                // the cluster stopped
              }
            },
            "cluster-output");
    reader.setDaemon(true);
    reader.start();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (!ready.get() && cluster.isAlive() && System.nanoTime() < end) {
      Thread.sleep(200);
    }
    if (!ready.get()) {
      reader.join(2_000);
    }
    assertThat(ready.get())
        .as(
            "the cluster did not start (%s):\n%s",
            cluster.isAlive() ? "running" : "exit " + cluster.exitValue(),
            String.join("\n", clusterOutput))
        .isTrue();
    assertThat(workers).hasSize(2);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster == null) {
      return;
    }
    List<ProcessHandle> started = cluster.descendants().toList();
    cluster.destroy(); // TERM: the script stops its master, workers and their executors
    cluster.waitFor(60, TimeUnit.SECONDS);
    for (ProcessHandle h : started) {
      h.onExit().get(30, TimeUnit.SECONDS);
    }
    assertThat(started).noneMatch(ProcessHandle::isAlive);
    assertThat(cluster.isAlive()).isFalse();
  }

  /**
   * 160 statements: the test corpus's nine speeches, and variants of them that keep a random three
   * quarters of their paragraphs, each under a delegation and year of its own.
   */
  static Path makeCorpus(Path folder) throws IOException {
    List<String> bases = new ArrayList<>();
    for (String f : SparkCorpusTest.FILES) {
      try (InputStream in = StandaloneClusterIT.class.getResourceAsStream("/corpus/" + f)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        bases.add(text);
        Path target = folder.resolve(f);
        Files.createDirectories(target.getParent());
        Files.writeString(target, text);
      }
    }
    Random random = new Random(11);
    Files.createDirectories(folder.resolve("variants"));
    for (int i = 0; i < 151; i++) {
      List<String> lines =
          new ArrayList<>(bases.get(i % bases.size()).lines().filter(l -> !l.isBlank()).toList());
      Collections.shuffle(lines.subList(1, lines.size()), random);
      List<String> kept = new ArrayList<>(lines.subList(0, 1));
      for (String p : lines.subList(1, lines.size())) {
        if (random.nextInt(4) != 0) {
          kept.add(p);
        }
      }
      Files.writeString(
          folder
              .resolve("variants")
              .resolve(String.format("V%02d_%d_%d.txt", i, 50, 1995 + i % 30)),
          String.join("\n\n", kept));
    }
    return folder;
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  record Submitted(int status, String err) {}

  /**
   * Submits the module's jar to the cluster as spark-submit does; if {@code killAfterTasks} is
   * positive, kills the first worker (its process group: the worker and its executor, as if its
   * machine went down) once that many tasks have finished, and checks all along that OUTPUT never
   * exists without being whole.
   */
  static Submitted submit(int killAfterTasks, String... args) throws Exception {
    String jar = System.getProperty("parley.spark.jar");
    assertThat(jar).as("parley.spark.jar: the module's jar, set by the build").isNotNull();
    assertThat(Path.of(jar)).isRegularFile();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(System.getProperty("parley.spark.java.options", "").split("\\s+")));
    command.removeIf(String::isBlank);
    command.addAll(
        List.of(
            "-Xmx1g",
            "-Dlog4j2.configurationFile="
                + Path.of(
                        System.getProperty("parley.root", ".."),
                        "spark",
                        "log4j2-cluster.properties")
                    .toAbsolutePath(),
            "-cp",
            sparkHome.resolve("jars") + "/*",
            "org.apache.spark.deploy.SparkSubmit",
            "--master",
            master,
            "--deploy-mode",
            "client",
            "--conf",
            "spark.executor.memory=512m",
            "--conf",
            "spark.driver.host=127.0.0.1",
            "--class",
            "dev.parley.spark.ParleySpark",
            jar));
    command.addAll(List.of(args));
    ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
    b.environment().put("SPARK_HOME", sparkHome.toString());
    b.environment().put("SPARK_SCALA_VERSION", "2.12");
    b.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process p = b.start();
    Path output = Path.of(args[2]);
    AtomicReference<String> partial = new AtomicReference<>();
    Thread watcher =
        new Thread(
            () -> {
              while (p.isAlive()) {
                if (Files.exists(output) && !Files.exists(output.resolve("_SUCCESS"))) {
                  partial.set("OUTPUT existed without _SUCCESS");
                }
                try {
                  Thread.sleep(20);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    watcher.setDaemon(true);
    watcher.start();
    StringBuilder err = new StringBuilder();
    int finished = 0;
    boolean killed = false;
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        err.append(line).append('\n');
        if (line.contains("Finished task")) {
          finished++;
        }
        if (killAfterTasks > 0 && !killed && finished >= killAfterTasks) {
          long worker = workers.get(0);
          new ProcessBuilder("kill", "-KILL", "--", "-" + worker).inheritIO().start().waitFor();
          killed = true;
          err.append("test: killed worker 1 (process group ").append(worker).append(")\n");
        }
      }
    }
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    watcher.join(1_000);
    assertThat(partial.get()).as("the output folder held a partial result").isNull();
    if (killAfterTasks > 0) {
      assertThat(killed).as("the job ended before a worker could be killed:\n" + err).isTrue();
    }
    return new Submitted(p.exitValue(), err.toString());
  }

  static List<String> lines(Path folder) throws IOException {
    return SparkCorpusTest.lines(folder);
  }

  static void assertSameNeighbours(Path output, int top) throws IOException {
    CorpusIndex index = CorpusIndex.build(corpus, CorpusIndex.Progress.NONE);
    List<List<Neighbour>> expected = index.nearestAll(top, CorpusIndex.Progress.NONE);
    List<String> rows = lines(output);
    assertThat(rows).hasSize(index.documents().size());
    ObjectMapper json = new ObjectMapper();
    for (CorpusDocument d : index.documents()) {
      JsonNode row = json.readTree(rows.get(d.id()));
      assertThat(row.get("file").asText()).isEqualTo(d.path());
      List<Neighbour> near = expected.get(d.id());
      assertThat(row.get("nearest")).hasSize(near.size());
      for (int k = 0; k < near.size(); k++) {
        assertThat(row.get("nearest").get(k).get("file").asText())
            .isEqualTo(index.documents().get(near.get(k).document()).path());
      }
    }
  }

  static void assertSamePassages(Path output, int minWords) throws IOException {
    CorpusIndex index = CorpusIndex.build(corpus, CorpusIndex.Progress.NONE);
    List<ReusedPassage> expected = index.reuse(minWords, CorpusIndex.Progress.NONE);
    assertThat(expected).isNotEmpty();
    List<String> rows = lines(output);
    assertThat(rows).hasSize(expected.size());
    ObjectMapper json = new ObjectMapper();
    for (int k = 0; k < rows.size(); k++) {
      JsonNode row = json.readTree(rows.get(k));
      ReusedPassage p = expected.get(k);
      assertThat(row.get("words").asInt()).isEqualTo(p.words());
      assertThat(row.get("left").get("file").asText())
          .isEqualTo(index.documents().get(p.left().document()).path());
      assertThat(row.get("right").get("file").asText())
          .isEqualTo(index.documents().get(p.right().document()).path());
      assertThat(row.get("left").get("firstWord").asInt()).isEqualTo(p.left().firstWord());
      assertThat(row.get("right").get("endWord").asInt()).isEqualTo(p.right().endWord());
    }
  }

  @Test
  @Order(1)
  void similarAndReuseGiveTheSingleMachinesAnswers() throws Exception {
    Path similar = dir.resolve("similar");
    Submitted s = submit(0, "similar", corpus.toString(), similar.toString(), "--top", "5");
    assertThat(s.status()).as(s.err()).isZero();
    assertThat(s.err()).contains("parley-spark: 160 statements, 0 skipped");
    assertSameNeighbours(similar, 5);

    Path reuse = dir.resolve("reuse");
    Submitted r = submit(0, "reuse", corpus.toString(), reuse.toString(), "--min-words", "40");
    assertThat(r.status()).as(r.err()).isZero();
    assertSamePassages(reuse, 40);
    // The work ran on the cluster's executors, not in the driver.
    assertThat(clusterLog("worker-1.log") + clusterLog("worker-2.log"))
        .contains("Asked to launch executor");
  }

  @Test
  @Order(2)
  void aWorkerLostMidJobChangesNothing() throws Exception {
    Path similar = dir.resolve("similar-lost");
    Submitted s = submit(2, "similar", corpus.toString(), similar.toString(), "--top", "5");
    assertThat(s.status()).as(s.err()).isZero();
    assertThat(s.err()).contains("test: killed worker 1");
    Files.writeString(Path.of("target", "cluster-lost-worker.log"), s.err());
    // The driver saw the executor go, and ran its tasks again elsewhere.
    assertThat(s.err()).contains("Lost executor");
    assertSameNeighbours(similar, 5);
    assertThat(ProcessHandle.of(workers.get(0)).map(ProcessHandle::isAlive).orElse(false))
        .isFalse();
  }

  private static String clusterLog(String name) throws IOException {
    Path log = sparkHome.resolve("logs").resolve(name);
    return Files.exists(log) ? Files.readString(log) : "";
  }
}
