package org.batterygraph.analyst;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.batterygraph.api.DatabaseUnavailableException;
import org.batterygraph.neo4j.Cypher;
import org.batterygraph.neo4j.Database;
import org.batterygraph.neo4j.Neo4jAvailability;
import org.jboss.logging.Logger;
import org.neo4j.driver.Driver;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.QueryType;

/**
 * Runs an analyst's Cypher so that it can only read. Three locks, the first one Neo4j's own:
 * <ol>
 * <li>the statement runs in a READ access-mode transaction, where Neo4j itself refuses any write;</li>
 * <li>before it runs, its plan (EXPLAIN, which executes nothing) must be of query type READ_ONLY and may call only
 * procedures Neo4j lists as mode READ; LOAD CSV (file and network access) and administration commands are
 * refused;</li>
 * <li>a transaction timeout cuts it off, and at most {@code maxRows} rows come back.</li>
 * </ol>
 */
@ApplicationScoped
public class ReadOnlyCypher {

    private static final Logger LOG = Logger.getLogger(ReadOnlyCypher.class);
    private static final Pattern PROCEDURE_NAME = Pattern.compile("^\\s*([A-Za-z_][\\w.]*)\\s*\\(");
    /** Plan operators that reach outside the graph or administer the server, refused whatever the query type. */
    private static final Set<String> REFUSED_OPERATORS = Set.of("LoadCSV", "ShowTransactions", "TerminateTransactions",
            "ShowSettings", "ShowFunctions", "ShowProcedures", "ShowUsers", "ShowDatabases", "ShowIndexes",
            "ShowConstraints");
    private static final int MAX_STATEMENT = 10_000;

    private final Driver driver;
    private final Database database;
    private final Neo4jAvailability availability;
    private final Duration timeout;
    private final int rowCap;
    private volatile Set<String> readProcedures;

    ReadOnlyCypher(Driver driver, Database database, Neo4jAvailability availability, CypherSettings settings) {
        this.driver = driver;
        this.database = database;
        this.availability = availability;
        this.timeout = settings.timeout();
        this.rowCap = settings.maxRows();
    }

    /** The three locks, named so that a test can take the others away and show that each one holds alone. */
    enum Lock { READ_ACCESS_MODE, PLAN_CHECK, PROCEDURE_CHECK }

    CypherResult run(CypherRequest request, String analyst) {
        return run(request, analyst, EnumSet.allOf(Lock.class));
    }

    /** With every lock ({@link #run(CypherRequest, String)}) except in tests of one lock alone. */
    CypherResult run(CypherRequest request, String analyst, Set<Lock> locks) {
        var statement = request.statement();
        if (statement == null || statement.isBlank() || statement.length() > MAX_STATEMENT) {
            throw new CypherRefusal(400, "INVALID_ARGUMENT", "statement: 1 to %d characters of Cypher are expected".formatted(MAX_STATEMENT));
        }
        int maxRows = request.maxRows() == null ? rowCap : request.maxRows();
        if (maxRows < 1 || maxRows > rowCap) {
            throw new CypherRefusal(400, "LIMIT_EXCEEDED", "maxRows: 1 to %d rows can be asked for".formatted(rowCap));
        }
        Map<String, Object> parameters = request.parameters() == null ? Map.of() : request.parameters();
        availability.requireAvailable();
        var allowedProcedures = readProcedures();
        var config = TransactionConfig.builder().withTimeout(timeout)
                .withMetadata(Map.of("query", "analyst.cypher", "analyst", analyst)).build();
        long start = System.nanoTime();
        boolean readMode = locks.contains(Lock.READ_ACCESS_MODE);
        try (var session = driver.session(readMode ? database.readSession() : database.writeSession())) {
            TransactionCallback<CypherResult> work = tx -> {
                // EXPLAIN plans the statement and runs none of it; the statement itself is the analyst's by design.
                var summary = tx.run("EXPLAIN " + statement, parameters).consume();
                if (locks.contains(Lock.PLAN_CHECK)) {
                    refuseWrites(summary.queryType());
                }
                if (locks.contains(Lock.PROCEDURE_CHECK)) {
                    refuseProcedures(summary.plan(), allowedProcedures);
                }
                var result = tx.run(statement, parameters);
                var json = new JsonValues();
                var rows = new ArrayList<Map<String, Object>>();
                var columns = result.keys();
                while (result.hasNext() && rows.size() < maxRows) {
                    var record = result.next();
                    var row = new java.util.LinkedHashMap<String, Object>();
                    for (var column : columns) {
                        row.put(column, json.toJson(record.get(column)));
                    }
                    rows.add(row);
                }
                boolean truncated = result.hasNext();
                return new CypherResult(columns, rows, truncated, json.graph(), (System.nanoTime() - start) / 1_000_000);
            };
            return readMode ? session.executeRead(work, config) : session.executeWrite(work, config);
        } catch (Neo4jException e) {
            if (Cypher.isUnreachable(e)) {
                availability.markDown(e);
                throw new DatabaseUnavailableException(e);
            }
            throw refusal(e);
        }
    }

