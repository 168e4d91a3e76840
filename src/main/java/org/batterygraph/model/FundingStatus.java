package org.batterygraph.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("FundingStatus")
@Description("Where a funding award stands.")
public enum FundingStatus implements Term {
    Selected, Closed, Terminated, Conditional, Appealed
}
