package org.batterygraph.place;

import java.util.Map;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.model.NodeKind;
import org.batterygraph.neo4j.Conditions;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.neo4j.driver.Values;

/**
 * A place filter on the {@code location} point of the nodes of a list: a circle or a box, read from the kind's
 * point index ({@code point.distance}, {@code point.withinBBox}). Nodes without a location never match.
 */
@Input("WithinFilter")
@Description("""
        Where: within `radiusKm` kilometres of `centre` (great-circle distance, as Neo4j's point.distance computes it), \
        or inside `box`; exactly one of `centre` (with `radiusKm`) and `box`. Only nodes with a location match.""")
public record Within(Coordinates centre, @Description("Kilometres, 0 or more; only with `centre`") Double radiusKm, Box box) {

    /** The Cypher expression of node {@code n}'s distance in km from the centre (rounded to metres). */
    private static final String DISTANCE_KM = "round(point.distance(n.location, $withinCentre) / 1000.0, 3)";

    /**
     * Adds the condition of this filter on {@code n.location} of a node of {@code kind}, its values as parameters,
     * with a hint to start from the point index; with a centre also the node's {@code distanceKm}. Refuses a bad
     * filter (no or both shapes, a coordinate off the Earth, a negative radius, south above north) before any
     * Cypher runs. Nothing when {@code within} is null.
     */
    public static Conditions apply(Within within, Conditions conditions, NodeKind kind) throws InvalidArgumentException {
        if (within == null) {
            return conditions;
        }
        if ((within.centre == null) == (within.box == null)) {
            throw new InvalidArgumentException("within takes exactly one of centre (with radiusKm) and box");
        }
        var hint = "USING POINT INDEX n:" + kind.label() + "(location)";
        if (within.centre != null) {
            checkLatitude("within.centre.latitude", within.centre.latitude());
            checkLongitude("within.centre.longitude", within.centre.longitude());
            if (within.radiusKm == null) {
                throw new InvalidArgumentException("within.centre needs radiusKm");
            }
            if (!(within.radiusKm >= 0) || within.radiusKm.isInfinite()) {
                throw new InvalidArgumentException("within.radiusKm must be 0 or more, was " + within.radiusKm);
            }
            return conditions
                    .when(point(within.centre.latitude(), within.centre.longitude()), "withinCentre",
                            "point.distance(n.location, $withinCentre) <= $withinMetres")
                    .parameter("withinMetres", within.radiusKm * 1000)
                    .hint(hint)
                    .computed(Map.of("distanceKm", DISTANCE_KM));
        }
        if (within.radiusKm != null) {
            throw new InvalidArgumentException("within.radiusKm goes with centre, not with box");
        }
        var box = within.box;
        checkLatitude("within.box.south", box.south());
        checkLatitude("within.box.north", box.north());
        checkLongitude("within.box.west", box.west());
        checkLongitude("within.box.east", box.east());
        if (box.south() > box.north()) {
            throw new InvalidArgumentException("within.box.south must not be above within.box.north");
        }
        return conditions
                .when(point(box.south(), box.west()), "withinSouthWest",
                        "point.withinBBox(n.location, $withinSouthWest, $withinNorthEast)")
                .parameter("withinNorthEast", point(box.north(), box.east()))
                .hint(hint);
    }

    private static Object point(double latitude, double longitude) {
        return Values.point(4326, longitude, latitude).asPoint();
    }

    private static void checkLatitude(String field, Double latitude) throws InvalidArgumentException {
        if (latitude == null || !(latitude >= -90 && latitude <= 90)) {
            throw new InvalidArgumentException(field + " must be a latitude from -90 to 90, was " + latitude);
        }
    }

    private static void checkLongitude(String field, Double longitude) throws InvalidArgumentException {
        if (longitude == null || !(longitude >= -180 && longitude <= 180)) {
            throw new InvalidArgumentException(field + " must be a longitude from -180 to 180, was " + longitude);
        }
    }
}
