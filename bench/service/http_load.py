"""Open-loop HTTP/1.1 load at a fixed rate over keep-alive connections (Python 3.11 stdlib only).

Request i is due at start + i / rate whatever the server does; its latency is measured from that due
time, not from when a connection became free, so a server that slows down cannot hide it by slowing the
load (no coordinated omission). Due requests wait in one queue; `connections` workers, each holding one
keep-alive connection, take them in order. A worker whose connection breaks counts the error and opens a
new one.

Library: `await run_load(host, port, path, headers, rate, seconds)` -> `LoadResult`.
"""

import asyncio
import dataclasses
import json
import math
import time

TIMEOUT = 10.0  # seconds one request may take before it counts as an error


@dataclasses.dataclass
class LoadResult:
    """What one load phase saw: counts, the time from the first due request to the last answer, and the
    latencies of the answered requests (failed ones are counted, not timed)."""

    sent: int = 0
    ok: int = 0
    errors: int = 0
    error_kinds: dict = dataclasses.field(default_factory=dict)
    seconds: float = 0.0
    latencies: list = dataclasses.field(default_factory=list)
    bytes_read: int = 0

    def fail(self, kind):
        self.errors += 1
        self.error_kinds[kind] = self.error_kinds.get(kind, 0) + 1

    def summary(self):
        """Counts, achieved rate and latency percentiles in milliseconds (nearest rank)."""
        ordered = sorted(self.latencies)

        def rank(p):
            if not ordered:
                return float("nan")
            return ordered[min(len(ordered) - 1, max(0, math.ceil(p * len(ordered) / 100 - 1e-9) - 1))] * 1000

        return {
            "sent": self.sent, "ok": self.ok, "errors": self.errors, "error_kinds": self.error_kinds,
            "seconds": round(self.seconds, 3),
            "rate": round(self.ok / self.seconds, 1) if self.seconds else 0.0,
            "p50_ms": rank(50), "p90_ms": rank(90), "p99_ms": rank(99), "p999_ms": rank(99.9),
            "max_ms": ordered[-1] * 1000 if ordered else float("nan"),
            "mean_body_bytes": round(self.bytes_read / self.ok) if self.ok else 0,
        }


async def read_response(reader):
    """Reads one response; returns (status, body, header fields by lower-case name). Handles Content-Length
    and chunked bodies."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    fields = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        fields[name.strip().lower()] = value.strip()
    if fields.get("transfer-encoding", "").lower() == "chunked":
        body = bytearray()
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            body += await reader.readexactly(size + 2)  # the chunk and its CRLF; the last one is empty
            del body[-2:]
            if size == 0:  # no trailers are expected
                break
        return status, bytes(body), fields
    length = int(fields.get("content-length", "0"))
    return status, await reader.readexactly(length), fields


class Connection:
    """One keep-alive connection, opened on first use and again after a failure."""

    def __init__(self, host, port):
        self.host, self.port = host, port
        self.reader = self.writer = None

    async def request(self, raw):
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(raw)
        return await read_response(self.reader)

    def close(self):
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


async def worker(queue, raw, host, port, result, check):
    connection = Connection(host, port)
    try:
        while (due := await queue.get()) is not None:
            try:
                status, body, fields = await asyncio.wait_for(connection.request(raw), TIMEOUT)
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, ValueError) as error:
                # TimeoutError (wait_for's, since Python 3.11) is an OSError: counted here as "TimeoutError".
                result.fail(type(error).__name__)
                connection.close()
                continue
            done = time.monotonic()
            if status != 200 or not check(body):
                result.fail(f"status {status}" if status != 200 else "unexpected body")
            else:
                result.ok += 1
                result.latencies.append(done - due)
                result.bytes_read += len(body)
            if fields.get("connection", "").lower() == "close":
                connection.close()
    finally:
        connection.close()


async def dispatch(queue, rate, seconds, result):
    """Puts each request's due time on the queue at that time (batched to the loop's timer resolution)."""
    total = int(rate * seconds)
    start = time.monotonic()
    sent = 0
    while sent < total:
        now = time.monotonic()
        due_count = min(total, int((now - start) * rate) + 1)
        while sent < due_count:
            queue.put_nowait(start + sent / rate)
            sent += 1
        result.sent = sent
        await asyncio.sleep(max(0.0, start + sent / rate - time.monotonic()))
    return start


async def run_load(host, port, path, headers, rate, seconds, connections=64, check=lambda body: True):
    """Sends GET `path` at `rate` per second for `seconds`; returns a `LoadResult` once all are answered."""
    raw = encode_request("GET", host, port, path, headers)
    result = LoadResult()
    queue = asyncio.Queue()
    workers = [asyncio.create_task(worker(queue, raw, host, port, result, check)) for _ in range(connections)]
    start = await dispatch(queue, rate, seconds, result)
    for _ in workers:
        queue.put_nowait(None)
    await asyncio.gather(*workers)
    result.seconds = time.monotonic() - start
    return result


def encode_request(method, host, port, path, headers, body=None):
    """The bytes of one HTTP/1.1 request; `body`, when given, is sent as JSON."""
    data = b"" if body is None else json.dumps(body).encode()
    fields = {"Host": f"{host}:{port}", **headers}
    if body is not None:
        fields |= {"Content-Type": "application/json", "Content-Length": str(len(data))}
    lines = [f"{method} {path} HTTP/1.1"] + [f"{k}: {v}" for k, v in fields.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + data


async def call_json(connection, method, path, headers, body=None):
    """One JSON request on `connection`; returns (status, decoded body or None)."""
    raw = encode_request(method, connection.host, connection.port, path, headers, body)
    status, payload, _ = await asyncio.wait_for(connection.request(raw), TIMEOUT)
    return status, json.loads(payload) if payload else None
