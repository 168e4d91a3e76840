package org.batterygraph.place;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CoordinatesInput")
@Description("A point in WGS-84 degrees: latitude -90 to 90, longitude -180 to 180.")
public record Coordinates(@NonNull Double latitude, @NonNull Double longitude) {
}
