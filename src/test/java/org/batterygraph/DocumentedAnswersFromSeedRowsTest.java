package org.batterygraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.batterygraph.DocumentedAnswersFromSeedTest.BY_ID;
import static org.batterygraph.DocumentedAnswersFromSeedTest.answer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The docs/queries.md questions DocumentedAnswersFromSeedTest does not cover, each answered by the documented query
 * and checked against the rows of the seed files as the test reads them ({@link SeedRows}, {@link SeedFiles}),
 * never with the API's Cypher.
 */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
@SuppressWarnings("unchecked")
class DocumentedAnswersFromSeedRowsTest {

    static final List<Map<String, Object>> RELATIONSHIPS = SeedRows.of("020-relationships.cypher");
    static final List<Map<String, Object>> VALUES = SeedRows.of("030-property-claims.cypher");
    static final List<Map<String, Object>> STATS = SeedRows.of("040-production-stats.cypher");

    static String name(Object id) {
        return BY_ID.get((String) id).name();
    }

    static List<Map<String, Object>> rels(String type) {
        return RELATIONSHIPS.stream().filter(r -> r.get("type").equals(type)).toList();
    }

    /** "from TYPE to" of every relationship row, whatever its source. */
    static final Set<String> EDGES = RELATIONSHIPS.stream()
            .map(r -> r.get("from") + " " + r.get("type") + " " + r.get("to")).collect(Collectors.toSet());

    static List<Map<String, Object>> stats(String material, String metric, Object edition, Object year) {
        return STATS.stream().filter(s -> s.get("material").equals(material) && s.get("metric").equals(metric)
                && s.get("edition").equals(edition) && ((Double) s.get("year")).intValue() == ((Number) year).intValue()).toList();
    }

    /** A concentration answer's shares against the seed's country rows and world total of its edition and year. */
    static void assertConcentration(Map<String, Object> answer, String material, String metric) {
        var rows = stats(material, metric, answer.get("edition"), answer.get("year"));
        var countries = rows.stream().filter(r -> r.get("country") != null).toList();
        assertThat(countries).as("%s %s rows in the seed", material, metric).isNotEmpty();
        var shares = (List<Map<String, Object>>) answer.get("shares");
        var answered = new TreeMap<String, Double>();
        shares.forEach(s -> answered.put((String) ((Map<String, Object>) s.get("country")).get("name"), ((Number) s.get("value")).doubleValue()));
        var expected = new TreeMap<String, Double>();
        countries.forEach(r -> expected.put(name(r.get("country")), (Double) r.get("value")));
        assertThat(answered).isEqualTo(expected);
        var world = rows.stream().filter(r -> r.get("country") == null).map(r -> (Double) r.get("value")).findFirst();
        if (answer.containsKey("worldTotal")) {
            assertThat(((Number) answer.get("worldTotal")).doubleValue()).isEqualTo(world.orElseThrow());
        }
        for (var share : shares) {
            if (share.containsKey("share") && world.isPresent()) {
                assertThat(((Number) share.get("share")).doubleValue()).isCloseTo(((Number) share.get("value")).doubleValue() / world.get(), within(1e-6));
            }
        }
    }

    @Test
    void usImportRelianceAndMineProductionAreTheSeedsStatisticsRows() throws IOException {
        var answer = answer("Which minerals does the US import most of, and who mines them?");
        var expected = STATS.stream().filter(s -> "country:US".equals(s.get("country")) && s.get("metric").equals("NetImportReliance")
                && s.get("edition").equals("MCS 2026"))
                .map(s -> name(s.get("material")) + "=" + s.get("value") + " " + s.get("qualifier") + " " + s.get("bound")).toList();
        assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
        List<Map<String, Object>> stats = answer.getList("productionStats");
        assertThat(stats.stream().map(s -> ((Map<String, Object>) s.get("material")).get("name") + "=" + number(s.get("value"))
                + " " + s.get("qualifier") + " " + number(s.get("bound"))))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(stats).as("a bound is no value").allSatisfy(s -> assertThat(s.get("value") == null).isEqualTo(s.get("qualifier") != null));
        var values = stats.stream().map(s -> number(s.get("value") != null ? s.get("value") : s.get("bound"))).toList();
        assertThat(values).as("largest first, a bound at its bound").isSortedAccordingTo(Comparator.reverseOrder());
        assertConcentration(answer.getMap("graphite"), "material:graphite", "MineProduction");
        assertConcentration(answer.getMap("manganese"), "material:manganese", "MineProduction");
    }

