package org.batterygraph.mineral;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.model.Metric;
import org.batterygraph.neo4j.Conditions;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** Which statistics a time series covers; every field is optional and they combine with AND. */
@Input("ProductionSeriesFilter")
@Description("Which statistics a time series covers; all fields optional, combined with AND. Years are inclusive.")
public record ProductionSeriesFilter(
        @Id @Description("Material id, e.g. material:lithium") String material,
        @Id @Description("Country id, e.g. country:US (without it, world totals and \"Other countries\" lines are included)") String country,
        Metric metric,
        @Description("The table column, e.g. NIR_pct or Price_dt (salient statistics; a column renamed between editions is another series)") String series,
        Integer fromYear,
        Integer toYear,
        @DefaultValue("LATEST") @Description("Per year the newest edition's figure (default), or every edition's") EditionChoice editions) {

    static final ProductionSeriesFilter NONE = new ProductionSeriesFilter(null, null, null, null, null, null, null);

    /** Whether only the newest edition's figure per year is kept (the default). */
    boolean latest() {
        return editions != EditionChoice.ALL;
    }

    /**
     * The conditions on statistic {@code n} other than material and country (those choose where the statement starts:
     * MineralApi.series), their values as parameters; a year range that ends before it starts is refused.
     */
    Conditions conditions() throws InvalidArgumentException {
        return new Conditions()
                .when(metric, "metric", "n.metric = $metric")
                .when(series, "series", "n.series = $series")
                .range("year", "fromYear", fromYear, "toYear", toYear)
                .parameter("latest", latest());
    }
}
