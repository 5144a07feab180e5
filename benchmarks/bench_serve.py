#!/usr/bin/env python3
"""Load test of `vaguecheck serve` on loopback, beside the in-process check() rate of the same run.

For 1 and 2 worker processes: start the real server on a free 127.0.0.1 port, warm it up, send a
fixed number of POST /api/v1/check requests (the sample reports in examples/, cycled) over
keep-alive connections at a fixed concurrency, and stop.  Reported per configuration (median over
the repeats, runs of 1 and 2 workers alternating): throughput, p50 and p99 latency, the server's
CPU use, PSS per worker process, and the load generator's own CPU share (it runs on the same
2 cores, so its share is taken from the server).

    python benchmarks/bench_serve.py                    # 5,000 requests x concurrency 16, 3 repeats
    python benchmarks/bench_serve.py --quick            # 1,000 requests, 1 repeat
    python benchmarks/bench_serve.py --json out.json

Target (issue #15): 2 workers >= 1.3x the throughput of 1 worker on this 2-core machine.
The load is bounded: a run stops after its requests, or after --deadline seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
from _measure import _pss_kb, _tree  # noqa: E402


def reports(per_report: int = 5) -> list[str]:
    """Report-sized texts: the example texts in examples/, joined ``per_report`` at a time (about 200 characters)."""
    paths = sorted((ROOT / "examples").rglob("*.txt")) + sorted((ROOT / "examples").rglob("*.md"))
    texts = [p.read_text(encoding="utf-8").strip() for p in paths if "README" not in p.name]
    return ["\n".join(texts[i:i + per_report]) for i in range(0, len(texts), per_report)]


def in_process_rate(texts: list[str], seconds: float = 3.0, repeat: int = 3) -> tuple[float, float]:
    """Reports per second, and per CPU-second, through one Checker in this process (one thread); medians."""
    import vaguecheck

    checker = vaguecheck.Checker()
    for t in texts:
        checker.check(t)
    rates, per_cpu = [], []
    for _ in range(repeat):
        n, start, cpu = 0, time.perf_counter(), time.process_time()
        while time.perf_counter() - start < seconds:
            for t in texts:
                checker.check(t)
            n += len(texts)
        rates.append(n / (time.perf_counter() - start))
        per_cpu.append(n / (time.process_time() - cpu))
    return statistics.median(rates), statistics.median(per_cpu)


# ---------------------------------------------------------------- the server

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _cpu_seconds(pid: int) -> float:
    """utime + stime of one process, from /proc (Linux)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def _workers(pid: int) -> list[int]:
    """The processes that serve requests: uvicorn's spawned workers, or the server itself with one worker."""
    spawned = [c for c in _tree(pid)[1:] if b"spawn_main" in Path(f"/proc/{c}/cmdline").read_bytes()]
    return spawned or [pid]


