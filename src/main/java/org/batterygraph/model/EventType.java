package org.batterygraph.model;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("EventType")
@Description("What happened. Announcement, Opening, Cancellation and Bankruptcy set a facility's status.")
public enum EventType implements Term {
    Pledge(null), Cancellation(FacilityStatus.Cancelled), Bankruptcy(FacilityStatus.Bankrupt),
    Opening(FacilityStatus.Operational), LeadershipChange(null), Announcement(FacilityStatus.Announced), Lien(null),
    Sale(null);

    private final FacilityStatus sets;

    EventType(FacilityStatus sets) {
        this.sets = sets;
    }

    /** The status an event of this type gives the facilities it involves; null when it gives none. */
    public FacilityStatus sets() {
        return sets;
    }

    /**
     * Stored event type to the stored status it sets, for the types that set one: the query parameter of the
     * status history ({@code $statusOf[e.type]}).
     */
    public static Map<String, String> statusChanges() {
        return Arrays.stream(values()).filter(t -> t.sets != null)
                .collect(Collectors.toUnmodifiableMap(EventType::stored, t -> t.sets.stored()));
    }
}
