package ems.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The connection pool, the schema migrations and the Jdbi instance, opened once per app.
 * Opening migrates the schema, so either app can be started first against an empty database.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final boolean h2;

    private Database(HikariDataSource dataSource, boolean h2) {
        this.dataSource = dataSource;
        this.h2 = h2;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }

    public static Database open(DatabaseConfig config, int maxPoolSize) {
        HikariDataSource dataSource = new HikariDataSource(poolConfig(config, maxPoolSize));
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                    .load().migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource, config.isH2());
    }

    private static HikariConfig poolConfig(DatabaseConfig config, int maxPoolSize) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.url());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(maxPoolSize);
        hikari.setMinimumIdle(1);
        hikari.setPoolName("ems");
        hikari.setConnectionTimeout(10_000);
        hikari.setValidationTimeout(3_000);
        if (!config.isH2()) {
            // A dead socket must fail, not hang, so the pool recovers after a database restart.
            hikari.addDataSourceProperty("socketTimeout", "60");
            hikari.addDataSourceProperty("connectTimeout", "10");
            hikari.addDataSourceProperty("tcpKeepAlive", "true");
        }
        return hikari;
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public boolean isH2() {
        return h2;
    }

    /** True when a trivial query answers within the validation timeout. */
    public boolean isReachable() {
        try {
            return jdbi.withHandle(h -> h.createQuery("select 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
