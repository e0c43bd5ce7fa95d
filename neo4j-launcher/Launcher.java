// Starts a Neo4j Community DBMS with only the Bolt connector, bound to
// 127.0.0.1. Run as a single-file Java program on the classpath that
// pom.xml resolves:  java -cp <classpath> Launcher.java <home> <port>
//
// It prints "NEO4J_READY <port>" once Bolt accepts connections and stops the
// DBMS cleanly when its standard input closes (the Node parent exited or
// died) or on SIGTERM/SIGINT, so no orphan java process outlives the app.
// Optional arguments: [tx-memory-mb] [page-cache-mb].
import inet.ipaddr.IPAddressString;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public class Launcher {
  /** Procedures the app and the analysts' allow-list call; nothing else loads. */
  static final List<String> PROCEDURES = List.of(
      "dbms.components", "db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.*",
      "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships", "db.awaitIndex",
      "db.awaitIndexes", "db.ping");

  /** Sets the neo4j user's password (embedded access needs none), unless it is already that. */
  static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
    } catch (RuntimeException e) {
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: Launcher <home-dir> <bolt-port> [tx-memory-mb]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    long txMemoryMb = args.length > 2 ? Long.parseLong(args[2]) : 512;
    long pageCacheMb = args.length > 3 ? Long.parseLong(args[3]) : 512;
    // From the environment, never the command line (visible to every user in ps).
    String password = System.getenv("NEO4J_LAUNCH_PASSWORD");

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            // The analysts' query endpoint is a security boundary: cap the
            // memory one transaction may use and close every file door.
            .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(txMemoryMb))
            .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(txMemoryMb * 2))
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
            .setConfig(GraphDatabaseSettings.allow_file_urls, false)
            .setConfig(GraphDatabaseSettings.load_csv_file_url_root, home.resolve("import-closed"))
            .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
            // Whatever Cypher reaches it, this Neo4j cannot fetch URLs (LOAD CSV
            // to any address is blocked), load plugin procedures beyond the
            // list (built-in ones stay: the API's plan check guards those), or
            // be used without the generated password.
            .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
            .setConfig(GraphDatabaseSettings.procedure_allowlist, PROCEDURES)
            .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
            // Wrong passwords never lock the user: anyone who can reach the
            // port could otherwise lock the app out of its own database. The
            // generated password is 192 random bits, so guessing stays hopeless.
            .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
            // A connection that has not logged in is dropped after a few seconds.
            .setConfig(BoltConnectorInternalSettings.unsupported_bolt_unauth_connection_timeout, Duration.ofSeconds(5))
            .build();
        if (password != null) setPassword(dbms, password);

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
