"""Changes that come to you: [[watch]] rules sent through Apprise to a local webhook receiver and
a local SMTP server, once per event, across a SIGKILL and resume of the crawl that found them."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from email import message_from_bytes
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from archive.demo.quirks import V2_CHANGED_SLUGS, V2_GONE_SLUGS
from archive.demo.server import start_demo_server
from archive.crawl.profiles import ProfileError, WatchRule, load_watch_rules
from archive.web.watch import Event, matches
from helpers import ROOT, free_port, query, run_cli

# -- pure: rules and matching ---------------------------------------------------------------


@pytest.mark.fast
def test_a_bad_watch_table_names_file_line_and_key(tmp_path):
    path = tmp_path / "p.toml"
    path.write_text('[[watch]]\nname = "w"\nnotify = ["json://127.0.0.1/"]\non = ["edited"]\n')
    with pytest.raises(ProfileError, match=r"p\.toml:4: \[\[watch\]\] #1 key 'on': must list some of new, changed"):
        load_watch_rules(path)
    path.write_text('[[watch]]\nname = "w"\nnotify = "json://127.0.0.1/"\n')
    with pytest.raises(ProfileError, match=r"p\.toml:3: .*key 'notify': must list one or more Apprise URLs"):
        load_watch_rules(path)
    path.write_text('[[watch]]\nname = "w"\nnotify = ["json://127.0.0.1/"]\nphrase = "dose"\nsites = "x"\n')
    with pytest.raises(ProfileError, match=r"p\.toml:5: .*key 'sites': unknown key"):
        load_watch_rules(path)
    path.write_text('[[watch]]\nname = "w"\nnotify = ["json://127.0.0.1/"]\nphrase = "dose"\n')
    assert load_watch_rules(path) == [WatchRule(name="w", notify=("json://127.0.0.1/",), phrase="dose")]


@pytest.mark.fast
def test_a_rule_matches_site_tag_author_and_phrase_together():
    event = Event("version:7", "changed", "2026-01-01T00:00:00Z", 3, "health.example", "T", "https://h/", 2, None)
    text = lambda: {"text": "The FDA announced a recall of the lot.", "body": "",  # noqa: E731
                    "tags": ["Heart Health"], "authors": ["Dr. Ana Costa"]}
    rule = WatchRule(name="r", notify=("json://x/",))
    assert matches(rule, event, text)
    assert matches(WatchRule("r", ("j://",), site="health.example", tag="heart health", author="costa",
                             phrase="fda"), event, text)
    assert not matches(WatchRule("r", ("j://",), phrase="FD"), event, text)         # a word, not a prefix
    assert not matches(WatchRule("r", ("j://",), phrase="recall", on=("new",)), event, text)
    assert not matches(WatchRule("r", ("j://",), site="other.example"), event, text)
    assert not matches(WatchRule("r", ("j://",), tag="heart"), event, text)         # a whole tag
    anomaly = Event("anomaly:4", "anomaly", "2026-01-01", None, "health.example", None, None, None, "errors")
    assert matches(WatchRule("r", ("j://",), site="health.example"), anomaly, text)
    assert not matches(WatchRule("r", ("j://",), phrase="dose"), anomaly, text)


# -- real: a crawl killed and resumed, a second crawl with edits, a webhook and an SMTP server ----


class _Hook(BaseHTTPRequestHandler):
    received: list = []

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        type(self).received.append(json.loads(body))
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def receivers():
    from aiosmtpd.controller import Controller

    mails = []

    class Handler:
        async def handle_DATA(self, server, session, envelope):
            mails.append(message_from_bytes(envelope.content))
            return "250 OK"

    _Hook.received = []
    hook = ThreadingHTTPServer(("127.0.0.1", 0), _Hook)
    threading.Thread(target=hook.serve_forever, daemon=True).start()
    smtp = Controller(Handler(), hostname="127.0.0.1", port=free_port())
    smtp.start()
    try:
        yield f"json://127.0.0.1:{hook.server_port}/hook", \
              f"mailto://127.0.0.1:{smtp.port}?from=archive@example.org&to=desk@example.org", _Hook.received, mails
    finally:
        smtp.stop()
        hook.shutdown()
        hook.server_close()


def _profile(path, base_url, hook, mail):
    path.write_text(f"""
[[site]]
name = "demo"
start_urls = ["{base_url}/"]
download_delay = 0
autothrottle = false
concurrency = 4

[[watch]]
name = "everything"
notify = ["{hook}"]

