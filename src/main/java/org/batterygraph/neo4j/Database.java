package org.batterygraph.neo4j;

import jakarta.enterprise.context.ApplicationScoped;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.SessionConfig;

/**
 * Which database every statement runs in ({@code battery.neo4j.database}, env {@code NEO4J_DATABASE}, default
 * {@code neo4j}: Aura's and a new installation's), and the one bookmark manager all of them share: the driver's
 * own, the one {@code executableQuery} uses. A read therefore waits, on a cluster member, until that member has
 * applied every write this application committed before it (causal consistency), and naming the database spares
 * the driver a home-database lookup per session.
 */
@ApplicationScoped
public class Database {

    private final String name;
    private final BookmarkManager bookmarks;
    private final SessionConfig read;
    private final SessionConfig write;

    Database(Driver driver, Neo4jSettings.Server settings) {
        this.name = settings.database();
        this.bookmarks = driver.executableQueryBookmarkManager();
        this.read = SessionConfig.builder().withDatabase(name).withBookmarkManager(bookmarks)
                .withDefaultAccessMode(AccessMode.READ).build();
        this.write = SessionConfig.builder().withDatabase(name).withBookmarkManager(bookmarks)
                .withDefaultAccessMode(AccessMode.WRITE).build();
    }

    public String name() {
        return name;
    }

    /** The bookmarks of the latest transactions this application ran: what the next read waits for. */
    public BookmarkManager bookmarks() {
        return bookmarks;
    }

    /** A session for reads (a reader, on a cluster) in this database, chained after earlier writes. */
    public SessionConfig readSession() {
        return read;
    }

    /** A session for writes (the leader, on a cluster) in this database. */
    public SessionConfig writeSession() {
        return write;
    }

    /** {@code executableQuery} settings in this database, with the shared bookmark manager. */
    public QueryConfig.Builder query(RoutingControl routing) {
        return QueryConfig.builder().withDatabase(name).withBookmarkManager(bookmarks).withRouting(routing);
    }
}
