package org.batterygraph.material;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.model.MaterialKind;
import org.batterygraph.neo4j.Conditions;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Which materials a list covers; every field is optional and they combine with AND. */
@Input("MaterialFilter")
@Description("Which materials to include; all fields optional, combined with AND. Ranges are inclusive.")
public record MaterialFilter(
        MaterialKind kind,
        @Description("The name starts with this (case-sensitive)") String namePrefix) {

    static final MaterialFilter NONE = new MaterialFilter(null, null);

    /** The conditions on node {@code n} of the filters that are set, their values as parameters. */
    static Conditions conditions(MaterialFilter filter) throws InvalidArgumentException {
        var f = filter == null ? NONE : filter;
        return new Conditions()
                .when(f.kind, "kind", "n.kind = $kind")
                .when(f.namePrefix, "namePrefix", "n.name STARTS WITH $namePrefix");
    }
}
