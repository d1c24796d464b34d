package kiosk.stub.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;

/** The stub's H2 database: a file by default, in memory for tests. Schema created at start. */
public final class Database implements AutoCloseable {

    /** A unit of work run in one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws Exception;
    }

    private final JdbcConnectionPool pool;

    private Database(String url) {
        this.pool = JdbcConnectionPool.create(url, "stub", "");
        this.pool.setMaxConnections(64);
        this.pool.setLoginTimeout(10);
    }

    /** "mem" for a private in-memory database, otherwise a file path (without H2's .mv.db suffix). */
    public static Database open(String location) {
        String url;
        if (location == null || location.equals("mem")) {
            url = "jdbc:h2:mem:stub-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64";
        } else {
            Path path = Path.of(location).toAbsolutePath();
            try {
                Files.createDirectories(path.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot create the database folder", e);
            }
            url = "jdbc:h2:file:" + path + ";LOCK_TIMEOUT=10000;QUERY_CACHE_SIZE=64";
        }
        Database db = new Database(url);
        db.createSchema();
        return db;
    }

    public void createSchema() {
        try (InputStream in = Database.class.getResourceAsStream("/kiosk/stub/schema.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            inTransaction(c -> {
                try (Statement st = c.createStatement()) {
                    for (String statement : sql.replaceAll("(?m)^--.*$", "").split(";")) {
                        if (!statement.isBlank()) {
                            st.execute(statement);
                        }
                    }
                }
                return null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops every table; createSchema() afterwards gives an empty database. */
    public void dropAll() {
        inTransaction(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("DROP ALL OBJECTS");
            }
            return null;
        });
    }

    /** Runs work in a transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (Exception e) {
                c.rollback();
                throw e instanceof RuntimeException re ? re : new DatabaseException(e);
            }
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }

    /** A database failure; the message never carries row data. */
    public static final class DatabaseException extends RuntimeException {
        public DatabaseException(Throwable cause) {
            super("Database error: " + cause.getClass().getSimpleName(), cause);
        }
    }
}
