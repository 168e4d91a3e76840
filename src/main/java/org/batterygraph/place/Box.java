package org.batterygraph.place;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("BoxInput")
@Description("""
        A latitude/longitude box in WGS-84 degrees, edges included: south to north (south must not be above north), \
        west to east; a west greater than east is a box across the 180th meridian.""")
public record Box(@NonNull Double south, @NonNull Double west, @NonNull Double north, @NonNull Double east) {
}
