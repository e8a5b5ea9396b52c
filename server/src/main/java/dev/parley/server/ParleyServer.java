package dev.parley.server;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code parley serve}: the local web app and its JSON API, on Jetty's core handlers. Listens on
 * this machine only unless told otherwise; every request passes the {@link Guard}; a bounded number
 * of comparisons run at once; slow or idle connections are closed.
 *
 * <pre>{@code
 * try (ParleyServer s = ParleyServer.start(ServerConfig.defaults(8080, dataDir, null))) {
 *   System.out.println("open " + s.uri());
 *   s.join();
 * }
 * }</pre>
 */
public final class ParleyServer implements AutoCloseable {

  /** A connection that sends or reads nothing for this long is closed. */
  static final long IDLE_MILLIS = 30_000;

  /**
   * A request body that arrives slower than this (bytes a second, after ten seconds' grace) is cut
   * off: a slow client. A file of 5 MB takes 80 s at this rate; on this machine it takes
   * milliseconds.
   */
  static final long MIN_REQUEST_RATE = 65_536;

  private final Server server;
  private final ServerConnector connector;

  private ParleyServer(Server server, ServerConnector connector) {
    this.server = server;
    this.connector = connector;
  }

  /**
   * Starts a server.
   *
   * @throws NullPointerException if {@code config} is null
   * @throws UncheckedIOException if the port cannot be listened on or the data folder cannot be
   *     made
   * @throws dev.parley.text.UnusableInputException if the corpus index cannot be read
   */
  public static ParleyServer start(ServerConfig config) {
    requireNonNull(config, "config");
    try {
      Files.createDirectories(config.data());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make the data folder " + config.data(), e);
    }
    QueuedThreadPool threads = new QueuedThreadPool(64, 4);
    threads.setName("parley-http");
    threads.setDaemon(true);
    Server server = new Server(threads);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setMinRequestDataRate(MIN_REQUEST_RATE);
    ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
    connector.setHost(config.host());
    connector.setPort(config.port());
    connector.setIdleTimeout(IDLE_MILLIS);
    server.addConnector(connector);
    App app = new App(config);
    SizeLimitHandler limit = new SizeLimitHandler(config.maxRequestBytes(), -1);
    limit.setHandler(app);
    server.setHandler(new Guard(config, limit));
    server.setErrorHandler(new Errors());
    server.setStopTimeout(2_000);
    try {
      server.start();
    } catch (IOException e) {
      stopQuietly(server);
      throw new UncheckedIOException(
          "cannot listen on " + config.host() + ":" + config.port() + " (" + e.getMessage() + ")",
          e);
    } catch (Exception e) {
      stopQuietly(server);
      throw new IllegalStateException("the server could not start: " + e.getMessage(), e);
    }
    return new ParleyServer(server, connector);
  }

  /** The address to open: {@code http://127.0.0.1:PORT/}. */
  public URI uri() {
    String host = connector.getHost();
    if (host == null || host.equals("0.0.0.0") || host.equals("::")) {
      host = "127.0.0.1";
    }
    if (host.contains(":") && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + connector.getLocalPort() + "/");
  }

  /** Waits until the server stops. */
  public void join() throws InterruptedException {
    server.join();
  }

  /** Stops the server: requests under way are given two seconds to finish. */
  @Override
  public void close() {
    stopQuietly(server);
  }

  private static void stopQuietly(Server server) {
    try {
      server.stop();
    } catch (Exception e) {
      // Stopping is best effort: the process is ending or the test is over.
    }
  }
}
