// A deterministic synthetic battery graph with the model of docs/data.md (labels, ids, properties, relationship
// types, MEMBER_OF {role}). bench/run.sh uses it only when scripts/generate-synthetic.sh and scripts/bulk-import.sh
// are not there, after cypher/schema.cypher, with the counts it derives from --nodes (bench/data/synthetic.sh):
// 50 countries, $subdivisions, $materials, $consortia, $organizations, $facilities.
// Material use is skewed (a few materials everywhere, many rare ones).

CALL () {
  UNWIND range(0, 49) AS i
  CREATE (:Entity:Country {id: 'country:C' + i, name: 'Country ' + i, iso2: 'C' + i, iso3: 'CC' + i})
};

CALL () {
  UNWIND range(0, $subdivisions - 1) AS i
  CREATE (:Entity:Subdivision {id: 'subdivision:S' + i, name: 'Region ' + i, code: 'C' + (i % 50) + '-' + i, kind: 'State'})
};

MATCH (s:Subdivision), (c:Country {iso2: 'C' + (toInteger(split(s.id, ':S')[1]) % 50)})
CREATE (s)-[:PART_OF {sources: ['source:synthetic']}]->(c);

CALL () {
  WITH $materials AS m,
       ['Lithium', 'Nickel', 'Cobalt', 'Graphite', 'Manganese', 'Hydroxide', 'Carbonate', 'Cathode', 'Anode', 'Cell'] AS words
  UNWIND range(0, m - 1) AS i
  CREATE (:Entity:Material {id: 'material:m' + i, name: words[i % 10] + ' grade ' + i, kind: ['Mineral', 'Intermediate', 'Component'][i % 3],
          aliases: [], aliasText: ''})
};

CALL () {
  UNWIND range(0, $consortia - 1) AS i
  CREATE (:Entity:Consortium {id: 'consortium:k' + i, name: 'Battery Alliance ' + i, aliases: [], aliasText: '',
          launched: date('2015-01-01') + duration({days: i * 37 % 3000}), scope: ['Europe', 'North America', 'Global'][i % 3]})
};

CALL () {
  WITH $organizations AS o,
       ['Lithium', 'Volt', 'Ionic', 'Cathode', 'Nordic', 'Pacific', 'Graphite', 'Cobalt', 'Nickel', 'Solid'] AS first,
       ['Americas', 'Power', 'Energy', 'Materials', 'Cells', 'Recycling', 'Mining', 'Systems'] AS second
  UNWIND range(0, o - 1) AS i
  CREATE (:Entity:Organization {id: 'org:o' + i, name: first[i % 10] + ' ' + second[(i / 10) % 8] + ' ' + i,
          orgType: ['Company', 'ResearchInstitution', 'GovernmentAgency', 'TradeAssociation', 'Municipality'][i % 5],
          aliases: [], aliasText: '', founded: date('1990-01-01') + duration({days: i * 13 % 12000})})
} IN TRANSACTIONS OF 20000 ROWS;

CALL () {
  UNWIND range(0, $facilities - 1) AS i
  CREATE (:Entity:Facility {id: 'facility:f' + i, name: ['Gigafactory', 'Refinery', 'Mine', 'Plant'][i % 4] + ' ' + i,
          type: ['Mine', 'Refinery', 'pCAM', 'CAM', 'Anode', 'CellGigafactory', 'Recycling', 'ResearchFab', 'SolarFab'][i % 9],
          status: ['Announced', 'UnderConstruction', 'Operational', 'Cancelled', 'Bankrupt'][(i * 7) % 5],
          capacity: toFloat((i * 37) % 500), capacityUnit: 'GWh/yr', jobs: (i * 11) % 3000,
          investmentUsd: toFloat((i * 101) % 5000) * 1.0e6, announced: date('2015-01-01') + duration({days: i * 17 % 3500}),
          aliases: [], aliasText: ''})
} IN TRANSACTIONS OF 20000 ROWS;

MATCH (o:Organization)
WITH o, toInteger(split(o.id, ':o')[1]) AS i, $consortia AS c, $subdivisions AS s
CALL (o, i, c, s) {
  MATCH (k:Consortium {id: 'consortium:k' + (i * 7 % c)})
  MATCH (r:Subdivision {id: 'subdivision:S' + (i % s)})
  FOREACH (_ IN CASE WHEN i % 3 = 0 THEN [1] ELSE [] END |
    CREATE (o)-[:MEMBER_OF {role: ['Member', 'Founder', 'Convenor', 'Coordinator', 'Participant'][i % 5], sources: ['source:synthetic']}]->(k))
  CREATE (o)-[:HEADQUARTERED_IN {sources: ['source:synthetic']}]->(r)
} IN TRANSACTIONS OF 20000 ROWS;

MATCH (f:Facility)
WITH f, toInteger(split(f.id, ':f')[1]) AS i, $organizations AS o, $subdivisions AS s, $materials AS m
CALL (f, i, o, s, m) {
  MATCH (op:Organization {id: 'org:o' + (i * 31 % o)})
  MATCH (r:Subdivision {id: 'subdivision:S' + (i * 13 % s)})
  MATCH (p:Material {id: 'material:m' + toInteger(m * ((i * 7919 % 1000) / 1000.0) ^ 3)})
  MATCH (u:Material {id: 'material:m' + toInteger(m * ((i * 6007 % 1000) / 1000.0) ^ 3)})
  CREATE (op)-[:OPERATES {sources: ['source:synthetic']}]->(f)
  CREATE (f)-[:LOCATED_IN {sources: ['source:synthetic']}]->(r)
  CREATE (f)-[:PRODUCES {sources: ['source:synthetic']}]->(p)
  CREATE (f)-[:CONSUMES {sources: ['source:synthetic']}]->(u)
} IN TRANSACTIONS OF 20000 ROWS;
