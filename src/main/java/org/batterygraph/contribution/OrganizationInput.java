package org.batterygraph.contribution;

import java.time.LocalDate;
import java.util.List;

import org.batterygraph.model.OrganizationType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("OrganizationInput")
@Description("An organization to add or change, by its stable id. Fields left out keep their current value.")
public record OrganizationInput(
        @NonNull @Id @Description("org:[A-Za-z0-9._-]+, e.g. \"org:kore-power\"") String id,
        @NonNull String name,
        @NonNull OrganizationType orgType,
        List<String> aliases,
        String description,
        @Description("http(s) address") String website,
        @Description("Stock ticker, e.g. ABAT") String ticker,
        LocalDate founded,
        @Id @Description("Country or subdivision of the headquarters, e.g. \"subdivision:US-ID\"") String headquarteredIn) {
}
