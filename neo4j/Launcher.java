// Starts a Neo4j Community DBMS with only the Bolt connector, bound to
// 127.0.0.1. Run as a single-file Java program on the classpath that
// pom.xml resolves:  java -cp <classpath> Launcher.java <home> <port>
//
// It prints "NEO4J_READY <port>" once Bolt accepts connections and stops the
// DBMS cleanly when its standard input closes (the Node parent exited or
// died) or on SIGTERM/SIGINT, so no orphan java process outlives the app.
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public class Launcher {
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: Launcher <home-dir> <bolt-port> [tx-memory-mb]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long txMemoryMb = args.length > 2 ? Long.parseLong(args[2]) : 512;

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            // The analysts' query endpoint is a security boundary: cap the
            // memory one transaction may use and close every file door.
            .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(txMemoryMb))
            .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(txMemoryMb * 2))
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(512))
            .setConfig(GraphDatabaseSettings.allow_file_urls, false)
            .setConfig(GraphDatabaseSettings.load_csv_file_url_root, home.resolve("import-closed"))
            .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
            .build();

    Thread stopper = new Thread(() -> {
      try {
        dbms.shutdown();
      } catch (RuntimeException e) {
        System.err.println("NEO4J_SHUTDOWN_FAILED " + e.getMessage());
      }
    });
    Runtime.getRuntime().addShutdownHook(stopper);

    System.out.println("NEO4J_READY " + port);
    System.out.flush();

    InputStream in = System.in;
    byte[] buffer = new byte[256];
    while (in.read(buffer) >= 0) {
      // Input is ignored; only its end matters.
    }
    System.exit(0);
  }
}
