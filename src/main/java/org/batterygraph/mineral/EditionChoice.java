package org.batterygraph.mineral;

import org.eclipse.microprofile.graphql.Description;

@Description("Which editions of a statistics publication a time series shows for each year.")
public enum EditionChoice {
    @Description("""
            Per year the newest edition's figure (MCS 2024's figure for 2022 rather than MCS 2023's first estimate): \
            one figure per year and series, each naming its edition""")
    LATEST,
    @Description("Every edition's figure: a year that a later edition revised shows both, oldest edition first")
    ALL
}
