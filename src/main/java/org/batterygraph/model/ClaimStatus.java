package org.batterygraph.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ClaimStatus")
@Description("Active; Superseded (its source later gave another value: kept, with the claim that replaced it); or Retired (withdrawn by an admin, kept for the record).")
public enum ClaimStatus implements Term {
    Active, Superseded, Retired
}
