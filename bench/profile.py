#!/usr/bin/env python3
"""Where a lookup's CPU goes in our API (issue #12): runs a packaged jar against the bench graph (bench/run.sh loads
it; Neo4j on bolt://127.0.0.1:7688), sends the bench suite's 01-lookup document N times to warm up and N times to
measure under Java Flight Recorder, and prints the server's CPU time per request, the latency, and the share of CPU
samples per component (the first frame of a stack that belongs to a known library) and per marker (any frame).

    bench/profile.py [--requests 3000] JAR [JAR ...]      (e.g. bench/ab/<commit>/target/quarkus-app/quarkus-run.jar)

CPU shares are comparable between jars measured on the same machine; absolute times are not, under load."""
import argparse, collections, http.client, json, os, socket, statistics, subprocess, sys, tempfile, time

COMPONENTS = ["org.batterygraph", "io.smallrye.graphql", "io.quarkus.smallrye.graphql", "graphql.", "org.dataloader",
              "org.neo4j.driver", "org.neo4j.bolt", "io.micrometer", "io.quarkus.micrometer", "io.opentelemetry",
              "io.quarkus.opentelemetry", "com.fasterxml", "org.eclipse.parsson", "io.vertx.ext.web", "io.vertx.core.http",
              "io.quarkus.vertx", "io.netty", "io.smallrye.mutiny", "io.smallrye.context", "io.quarkus.arc"]
MARKERS = ["ExecutionService.getDataLoaderRegistry", "DataLoaderRegistry.dispatchAll", "DocumentSyntax.query",
           "CORSFilter.handle", "GraphQLMetrics", "Cypher.traced", "Cypher.timed", "SdkSpan", "VertxHttpServerMetrics"]
DOC = "query Lookup($id: ID!) {\n  facility(id: $id) { id name type status capacity announced }\n}\n"

def lookup_ids(password):
    """The ids bench/suite/01-lookup/params.cypher picks, through Neo4j's HTTP API (port 7475)."""
    import base64
    c = http.client.HTTPConnection("127.0.0.1", 7475)
    auth = base64.b64encode(f"neo4j:{password}".encode()).decode()
    c.request("POST", "/db/neo4j/tx/commit", json.dumps({"statements": [{"statement":
              "MATCH (n:Facility) RETURN n.id AS id ORDER BY n.id LIMIT 200"}]}),
              {"Content-Type": "application/json", "Authorization": f"Basic {auth}"})
    return [row["row"][0] for row in json.loads(c.getresponse().read())["results"][0]["data"]]

def run(jar, n, out):
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env = dict(os.environ, NEO4J_URI="bolt://127.0.0.1:7688", NEO4J_USERNAME="neo4j",
               NEO4J_PASSWORD=os.environ.get("BENCH_NEO4J_PASSWORD", "bench-local"), BATTERY_SEED_MODE="NEVER",
               BATTERY_DATASETS="NEVER", BATTERY_JWT_PUBLIC_KEY_LOCATION=f"{root}/dev/jwt/public-key.pem",
               BATTERY_JWT_ISSUER="https://battery-graph.local/dev")
    rec = os.path.join(out, "rec.jfr")
    app = subprocess.Popen(["java", f"-XX:StartFlightRecording=settings=profile,filename={rec}", "-Dquarkus.http.host=127.0.0.1",
                            "-Dquarkus.http.port=8090", "-jar", jar], env=env, stdout=open(os.path.join(out, "app.log"), "w"),
                           stderr=subprocess.STDOUT)
    try:
        for _ in range(600):
            try:
                socket.create_connection(("127.0.0.1", 8090), 0.2).close(); break
            except OSError:
                if app.poll() is not None: sys.exit(f"{jar} exited: {out}/app.log")
                time.sleep(0.3)
        c = http.client.HTTPConnection("127.0.0.1", 8090)
        def post(body):
            c.request("POST", "/graphql", json.dumps(body), {"Content-Type": "application/json"})
            r = c.getresponse(); d = json.loads(r.read())
            if r.status != 200 or d.get("errors"): sys.exit(f"{jar}: {r.status} {d}")
            return d
        ids = lookup_ids(env["NEO4J_PASSWORD"])
        one = lambda i: post({"query": DOC, "variables": {"id": ids[i % len(ids)]}})
        for i in range(n): one(i)
        tck = os.sysconf("SC_CLK_TCK")
        cpu = lambda: sum(int(x) for x in open(f"/proc/{app.pid}/stat").read().rsplit(")", 1)[1].split()[11:13]) / tck
        c0, lat = cpu(), []
        for i in range(n):
            s = time.perf_counter(); one(i); lat.append(time.perf_counter() - s)
        return 1000 * (cpu() - c0) / n, 1000 * statistics.median(lat), rec
    finally:
        app.terminate(); app.wait()

def shares(rec):
    data = json.loads(subprocess.run(["jfr", "print", "--json", "--events", "jdk.ExecutionSample", "--stack-depth", "128", rec],
                                     capture_output=True, text=True, check=True).stdout)
    comp, mark, n = collections.Counter(), collections.Counter(), 0
    for e in data["recording"]["events"]:
        st, th = e["values"]["stackTrace"], (e["values"].get("sampledThread") or {}).get("javaName") or ""
        if not st or th == "main": continue  # the start
        n += 1
        frames = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in st["frames"]]
        comp[next((p for f in frames for p in COMPONENTS if f.startswith(p)), "other")] += 1
        joined = " ".join(frames)
        for m in MARKERS:
            if m in joined: mark[m] += 1
    return n, comp, mark

def main():
    a = argparse.ArgumentParser(); a.add_argument("--requests", type=int, default=3000); a.add_argument("jars", nargs="+")
    args = a.parse_args()
    results = []
    for jar in args.jars:
        out = tempfile.mkdtemp(prefix="profile-")
        cpu, p50, rec = run(jar, args.requests, out)
        results.append((jar, cpu, p50) + shares(rec))
    print(f"load average at the end: {os.getloadavg()[0]:.1f}\n")
    print("| jar | CPU ms/request | p50 ms | samples |\n|---|---:|---:|---:|")
    for jar, cpu, p50, n, _, _ in results: print(f"| {jar} | {cpu:.2f} | {p50:.2f} | {n} |")
    for title, idx, keys in (("component (first known frame)", 4, COMPONENTS + ["other"]), ("marker (any frame)", 5, MARKERS)):
        print(f"\n| {title} | " + " | ".join(f"share {i + 1}" for i in range(len(results))) + " |")
        print("|---|" + "---:|" * len(results))
        for k in keys:
            print(f"| {k} | " + " | ".join(f"{100 * r[idx][k] / r[3]:.1f} %" for r in results) + " |")

main()
