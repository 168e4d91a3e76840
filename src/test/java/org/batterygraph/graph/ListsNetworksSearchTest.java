package org.batterygraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.batterygraph.graph.RelationshipQueriesTest.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.batterygraph.GraphQL;
import org.batterygraph.SeedFiles;
import org.batterygraph.Neo4jTestResource;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Memberships, networks, search, filtered lists, aggregates and time, with the loaded graph's values. */
@QuarkusTest
@WithTestResource(value = Neo4jTestResource.class, scope = TestResourceScope.GLOBAL)
class ListsNetworksSearchTest {

    @Inject
    Driver driver;

    @Test
    void consortiumNetworkListsMembersWithRolesAndTheirFacilities() {
        var answer = data("""
                { consortiumNetwork(id: "consortium:li-bridge") { consortium { name } members { role organization { id } facilities { id } } } }
                """);
        assertThat(answer.getString("consortiumNetwork.consortium.name")).isEqualTo("Li-Bridge");
        List<Map<String, Object>> members = answer.getList("consortiumNetwork.members");
        assertThat(members).extracting(m -> ((Map<?, ?>) m.get("organization")).get("id") + "=" + m.get("role"))
                .containsExactlyInAnyOrder("org:argonne=Coordinator", "org:naatbatt=Convenor", "org:ny-best=Convenor",
                        "org:new-energy-nexus=Convenor");
    }

    @Test
    void organizationNetworkShowsJointVenturesWithPartnersAndShares() {
        var answer = data("""
                { organizationNetwork(id: "org:gm") { jointVentures { venture { id } share partners { organization { id } share } } } }
                """);
        assertThat(answer.getString("organizationNetwork.jointVentures[0].venture.id")).isEqualTo("org:ultium-cells");
        assertThat(answer.getDouble("organizationNetwork.jointVentures[0].share")).isEqualTo(0.5);
        assertThat(answer.getString("organizationNetwork.jointVentures[0].partners[0].organization.id")).isEqualTo("org:lg-energy-solution");
    }

    @Test
    void searchToleratesTyposAndPartialWordsAndSaysTheKind() {
        var answer = data("{ search(text: \"lithum americ\") { id kind } }");
        assertThat(answer.getString("search[0].id")).isEqualTo("org:lithium-americas");
        assertThat(answer.getString("search[0].kind")).isEqualTo("Organization");
    }

    @Test
    void searchFindsAliasesAndFiltersByKind() {
        assertThat(data("{ search(text: \"NBMC\") { id } }").getList("search.id", String.class)).contains("consortium:nbmc");
        assertThat(data("{ search(text: \"Giga\", kinds: [Facility]) { kind } }").getList("search.kind", String.class))
                .isNotEmpty().containsOnly("Facility");
    }

    @Test
    void searchTextWithLuceneSyntaxIsTakenAsWords() {
        var answer = data("{ search(text: \"KORE* OR name:(x) AND ~ \\\\\") { id } }");
        assertThat(answer.getList("search.id", String.class)).contains("org:kore-power");
    }

