// Every request the explorer makes: POST /graphql with one of the documents below (docs/explorer.md lists them).

// DATABASE_UNAVAILABLE means "retry later" (docs/errors.md): every request of the page is a read, so it is asked
// again twice, after 0.5 s and 1.5 s, before the page shows the error.
const RETRY_DELAYS_MS = [500, 1500];

export async function gql(query, variables = {}) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await gqlOnce(query, variables);
    } catch (e) {
      if (e.code !== 'DATABASE_UNAVAILABLE' || attempt >= RETRY_DELAYS_MS.length) throw e;
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt]));
    }
  }
}

async function gqlOnce(query, variables) {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  let body;
  try {
    body = await response.json();
  } catch (e) {
    throw new Error(`The API answered HTTP ${response.status} without JSON`);
  }
  if (body.errors && body.errors.length) {
    const e = body.errors[0];
    const code = e.extensions && e.extensions.code ? ` (${e.extensions.code})` : '';
    const error = new Error(e.message + code);
    error.code = e.extensions && e.extensions.code;
    throw error;
  }
  return body.data;
}

const SOURCE = 'source { id title name url publisher published kind }';
const CLAIM = `id predicate property value evidenceKind quote paraphrase paraphrasedBy record { dataset release key }
  assertedOn assertedPrecision assertedBasis validFrom validTo confidence status supersededBy disputed
  subject { id kind name } object { id kind name } ${SOURCE}`;

export const SEARCH = `query Search($text: String!, $limit: Int) {
  search(text: $text, limit: $limit) { id kind name score }
}`;

export const NEIGHBOURHOOD = `query Neighbourhood($id: ID!, $depth: Int, $limit: Int, $asOf: Date) {
  neighbourhood(id: $id, depth: $depth, limit: $limit, asOf: $asOf) {
    truncated
    nodes { id label name properties { key value } }
    edges { id source target type properties { key value }
      provenance { disputed role share validFrom validTo sourceIds claims { ${CLAIM} } } }
  }
}`;

export const PATHS = `query Paths($from: ID!, $to: ID!, $maxHops: Int, $asOf: Date) {
  paths(from: $from, to: $to, maxHops: $maxHops, limit: 5, asOf: $asOf) {
    length
    nodes { id label name properties { key value } }
    edges { id source target type properties { key value }
      provenance { disputed role share validFrom validTo sourceIds claims { ${CLAIM} } } }
  }
}`;

const KINDS_WITH_CLAIMS = ['Consortium', 'Country', 'Event', 'Facility', 'FundingAward', 'Material', 'Organization',
  'Policy', 'Subdivision'];
export const NODE_CLAIMS = `query NodeClaims($id: ID!) {
  node(id: $id) { __typename id name
    ${KINDS_WITH_CLAIMS.map((k) => `... on ${k} { claims { ${CLAIM} } }`).join('\n    ')}
    ... on Source { url publisher published kind }
  }
}`;

export const CONFLICTS = `query Conflicts {
  conflicts(first: 100) { reason claim { ${CLAIM} } counterClaim { ${CLAIM} } }
}`;

export const MAP_FACILITIES = `query MapFacilities($after: String) {
  facilities(first: 100, after: $after) {
    nodes { id name type status location { latitude longitude }
      state { id name code } country { id name iso2 iso3 } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export const CHART_CHOICES = `query ChartChoices {
  materials(first: 100, orderBy: NAME) { nodes { id name } }
  facilities(first: 100, orderBy: NAME) { nodes { id name } }
  productionStats(first: 100) { material { id } metric year }
}`;

export const PRODUCTION_YEARS = `query ProductionYears($material: ID!, $metric: Metric!) {
  productionStats(material: $material, metric: $metric, first: 100) { year edition }
}`;

// One document, one aliased concentration field per year (at most 30 aliases are allowed; the graph has far fewer years).
export function concentrationByYears(years) {
  return `query ConcentrationByYear($material: ID!, $metric: Metric!) {
${years.map((y) => `  y${y}: concentration(material: $material, metric: $metric, year: ${Number(y)}) {
    year edition hhi topShare unit coverage shares { share value country { id name } source { id title url } } }`).join('\n')}
}`;
}

export const EXPOSURE = `query Exposure($id: ID!) {
  exposure(id: $id) { id name materials { material { id name } year edition hhi topShare
    shares { share country { name } } } noData { id name } }
}`;
