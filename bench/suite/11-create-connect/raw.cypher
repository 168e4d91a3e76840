MATCH (c:Consortium {id: $consortium})
CREATE (o:Entity:Organization {id: $id, name: 'Benchmark organization', orgType: 'Company'})
CREATE (o)-[:MEMBER_OF {role: 'Member', sources: ['source:benchmark']}]->(c)
RETURN o.id AS id
