package org.batterygraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.batterygraph.GraphQL;
import org.batterygraph.neo4j.TestCypherWatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Facility and deposit locations, the `within` filter (a circle, a box), and the facility filters on the Clean
 * Investment Monitor's CAPEX estimate and announcement date, on the graph of README command 1's first start (the
 * seed and the vendored datasets; the profile of DatasetsOnFirstStartTest, the same application start). The expected
 * values are rows of data/external/cim-2024q4 and data/external/lithium-deposits, read off the files; the expected
 * sets of a filter are also what an independent Cypher query finds comparing the points' latitude and longitude.
 */
@QuarkusTest
@TestProfile(DatasetsOnFirstStartTest.FirstStart.class)
class LocationsAndFacilityFiltersTest {

    private static final String CIM_FILE = "manufacturing_energy_and_industry_facility_metadata.csv";
    /** The battery and critical-mineral manufacturing rows of the CIM file in Nevada (all with LatLon_Valid True). */
    private static final List<String> NEVADA_ROWS = List.of("M.B.ABTC_NV_0", "M.B.ABTC_NV_1", "M.B.Dragonfly_NV_0",
            "M.B.Dragonfly_NV_1", "M.B.Nanotech_NV_0", "M.B.Redwood_NV_0", "M.B.Tesla_NV_1", "M.B.Tesla_NV_2",
            "M.B.Tesla_NV_3", "M.B.Lyten_NV_0", "M.CM.Albemarle_NV_0", "M.CM.ABTCM_NV_0", "M.CM.Century_NV_0",
            "M.CM.Ioneer_NV_0", "M.CM.Lilac_NV_0", "M.CM.LithiumAmericas_NV_0", "M.CM.Aqua_NV_0");
    private static final String NEVADA_BOX = "{box: {south: 35, west: -120, north: 42, east: -114.04}}";
    private static final String POST_IRA_FILE = "post-ira-ev-supply-chain-investments.csv";

