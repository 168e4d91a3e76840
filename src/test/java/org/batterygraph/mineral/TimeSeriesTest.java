package org.batterygraph.mineral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.batterygraph.GraphQL;
import org.batterygraph.dataset.DatasetsOnFirstStartTest;
import org.batterygraph.neo4j.TestCypherWatch;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;

/**
 * The statistics as time series (productionSeries, concentrationSeries) over README command 1's graph: the seed's
 * MCS 2026 figures beside the vendored MCS 2022, 2023 and 2024 tables (data/external/usgs-mcs), checked against
 * rows of those files.
 */
@QuarkusTest
@TestProfile(DatasetsOnFirstStartTest.FirstStart.class)
class TimeSeriesTest {

    /** Numbers as doubles, as in DatasetsOnFirstStartTest. */
    private static final JsonPathConfig DOUBLES = JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE);
    private static final String POINT = "year edition value qualifier bound reported unit series country { id } source { id } record { dataset release key }";

    @Inject
    TestCypherWatch watch;

    private static JsonPath post(String query) {
        var body = GraphQL.post(query).statusCode(200).body("errors", nullValue()).extract().body().asString();
        return JsonPath.from(body).using(DOUBLES);
    }

    private static JsonPath series(String filter) {
        return post("{ productionSeries(filter: {%s}, first: 100) { totalCount pageInfo { hasNextPage } nodes { %s } } }"
                .formatted(filter, POINT));
    }

    @Test
    void aRevisedYearShowsEveryEditionsFigureWithItsRowAndLatestKeepsTheNewest() {
        // mcs2022-lithi_world.csv line 3: Argentina 5900 (2020), 6200 (2021, estimated); mcs2023: 5970 (2021), 6200
        // (2022, estimated); mcs2024: 6590 (2022)
        var all = series("material: \"material:lithium\", country: \"country:AR\", metric: MineProduction, fromYear: 2020, toYear: 2022, editions: ALL");
        assertThat(all.getList("data.productionSeries.nodes.year", Integer.class)).containsExactly(2020, 2021, 2021, 2022, 2022);
        assertThat(all.getList("data.productionSeries.nodes.edition")).containsExactly("MCS 2022", "MCS 2022", "MCS 2023", "MCS 2023", "MCS 2024");
        assertThat(all.getList("data.productionSeries.nodes.value", Double.class)).containsExactly(5900.0, 6200.0, 5970.0, 6200.0, 6590.0);
        assertThat(all.getList("data.productionSeries.nodes.record.key")).containsExactly(
                "mcs2022-lithi_world.csv line 3, Prod_t_2020", "mcs2022-lithi_world.csv line 3, Prod_t_Est_2021",
                "mcs2023-lithi_world.csv line 3, Prod_t_2021", "mcs2023-lithi_world.csv line 3, Prod_t_est_2022",
                "mcs2024-lithi_world.csv line 3, Prod_t_2022");
        assertThat(all.getList("data.productionSeries.nodes.source.id")).containsExactly("source:usgs-mcs-2022",
                "source:usgs-mcs-2022", "source:usgs-mcs-2023", "source:usgs-mcs-2023", "source:usgs-mcs-2024");
        assertThat(all.getList("data.productionSeries.nodes.unit")).containsOnly("t Li");
        assertThat(all.getInt("data.productionSeries.totalCount")).isEqualTo(5);

        // LATEST (the default): per year the newest edition, up to the seed's MCS 2026 figures for 2024 and 2025
        var latest = series("material: \"material:lithium\", country: \"country:AR\", metric: MineProduction, fromYear: 2020");
        assertThat(latest.getList("data.productionSeries.nodes.year", Integer.class)).containsExactly(2020, 2021, 2022, 2023, 2024, 2025);
        assertThat(latest.getList("data.productionSeries.nodes.edition"))
                .containsExactly("MCS 2022", "MCS 2023", "MCS 2024", "MCS 2024", "MCS 2026", "MCS 2026");
        assertThat(latest.getList("data.productionSeries.nodes.value", Double.class))
                .containsExactly(5900.0, 5970.0, 6590.0, 9600.0, 13800.0, 23000.0);
    }

    @Test
    void aWithheldCellStaysWithheldInEveryEditionAndLatestDoesNotFallBackToAnOlderNumber() {
        var production = series("material: \"material:lithium\", country: \"country:US\", metric: MineProduction, editions: ALL");
        List<Map<String, Object>> points = production.getList("data.productionSeries.nodes");
        assertThat(points).hasSizeGreaterThanOrEqualTo(6).allSatisfy(p -> {
            assertThat(p.get("value")).isNull();
            assertThat(p.get("qualifier")).isEqualTo("Withheld");
            assertThat(p.get("reported")).isEqualTo("W");
        });
        // US lithium consumption for 2021: 2,000 t in MCS 2023, withheld (W) in MCS 2024 (mcs2024-lithi_salient.csv line 4)
        var consumption = series("material: \"material:lithium\", country: \"country:US\", metric: Consumption, fromYear: 2021, toYear: 2021, editions: ALL");
        assertThat(consumption.getList("data.productionSeries.nodes.edition")).containsExactly("MCS 2022", "MCS 2023", "MCS 2024");
        assertThat(consumption.getList("data.productionSeries.nodes.reported")).containsExactly("2000", "2000", "W");
        var latest = series("material: \"material:lithium\", country: \"country:US\", metric: Consumption, fromYear: 2021, toYear: 2021");
        assertThat(latest.getList("data.productionSeries.nodes.edition")).containsExactly("MCS 2024");
        assertThat(latest.getList("data.productionSeries.nodes.value")).containsExactly((Object) null);
        assertThat(latest.getList("data.productionSeries.nodes.qualifier")).containsExactly("Withheld");
        assertThat(latest.getList("data.productionSeries.nodes.record.key"))
                .containsExactly("mcs2024-lithi_salient.csv line 4, column 7 Consump_t");
    }

    @Test
    void netImportRelianceAndPricePerYearFromTheSalientTables() {
        // nickel NIR_pct for 2020: 49 (MCS 2022), 48 (MCS 2023), 46 (MCS 2024)
        var revisions = series("material: \"material:nickel\", country: \"country:US\", metric: NetImportReliance, series: \"NIR_pct\", fromYear: 2020, toYear: 2020, editions: ALL");
        assertThat(revisions.getList("data.productionSeries.nodes.value", Double.class)).containsExactly(49.0, 48.0, 46.0);
        assertThat(revisions.getList("data.productionSeries.nodes.unit")).containsOnly("%");
        var latest = series("material: \"material:nickel\", country: \"country:US\", metric: NetImportReliance");
        assertThat(latest.getList("data.productionSeries.nodes.year", Integer.class)).containsExactly(2017, 2018, 2019, 2020, 2021, 2022, 2023, 2025);
        assertThat(latest.getList("data.productionSeries.nodes.value", Double.class)).containsExactly(51.0, 52.0, 49.0, 46.0, 49.0, 54.0, 57.0, 41.0);
        assertThat(latest.getList("data.productionSeries.nodes.edition"))
                .containsExactly("MCS 2022", "MCS 2023", "MCS 2024", "MCS 2024", "MCS 2024", "MCS 2024", "MCS 2024", "MCS 2026");
        // lithium NIR is printed as a bound (>25, >50): a bound, never a number
        var bounds = series("material: \"material:lithium\", country: \"country:US\", metric: NetImportReliance, series: \"NIR_pct\"");
        assertThat(bounds.getList("data.productionSeries.nodes.year", Integer.class)).containsExactly(2017, 2018, 2019, 2020, 2021, 2022, 2023);
        assertThat(bounds.getList("data.productionSeries.nodes.qualifier")).containsOnly("LowerBound");
        assertThat(bounds.getList("data.productionSeries.nodes.value")).containsOnlyNulls();
        assertThat(bounds.getList("data.productionSeries.nodes.bound", Double.class)).containsExactly(50.0, 50.0, 25.0, 50.0, 25.0, 25.0, 25.0);
        assertThat(bounds.getList("data.productionSeries.nodes.reported")).containsExactly(">50", ">50", ">25", ">50", ">25", ">25", ">25");
        // lithium carbonate price, $/t: 37,000 for 2022 in MCS 2023, revised to 68,100 in MCS 2024
        var price = series("material: \"material:lithium\", metric: Price, fromYear: 2022, toYear: 2022, editions: ALL");
        assertThat(price.getList("data.productionSeries.nodes.value", Double.class)).containsExactly(37000.0, 68100.0);
        assertThat(price.getList("data.productionSeries.nodes.unit")).containsOnly("$/t");
        assertThat(price.getList("data.productionSeries.nodes.series")).containsOnly("Price_dt");
    }

    @Test
    void pagesFollowEachOtherAndCountTheWholeSeries() {
        var filter = "material: \"material:cobalt\", country: \"country:US\", metric: Price, editions: ALL";
        var first = post("{ productionSeries(filter: {%s}, first: 7) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }".formatted(filter));
        int total = first.getInt("data.productionSeries.totalCount");
        assertThat(total).isGreaterThan(7);
        assertThat(first.getBoolean("data.productionSeries.pageInfo.hasNextPage")).isTrue();
        var second = post("{ productionSeries(filter: {%s}, first: 100, after: \"%s\") { totalCount pageInfo { hasNextPage } nodes { id } } }"
                .formatted(filter, first.getString("data.productionSeries.pageInfo.endCursor")));
        var all = post("{ productionSeries(filter: {%s}, first: 100) { nodes { id } } }".formatted(filter));
        List<String> ids = new java.util.ArrayList<>(first.getList("data.productionSeries.nodes.id"));
        ids.addAll(second.getList("data.productionSeries.nodes.id"));
        assertThat(ids).hasSize(total).doesNotHaveDuplicates()
                .containsExactlyElementsOf(all.getList("data.productionSeries.nodes.id"));
        assertThat(second.getBoolean("data.productionSeries.pageInfo.hasNextPage")).isFalse();
    }

    @Test
    void concentrationPerYearSaysWhatItCountsAndWhatItLeavesOut() {
        var latest = post("""
                { concentrationSeries(material: "material:lithium", metric: MineProduction, fromYear: 2020) {
                    year edition reason
                    concentration { worldTotal topShare topCountry { id } hhi coverage countries
                      shares { country { id } value share }
                      leftOut { country { id } value qualifier reported record { key } } }
                } }""");
        assertThat(latest.getList("data.concentrationSeries.year", Integer.class)).containsExactly(2020, 2021, 2022, 2023, 2024, 2025);
        assertThat(latest.getList("data.concentrationSeries.edition"))
                .containsExactly("MCS 2022", "MCS 2023", "MCS 2024", "MCS 2024", "MCS 2026", "MCS 2026");
        // MCS 2024 for 2023: world total 180,000 t (excluding US production), Australia 86,000; eight countries with
        // a number; the US withheld and "Other countries" (0) left out
        var y2023 = "data.concentrationSeries.find { it.year == 2023 }.concentration";
        assertThat(latest.getDouble(y2023 + ".worldTotal")).isEqualTo(180000.0);
        assertThat(latest.getString(y2023 + ".topCountry.id")).isEqualTo("country:AU");
        assertThat(latest.getDouble(y2023 + ".topShare")).isCloseTo(86000.0 / 180000.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(latest.getInt(y2023 + ".countries")).isEqualTo(8);
        List<Double> shares = latest.getList(y2023 + ".shares.share", Double.class);
        assertThat(latest.getDouble(y2023 + ".hhi")).isCloseTo(shares.stream().mapToDouble(s -> 10000 * s * s).sum(),
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(latest.getDouble(y2023 + ".coverage")).isCloseTo(shares.stream().mapToDouble(Double::doubleValue).sum(),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(latest.getList(y2023 + ".shares.country.id")).doesNotContain("country:US");
        List<Map<String, Object>> leftOut = latest.getList(y2023 + ".leftOut");
        assertThat(leftOut).extracting(p -> p.get("reported")).containsExactlyInAnyOrder("W", "0");
        assertThat(leftOut).filteredOn(p -> "W".equals(p.get("reported"))).singleElement().satisfies(p -> {
            assertThat(p.get("value")).isNull();
            assertThat(p.get("qualifier")).isEqualTo("Withheld");
            assertThat(((Map<?, ?>) p.get("country")).get("id")).isEqualTo("country:US");
        });
        assertThat(latest.getList("data.concentrationSeries.reason")).containsOnlyNulls();

        var all = post("""
                { concentrationSeries(material: "material:lithium", fromYear: 2022, toYear: 2022, editions: ALL) {
                    year edition concentration { worldTotal topCountry { id } } } }""");
        assertThat(all.getList("data.concentrationSeries.edition")).containsExactly("MCS 2023", "MCS 2024");
        assertThat(all.getList("data.concentrationSeries.concentration.worldTotal", Double.class)).containsExactly(130000.0, 146000.0);
    }

    @Test
    void aYearWithoutANumberedWorldTotalIsListedWithTheReasonInsteadOfAnHhi() {
        // mcs2023-nicke_world.csv: world reserves ">100,000,000" (reserves of 2022)
        var nickel = post("""
                { concentrationSeries(material: "material:nickel", metric: Reserves, fromYear: 2022, toYear: 2022, editions: ALL) {
                    year edition concentration { hhi } reason } }""");
        assertThat(nickel.getList("data.concentrationSeries.edition")).containsExactly("MCS 2023");
        assertThat(nickel.getList("data.concentrationSeries.concentration")).containsOnlyNulls();
        assertThat(nickel.getString("data.concentrationSeries[0].reason"))
                .isEqualTo("the world total of this edition and year is not a number (reported >100,000,000)");
        // the single-year field stays null there
        post("{ concentration(material: \"material:nickel\", metric: Reserves, edition: \"MCS 2023\", year: 2022) { hhi } }");
        GraphQL.post("{ concentration(material: \"material:nickel\", metric: Reserves, edition: \"MCS 2023\", year: 2022) { hhi } }")
                .body("data.concentration", nullValue());
    }

    @Test
    void badArgumentsAreRefusedWithACode() {
        GraphQL.post("{ productionSeries(filter: {fromYear: 2024, toYear: 2020}) { totalCount } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"))
                .body("errors[0].message", containsString("toYear must not be below fromYear"))
                .body("data", nullValue());
        GraphQL.post("{ concentrationSeries(material: \"material:lithium\", fromYear: 2024, toYear: 2020) { year } }")
                .statusCode(200).body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
        GraphQL.post("{ concentrationSeries(material: \"material:lithium\", metric: NetImportReliance) { year } }")
                .statusCode(200).body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
        GraphQL.post("{ productionSeries(filter: {editions: NEWEST}) { totalCount } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("LATEST"));
        GraphQL.post("{ productionSeries(first: 101) { totalCount } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
        GraphQL.post("{ productionSeries(after: \"nonsense\") { totalCount } }").statusCode(200)
                .body("errors[0].extensions.code", equalTo("INVALID_ARGUMENT"));
    }

    @Test
    void eachSeriesFieldIsOneRoundTrip() {
        long before = watch.roundTrips();
        series("material: \"material:cobalt\", editions: ALL");
        assertThat(watch.roundTrips() - before).as("round trips of productionSeries with sources and records").isEqualTo(1);
        before = watch.roundTrips();
        post("""
                { concentrationSeries(material: "material:cobalt", editions: ALL) {
                    year concentration { material { id } topCountry { id } shares { country { id } source { id } } leftOut { id source { id } record { key } } } } }""");
        assertThat(watch.roundTrips() - before).as("round trips of concentrationSeries").isEqualTo(1);
    }
}
