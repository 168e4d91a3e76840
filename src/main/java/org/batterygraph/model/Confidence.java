package org.batterygraph.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("Confidence")
@Description("How sure a claim or statistic is of its source's statement.")
public enum Confidence implements Term {
    high, medium, low
}
