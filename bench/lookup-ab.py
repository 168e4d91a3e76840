#!/usr/bin/env python3
"""Lookup A/B of packaged jars with a light client (issue #12): each jar in turn, round after round (order rotating),
runs against the bench graph (bench/run.sh loads it; Neo4j on bolt://127.0.0.1:7688, HTTP 7475), gets WARM requests
(the bench suite's QUERY document, 01-lookup unless set, with the variables of its params.cypher rows; one client,
keep-alive) to warm up and N to measure, and prints its p50 and
the server's CPU time per request (utime + stime of the JVM over the measured requests); medians over the rounds and
ratios against the first jar, with what the JIT compiled while the N were measured (jstat -compiler: its CPU
is in the server's). A Python client takes less of the two cores than bench/harness, so the server's own
cost shows more and the client's less than in bench/ab.sh.

    bench/lookup-ab.py LABEL=JAVA-ARGS [LABEL=JAVA-ARGS ...]
    e.g. bench/lookup-ab.py "base=-jar bench/ab/7b91c05/target/quarkus-app/quarkus-run.jar" \
                            "main=-jar target/quarkus-app/quarkus-run.jar"

Environment: QUERY (01-lookup: a directory of bench/suite/), ROUNDS (3), WARM (4000), N (4000), HEADERS (plain:
Content-Type only; harness: also the accept and User-Agent headers bench/harness sends), BENCH_NEO4J_PASSWORD
(bench-local). Results in /tmp/lookup-ab/."""
import base64, http.client, json, os, re, socket, statistics, subprocess, sys, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROUNDS, WARM, N = (int(os.environ.get(k, d)) for k, d in (("ROUNDS", 3), ("WARM", 4000), ("N", 4000)))
PASSWORD = os.environ.get("BENCH_NEO4J_PASSWORD", "bench-local")
OUT = "/tmp/lookup-ab"
SUITE = os.path.join(ROOT, "bench/suite", os.environ.get("QUERY", "01-lookup"))
DOC = open(os.path.join(SUITE, "ours.graphql")).read()
HEADERS = {"Content-Type": "application/json"}
if os.environ.get("HEADERS", "plain") == "harness":  # bench/harness/.../GraphQlExecutor's, and Java 17's HttpClient's
    HEADERS.update({"accept": "application/json", "User-Agent": "Java-http-client/17.0.15"})

def parameter_rows():
    """The variables of each request: the columns of params.cypher's rows that the document declares."""
    c = http.client.HTTPConnection("127.0.0.1", 7475)
    auth = base64.b64encode(f"neo4j:{PASSWORD}".encode()).decode()
    c.request("POST", "/db/neo4j/tx/commit", json.dumps({"statements": [{"statement":
              open(os.path.join(SUITE, "params.cypher")).read()}]}),
              {"Content-Type": "application/json", "Authorization": f"Basic {auth}"})
    result = json.loads(c.getresponse().read())["results"][0]
    declared = set(re.findall(r"\$(\w+)\s*:", DOC))
    return [{k: v for k, v in zip(result["columns"], row["row"]) if k in declared} for row in result["data"]]

def run(label, args, rows):
    env = dict(os.environ, NEO4J_URI="bolt://127.0.0.1:7688", NEO4J_USERNAME="neo4j", NEO4J_PASSWORD=PASSWORD,
               BATTERY_SEED_MODE="NEVER", BATTERY_DATASETS="NEVER",
               BATTERY_JWT_PUBLIC_KEY_LOCATION=f"{ROOT}/dev/jwt/public-key.pem", BATTERY_JWT_ISSUER="https://battery-graph.local/dev")
    app = subprocess.Popen(["java", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=8090"] + args.split(), env=env,
                           stdout=open(f"{OUT}/{label}.log", "w"), stderr=subprocess.STDOUT)
    try:
        for _ in range(600):
            try:
                socket.create_connection(("127.0.0.1", 8090), 0.2).close(); break
            except OSError:
                if app.poll() is not None: sys.exit(f"{label} exited: {OUT}/{label}.log")
                time.sleep(0.3)
        c = http.client.HTTPConnection("127.0.0.1", 8090)
        def one(i):
            c.request("POST", "/graphql", json.dumps({"query": DOC, "variables": rows[i % len(rows)]}), HEADERS)
            r = c.getresponse(); d = json.loads(r.read())
            if r.status != 200 or d.get("errors"): sys.exit(f"{label}: {r.status} {d}")
        for i in range(WARM): one(i)
        tck = os.sysconf("SC_CLK_TCK")
        cpu = lambda: sum(int(x) for x in open(f"/proc/{app.pid}/stat").read().rsplit(")", 1)[1].split()[11:13]) / tck
        def jit():  # methods compiled and seconds spent compiling so far (jstat -compiler: Compiled ... Time)
            out = subprocess.run(["jstat", "-compiler", str(app.pid)], capture_output=True, text=True).stdout.split()
            return (int(out[6]), float(out[9])) if len(out) >= 10 else (0, 0.0)
        j0, c0, lat = jit(), cpu(), []
        for i in range(N):
            s = time.perf_counter(); one(i); lat.append(time.perf_counter() - s)
        c1, j1 = cpu(), jit()
        return 1000 * statistics.median(lat), 1000 * (c1 - c0) / N, j1[0] - j0[0], j1[1] - j0[1]
    finally:
        app.terminate(); app.wait()

def main():
    specs = [a.split("=", 1) for a in sys.argv[1:]]
    if not specs or any(len(s) != 2 for s in specs): sys.exit(__doc__)
    os.makedirs(OUT, exist_ok=True)
    try:  # a server left on the port would answer instead of the jar under test
        socket.create_connection(("127.0.0.1", 8090), 0.2).close(); sys.exit("port 8090 is in use")
    except OSError:
        pass
    rows, results = parameter_rows(), {label: [] for label, _ in specs}
    for r in range(ROUNDS):
        # rotated, so that over len(specs) rounds every jar runs once in every position
        for label, args in specs[r % len(specs):] + specs[:r % len(specs)]:
            p50, cpu, compiled, compiling = run(label, args, rows)
            results[label].append((p50, cpu, compiled, compiling))
            print(f"round {r + 1} {label}: p50 {p50:.3f} ms, CPU {cpu:.3f} ms/request, JIT while measured: {compiled} methods"
                  f" in {compiling:.2f} s, load {os.getloadavg()[0]:.1f}", flush=True)
    base = [statistics.median(v[i] for v in results[specs[0][0]]) for i in (0, 1)]
    print("\n| jar | p50 ms | p50 ratio | CPU ms/request | CPU ratio | methods JIT-compiled while measured | JIT s |"
          "\n|---|---:|---:|---:|---:|---:|---:|")
    for label, values in results.items():
        p50, cpu, compiled, compiling = (statistics.median(v[i] for v in values) for i in (0, 1, 2, 3))
        print(f"| {label} | {p50:.3f} | {p50 / base[0]:.2f} | {cpu:.3f} | {cpu / base[1]:.2f} | {compiled:.0f} | {compiling:.2f} |")

main()
