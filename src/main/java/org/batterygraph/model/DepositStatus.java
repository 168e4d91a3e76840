package org.batterygraph.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("DepositStatus")
@Description("Where a deposit's development stands (no status when the source has no information).")
public enum DepositStatus implements Term {
    Producing, Construction, Evaluation
}