    @Test
    void cancelledUsPlantsFilteredAndOrderedByCapacityWithTotalCount() {
        // Expected from the seed files themselves: cancelled facilities placed in the US or one of its states.
        var inUs = SeedFiles.facilitiesIn("country:US");
        var cancelled = SeedFiles.entities("Facility").stream()
                .filter(f -> "Cancelled".equals(f.prop("status")) && inUs.contains(f.id())).toList();
        var answer = data("""
                { facilities(filter: {status: Cancelled, country: "country:US"}, orderBy: CAPACITY_DESC) { totalCount nodes { id capacity } } }
                """);
        List<String> ids = answer.getList("facilities.nodes.id", String.class);
        assertThat(ids).containsExactlyInAnyOrderElementsOf(cancelled.stream().map(SeedFiles.Entity::id).toList())
                .contains("facility:koreplex", "facility:giga-america");
        assertThat(answer.getInt("facilities.totalCount")).isEqualTo(cancelled.size());
        List<Float> capacities = answer.getList("facilities.nodes.capacity", Float.class);
        assertThat(capacities.stream().filter(java.util.Objects::nonNull).toList()).as("capacities, largest first")
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void orderedPagesWalkEveryFacilityOnce() {
        var seen = new ArrayList<String>();
        String after = null;
        do {
            var page = data("{ facilities(first: 3, orderBy: NAME%s) { nodes { name } pageInfo { hasNextPage endCursor } } }"
                    .formatted(after == null ? "" : ", after: \"" + after + "\""));
            seen.addAll(page.getList("facilities.nodes.name", String.class));
            after = page.getBoolean("facilities.pageInfo.hasNextPage") ? page.getString("facilities.pageInfo.endCursor") : null;
        } while (after != null);
        var all = SeedFiles.entities("Facility").stream()
                .sorted(java.util.Comparator.comparing(SeedFiles.Entity::name).thenComparing(SeedFiles.Entity::id))
                .map(SeedFiles.Entity::name).toList();
        assertThat(all).hasSizeGreaterThan(3);
        assertThat(seen).isEqualTo(all);
    }

    @Test
    void facilitiesByMaterialAreThoseProducingOrConsumingIt() {
        var answer = data("{ facilities(filter: {material: \"material:lithium-carbonate\"}) { nodes { id } } }");
        assertThat(answer.getList("facilities.nodes.id", String.class))
                .containsExactlyInAnyOrder("facility:stardust-muskogee", "facility:thacker-pass");
    }

    @Test
    void cancelledPlantsInADateWindowWithTheirSummedCapacity() {
        var inWindow = SeedFiles.entities("Facility").stream()
                .filter(f -> "Cancelled".equals(f.prop("status")) && f.prop("cancelled") != null
                        && f.prop("cancelled").compareTo("2025-01-01") >= 0 && f.prop("cancelled").compareTo("2025-03-31") <= 0)
                .toList();
        assertThat(inWindow).as("seed facilities cancelled in the window").allMatch(f -> "GWh/yr".equals(f.prop("capacityUnit")));
        var answer = data("""
                { facilityAggregates(groupBy: STATUS, filter: {status: Cancelled, cancelledFrom: "2025-01-01", cancelledTo: "2025-03-31"}) {
                    key count jobs capacity { unit unitLabel total } } }
                """);
        assertThat(answer.getList("facilityAggregates")).hasSize(1);
        assertThat(answer.getString("facilityAggregates[0].key")).isEqualTo("Cancelled");
        assertThat(answer.getInt("facilityAggregates[0].count")).isEqualTo(inWindow.size()).isEqualTo(2);
        assertThat(answer.getInt("facilityAggregates[0].jobs"))
                .isEqualTo(inWindow.stream().mapToInt(f -> f.number("jobs") == null ? 0 : f.number("jobs").intValue()).sum());
        assertThat(answer.getString("facilityAggregates[0].capacity[0].unit")).isEqualTo("GWH_PER_YEAR");
        assertThat(answer.getString("facilityAggregates[0].capacity[0].unitLabel")).isEqualTo("GWh/yr");
        assertThat(answer.getDouble("facilityAggregates[0].capacity[0].total"))
                .isEqualTo(inWindow.stream().mapToDouble(f -> f.number("capacity")).sum()).isEqualTo(40.0);
    }

    @Test
    void aggregatesByStateCoverEveryUsFacility() {
        var answer = data("{ facilityAggregates(groupBy: STATE, filter: {country: \"country:US\"}) { key count } }");
        // From the seed files: each US facility counts once per state it is placed in, and once under null if it
        // is placed in the country only.
        var located = SeedFiles.relationships("LOCATED_IN");
        var inUs = SeedFiles.facilitiesIn("country:US");
        long placements = inUs.stream().mapToLong(f -> Math.max(1, located.stream()
                .filter(r -> r.from().equals(f) && r.to().startsWith("subdivision:US-")).count())).sum();
        assertThat(answer.getList("facilityAggregates.count", Integer.class).stream().mapToInt(Integer::intValue).sum())
                .isEqualTo((int) placements);
        assertThat(answer.getList("facilityAggregates.key", String.class)).contains("US-AZ", "US-GA", "US-NV");
    }

    /**
     * Three probe facilities, found by a status no other facility has: one that sources place in two states, one
     * in one of them, one in the country only. Counts alone (matched from the places) and counts with sums
     * (matched from the facilities) must give the same groups.
     */
    @Test
    void aggregatesByPlaceCountAFacilityInEachPlaceAndTheUnplacedAsNull() {
        driver.executableQuery("""
                CREATE (a:Facility {id: 'facility:probe-a', name: 'Probe A', announced: date('1901-01-01'), jobs: 10}),
                       (b:Facility {id: 'facility:probe-b', name: 'Probe B', announced: date('1901-01-01'), jobs: 20}),
                       (c:Facility {id: 'facility:probe-c', name: 'Probe C', announced: date('1901-01-01'), jobs: 5})
                WITH a, b, c
                MATCH (az:Subdivision {id: 'subdivision:US-AZ'}), (ga:Subdivision {id: 'subdivision:US-GA'}),
                      (us:Country {id: 'country:US'})
                CREATE (a)-[:LOCATED_IN]->(az), (a)-[:LOCATED_IN]->(ga), (b)-[:LOCATED_IN]->(ga), (c)-[:LOCATED_IN]->(us)
                """).execute();
        try {
            var filter = "filter: {announcedFrom: \"1901-01-01\", announcedTo: \"1901-01-01\"}";
            for (var fields : List.of("key count", "key count jobs")) {
                var states = data("{ facilityAggregates(groupBy: STATE, " + filter + ") { " + fields + " } }");
                assertThat(groups(states.getList("facilityAggregates"))).as(fields)
                        .containsExactly("US-GA=2", "US-AZ=1", "null=1");
                var countries = data("{ facilityAggregates(groupBy: COUNTRY, " + filter + ") { " + fields + " } }");
                assertThat(groups(countries.getList("facilityAggregates"))).as(fields).containsExactly("US=3");
            }
            var sums = data("{ facilityAggregates(groupBy: STATE, " + filter + ") { key jobs } }");
            assertThat(sums.getList("facilityAggregates.jobs", Integer.class)).containsExactly(30, 10, 5);
        } finally {
            driver.executableQuery("MATCH (f:Facility {announced: date('1901-01-01')}) DETACH DELETE f").execute();
        }
    }

    private static List<String> groups(List<Map<String, Object>> aggregates) {
        return aggregates.stream().map(a -> a.get("key") + "=" + a.get("count")).toList();
    }

    @Test
    void statusHistoryComesFromDatedEvents() {
        var answer = data("{ facility(id: \"facility:giga-america\") { statusHistory { date status event { type } } } }");
        assertThat(answer.getList("facility.statusHistory.status", String.class)).containsExactly("Announced", "Cancelled");
        assertThat(answer.getList("facility.statusHistory.date", String.class)).containsExactly("2022-11-01", "2025-01-21");
        assertThat(answer.getList("facility.statusHistory.event.type", String.class)).containsExactly("Announcement", "Cancellation");
    }

    @Test
    void statusOnADateFiltersByTheStatusThen() {
        var query = "{ facilities(filter: {status: %s, statusOn: \"%s\"}) { nodes { id } } }";
        assertThat(data(query.formatted("Announced", "2024-01-01")).getList("facilities.nodes.id", String.class))
                .contains("facility:giga-america");
        assertThat(data(query.formatted("Cancelled", "2024-01-01")).getList("facilities.nodes.id", String.class))
                .doesNotContain("facility:giga-america");
        assertThat(data(query.formatted("Cancelled", "2025-06-01")).getList("facilities.nodes.id", String.class))
                .contains("facility:giga-america", "facility:koreplex");
    }

    @Test
    void eventsByTypeInADateRange() {
        var expected = SeedFiles.entities("Event").stream()
                .filter(e -> "Cancellation".equals(e.prop("type")) && e.prop("date") != null && e.prop("date").startsWith("2025-"))
                .map(SeedFiles.Entity::id).sorted().toList();
        var answer = data("{ events(filter: {type: Cancellation, from: \"2025-01-01\", to: \"2025-12-31\"}) { nodes { id } } }");
        assertThat(expected).contains("event:koreplex-cancelled", "event:giga-america-cancelled");
        assertThat(answer.getList("events.nodes.id", String.class)).isEqualTo(expected);
    }

    @Test
    void aReversedDateRangeIsAnError() {
        GraphQL.post("{ events(filter: {from: \"2025-12-31\", to: \"2025-01-01\"}) { nodes { id } } }")
                .statusCode(200)
                .body("errors[0].extensions.code", org.hamcrest.Matchers.is("INVALID_ARGUMENT"));
    }
}