class Server:
    def __init__(self, workers: int, log: Path) -> None:
        self.port = free_port()
        self._log = open(log, "wb")
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "vaguecheck", "serve", "--port", str(self.port), "--workers", str(workers)],
            stdout=self._log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + 60
        while True:
            if self.proc.poll() is not None:
                raise SystemExit(f"the server exited: {log.read_text(errors='replace')}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=2) as r:
                    if r.status == 200 and len(_workers(self.proc.pid)) == workers:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                self.stop()
                raise SystemExit("the server did not start in 60 s")
            time.sleep(0.2)

    def tree(self) -> list[int]:
        return _tree(self.proc.pid)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        self._log.close()


# ---------------------------------------------------------------- the load generator

def _request(port: int, body: bytes) -> bytes:
    head = (f"POST /api/v1/check HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode("ascii")
    return head + body


async def _connection(port: int, requests: list[bytes], counter: list[int], total: int, latencies: list[float],
                      statuses: dict[int, int], deadline: float) -> None:
    """One keep-alive connection: send, read the answer (status line, headers, Content-Length body), repeat."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while counter[0] < total and time.monotonic() < deadline:
            i = counter[0]
            counter[0] += 1
            start = time.perf_counter()
            writer.write(requests[i % len(requests)])
            head = await reader.readuntil(b"\r\n\r\n")
            status = int(head[9:12])
            length = 0
            for line in head.split(b"\r\n")[1:]:
                if line[:15].lower() == b"content-length:":
                    length = int(line[15:])
            await reader.readexactly(length)
            latencies.append(time.perf_counter() - start)
            statuses[status] = statuses.get(status, 0) + 1
    finally:
        writer.close()


def load(port: int, bodies: list[bytes], total: int, concurrency: int, deadline_s: float) -> dict:
    requests = [_request(port, b) for b in bodies]
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    counter = [0]

    async def run() -> None:
        deadline = time.monotonic() + deadline_s
        await asyncio.gather(*(_connection(port, requests, counter, total, latencies, statuses, deadline)
                               for _ in range(concurrency)))

    cpu0, wall0 = time.process_time(), time.perf_counter()
    asyncio.run(run())
    wall = time.perf_counter() - wall0
    cpu = time.process_time() - cpu0
    latencies.sort()
    return {
        "requests": len(latencies),
        "statuses": statuses,
        "seconds": wall,
        "throughput": len(latencies) / wall,
        "p50_ms": 1000 * latencies[len(latencies) // 2],
        "p99_ms": 1000 * latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        "loadgen_cpu_share": cpu / wall,  # of one core
    }


def one_run(workers: int, bodies: list[bytes], total: int, concurrency: int, deadline: float) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        server = Server(workers, Path(tmp) / "server.log")
        try:
            load(server.port, bodies, min(200, total), concurrency, deadline)  # warm-up: threads, caches
            pids = server.tree()
            cpu0 = sum(_cpu_seconds(p) for p in pids)
            result = load(server.port, bodies, total, concurrency, deadline)
            result["server_cpu_share"] = (sum(_cpu_seconds(p) for p in pids) - cpu0) / result["seconds"]
            result["per_server_cpu_second"] = result["requests"] / (sum(_cpu_seconds(p) for p in pids) - cpu0)
            result["pss_mb_per_worker"] = [round(_pss_kb(p) / 1024, 1) for p in _workers(server.proc.pid)]
            result["pss_mb_total"] = round(sum(_pss_kb(p) for p in server.tree()) / 1024, 1)
        finally:
            server.stop()
    result["workers"] = workers
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--requests", type=int, default=5000)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--deadline", type=float, default=120.0, help="seconds after which a run stops anyway")
    ap.add_argument("--quick", action="store_true", help="1,000 requests, 1 repeat")
    ap.add_argument("--json", metavar="FILE")
    args = ap.parse_args()
    if args.quick:
        args.requests, args.repeat = 1000, 1

    texts = reports()
    bodies = [json.dumps({"text": t}, ensure_ascii=False).encode("utf-8") for t in texts]
    print(f"machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}, Python {platform.python_version()}")
    print(f"load: {args.requests} requests x concurrency {args.concurrency}, {len(texts)} report texts from examples/ "
          f"(mean {statistics.mean(len(t) for t in texts):.0f} characters), repeat {args.repeat}")
    rate, rate_cpu = in_process_rate(texts)
    print(f"in-process check(): {rate:,.0f} reports/s (one thread), {rate_cpu:,.0f} per CPU-second")

    runs: dict[int, list[dict]] = {1: [], 2: []}
    for _ in range(args.repeat):
        for workers in (1, 2):
            r = one_run(workers, bodies, args.requests, args.concurrency, args.deadline)
            runs[workers].append(r)
            bad = {s: n for s, n in r["statuses"].items() if s != 200}
            print(f"  {workers} worker(s): {r['throughput']:,.0f} req/s, p50 {r['p50_ms']:.1f} ms, p99 {r['p99_ms']:.1f} ms, "
                  f"server CPU {r['server_cpu_share']:.2f} cores ({r['per_server_cpu_second']:,.0f} req/CPU-s), load generator CPU {r['loadgen_cpu_share']:.2f} cores, "
                  f"PSS/worker {r['pss_mb_per_worker']} MB (total {r['pss_mb_total']} MB), {r['requests']} answered"
                  + (f", NOT 200: {bad}" if bad else ""))

    def med(workers: int, key: str) -> float:
        return statistics.median(r[key] for r in runs[workers])

    summary = {w: {k: med(w, k) for k in ("throughput", "p50_ms", "p99_ms", "server_cpu_share", "per_server_cpu_second",
                                         "loadgen_cpu_share")}
               for w in (1, 2)}
    ratio = summary[2]["throughput"] / summary[1]["throughput"]
    print()
    print(f"{'':<12}{'req/s':>9}{'x in-proc':>10}{'p50 ms':>8}{'p99 ms':>8}{'server CPU':>11}{'req/CPU-s':>10}"
          f"{'x in-proc':>10}{'loadgen CPU':>12}")
    for w in (1, 2):
        s = summary[w]
        print(f"{w} worker(s) {s['throughput']:>9,.0f}{s['throughput'] / rate:>10.2f}{s['p50_ms']:>8.1f}{s['p99_ms']:>8.1f}"
              f"{s['server_cpu_share']:>11.2f}{s['per_server_cpu_second']:>10,.0f}{s['per_server_cpu_second'] / rate_cpu:>10.2f}"
              f"{s['loadgen_cpu_share']:>12.2f}")
    print(f"2 workers / 1 worker: {ratio:.2f}x (target >= 1.3x)")
    if args.json:
        Path(args.json).write_text(json.dumps({"in_process_rate": rate, "in_process_per_cpu_second": rate_cpu, "runs": runs, "summary": summary, "ratio": ratio},
                                              indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