    @Test
    void atokaOperatorsAndTheirQuotesAreTheSeedsOperatesRows() throws IOException {
        var expected = new TreeMap<String, TreeSet<String>>();
        rels("OPERATES").stream().filter(r -> r.get("to").equals("facility:green-li-ion-atoka"))
                .forEach(r -> expected.computeIfAbsent(name(r.get("from")), k -> new TreeSet<>()).add(said(r)));
        assertThat(expected).hasSizeGreaterThanOrEqualTo(2);
        var answer = answer("Who runs the Atoka, Oklahoma plant, according to whom?");
        var answered = new TreeMap<String, TreeSet<String>>();
        List<Map<String, Object>> operators = answer.getList("facility.operators");
        for (var operator : operators) {
            var via = (Map<String, Object>) operator.get("via");
            assertThat(via.get("type")).isEqualTo("OPERATES");
            answered.put((String) operator.get("name"), ((List<Map<String, Object>>) via.get("claims")).stream()
                    .map(c -> said(c)).collect(Collectors.toCollection(TreeSet::new)));
        }
        assertThat(answered).isEqualTo(expected);
        assertThat(answer.getString("facility.name")).isEqualTo(name("facility:green-li-ion-atoka"));
    }

    @Test
    void anArticlesClaimsAreTheSeedRowsCitingIt() throws IOException {
        var source = "source:seed-003_07899387a449ab49";
        var expected = new ArrayList<String>();
        RELATIONSHIPS.stream().filter(r -> r.get("source").equals(source))
                .forEach(r -> expected.add(r.get("from") + " " + r.get("type") + " " + r.get("to") + " | " + said(r)));
        VALUES.stream().filter(v -> v.get("source").equals(source))
                .forEach(v -> expected.add(v.get("about") + " HAS_VALUE " + v.get("property") + "=" + v.get("value") + " | " + said(v)));
        assertThat(expected).isNotEmpty();
        var answer = answer("What does one article claim?");
        assertThat(answer.getString("source.title")).isEqualTo(BY_ID.get(source).prop("title"));
        List<Map<String, Object>> claims = answer.getList("source.claims");
        assertThat(claims.stream().map(c -> ((Map<String, Object>) c.get("subject")).get("id") + " " + c.get("predicate") + " "
                + (c.get("object") != null ? ((Map<String, Object>) c.get("object")).get("id") : c.get("property") + "=" + c.get("value"))
                + " | " + said(c))).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aValuesClaimsAreTheSeedsValueRowsAboutTheNode() throws IOException {
        var id = "facility:koreplex";
        var facility = BY_ID.get(id);
        var answer = answer("Where does a value come from?");
        assertThat(answer.getString("facility.name")).isEqualTo(facility.name());
        assertThat(answer.getString("facility.status")).isEqualToIgnoringCase(facility.prop("status"));
        assertThat(answer.getDouble("facility.capacity")).isEqualTo(facility.number("capacity").floatValue());
        assertThat(answer.getInt("facility.jobs")).isEqualTo(facility.number("jobs").intValue());
        var expected = VALUES.stream().filter(v -> v.get("about").equals(id))
                .map(v -> v.get("property") + "=" + v.get("value") + " | " + said(v) + " | " + v.get("source")).toList();
        assertThat(expected).hasSizeGreaterThanOrEqualTo(5);
        List<Map<String, Object>> claims = answer.getList("facility.claims");
        assertThat(claims.stream().filter(c -> c.get("property") != null)
                .map(c -> c.get("property") + "=" + c.get("value") + " | " + said(c) + " | " + ((Map<String, Object>) c.get("source")).get("id")))
                .containsExactlyInAnyOrderElementsOf(expected);
        var relationshipQuotes = RELATIONSHIPS.stream().filter(r -> r.get("from").equals(id) || r.get("to").equals(id))
                .map(r -> r.get("type") + " | " + said(r)).collect(Collectors.toSet());
        assertThat(claims.stream().filter(c -> c.get("property") == null).map(c -> c.get("predicate") + " | " + said(c)))
                .isNotEmpty().allMatch(relationshipQuotes::contains);
    }

    @Test
    void aNeighbourhoodIsTheSeedsRelationshipsOfTheNode() throws IOException {
        var id = "consortium:li-bridge";
        var expectedNodes = new TreeSet<String>(List.of(id));
        var expectedEdges = new TreeSet<String>();
        RELATIONSHIPS.stream().filter(r -> List.of("MEMBER_OF", "BASED_IN").contains(r.get("type")) && (r.get("from").equals(id) || r.get("to").equals(id)))
                .forEach(r -> {
                    expectedNodes.add((String) r.get("from"));
                    expectedNodes.add((String) r.get("to"));
                    expectedEdges.add(r.get("from") + " " + r.get("type") + " " + r.get("to"));
                });
        assertThat(expectedNodes.size()).isBetween(3, 20);
        var answer = answer("Neighbourhood of a node, for a graph drawing");
        assertThat(answer.getBoolean("neighbourhood.truncated")).isFalse();
        assertThat(new TreeSet<>(answer.getList("neighbourhood.nodes.id", String.class))).isEqualTo(expectedNodes);
        List<Map<String, Object>> edges = answer.getList("neighbourhood.edges");
        Set<String> answeredEdges = edges.stream().map(e -> e.get("source") + " " + e.get("type") + " " + e.get("target")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(answeredEdges).isEqualTo(expectedEdges);
    }

    @Test
    void everyShortestPathEdgeIsASeedRelationshipWithItsSeedQuotes() throws IOException {
        var answer = answer("Shortest paths between two nodes, with every edge's provenance");
        List<Map<String, Object>> paths = answer.getList("paths");
        assertThat(paths).isNotEmpty();
        int shortest = bfs("org:american-li-ion", "org:green-li-ion");
        for (var path : paths) {
            var nodes = ((List<Map<String, Object>>) path.get("nodes")).stream().map(n -> (String) n.get("id")).toList();
            var edges = (List<Map<String, Object>>) path.get("edges");
            assertThat(nodes.get(0)).isEqualTo("org:american-li-ion");
            assertThat(nodes.get(nodes.size() - 1)).isEqualTo("org:green-li-ion");
            assertThat(edges).hasSize((Integer) path.get("length")).hasSize(nodes.size() - 1);
            assertThat((Integer) path.get("length")).as("no shorter path in the seed's relationships").isGreaterThanOrEqualTo(shortest).isLessThanOrEqualTo(3);
            for (var edge : edges) {
                var key = edge.get("source") + " " + edge.get("type") + " " + edge.get("target");
                assertThat(EDGES).as("seed relationship %s", key).contains(key);
                var seedQuotes = RELATIONSHIPS.stream().filter(r -> key.equals(r.get("from") + " " + r.get("type") + " " + r.get("to")))
                        .map(r -> said(r)).collect(Collectors.toSet());
                var claims = (List<Map<String, Object>>) ((Map<String, Object>) edge.get("provenance")).get("claims");
                assertThat(claims.stream().map(c -> said(c)).collect(Collectors.toSet())).isEqualTo(seedQuotes);
            }
        }
    }

    /** Hops between two nodes over every seed relationship, either direction. */
    static int bfs(String from, String to) {
        var seen = new HashSet<>(List.of(from));
        var frontier = new HashSet<>(List.of(from));
        for (int hops = 1; hops < 10; hops++) {
            var next = new HashSet<String>();
            for (var r : RELATIONSHIPS) {
                if (frontier.contains(r.get("from")) && seen.add((String) r.get("to"))) {
                    next.add((String) r.get("to"));
                }
                if (frontier.contains(r.get("to")) && seen.add((String) r.get("from"))) {
                    next.add((String) r.get("from"));
                }
            }
            if (next.contains(to)) {
                return hops;
            }
            frontier = next;
        }
        return Integer.MAX_VALUE;
    }

    @Test
    void everySupplyChainStepIsASeedRelationship() throws IOException {
        var answer = answer("A supply chain, as material-flow paths");
        List<Map<String, Object>> paths = answer.getList("supplyChain.paths");
        assertThat(paths).isNotEmpty();
        var linked = new HashSet<String>();
        RELATIONSHIPS.forEach(r -> {
            linked.add(r.get("from") + " " + r.get("to"));
            linked.add(r.get("to") + " " + r.get("from"));
        });
        for (var path : paths) {
            var nodes = ((List<Map<String, Object>>) path.get("nodes")).stream().map(n -> (String) n.get("id")).toList();
            assertThat(nodes.get(0)).isEqualTo("facility:thacker-pass");
            assertThat(nodes).hasSize((Integer) path.get("length") + 1);
            for (int i = 1; i < nodes.size(); i++) {
                assertThat(linked).as("a seed relationship between %s and %s", nodes.get(i - 1), nodes.get(i)).contains(nodes.get(i - 1) + " " + nodes.get(i));
            }
        }
        var onPaths = paths.stream().flatMap(p -> ((List<Map<String, Object>>) p.get("nodes")).stream().map(n -> (String) n.get("id"))).collect(Collectors.toSet());
        var expectedOperators = rels("OPERATES").stream().filter(r -> onPaths.contains(r.get("to")))
                .map(r -> r.get("from") + " " + r.get("to")).collect(Collectors.toCollection(TreeSet::new));
        assertThat(expectedOperators).isNotEmpty();
        List<List<String>> operatorPaths = answer.getList("supplyChain.operators.nodes.id");
        Set<String> answeredOperators = operatorPaths.stream().map(p -> String.join(" ", p)).collect(Collectors.toCollection(TreeSet::new));
        assertThat(answeredOperators).as("operator, facility of each OPERATES row onto the paths").isEqualTo(expectedOperators);
    }

    @Test
    void exposureSharesAreTheSeedsMineProductionShares() throws IOException {
        var answer = answer("Exposure of a facility to the countries that mine its minerals");
        List<Map<String, Object>> materials = answer.getList("exposure.materials");
        assertThat(materials).isNotEmpty();
        var materialIds = BY_ID.values().stream().filter(e -> e.label().equals("Material")).collect(Collectors.toMap(SeedFiles.Entity::name, SeedFiles.Entity::id));
        for (var m : materials) {
            var material = materialIds.get((String) ((Map<String, Object>) m.get("material")).get("name"));
            var rows = stats(material, "MineProduction", m.get("edition"), m.get("year"));
            var world = rows.stream().filter(r -> r.get("country") == null).map(r -> (Double) r.get("value")).findFirst().orElseThrow();
            var expected = new TreeMap<String, Double>();
            rows.stream().filter(r -> r.get("country") != null)
                    .forEach(r -> expected.put(BY_ID.get((String) r.get("country")).prop("iso2"), (Double) r.get("value") / world));
            var answered = new TreeMap<String, Double>();
            ((List<Map<String, Object>>) m.get("shares")).forEach(s -> answered.put((String) ((Map<String, Object>) s.get("country")).get("iso2"), ((Number) s.get("share")).doubleValue()));
            assertThat(answered.keySet()).isEqualTo(expected.keySet());
            answered.forEach((k, v) -> assertThat(v).isCloseTo(expected.get(k), within(1e-6)));
            assertThat(((Number) m.get("topShare")).doubleValue()).isCloseTo(expected.values().stream().max(Double::compare).orElseThrow(), within(1e-6));
            assertThat(((Number) m.get("coverage")).doubleValue()).isCloseTo(expected.values().stream().mapToDouble(Double::doubleValue).sum(), within(1e-6));
        }
    }

    @Test
    void refiningConcentrationIsTheSeedsRefiningRows() throws IOException {
        var answer = answer("Concentration of refining");
        Map<String, Object> concentration = answer.getMap("concentration");
        assertConcentration(concentration, "material:nickel", "Refining");
        var rows = stats("material:nickel", "Refining", concentration.get("edition"), concentration.get("year"));
        var expected = rows.stream().filter(r -> r.get("country") != null).map(r -> name(r.get("country")) + " " + r.get("source")).toList();
        List<Map<String, Object>> shares = (List<Map<String, Object>>) concentration.get("shares");
        assertThat(shares.stream().map(s -> ((Map<String, Object>) s.get("country")).get("name") + " " + ((Map<String, Object>) s.get("source")).get("id")))
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void networksAreTheSeedsMembershipAndOperatesRows() throws IOException {
        var answer = answer("A consortium's members, roles and facilities; an organization's network");
        var members = rels("MEMBER_OF").stream().filter(r -> r.get("to").equals("consortium:naatbatt"))
                .map(r -> name(r.get("from")) + "=" + ((Map<String, Object>) r.get("props")).get("role")).distinct().toList();
        assertThat(members).isNotEmpty();
        List<Map<String, Object>> answered = answer.getList("consortiumNetwork.members");
        assertThat(answered.stream().map(m -> ((Map<String, Object>) m.get("organization")).get("name") + "=" + m.get("role")))
                .containsExactlyInAnyOrderElementsOf(members);
        var consortia = rels("MEMBER_OF").stream().filter(r -> r.get("from").equals("org:gm")).map(r -> name(r.get("to"))).distinct().toList();
        assertThat(answer.getList("organizationNetwork.consortia.consortium.name", String.class)).containsExactlyInAnyOrderElementsOf(consortia);
        var operates = rels("OPERATES").stream().filter(r -> r.get("from").equals("org:gm")).map(r -> name(r.get("to"))).distinct().toList();
        assertThat(answer.getList("organizationNetwork.operates.name", String.class)).containsExactlyInAnyOrderElementsOf(operates);
    }

    @Test
    void searchFindsTheSeedEntityNamedLikeTheMisspelledText() throws IOException {
        var answer = answer("Search by name or alias, typos allowed");
        var ids = answer.getList("search.id", String.class);
        assertThat(ids).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        var best = BY_ID.values().stream().filter(e -> e.name().toLowerCase().startsWith("lithium americ")).map(SeedFiles.Entity::id).toList();
        assertThat(best).hasSize(1);
        assertThat(ids.get(0)).isEqualTo(best.get(0));
        assertThat(answer.getList("search.name", String.class)).containsExactlyElementsOf(ids.stream().map(DocumentedAnswersFromSeedRowsTest::name).toList());
    }

    @Test
    void usCellGigafactoriesByCapacityAreTheSeedsFacilities() throws IOException {
        var inUs = SeedFiles.facilitiesIn("country:US");
        var expected = SeedFiles.entities("Facility").stream().filter(f -> "CellGigafactory".equals(f.prop("type")) && inUs.contains(f.id()))
                .sorted(Comparator.comparing((SeedFiles.Entity f) -> f.number("capacity"), Comparator.nullsLast(Comparator.reverseOrder()))).toList();
        assertThat(expected).hasSizeGreaterThan(3);
        var answer = answer("Facilities filtered, ordered and counted");
        assertThat(answer.getInt("facilities.totalCount")).isEqualTo(expected.size());
        assertThat(answer.getList("facilities.nodes.name", String.class)).containsExactlyElementsOf(expected.stream().limit(3).map(SeedFiles.Entity::name).toList());
        assertThat(answer.getBoolean("facilities.pageInfo.hasNextPage")).isTrue();
    }

    @Test
    void aggregatesAreSumsAndCountsOfTheSeedsFacilities() throws IOException {
        var answer = answer("Aggregates: cancelled plants in a date window, with their summed capacity");
        var cancelled = SeedFiles.entities("Facility").stream().filter(f -> "Cancelled".equals(f.prop("status")) && f.prop("cancelled") != null
                && f.prop("cancelled").compareTo("2025-01-01") >= 0 && f.prop("cancelled").compareTo("2025-03-31") <= 0).toList();
        assertThat(cancelled).isNotEmpty();
        assertThat(answer.getInt("cancelled[0].count")).isEqualTo(cancelled.size());
        assertThat(answer.getString("cancelled[0].key")).isEqualToIgnoringCase("Cancelled");
        assertThat(answer.getLong("cancelled[0].jobs")).isEqualTo(cancelled.stream().map(f -> f.number("jobs")).filter(Objects::nonNull).mapToLong(Double::longValue).sum());
        var states = SeedRows.of("020-relationships.cypher").stream().filter(r -> r.get("type").equals("LOCATED_IN")).collect(Collectors.toMap(
                r -> (String) r.get("from"), r -> (String) r.get("to"), (a, b) -> a));
        var expected = new TreeMap<String, Integer>();
        for (var id : SeedFiles.facilitiesIn("country:US")) {
            var at = states.get(id);
            expected.merge(at.startsWith("subdivision:") ? at.substring("subdivision:".length()) : "none", 1, Integer::sum);
        }
        var answered = new TreeMap<String, Integer>();
        List<Map<String, Object>> byState = answer.getList("byState");
        byState.forEach(g -> answered.put(g.get("key") == null ? "none" : (String) g.get("key"), (Integer) g.get("count")));
        assertThat(answered).isEqualTo(expected);
    }

    @Test
    void eventsAndValidityAreTheSeedsEventsAndOperatesDates() throws IOException {
        var answer = answer("Time: status history, status on a date, events in a date range");
        var events = SeedFiles.entities("Event").stream().filter(e -> "Cancellation".equals(e.prop("type"))
                && e.prop("date").startsWith("2025")).map(e -> e.prop("date") + " " + e.name()).toList();
        assertThat(events).isNotEmpty();
        List<Map<String, Object>> answered = answer.getList("events.nodes");
        assertThat(answered.stream().map(e -> e.get("date") + " " + e.get("name"))).containsExactlyInAnyOrderElementsOf(events);
        var operatorsOn = new TreeSet<String>(List.of("facility:giga-america"));
        rels("OPERATES").stream().filter(r -> r.get("to").equals("facility:giga-america")
                && (r.get("validFrom") == null || ((String) r.get("validFrom")).compareTo("2025-06-01") <= 0)
                && (r.get("validTo") == null || ((String) r.get("validTo")).compareTo("2025-06-01") >= 0)).forEach(r -> operatorsOn.add((String) r.get("from")));
        assertThat(rels("OPERATES").stream().filter(r -> r.get("to").equals("facility:giga-america"))).as("the seed has operators outside the date").isNotEmpty();
        assertThat(new TreeSet<>(answer.getList("asOf.nodes.id", String.class))).isEqualTo(operatorsOn);
        var history = SeedFiles.entities("Event").stream().filter(e -> RELATIONSHIPS.stream().anyMatch(r -> r.get("from").equals(e.id())
                && r.get("type").equals("INVOLVES") && r.get("to").equals("facility:giga-america"))).map(SeedFiles.Entity::name).collect(Collectors.toSet());
        var historyEvents = answer.getList("facility.statusHistory.event.name", String.class).stream().filter(Objects::nonNull).collect(Collectors.toSet());
        assertThat(historyEvents).isNotEmpty().isSubsetOf(history);
    }

    static final List<Map<String, Object>> CONFLICTS = SeedRows.of("050-conflicts.cypher");

    /** The id the seed gives the claim of a relationship row or a value row (020 and 030, after the UNWIND). */
    static String claimId(Map<String, Object> row) {
        var source = ((String) row.get("source")).substring("source:".length());
        return row.containsKey("about") ? "claim:" + row.get("about") + "." + row.get("property") + "@" + source
                : "claim:" + row.get("from") + "-" + row.get("type") + "->" + row.get("to") + "@" + source;
    }

    @Test
    void disputedClaimsAboutAPlantAreTheSeedsConflictRowsAboutIt() throws IOException {
        var plant = "facility:green-li-ion-atoka";
        var rows = new java.util.HashMap<String, Map<String, Object>>();
        RELATIONSHIPS.stream().filter(r -> r.get("from").equals(plant) || r.get("to").equals(plant)).forEach(r -> rows.put(claimId(r), r));
        VALUES.stream().filter(v -> v.get("about").equals(plant)).forEach(v -> rows.put(claimId(v), v));
        var expected = new TreeSet<String>();
        var reasons = new TreeSet<String>();
        for (var conflict : CONFLICTS) {
            for (var side : List.of("a", "b")) {
                var row = rows.get((String) conflict.get(side));
                if (row != null) {
                    expected.add(name(row.containsKey("from") ? row.get("from") : row.get("about")) + " | " + said(row) + " | " + row.get("source"));
                    reasons.add((String) conflict.get("reason"));
                }
            }
        }
        assertThat(expected).hasSizeGreaterThanOrEqualTo(2);
        var answer = answer("Which claims about a plant are disputed, and by which source?");
        List<Map<String, Object>> claims = answer.getList("claims.nodes");
        assertThat(answer.getInt("claims.totalCount")).isEqualTo(expected.size());
        assertThat(claims.stream().map(c -> ((Map<String, Object>) c.get("subject")).get("name") + " | " + said(c) + " | "
                + ((Map<String, Object>) c.get("source")).get("id"))).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(claims.stream().flatMap(c -> ((List<Map<String, Object>>) c.get("conflicts")).stream())
                .map(x -> (String) x.get("reason")).collect(Collectors.toSet())).isEqualTo(reasons);
    }

    @Test
    void aSourcesQuotesComePagedAsTheSeedRowsQuotingIt() throws IOException {
        var source = "source:seed-004_7685e5194780aa43";
        var quotes = new TreeMap<String, String>();
        RELATIONSHIPS.stream().filter(r -> r.get("source").equals(source) && r.get("quote") != null)
                .forEach(r -> quotes.put(claimId(r), (String) r.get("quote")));
        VALUES.stream().filter(v -> v.get("source").equals(source) && v.get("quote") != null)
                .forEach(v -> quotes.put(claimId(v), (String) v.get("quote")));
        assertThat(quotes).hasSizeGreaterThan(3);
        var answer = answer("All quotes from one source, a page at a time");
        assertThat(answer.getInt("claims.totalCount")).isEqualTo(quotes.size());
        var firstThree = quotes.entrySet().stream().limit(3).toList();
        assertThat(answer.getList("claims.nodes.id", String.class)).containsExactlyElementsOf(firstThree.stream().map(Map.Entry::getKey).toList());
        assertThat(answer.getList("claims.nodes.quote", String.class)).containsExactlyElementsOf(firstThree.stream().map(Map.Entry::getValue).toList());
        assertThat(answer.getBoolean("claims.pageInfo.hasNextPage")).isTrue();
    }

    @Test
    void theWordsFoundAreASeedQuoteWithItsSource() throws IOException {
        var answer = answer("Who says it, and in which words?");
        List<Map<String, Object>> hits = answer.getList("claimSearch");
        assertThat(hits).isNotEmpty();
        var best = (Map<String, Object>) hits.get(0).get("claim");
        assertThat(best.get("evidenceKind")).isEqualTo("Quote");
        var row = RELATIONSHIPS.stream().filter(r -> best.get("quote").equals(r.get("quote"))).findFirst().orElseThrow();
        assertThat((String) row.get("quote")).contains("reshoring").contains("incentives");
        assertThat(((Map<String, Object>) best.get("subject")).get("name")).isEqualTo(name(row.get("from")));
        assertThat(((Map<String, Object>) best.get("source")).get("title")).isEqualTo(BY_ID.get((String) row.get("source")).prop("title"));
    }

    /** What a seed row or an answered claim says: its quote, or for a paraphrase its paraphrase. */
    private static String said(Map<String, Object> row) {
        return (String) (row.get("quote") != null ? row.get("quote") : row.get("paraphrase"));
    }

    private static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

}
