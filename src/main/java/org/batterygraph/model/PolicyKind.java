package org.batterygraph.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("PolicyKind")
@Description("What kind of policy it is.")
public enum PolicyKind implements Term {
    Law, TaxCredit, GrantProgram, LoanProgram, Initiative
}
