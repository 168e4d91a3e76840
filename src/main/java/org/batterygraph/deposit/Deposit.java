package org.batterygraph.deposit;

import static org.batterygraph.model.FieldNotes.DISTANCE;
import static org.batterygraph.neo4j.Values.number;
import static org.batterygraph.neo4j.Values.string;

import org.batterygraph.model.DepositStatus;
import org.batterygraph.model.DepositType;
import org.batterygraph.model.Term;
import org.batterygraph.node.Node;
import org.batterygraph.place.Location;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("""
        A mineral deposit (so far the lithium deposits dataset's): its resource type, development status, reserves and \
        resources in kt of contained lithium, and production rates in kt Li per year as the dataset gives them.""")
public record Deposit(
        @Id @NonNull String id,
        @NonNull String name,
        DepositType resourceType,
        @Description("The dataset's own class, e.g. Other (Oilfield)") String resourceTypeDetail,
        DepositStatus status,
        @Description("Latitude and longitude as the dataset gives them") Location location,
        @Description(DISTANCE) Double distanceKm,
        Double reservesKtLi,
        @Description("All resources, kt Li") Double resourcesKtLi,
        Double demonstratedResourcesKtLi,
        Double inferredResourcesKtLi,
        Double productionRate2022,
        Double productionRate2023,
        @Description("As the dataset projects it") Double productionRate2025,
        @Description("As the dataset projects it") Double productionRate2030) implements Node {

    public static Deposit from(Value n) {
        return new Deposit(string(n, "id"), string(n, "name"), Term.of(DepositType.class, string(n, "resourceType")),
                string(n, "resourceTypeDetail"), Term.of(DepositStatus.class, string(n, "status")),
                Location.of(n.get("location")), number(n, "distanceKm"),
                number(n, "reservesKtLi"), number(n, "resourcesKtLi"), number(n, "demonstratedResourcesKtLi"),
                number(n, "inferredResourcesKtLi"), number(n, "productionRate2022"), number(n, "productionRate2023"),
                number(n, "productionRate2025"), number(n, "productionRate2030"));
    }
}
