package org.batterygraph.material;

import java.util.List;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.api.PageRequest;
import org.batterygraph.api.Selection;
import org.batterygraph.model.NodeKind;
import org.batterygraph.neo4j.Entities;
import org.batterygraph.neo4j.Hop;
import org.batterygraph.neo4j.HopSource;
import org.batterygraph.neo4j.Links;
import org.batterygraph.provenance.Via;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.graphql.api.Context;

/** Minerals, intermediates and components, and the material flow between them (INPUT_TO). */
@GraphQLApi
public class MaterialApi implements HopSource {

    static final Hop INPUTS = new Hop("Material.inputs", "(n)<-[r:INPUT_TO]-(m:Material)");
    static final Hop OUTPUTS = new Hop("Material.usedFor", "(n)-[r:INPUT_TO]->(m:Material)");

    private final Entities entities;
    private final Links links;
    private final Context context;

    MaterialApi(Entities entities, Links links, Context context) {
        this.links = links;
        this.entities = entities;
        this.context = context;
    }

    /** The relationship fields this feature serves, for the projection of nested selections. */
    @Override
    @Ignore
    public List<Hop> hops() {
        return List.of(INPUTS, OUTPUTS);
    }

    @Query
    @Description("One material by id, e.g. \"material:lithium\"; null when there is none.")
    public Material material(@NonNull @Id String id) {
        return entities.byId(NodeKind.Material, id, Selection.of(context, null), Material::from).orElse(null);
    }

    @Query
    @Description("""
            Materials matching `filter`, in `orderBy` order (default ID), a page at a time (first: 1 to 100, \
            default 20). `totalCount` is computed, in the same round trip, only when selected.""")
    public @NonNull MaterialPage materials(Integer first, String after, MaterialFilter filter,
            @DefaultValue("ID") MaterialOrder orderBy) throws InvalidArgumentException {
        var page = entities.list(NodeKind.Material, MaterialFilter.conditions(filter), orderBy, PageRequest.of(first, after),
                Selection.of(context, "nodes"), Selection.includes(context, "totalCount"), Material::from);
        return new MaterialPage(page.items(), page.pageInfo(), page.totalCount());
    }

    @Description("Materials this one is made from (one step up the supply chain).")
    public List<@NonNull List<@NonNull Material>> inputs(@Source List<Material> materials) {
        return links.related(INPUTS, materials, Material::id, Via.reached(Material::from));
    }

    @Description("Materials made from this one (one step down the supply chain).")
    public List<@NonNull List<@NonNull Material>> usedFor(@Source List<Material> materials) {
        return links.related(OUTPUTS, materials, Material::id, Via.reached(Material::from));
    }
}