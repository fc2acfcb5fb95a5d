package kr.go.msit.standards.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** PostgreSQL 17 from embedded binaries, for the run command and for tests. */
public final class EmbeddedDatabases {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private EmbeddedDatabases() {}

    /**
     * Starts a server. With a data directory the data is kept across restarts; without one it lives in a
     * temporary folder.
     */
    public static EmbeddedPostgres start(Path dataDirectory, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "200")
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("encoding", "UTF8");
        if (dataDirectory != null) {
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        } else {
            builder.setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off");
        }
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /** Creates the database unless it exists: UTF-8 with a locale that classifies Korean text, as in production. */
    public static void createDatabase(EmbeddedPostgres pg, String name) throws SQLException {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a database name: " + name);
        }
        try (Connection c = pg.getPostgresDatabase().getConnection()) {
            try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, name);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' "
                        + "LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'");
            }
        }
    }
}
