package org.batterygraph.contribution;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The closed value sets of the model (docs/data.md), as GraphQL enums: a write with any other value is refused. */
final class Vocabulary {

    private Vocabulary() {
    }

    @Enum("OrganizationType")
    public enum OrganizationType { Company, ResearchInstitution, GovernmentAgency, TradeAssociation, Municipality }

    @Enum("FacilityType")
    public enum FacilityType { Mine, Refinery, pCAM, CAM, Anode, CellGigafactory, Recycling, ResearchFab, SolarFab }

    @Enum("FacilityStatus")
    public enum FacilityStatus { Announced, UnderConstruction, Operational, Cancelled, Bankrupt }

    @Enum("SourceKind")
    public enum SourceKind { SeedArticle, News, Government, Reference, Dataset }

    @Enum("Confidence")
    public enum Confidence { high, medium, low }

    @Enum("CapacityUnit")
    @Description("Unit of a facility's capacity: GWH_PER_YEAR (GWh/yr), TONNES_PER_YEAR (t/yr), TONNES_PER_DAY (t/day).")
    public enum CapacityUnit {
        GWH_PER_YEAR("GWh/yr"), TONNES_PER_YEAR("t/yr"), TONNES_PER_DAY("t/day");

        private final String stored;

        CapacityUnit(String stored) {
            this.stored = stored;
        }

        /** The unit as the graph stores it. */
        String stored() {
            return stored;
        }
    }
}
