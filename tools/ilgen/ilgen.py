#!/usr/bin/env python3
"""Random IL programs run on every Cilantro build and compared.

  tools/ilgen/ilgen.py --seed 7                 print program 7 (well-formed) as IL
  tools/ilgen/ilgen.py --seed 7 --bad           print ill-formed program 7
  tools/ilgen/ilgen.py run --start 1 --count 30 generate, assemble, run and compare
  tools/ilgen/ilgen.py run --seed 7 --bad -v    one program, showing every output

`run` assembles each program with ilasm and runs it on the native build
(NATIVE_CLI, default build/native/cilantro), the wasm build under Node
(js/cli.mjs) and the wasm build with every method through the wasm tier
(CILANTRO_TIER=always), each with --cliargs (e.g. '--gc-stress 1'). A well-formed program must print the same stdout and
exit with the same code everywhere, and the same as the oracle: .NET 10
(`dotnet exec` with tools/oracle.runtimeconfig.json), or Mono with
--oracle mono, or both. An ill-formed program (every --bad-every'th seed, and
all with --bad) must print the same on every build, and its mutated method
`Bad` must throw InvalidProgramException; a crash, a hang (--timeout) or a
silent run is a failure. Failing programs are kept in --out (default
build/ilgen/) as seed-N.il with each runner's output, to reproduce with
--seed N.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

from gen import gen_program  # noqa: E402

IPE = "caught System.InvalidProgramException"


def runners(args):
    native = os.environ.get("NATIVE_CLI", "build/native/cilantro")
    if not os.path.isabs(native):
        native = os.path.join(ROOT, native)
    cli = os.path.join(ROOT, "js", "cli.mjs")
    extra = args.cliargs.split()
    out = [("native", [native] + extra, {}), ("wasm", ["node", cli] + extra, {}),
           ("wasm-tier", ["node", cli] + extra, {"CILANTRO_TIER": "always"})]
    want = args.targets.split(",")
    return [r for r in out if r[0] in want]


def oracles(args):
    out = []
    if args.oracle in ("dotnet", "both"):
        rc = os.path.join(ROOT, "tools", "oracle.runtimeconfig.json")
        out.append(("dotnet", ["dotnet", "exec", "--runtimeconfig", rc], {}))
    if args.oracle in ("mono", "both"):
        out.append(("mono", ["mono"], {}))
    return out


def run_one(name, cmd, env_extra, exe, timeout):
    env = dict(os.environ)
    env.update(env_extra)
    env.setdefault("DOTNET_CLI_TELEMETRY_OPTOUT", "1")
    try:
        p = subprocess.run(cmd + [exe], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
                           timeout=timeout, stdin=subprocess.DEVNULL)
        return {"name": name, "rc": p.returncode, "out": p.stdout.decode("utf-8", "replace"),
                "err": p.stderr.decode("utf-8", "replace")}
    except subprocess.TimeoutExpired as e:
        return {"name": name, "rc": "timeout", "out": (e.stdout or b"").decode("utf-8", "replace"),
                "err": (e.stderr or b"").decode("utf-8", "replace")}


def crashed(r):
    rc = r["rc"]
    return rc == "timeout" or rc < 0 or rc >= 124 or "Sanitizer" in r["err"] or "runtime error:" in r["err"]


def check_program(seed, bad, args, workdir):
    """Returns (ok, summary, details)."""
    il, info = gen_program(seed, bad)
    base = os.path.join(workdir, "seed-%d%s" % (seed, "-bad" if bad else ""))
    with open(base + ".il", "w") as f:
        f.write(il)
    exe = base + ".exe"
    p = subprocess.run(["ilasm", "/quiet", "/exe", "/output:" + exe, base + ".il"],
                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if p.returncode != 0 or not os.path.exists(exe):
        return False, "ilasm failed", p.stdout.decode("utf-8", "replace")
    results = [run_one(n, c, e, exe, args.timeout) for n, c, e in runners(args)]
    refs = [] if bad else [run_one(n, c, e, exe, args.timeout) for n, c, e in oracles(args)]
    problems = []
    for r in results:
        if crashed(r):
            problems.append("%s crashed or hung (exit %s)" % (r["name"], r["rc"]))
    first = results[0]
    for r in results[1:] + refs:
        if (r["out"], r["rc"]) != (first["out"], first["rc"]):
            problems.append("%s differs from %s" % (r["name"], first["name"]))
    if bad:
        lines = first["out"].splitlines()
        if "Bad" not in lines or lines[lines.index("Bad") + 1:lines.index("Bad") + 2] != [IPE]:
            problems.append("Bad did not throw InvalidProgramException")
    details = ""
    if problems or args.verbose:
        details = "\n".join("--- %s (exit %s)\n%s%s" % (r["name"], r["rc"], r["out"][-1500:],
                                                          ("stderr: " + r["err"][-1500:]) if r["err"] else "")
                            for r in results + refs)
    what = info["mutation"] or "well-formed, %d methods" % info["methods"]
    return not problems, what + ("" if not problems else ": " + "; ".join(problems)), details


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cmd", nargs="?", default="print", choices=["print", "run"])
    ap.add_argument("--seed", type=int, help="one program")
    ap.add_argument("--bad", action="store_true", help="ill-formed (with --seed, or every program of a run)")
    ap.add_argument("--start", type=int, default=1)
    ap.add_argument("--count", type=int, default=30)
    ap.add_argument("--bad-every", type=int, default=3, help="every Nth seed of a run is ill-formed (0: none)")
    ap.add_argument("--oracle", default="dotnet", choices=["dotnet", "mono", "both", "none"])
    ap.add_argument("--targets", default="native,wasm,wasm-tier",
                    help="Cilantro runs, comma-separated: native, wasm, wasm-tier (CILANTRO_TIER=always)")
    ap.add_argument("--cliargs", default="", help="Cilantro options before the program, e.g. '--gc-stress 1'")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2)
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("--out", default=os.path.join(ROOT, "build", "ilgen"))
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()

    if args.cmd == "print":
        if args.seed is None:
            ap.error("print needs --seed N")
        il, info = gen_program(args.seed, args.bad)
        sys.stdout.write(il)
        if info["mutation"]:
            sys.stderr.write("mutation: %s\n" % info["mutation"])
        return 0

    if args.seed is not None:
        work = [(args.seed, args.bad)]
    else:
        work = [(s, args.bad or (args.bad_every > 0 and s % args.bad_every == 0))
                for s in range(args.start, args.start + args.count)]
    os.makedirs(args.out, exist_ok=True)
    t0 = time.time()
    fails = 0
    with tempfile.TemporaryDirectory(prefix="ilgen-") as tmp:
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            futs = [pool.submit(check_program, s, b, args, tmp) for s, b in work]
            for (seed, bad), fut in zip(work, futs):
                ok, what, details = fut.result()
                tag = "seed %d%s" % (seed, " --bad" if bad else "")
                if not ok:
                    fails += 1
                    keep = os.path.join(args.out, "seed-%d%s" % (seed, "-bad" if bad else ""))
                    for ext in (".il",):
                        src = os.path.join(tmp, os.path.basename(keep) + ext)
                        if os.path.exists(src):
                            with open(src) as f, open(keep + ext, "w") as g:
                                g.write(f.read())
                    with open(keep + ".log", "w") as g:
                        g.write(what + "\n" + details + "\n")
                    print("FAIL %s: %s (kept in %s.il)" % (tag, what, os.path.relpath(keep, ROOT)))
                    if args.verbose:
                        print(details)
                elif args.verbose:
                    print("ok   %s: %s" % (tag, what))
                    print(details)
    n = len(work)
    nbad = sum(1 for _, b in work if b)
    names = ", ".join(n for n, _, _ in runners(args)) + \
        ("" if args.oracle == "none" else " against " + args.oracle)
    print("ilgen: %d programs (%d well-formed, %d ill-formed; seeds %d..%d) on %s: %d passed, %d failed (%.0f s)"
          % (n, n - nbad, nbad, work[0][0], work[-1][0], names, n - fails, fails, time.time() - t0))
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
