"""The README's screenshots: the demo crawled twice (the second pass with edits), served, and
photographed in headless Chromium at 1280 px wide. Run from the repository root:

    .venv/bin/python -m bench.screenshots            # writes docs/screenshots/*.png
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
CHROMIUM_ARGS = ["--no-sandbox", "--headless=new", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> None:
    sys.path.insert(0, str(ROOT / "tests"))
    from helpers import free_port, wait_for_http
    from playwright.sync_api import sync_playwright

    tmp = Path(tempfile.mkdtemp())
    db = tmp / "archive.db"
    cli = [sys.executable, "-m", "archive.cli"]
    site_port = free_port()
    subprocess.run([*cli, "demo", "--db", str(db), "--no-serve", "--site-port", str(site_port)],
                   check=True, cwd=ROOT, capture_output=True)
    subprocess.run([*cli, "demo", "--db", str(db), "--no-serve", "--changes", "--site-port", str(site_port)],
                   check=True, cwd=ROOT, capture_output=True)
    port = free_port()
    server = subprocess.Popen([*cli, "serve", "--db", str(db), "--port", str(port)], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    OUT.mkdir(parents=True, exist_ok=True)
    try:
        wait_for_http(base + "/-/archive")
        changed = subprocess.run(
            [sys.executable, "-c", "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("
             "\"select id from articles where version > 1 order by id limit 1\").fetchone()[0])", str(db)],
            capture_output=True, text=True, check=True).stdout.strip()
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 1000})
            page.goto(base + "/-/archive")
            page.wait_for_selector(".archive-charts[data-drawn]")
            page.screenshot(path=str(OUT / "home.png"))
            page.locator(".archive-charts").screenshot(path=str(OUT / "charts.png"))
            page.goto(f"{base}/archive/articles/{changed}/read")
            page.locator(".archive-versions").scroll_into_view_if_needed()
            page.screenshot(path=str(OUT / "reading-page-versions.png"))
            page.goto(f"{base}/-/graph?article={changed}")
            page.wait_for_selector("#archive-graph[data-drawn]")
            page.screenshot(path=str(OUT / "read-also-network.png"))
            browser.close()
    finally:
        server.terminate()
        server.wait(timeout=10)
    for name in sorted(OUT.glob("*.png")):
        print(name.relative_to(ROOT), f"{name.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
