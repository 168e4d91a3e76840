package org.batterygraph.bulk;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

/**
 * The bulk import command (scripts/bulk-import.sh): a plain main, no Quarkus runtime, the Neo4j driver directly.
 * Exit codes: 0 loaded (rejected rows do not change it: they are reported), 1 bad arguments or directory,
 * 2 database unreachable or refusing the credentials, 3 any other database failure.
 */
public final class BulkImport {

    private BulkImport() {
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args)));
    }

    static int run(List<String> args) {
        ImportOptions options;
        try {
            options = ImportOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(ImportOptions.USAGE);
            return 1;
        }
        if (!Files.isDirectory(options.dir())) {
            System.err.println("not a directory: " + options.dir());
            return 1;
        }
        AuthToken auth = options.user().isEmpty() ? AuthTokens.none() : AuthTokens.basic(options.user(), options.password());
        try (var driver = GraphDatabase.driver(options.uri(), auth)) {
            driver.verifyConnectivity();
            var report = new BulkImporter(driver, options.batchSize(), options.progress(), options.metrics())
                    .run(options.dir(), options.rejects());
            System.out.print(Summary.of(report));
            if (report.rejectedRows() > 0) {
                System.out.println("exit 0: everything valid was loaded; the rejected rows above were skipped.");
            }
            return 0;
        } catch (ServiceUnavailableException | SessionExpiredException | AuthenticationException e) {
            System.err.println("Neo4j unreachable at " + options.uri() + ": " + e.getMessage());
            return 2;
        } catch (org.neo4j.driver.exceptions.Neo4jException e) {
            System.err.println("Neo4j failed: " + e.getMessage());
            return 3;
        } catch (IOException e) {
            System.err.println("cannot read " + options.dir() + ": " + e.getMessage());
            return 1;
        }
    }
}