    /** The lines of the vendored Post-IRA file whose row is a Nevada battery site. */
    private static Set<Integer> nevadaPostIraLines() {
        var lines = new HashSet<Integer>();
        var csv = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<String[]> rows = csv.readerFor(String[].class)
                .readValues(Path.of("data/external/post-ira-investments", POST_IRA_FILE).toFile())) {
            var header = List.of(rows.next());
            // no cell of the file holds a line break: row n is line n + 1
            for (int line = 2; rows.hasNext(); line++) {
                var row = rows.next();
                if (row[header.indexOf("technology")].equals("Batteries") && row[header.indexOf("state")].equals("Nevada")) {
                    lines.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    @Inject
    Driver driver;

    @Inject
    TestCypherWatch watch;

    @Test
    void aPlantsCoordinatesAndCapexComeWithTheirRowReference() {
        var answer = data("""
                { facility(id: "facility:cim-m-b-redwood-nv-0") {
                    name status capexMusd2023 announced address location { latitude longitude } distanceKm
                    valueClaims { property claim { value record { dataset release key } source { licence } } }
                  }
                  invalid: facility(id: "facility:cim-m-b-denkai-ga-0") { name address location { latitude } } }""");
        // line 125: M.B.Redwood_NV_0, 675 Innovation Wy, Sparks, NV 89434, CAPEX 2048.198003, 39.502572, -119.433190, True
        assertThat(answer.getString("facility.name")).isEqualTo("Redwood Materials (EAM), Sparks, NV");
        assertThat(answer.getDouble("facility.location.latitude")).isEqualTo(39.502572);
        assertThat(answer.getDouble("facility.location.longitude")).isEqualTo(-119.43319);
        assertThat(answer.getDouble("facility.capexMusd2023")).isEqualTo(2048.198003);
        assertThat(answer.getString("facility.announced")).isEqualTo("2022-07-25");
        assertThat(answer.<Object>get("facility.distanceKm")).as("no centre, no distance").isNull();
        var key = CIM_FILE + " unique_id=M.B.Redwood_NV_0 (line 125)";
        assertThat(answer.getString("facility.valueClaims.find { it.property == 'location' }.claim.value"))
                .isEqualTo("39.502572, -119.433190");
        assertThat(answer.getString("facility.valueClaims.find { it.property == 'location' }.claim.record.key")).isEqualTo(key);
        assertThat(answer.getString("facility.valueClaims.find { it.property == 'capexMusd2023' }.claim.value")).isEqualTo("2048.198003");
        assertThat(answer.getString("facility.valueClaims.find { it.property == 'capexMusd2023' }.claim.record.key")).isEqualTo(key);
        assertThat(answer.getString("facility.valueClaims.find { it.property == 'capexMusd2023' }.claim.record.release"))
                .isEqualTo("2024_Q4.20250218.0");
        // line 47: M.B.Denkai_GA_0 has coordinates 33.476472, -81.998918 but LatLon_Valid False: no location, not 0,0
        assertThat(answer.getString("invalid.address")).isEqualTo("Augusta, GA");
        assertThat(answer.<Object>get("invalid.location")).isNull();
    }

    @Test
    void aDepositsLocationCountryAndRowReference() {
        var answer = data("""
                { deposit(id: "deposit:busch-9") {
                    name location { latitude longitude } country { id }
                    valueClaims { property claim { value record { key } } }
                } }""");
        assertThat(answer.getString("deposit.name")).isEqualTo("Thacker Pass");
        assertThat(answer.getDouble("deposit.location.latitude")).isEqualTo(41.713456);
        assertThat(answer.getDouble("deposit.location.longitude")).isEqualTo(-118.074509);
        assertThat(answer.getString("deposit.country.id")).isEqualTo("country:US");
        assertThat(answer.getString("deposit.valueClaims.find { it.property == 'location' }.claim.value"))
                .isEqualTo("41.713456, -118.074509");
        assertThat(answer.getString("deposit.valueClaims.find { it.property == 'location' }.claim.record.key"))
                .isEqualTo("Deposit.csv d=9 (line 10)");
    }

    @Test
    void theDepositsWithinFiftyKmOfThackerPassPlantAreNearestFirstWithTheirDistances() {
        // Thacker Pass (curated facility, CIM line 472: M.CM.LithiumAmericas_NV_0 at 41.718861, -118.026813); the
        // deposits' rows: d=9 Thacker Pass 41.713456, -118.074509 (4.0 km), d=8 McDermitt 42.0357, -118.05263
        // (35.3 km); the next, d=19 TLC, is 402 km away.
        var answer = data("""
                { facility(id: "facility:thacker-pass") { location { latitude longitude } }
                  deposits(filter: {within: {centre: {latitude: 41.718861, longitude: -118.026813}, radiusKm: 50}},
                           orderBy: DISTANCE) { totalCount nodes { id name distanceKm } } }""");
        assertThat(answer.getDouble("facility.location.latitude")).isEqualTo(41.718861);
        assertThat(answer.getDouble("facility.location.longitude")).isEqualTo(-118.026813);
        assertThat(answer.getList("deposits.nodes.id")).containsExactly("deposit:busch-9", "deposit:busch-8");
        assertThat(answer.getInt("deposits.totalCount")).isEqualTo(2);
        assertThat(answer.getDouble("deposits.nodes[0].distanceKm")).isCloseTo(4.009, within(0.02));
        assertThat(answer.getDouble("deposits.nodes[1].distanceKm")).isCloseTo(35.335, within(0.1));
        var wider = data("{ deposits(filter: {within: {centre: {latitude: 41.718861, longitude: -118.026813}, radiusKm: 410}}) { nodes { id } } }");
        assertThat(wider.getList("deposits.nodes.id")).containsExactlyInAnyOrder("deposit:busch-9", "deposit:busch-8", "deposit:busch-19");
    }

    @Test
    void aBoxAroundNevadaHoldsItsDepositsAndEveryNevadaPlantRow() {
        // Deposit.csv rows inside 35..42 N, 120..114.04 W: d = 9, 10, 19, 25, 33, 71, 80, 139 (McDermitt, d=8, lies at 42.0357 N)
        var deposits = data("{ deposits(first: 100, filter: {within: " + NEVADA_BOX + "}) { totalCount nodes { id } } }");
        assertThat(deposits.getList("deposits.nodes.id")).containsExactly("deposit:busch-10", "deposit:busch-139",
                "deposit:busch-19", "deposit:busch-25", "deposit:busch-33", "deposit:busch-71", "deposit:busch-80",
                "deposit:busch-9");
        var facilities = data("""
                { facilities(first: 100, filter: {within: %s}) {
                    totalCount nodes { id valueClaims { property claim { record { key } } } }
                } }""".formatted(NEVADA_BOX));
        List<String> ids = facilities.getList("facilities.nodes.id");
        assertThat(ids).isEqualTo(ids("""
                MATCH (n:Facility) WHERE n.location.latitude >= 35 AND n.location.latitude <= 42
                  AND n.location.longitude >= -120 AND n.location.longitude <= -114.04 RETURN n.id AS id ORDER BY id"""));
        assertThat(ids).contains("facility:cim-m-b-redwood-nv-0", "facility:giga-nevada", "facility:thacker-pass");
        List<String> keys = facilities.getList("facilities.nodes.valueClaims.flatten().findAll { it.property == 'location' }.claim.record.key");
        var rows = keys.stream().filter(k -> k.contains(" unique_id=")).map(k -> k.replaceAll(".* unique_id=(\\S+) .*", "$1"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(rows).as("the CIM rows whose location the facilities in the box carry").isEqualTo(new TreeSet<>(NEVADA_ROWS));
        // The other locations are Post-IRA rows' (plants the CIM does not place): each one a Nevada row of that file.
        var postIra = keys.stream().filter(k -> !k.contains(" unique_id=")).toList();
        assertThat(postIra).as("locations from Post-IRA rows").isNotEmpty()
                .allSatisfy(k -> assertThat(k).startsWith(POST_IRA_FILE + " line "))
                .allSatisfy(k -> assertThat(nevadaPostIraLines()).contains(Integer.parseInt(k.substring(k.lastIndexOf(' ') + 1))));
        assertThat(facilities.getInt("facilities.totalCount")).isEqualTo(ids.size());
    }

    @Test
    void aPlaceFilteredListWithLocationsAndCountriesIsOneRoundTrip() {
        long before = watch.roundTrips();
        var answer = data("""
                { deposits(first: 100, filter: {within: {centre: {latitude: 41.7, longitude: -118.0}, radiusKm: 1000}}, orderBy: DISTANCE) {
                    totalCount nodes { id distanceKm location { latitude longitude } country { id name } } } }""");
        assertThat(watch.roundTrips() - before).as("round trips of deposits with locations and countries").isEqualTo(1);
        assertThat(answer.getList("deposits.nodes.country.id")).isNotEmpty().containsOnly("country:US");
        assertThat(answer.getList("deposits.nodes.location.latitude")).doesNotContainNull();
    }

    @Test
    void aBoxAcrossTheDatelineIsTheBoxBothSidesOfIt() {
        var across = data("{ deposits(first: 100, filter: {within: {box: {south: -50, west: 112, north: -10, east: -150}}}) { nodes { id } } }");
        var east = data("{ deposits(first: 100, filter: {within: {box: {south: -50, west: 112, north: -10, east: 180}}}) { nodes { id } } }");
        var expected = ids("""
                MATCH (n:Deposit) WHERE n.location.latitude >= -50 AND n.location.latitude <= -10
                  AND (n.location.longitude >= 112 OR n.location.longitude <= -150) RETURN n.id AS id ORDER BY id""");
        assertThat(expected).as("Australian deposits in the file").hasSizeGreaterThanOrEqualTo(5);
        assertThat(across.getList("deposits.nodes.id")).isEqualTo(expected);
        assertThat(east.getList("deposits.nodes.id")).isEqualTo(expected);
    }

    @Test
    void nevadaPlantsByCapexRangeAndAnnouncementDateAreTheRowsValues() {
        // the Nevada rows with an Estimated_Total_Facility_CAPEX from 1000 to 3000 (million 2023 USD)
        var capex = data("""
                { facilities(first: 100, filter: {state: "subdivision:US-NV", capexFrom: 1000, capexTo: 3000}, orderBy: CAPEX_DESC) {
                    totalCount nodes { id capexMusd2023 } } }""");
        assertThat(capex.getList("facilities.nodes.capexMusd2023", Double.class)).containsExactly(2948.047063, 2904.284286,
                2705.472698, 2048.198003, 1730.386014, 1460.265302, 1034.484333);
        assertThat(capex.getList("facilities.nodes.id")).contains("facility:giga-nevada", "facility:thacker-pass",
                "facility:cim-m-b-redwood-nv-0");
        // announced in 2024: M.B.Tesla_NV_3 (2024-01-31) and M.B.Lyten_NV_0 (2024-10-15)
        var announced = data("""
                { facilities(filter: {state: "subdivision:US-NV", announcedFrom: "2024-01-01", announcedTo: "2024-12-31"}, orderBy: ANNOUNCED) {
                    nodes { id announced } } }""");
        assertThat(announced.getList("facilities.nodes.announced")).containsExactly("2024-01-31", "2024-10-15");
        assertThat(announced.getList("facilities.nodes.id")).containsExactly("facility:cim-m-b-tesla-nv-3", "facility:cim-m-b-lyten-nv-0");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "facilities(filter: {within: {centre: {latitude: 39.5, longitude: -119.4}, radiusKm: 300}}, orderBy: DISTANCE)",
            "facilities(filter: {within: {box: {south: 35, west: -120, north: 42, east: -114.04}}})",
            "facilities(filter: {within: {centre: {latitude: 39.5, longitude: -119.4}, radiusKm: 300}, capexFrom: 10})",
            "deposits(filter: {within: {centre: {latitude: 41.7, longitude: -118.0}, radiusKm: 500}}, orderBy: DISTANCE)",
            "deposits(filter: {within: {box: {south: -50, west: 112, north: -10, east: -150}}, status: Producing})" })
    void aPlaceFilteredListPagesTheSameAsItsWhole(String field) {
        var name = field.substring(0, field.indexOf('('));
        var args = field.substring(field.indexOf('(') + 1, field.length() - 1);
        var whole = data("{ %s(first: 100, %s) { totalCount nodes { id distanceKm } } }".formatted(name, args));
        List<String> expected = whole.getList(name + ".nodes.id");
        assertThat(expected).as("rows for %s", field).isNotEmpty();
        assertThat(whole.getInt(name + ".totalCount")).isEqualTo(expected.size());
        if (field.contains("DISTANCE")) {
            List<Double> distances = whole.getList(name + ".nodes.distanceKm", Double.class);
            assertThat(distances).doesNotContainNull().isSorted();
        }
        var paged = new ArrayList<String>();
        String after = null;
        for (int i = 0; i < 60; i++) {
            var page = data("{ %s(first: 3, %s%s) { nodes { id } pageInfo { hasNextPage endCursor } } }"
                    .formatted(name, args, after == null ? "" : ", after: \"" + after + "\""));
            paged.addAll(page.getList(name + ".nodes.id", String.class));
            if (!page.getBoolean(name + ".pageInfo.hasNextPage")) {
                break;
            }
            after = page.getString(name + ".pageInfo.endCursor");
        }
        assertThat(paged).isEqualTo(expected);
    }

    private List<String> ids(String cypher) {
        return driver.executableQuery(cypher).withParameters(Map.of()).execute().records().stream()
                .map(r -> r.get("id").asString()).toList();
    }

    private static JsonPath data(String query) {
        var answer = JsonPath.from(GraphQL.post(query).statusCode(200).extract().body().asString())
                .using(DatasetsOnFirstStartTest.DOUBLES);
        assertThat(answer.<List<Object>>get("errors")).as("errors of %s", query).isNull();
        return answer.setRootPath("data");
    }
}
