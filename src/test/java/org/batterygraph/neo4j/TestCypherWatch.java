package org.batterygraph.neo4j;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.summary.ResultSummary;

/**
 * What the tests watch of the application's Cypher ({@link CypherWatch}, a bean of the test sources only): the round
 * trips made since start, so that a test can hold the batching promise, and with {@code battery.test.profile-queries=true}
 * (QueryProfilesTest) every statement under PROFILE with the latest plan of each named statement.
 */
@ApplicationScoped
public class TestCypherWatch implements CypherWatch {

    private static final Logger LOG = Logger.getLogger(TestCypherWatch.class);

    private final boolean profile;
    private final boolean replan;
    private final AtomicLong roundTrips = new AtomicLong();
    private final Map<String, Profile> profiles = new ConcurrentHashMap<>();

    TestCypherWatch(@ConfigProperty(name = "battery.test.profile-queries", defaultValue = "false") boolean profile,
            @ConfigProperty(name = "battery.test.replan-queries", defaultValue = "false") boolean replan) {
        this.profile = profile;
        this.replan = replan;
    }

    /**
     * The statement as sent: under PROFILE when profiling; with {@code battery.test.replan-queries=true}
     * (ClaimFilterPlansTest) planned afresh at every run, never from the plan cache, so that each run plans against
     * the statistics of the moment.
     */
    @Override
    public String text(Cypher.Query query) {
        return (replan ? "CYPHER replan=force " : "") + (profile ? "PROFILE " + query.text() : query.text());
    }

    @Override
    public void roundTrip(Cypher.Query query) {
        roundTrips.incrementAndGet();
    }

    @Override
    public void answered(Cypher.Query query, ResultSummary summary) {
        if (profile) {
            var plan = summary.profile();
            var measured = new Profile(dbHits(plan), leaves(plan), leafDetails(plan));
            profiles.put(query.name(), measured);
            LOG.infof("%s: %d db hits, starts with %s", query.name(), measured.dbHits(), measured.startOperators());
        }
    }

    /** Cypher round trips made through neo4j/Cypher since start: a test reads it before and after a request. */
    public long roundTrips() {
        return roundTrips.get();
    }

    /** With profiling on: the latest profile of each named statement. */
    public Map<String, Profile> profiles() {
        return Map.copyOf(profiles);
    }

    private static long dbHits(ProfiledPlan plan) {
        return plan.dbHits() + plan.children().stream().mapToLong(TestCypherWatch::dbHits).sum();
    }

    private static Set<String> leaves(ProfiledPlan plan) {
        if (plan.children().isEmpty()) {
            return Set.of(plan.operatorType().replaceAll("@.*", ""));
        }
        return plan.children().stream().flatMap(c -> leaves(c).stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The leaves' details as the plan prints them, e.g. {@code POINT INDEX n:Facility(location) WHERE ...}. */
    private static Set<String> leafDetails(ProfiledPlan plan) {
        if (plan.children().isEmpty()) {
            var details = plan.arguments().get("Details");
            return details == null ? Set.of() : Set.of(details.asString());
        }
        return plan.children().stream().flatMap(c -> leafDetails(c).stream()).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Database hits of a statement's last profiled run, the operators its plan starts from (the leaves), and those
     * leaves' details (which index, which predicate).
     */
    public record Profile(long dbHits, Set<String> startOperators, Set<String> startDetails) {
    }
}