    private static void refuseWrites(QueryType type) {
        if (type != QueryType.READ_ONLY) {
            throw new CypherRefusal(403, "WRITE_REFUSED", "This endpoint only reads; the statement would write (%s)".formatted(type));
        }
    }

    private static void refuseProcedures(Plan plan, Set<String> allowedProcedures) {
        var operators = new ArrayList<Plan>();
        collect(plan, operators);
        for (var operator : operators) {
            var name = operator.operatorType().replaceAll("@.*", "");
            if (REFUSED_OPERATORS.contains(name)) {
                throw new CypherRefusal(403, "PROCEDURE_REFUSED", "%s is not available on this endpoint".formatted(name));
            }
            if (name.equals("ProcedureCall")) {
                var details = operator.arguments().get("Details");
                var matcher = PROCEDURE_NAME.matcher(details == null ? "" : details.asString());
                var procedure = matcher.find() ? matcher.group(1) : "?";
                if (!allowedProcedures.contains(procedure)) {
                    throw new CypherRefusal(403, "PROCEDURE_REFUSED",
                            "Procedure %s is not available on this endpoint: only read procedures are".formatted(procedure));
                }
            }
        }
    }

    private static void collect(Plan plan, List<Plan> into) {
        into.add(plan);
        plan.children().forEach(child -> collect(child, into));
    }

    /** Procedures Neo4j itself declares mode READ (db.labels, db.schema.visualization, fulltext queries, ...). */
    private Set<String> readProcedures() {
        var known = readProcedures;
        if (known == null) {
            var names = new HashSet<String>();
            try {
                driver.executableQuery("SHOW PROCEDURES YIELD name, mode WHERE mode = 'READ' RETURN name")
                        .withConfig(database.query(RoutingControl.READ).build()).execute()
                        .records().forEach(r -> names.add(r.get("name").asString()));
            } catch (Neo4jException e) {
                throw Cypher.isUnreachable(e) ? new DatabaseUnavailableException(e) : e;
            }
            names.removeIf(n -> n.startsWith("dbms."));
            readProcedures = known = Set.copyOf(names);
        }
        return known;
    }

    private static CypherRefusal refusal(Neo4jException e) {
        var code = e.code() == null ? "" : e.code();
        if (code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut")) {
            return new CypherRefusal(400, "QUERY_TIMEOUT", "The statement ran past the time limit and was stopped");
        }
        if (code.equals("Neo.ClientError.Statement.AccessMode") || code.startsWith("Neo.ClientError.Security.")) {
            return new CypherRefusal(403, "WRITE_REFUSED", "This endpoint only reads: " + e.getMessage());
        }
        if (code.equals("Neo.ClientError.Statement.SyntaxError")) {
            return new CypherRefusal(400, "CYPHER_SYNTAX_ERROR", e.getMessage());
        }
        if (e instanceof ClientException) {
            return new CypherRefusal(400, "CYPHER_ERROR", e.getMessage());
        }
        var reference = UUID.randomUUID().toString();
        LOG.errorf(e, "analyst.cypher failed (reference %s)", reference);
        return new CypherRefusal(400, "CYPHER_ERROR", "The statement failed; the server log has the cause under reference " + reference);
    }
}
