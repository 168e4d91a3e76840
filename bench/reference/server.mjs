// Benchmark peer: the Neo4j GraphQL Library (@neo4j/graphql) serving the battery graph through Apollo Server.
// Not product code; bench/harness drives it side by side with our API.
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const port = Number(process.env.PORT ?? 4000);
const driver = neo4j.driver(
  process.env.NEO4J_URI ?? "bolt://127.0.0.1:7688",
  neo4j.auth.basic(process.env.NEO4J_USERNAME ?? "neo4j", process.env.NEO4J_PASSWORD ?? "bench-local"),
);
const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();

if (process.argv.includes("--print-schema")) {
  const { printSchema } = await import("graphql");
  console.log(printSchema(schema));
  await driver.close();
  process.exit(0);
}

const server = new ApolloServer({ schema, introspection: true });
const { url } = await startStandaloneServer(server, { listen: { host: "127.0.0.1", port } });
console.log(`@neo4j/graphql reference ready at ${url}`);

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, async () => {
    await server.stop();
    await driver.close();
    process.exit(0);
  });
}
