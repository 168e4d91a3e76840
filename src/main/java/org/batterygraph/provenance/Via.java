package org.batterygraph.provenance;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

import org.batterygraph.model.RelationshipType;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

/**
 * The relationship a node was reached through. Its claims (quote, date, source) and whether any of them is
 * disputed are batched fields: one round trip for all nodes of a level.
 */
@Description("The relationship this node was reached through, with its provenance.")
public record Via(
        @NonNull RelationshipType type,
        @Description("Role on MEMBER_OF and INVOLVES relationships") String role,
        @Description("Ownership share (0..1) on OWNS relationships") Double share,
        @NonNull @Description("Ids of the sources stating this relationship") List<@NonNull String> sourceIds,
        @Description("First day the relationship holds, where known") LocalDate validFrom,
        @Description("Last day the relationship holds, where known") LocalDate validTo,
        @Ignore List<String> claimIds) {

    public Via {
        sourceIds = List.copyOf(sourceIds);
        claimIds = List.copyOf(claimIds);
    }

    /** A hop link mapper from a record's {@code from(node, via)}: the node with the Via of the link it was reached through. */
    public static <T> BiFunction<Value, Value, T> reached(BiFunction<Value, Via, T> from) {
        return (node, link) -> from.apply(node, from(link));
    }

    /**
     * From a hop link: a map with {@code type} and {@code rel} (the relationship's properties), which come together.
     * A projected link carries them only when {@code via} (or a wrapper's relationship field) was selected
     * ({@code Projection}); without them there is no via to give: null.
     */
    public static Via from(Value link) {
        if (link.get("type").isNull()) {
            return null; // a projection that did not select via leaves the relationship out
        }
        var rel = link.get("rel");
        return new Via(RelationshipType.valueOf(link.get("type").asString()),
                rel.get("role").isNull() ? null : rel.get("role").asString(),
                rel.get("share").isNull() ? null : rel.get("share").asDouble(),
                rel.get("sources").isNull() ? List.of() : rel.get("sources").asList(Value::asString),
                rel.get("validFrom").isNull() ? null : rel.get("validFrom").asLocalDate(),
                rel.get("validTo").isNull() ? null : rel.get("validTo").asLocalDate(),
                rel.get("claims").isNull() ? List.of() : rel.get("claims").asList(Value::asString));
    }
}
