package org.batterygraph.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("DateBasis")
@Description("Where a date comes from: Stated by the source, or Estimated by the editors (the source gives none).")
public enum DateBasis implements Term {
    Stated, Estimated
}
