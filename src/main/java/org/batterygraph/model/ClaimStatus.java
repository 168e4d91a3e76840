package org.batterygraph.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ClaimStatus")
@Description("Active, or Retired (no longer held, kept for the record).")
public enum ClaimStatus implements Term {
    Active, Retired
}
