package kr.go.msit.standards.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import kr.go.msit.standards.launcher.EmbeddedDatabases;
import org.flywaydb.core.Flyway;

/**
 * A database of its own for a migration test, on the tests' embedded PostgreSQL: migrated to a version, written as an
 * older release wrote, then migrated on with the service's migrations (platform ones first, out of order as the
 * services run them).
 */
public final class MigrationDatabase {

    private final DataSource data;

    private MigrationDatabase(DataSource data) {
        this.data = data;
    }

    public static MigrationDatabase create() throws SQLException {
        String name = "migration_" + UUID.randomUUID().toString().replace("-", "");
        EmbeddedDatabases.createDatabase(PostgresTestResource.server(), name);
        return new MigrationDatabase(PostgresTestResource.server().getDatabase("postgres", name));
    }

    public DataSource data() {
        return data;
    }

    /** Runs {@code statements} in order on one connection: the rows an older release wrote, before migrating on. */
    public MigrationDatabase execute(String... statements) throws SQLException {
        try (Connection connection = data.getConnection();
                Statement sql = connection.createStatement()) {
            for (String statement : statements) {
                sql.execute(statement);
            }
        }
        return this;
    }

    /** Applies the migrations up to {@code version} (a service's own, such as {@code "9"}). */
    public MigrationDatabase migrateTo(String version) {
        Flyway.configure()
                .dataSource(data)
                .locations("classpath:db/platform", "classpath:db/migration")
                .outOfOrder(true)
                .target(version)
                .load()
                .migrate();
        return this;
    }
}
