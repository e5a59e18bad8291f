package qawl;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.impl.index.LuceneSettings;

/**
 * Runs a Neo4j Community DBMS with only the Bolt connector, on 127.0.0.1, for Qawl's local
 * default and its tests. Usage: Main DATA_DIR PORT [PAGECACHE_MB].
 *
 * The Node side waits for the line starting with READY_LINE on stdout, so keep it stable.
 */
public final class Main {
    static final String READY_LINE = "QAWL-NEO4J READY";

    public static void main(String[] args) throws InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: Main DATA_DIR PORT [PAGECACHE_MB]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        long pageCacheMb = args.length > 2 ? Long.parseLong(args[2]) : 64;

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                // Tests and small machines do not need long transaction logs kept around.
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "1 files")
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(5))
                // Bolt waits 5 s twice for idle worker threads on shutdown; nothing of ours needs
                // it once the databases have checkpointed, and it made every stop take 10 s.
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(100))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(100))
                // Every committed transaction adds a small Lucene segment to each full-text index
                // it touches. With Neo4j's default merge factor of 2 (and compound files), Lucene
                // merged those segments almost continuously: profiling a bulk load showed the
                // merge threads using more CPU than the Bolt worker writing the data. With a factor
                // of 20 they dropped out of the profile; the price is a few more segments per
                // full-text search.
                .setConfig(LuceneSettings.lucene_merge_factor, 20)
                .setConfig(LuceneSettings.lucene_nocfs_ratio, 0.0)
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("QAWL-NEO4J stopping");
            dbms.shutdown();
            System.out.println("QAWL-NEO4J stopped");
            System.out.flush();
            stopped.countDown();
        }, "qawl-neo4j-shutdown"));

        var database = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME); // fail fast if the store cannot open
        if ("1".equals(System.getenv("QAWL_NEO4J_TRAINING_RUN"))) {
            // A start that only records which classes a start loads (the JVM's class-data
            // archive, written at exit): plan and run one query so the Cypher classes are among
            // them, then stop.
            database.executeTransactionally("CREATE (n:QawlTraining) WITH n MATCH (m:QawlTraining) DETACH DELETE m RETURN count(*)");
            System.exit(0);
        }
        if (!"0".equals(System.getenv("QAWL_NEO4J_EXIT_ON_STDIN_EOF"))) {
            // The Node process holds our stdin: when it dies, even by SIGKILL, stdin closes and we
            // shut down instead of lingering as an orphan that keeps the store locked.
            Thread watcher = new Thread(() -> {
                try {
                    while (System.in.read() != -1) { /* ignore input */ }
                } catch (java.io.IOException ignored) {
                    // treated like end of input
                }
                System.exit(0);
            }, "qawl-neo4j-parent-watch");
            watcher.setDaemon(true);
            watcher.start();
        }
        System.out.println(READY_LINE + " bolt://127.0.0.1:" + port + " " + home);
        System.out.flush();
        stopped.await();
    }
}
