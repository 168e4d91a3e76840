package org.batterygraph.material;

import java.util.List;

import org.batterygraph.api.InvalidArgumentException;
import org.batterygraph.api.PageRequest;
import org.batterygraph.neo4j.Entities;
import org.batterygraph.neo4j.Hop;
import org.batterygraph.model.NodeKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Minerals, intermediates and components, and the material flow between them (INPUT_TO). */
@GraphQLApi
public class MaterialApi {

    static final Hop INPUTS = new Hop("Material.inputs", "(n)<-[r:INPUT_TO]-(m:Material)");
    static final Hop OUTPUTS = new Hop("Material.usedFor", "(n)-[r:INPUT_TO]->(m:Material)");

    private final Entities entities;

    MaterialApi(Entities entities) {
        this.entities = entities;
    }

    @Query
    @Description("One material by id, e.g. \"material:lithium\"; null when there is none.")
    public Material material(@NonNull @Id String id) {
        return entities.byId(NodeKind.Material, id, Material::from).orElse(null);
    }

    @Query
    @Description("Materials ordered by id, a page at a time (first: 1 to 100, default 20).")
    public @NonNull MaterialPage materials(Integer first, String after) throws InvalidArgumentException {
        var slice = entities.page(NodeKind.Material, PageRequest.of(first, after), Material::from);
        return new MaterialPage(slice.items(), slice.pageInfo());
    }

    @Description("Materials this one is made from (one step up the supply chain).")
    public List<@NonNull List<@NonNull Material>> inputs(@Source List<Material> materials) {
        return entities.related(INPUTS, materials, Material::id, Material::from);
    }

    @Description("Materials made from this one (one step down the supply chain).")
    public List<@NonNull List<@NonNull Material>> usedFor(@Source List<Material> materials) {
        return entities.related(OUTPUTS, materials, Material::id, Material::from);
    }
}
