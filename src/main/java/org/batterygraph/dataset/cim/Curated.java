package org.batterygraph.dataset.cim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.batterygraph.dataset.Names;

/** What the graph held before the import, as resolution compares it: curated facilities, organizations, places. */
record Curated(List<Facility> facilities, Map<String, Organization> organizationsByName, Set<String> places) {

    record Facility(String id, String name, String type, String city, String state, List<String> operators,
            List<String> products, Set<String> properties) {
    }

    record Organization(String id, String name) {
    }

    @SuppressWarnings("unchecked")
    static Curated from(Map<String, Object> read) {
        var facilities = new ArrayList<Facility>();
        for (var f : (List<Map<String, Object>>) read.get("facilities")) {
            var state = (String) f.get("state");
            facilities.add(new Facility((String) f.get("id"), (String) f.get("name"), (String) f.get("type"),
                    (String) f.get("city"), state == null ? null : state.substring(state.indexOf('-') + 1),
                    List.copyOf((List<String>) f.get("operators")), List.copyOf((List<String>) f.get("products")),
                    Set.copyOf((List<String>) f.get("properties"))));
        }
        var organizations = new HashMap<String, Organization>();
        for (var o : (List<Map<String, Object>>) read.get("organizations")) {
            var organization = new Organization((String) o.get("id"), (String) o.get("name"));
            if (!Names.normalized(organization.name()).isEmpty()) {
                organizations.putIfAbsent(Names.normalized(organization.name()), organization);
            }
            for (var alias : (List<String>) o.get("aliases")) {
                if (!Names.normalized(alias).isEmpty()) {
                    organizations.putIfAbsent(Names.normalized(alias), organization);
                }
            }
        }
        return new Curated(List.copyOf(facilities), Map.copyOf(organizations),
                Set.copyOf((List<String>) read.get("places")));
    }
}
