"""`health-archive extract` on bad inputs (issue 13): every bad file or URL is one plain line and a
JSON record with its error, the rest of the batch goes on, nothing is read past 20 MB, and a URL is
fetched under the crawler's address policy (no redirect to a private address)."""
from __future__ import annotations

import gzip
import json
import os
import random
import socket
import threading

import pytest

from archive.config import MAX_PAGE_BYTES
from helpers import run_cli
from hostile_site import MB, Canary, HostileSite, article_page


def run_extract(*inputs, extra=()):
    """(exit status, {source: record}, stderr lines) of one `extract` run."""
    result = run_cli("extract", *inputs, *extra, check=False, timeout=300)
    assert "Traceback" not in result.stderr, result.stderr[-3000:]
    records = {r["source"]: r for r in map(json.loads, result.stdout.splitlines())}
    return result.returncode, records, result.stderr.splitlines()


def assert_one_line_each(records: dict, stderr: list[str], expected: dict) -> None:
    """Each bad input: its record holds the error, and stderr one `error: SOURCE: ...` line for it."""
    for source, words in expected.items():
        error = records[source].get("error", "")
        assert words in error and "\n" not in error and len(error) <= 300, (source, records[source])
        assert [line for line in stderr if line.startswith(f"error: {source}: ")] == [f"error: {source}: {error}"]
    assert len(stderr) == len(expected), stderr


def test_bad_files_are_one_line_each_and_the_batch_goes_on(tmp_path):
    page = article_page(7).encode()
    packed = gzip.compress(page)
    files = {
        "truncated.html.gz": packed[: len(packed) // 2],
        "corrupt.html.gz": packed[:20] + bytes(b ^ 0x5A for b in packed[20:60]) + packed[60:],
        "bomb.html.gz": gzip.compress(b" " * (MAX_PAGE_BYTES + MB), compresslevel=9),
        "binary.html": b"\x89PNG\r\n\x1a\n" + random.Random(3).randbytes(20_000),
        "empty.html": b"",
        "good.html": page,
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    inputs = [str(tmp_path / name) for name in files] + ["/dev/zero", str(tmp_path / "missing.html"), str(tmp_path)]
    status, records, stderr = run_extract(*inputs)
    assert status == 1
    assert list(records) == inputs                      # one record per input, in order
    good = records[str(tmp_path / "good.html")]
    assert "error" not in good and good["word_count"] > 100
    assert_one_line_each(records, stderr, {
        str(tmp_path / "truncated.html.gz"): "the gzip stream is cut short (truncated file)",
        str(tmp_path / "corrupt.html.gz"): "not a valid gzip stream",
        str(tmp_path / "bomb.html.gz"): f"inflates to more than {MAX_PAGE_BYTES:,} bytes",
        str(tmp_path / "binary.html"): "not an HTML page",
        str(tmp_path / "empty.html"): "empty page",
        "/dev/zero": f"larger than {MAX_PAGE_BYTES:,} bytes",
        str(tmp_path / "missing.html"): "No such file or directory",
        str(tmp_path): "Is a directory",
    })


def test_every_input_extracted_exits_0(tmp_path):
    page = tmp_path / "good.html"
    page.write_text(article_page(8))
    status, records, stderr = run_extract(page)
    assert status == 0 and stderr == [] and records[str(page)]["word_count"] > 100


class GarbageServer:
    """Answers every connection with `reply` (raw bytes), then closes it."""

    def __init__(self, reply: bytes):
        self.reply = reply
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/"
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.recv(65536)
                conn.sendall(self.reply)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.sock.close()


def test_bad_urls_are_one_line_each_and_private_redirects_are_refused(tmp_path):
    good = tmp_path / "good.html"
    good.write_text(article_page(9))
    with Canary() as canary, HostileSite(canary=canary.base_url, huge_size=30 * MB) as site, \
            GarbageServer(b"HTTP/1.1 banana\r\n\r\n") as garbage, \
            GarbageServer(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\nContent-Type: text/html\r\n\r\n<p>cut") as cut:
        base = site.base_url
        inputs = [f"{base}/redirect/away/", f"{base}/bad/bomb/", f"{base}/bad/huge/", f"{base}/bad/cut-off/",
                  garbage.url, cut.url, f"{base}/no/such/page/", f"{base}/articles/1/", str(good)]
        status, records, stderr = run_extract(*inputs)
        assert canary.hits == []                        # the private address was never asked for
    assert status == 1
    assert list(records) == inputs
    assert records[f"{base}/articles/1/"]["word_count"] > 100 and records[str(good)]["word_count"] > 100
    assert_one_line_each(records, stderr, {
        f"{base}/redirect/away/": f"redirect from {base}/redirect/away/ to {canary.base_url}/from-offsite-redirect/ "
                                  "refused: 127.0.0.2 resolves to non-public address 127.0.0.2",
        f"{base}/bad/bomb/": f"inflates to more than {MAX_PAGE_BYTES:,} bytes",
        f"{base}/bad/huge/": f"larger than {MAX_PAGE_BYTES:,} bytes (Content-Length 31,457,338)",
        f"{base}/bad/cut-off/": "HTTP protocol error: IncompleteRead",
        garbage.url: "HTTP protocol error: BadStatusLine",
        cut.url: "HTTP protocol error: IncompleteRead",
        f"{base}/no/such/page/": "HTTP 404",
    })


def test_allow_private_lets_a_redirect_reach_a_private_address():
    with Canary() as canary, HostileSite(canary=canary.base_url) as site:
        status, records, _ = run_extract(f"{site.base_url}/redirect/away/", extra=["--allow-private"])
        assert status == 0 and canary.hits == [("127.0.0.2", "/from-offsite-redirect/")]


@pytest.mark.parametrize("command, documented", [
    ("extract", "Exit status: 0 every input extracted, 1 some inputs failed (the rest were printed), 2 bad usage"),
])
def test_extract_documents_its_exit_status(command, documented):
    assert documented in " ".join(run_cli(command, "--help").stdout.split())
    readme = (os.path.join(os.path.dirname(__file__), "..", "README.md"))
    with open(readme, encoding="utf-8") as fh:
        assert "1 when some inputs failed" in " ".join(fh.read().split())
