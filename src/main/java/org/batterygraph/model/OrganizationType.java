package org.batterygraph.model;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("OrganizationType")
@Description("What kind of organization it is.")
public enum OrganizationType implements Term {
    Company, ResearchInstitution, GovernmentAgency, TradeAssociation, Municipality
}
