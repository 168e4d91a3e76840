package org.batterygraph.place;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.neo4j.driver.Value;

@Description("""
        A place on the Earth in WGS-84 degrees, as the dataset gives it (stored as a Neo4j point). Absent, never 0,0, \
        where the dataset has no valid coordinates.""")
public record Location(@NonNull Double latitude, @NonNull Double longitude) {

    /** The location of a stored WGS-84 point (x is the longitude, y the latitude); null for no point. */
    public static Location of(Value point) {
        if (point == null || point.isNull()) {
            return null;
        }
        var p = point.asPoint();
        return new Location(p.y(), p.x());
    }
}