[[watch]]
name = "re-check"
phrase = "re-check"
on = ["changed"]
notify = ["{mail}"]
""")


def test_each_event_is_sent_once_across_a_sigkill_and_resume(receivers, tmp_path):
    hook, mail, posted, mails = receivers
    db, config = tmp_path / "a.db", tmp_path / "health-archive.toml"
    port = free_port()
    with start_demo_server(port=port, delay=0.03) as site:
        _profile(config, site.base_url, hook, mail)
        proc = subprocess.Popen([sys.executable, "-m", "archive.cli", "crawl", "--config", str(config), "--db", str(db)],
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
            try:
                if db.exists() and query(db, "select count(*) as n from articles")[0]["n"] >= 8:
                    break
            except Exception:       # the archive is still being created
                pass
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        assert posted == []                  # killed: nothing was sent yet
        run_cli("crawl", "--config", config, "--db", db)         # resumes, then runs the rules
    articles = query(db, "select count(*) as n from articles")[0]["n"]
    assert query(db, "select status from crawls order by id")[0]["status"] == "interrupted"
    titles = [p["title"] for p in posted]
    assert len(posted) == articles and len(set(titles)) == articles
    assert all(t.startswith("[health-archive] new: ") for t in titles)
    assert mails == []                   # nothing changed yet
    again = run_cli("watch", "--config", config, "--db", db)
    assert "0 sent" in again.stdout and len(posted) == articles

    with start_demo_server(port=port, version=2) as site:    # the same site, edited
        run_cli("crawl", "--config", config, "--db", db)
    changed = [p for p in posted[articles:] if p["title"].startswith("[health-archive] changed: ")]
    gone = [p for p in posted[articles:] if p["title"].startswith("[health-archive] gone: ")]
    new = [p for p in posted[articles:] if p["title"].startswith("[health-archive] new: ")]
    versions = query(db, "select count(*) as n from article_versions")[0]["n"]
    gone_now = query(db, "select count(*) as n from articles where gone_since is not null")[0]["n"]
    assert len(posted) == versions + gone_now
    assert len(changed) == len(V2_CHANGED_SLUGS) and len(new) == 2 and len(gone) >= len(V2_GONE_SLUGS)
    assert len(mails) == 1
    body = mails[0].get_payload(decode=True).decode() if not mails[0].is_multipart() else \
        mails[0].get_payload(0).get_payload(decode=True).decode()
    assert "understanding-blood-pressure-numbers" in body and "{+" in body and "re-check" in body
    assert mails[0]["To"] == "desk@example.org"
    sent = query(db, "select rule, status, count(*) as n from notifications group by rule, status order by rule")
    assert sent == [{"rule": "everything", "status": "sent", "n": versions + gone_now},
                    {"rule": "re-check", "status": "sent", "n": 1}]
    assert "0 sent" in run_cli("watch", "--config", config, "--db", db).stdout
    feed_of_changes(db, versions + gone_now)


def feed_of_changes(db, events: int) -> None:
    """/-/changes.atom of the same archive, read by a feed library: every event (up to the feed's
    length), newest first; ?q= keeps the articles matching a watched term, ?site= one site."""
    import asyncio

    import feedparser
    from datasette.app import Datasette

    from archive.web.routes import FEED_ENTRIES

    ds = Datasette([str(db)])

    def feed(path):
        response = asyncio.run(ds.client.get(path))
        assert response.status_code == 200 and response.headers["content-type"].startswith("application/atom+xml")
        parsed = feedparser.parse(response.content)
        assert not parsed.bozo, parsed.bozo_exception
        return parsed

    everything = feed("/-/changes.atom")
    assert len(everything.entries) == min(events, FEED_ENTRIES)
    updated = [e.updated_parsed for e in everything.entries]
    assert updated == sorted(updated, reverse=True)
    kinds = {e.tags[0].term for e in everything.entries}
    assert {"changed", "gone"} <= kinds
    changed = [e for e in everything.entries if e.tags[0].term == "changed"]
    assert all("/read" in e.link for e in changed) and any("<ins>" in e.summary or "{+" in e.summary for e in changed)
    watched = feed("/-/changes.atom?q=re-check")
    assert sorted(e.title.split(":")[0] for e in watched.entries) == ["Changed", "New"]
    assert all("Blood Pressure Numbers" in e.title for e in watched.entries)
    site = query(db, "select site from articles limit 1")[0]["site"]
    assert len(feed(f"/-/changes.atom?site={site}").entries) == min(events, FEED_ENTRIES)
    assert feed("/-/changes.atom?site=nowhere.example").entries == []
    # The reading page's history of an article gone in the second crawl: archived, then gone.
    gone_id = query(db, "select id from articles where status = 'gone' limit 1")[0]["id"]
    page = asyncio.run(ds.client.get(f"/a/articles/{gone_id}/read")).text
    history = page.split('class="archive-timeline"', 1)[1].split("</section>", 1)[0]
    assert history.index(">archived<") < history.index(">gone from the site<")


def test_a_receiver_that_is_down_is_recorded_and_tried_again(tmp_path, demo_site):
    db, config = tmp_path / "a.db", tmp_path / "p.toml"
    run_cli("crawl", demo_site.base_url + "/", "--db", db,
            "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0")
    config.write_text(f'[[watch]]\nname = "w"\nnotify = ["json://127.0.0.1:{free_port()}/"]\n')
    result = run_cli("watch", "--config", config, "--db", db, check=False)
    articles = query(db, "select count(*) as n from articles")[0]["n"]
    assert articles > 0
    assert result.returncode == 1 and f"0 sent, {articles} could not be sent" in result.stdout
    assert "Traceback" not in result.stderr
    assert query(db, "select count(*) as n from notifications where status = 'failed'")[0]["n"] == articles
    dry = run_cli("watch", "--config", config, "--db", db, "--dry-run")
    assert f"{articles} to send" in dry.stdout          # failed ones are pending again
    seen = run_cli("watch", "--config", config, "--db", db, "--mark-seen")
    assert f"{articles} marked seen" in seen.stdout
    assert "0 to send" in run_cli("watch", "--config", config, "--db", db, "--dry-run").stdout
