package org.batterygraph.facility;

public enum FacilityGroup {
    STATUS, TYPE, STATE, COUNTRY
}
