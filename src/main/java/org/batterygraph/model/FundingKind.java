package org.batterygraph.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("FundingKind")
@Description("What kind of funding an award is.")
public enum FundingKind implements Term {
    Grant, Loan, TaxCredit
}
