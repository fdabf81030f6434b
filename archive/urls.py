"""URL hygiene: one spelling per page, so one article is stored once."""
from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit, urlunsplit

from w3lib.url import safe_url_string

# Parameters that track a visit rather than identify content.
TRACKING_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|twclid|igshid|mc_cid|mc_eid|"
    r"_ga|_gl|_hsenc|_hsmi|hsctatrack|mkt_tok|oly_anon_id|oly_enc_id|vero_id|wickedid|"
    r"ref_src|spm|share|shared|cmpid|s_cid|icid|trk|sessionid|phpsessid|jsessionid|sid|replytocom)$",
    re.IGNORECASE,
)


_ESCAPE = re.compile(r"%([0-9A-Fa-f]{2})")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


def clean_url(url: str) -> str:
    """Return ``url`` percent-encoded, without fragment, tracking parameters or default port.

    Parameters that identify content (``article.php?id=7``) are kept in their order.
    Spellings RFC 3986 calls equivalent become one: escapes in upper case, escaped unreserved
    characters (``%7E``) decoded, ``.`` and ``..`` segments resolved. Never raises: an address
    too broken to normalize (a bad port, an unclosed IPv6 bracket) comes back as encoded.
    """
    url = url.strip()
    try:
        url = safe_url_string(url)
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url.split("#", 1)[0]
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    if ":" in host:
        host = f"[{host}]"  # an IPv6 literal keeps its brackets
    port = port if port and (scheme, port) not in (("http", 80), ("https", 443)) else None
    netloc = host if port is None else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    # Split the raw query so kept parameters keep their exact encoding.
    query = "&".join(
        p for p in _normalize_escapes(parts.query).split("&")
        if p and not TRACKING_PARAMS.match(unquote(p.split("=", 1)[0]))
    )
    path = _remove_dot_segments(_normalize_escapes(parts.path or "/"))
    path = re.sub(r";jsessionid=[^/?]*", "", path, flags=re.I)
    return urlunsplit((scheme, netloc, path, query, ""))


def _normalize_escapes(text: str) -> str:
    """``%7e`` -> ``~``, ``%c3%a9`` -> ``%C3%A9``: one spelling per escape."""
    def fix(match: re.Match) -> str:
        char = chr(int(match.group(1), 16))
        return char if char in _UNRESERVED else "%" + match.group(1).upper()

    return _ESCAPE.sub(fix, text) if "%" in text else text


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 5.2.4: ``/a/./b/../c/`` -> ``/a/c/``."""
    segments = path.split("/")
    if "." not in segments and ".." not in segments:
        return path
    out: list[str] = []
    for i, segment in enumerate(segments):
        last = i == len(segments) - 1
        if segment in (".", ".."):
            if segment == ".." and len(out) > 1:
                out.pop()
            if last:
                out.append("")
            continue
        out.append(segment)
    return "/".join(out) if len(out) > 1 else "/"


def site_of(url: str) -> str:
    """The site a URL belongs to: its host without a leading ``www.`` (port kept for local hosts).

    An address too broken to read (an unclosed IPv6 bracket) belongs to no site: "".
    """
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:
        return ""
    if host.startswith("www."):
        host = host[4:]
    if ":" in host:
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None  # an unreadable port: the host alone names the site
    if port and (parts.scheme, port) not in (("http", 80), ("https", 443)):
        return f"{host}:{port}"
    return host


def is_http_url(url: str) -> bool:
    """An http(s) address that can be fetched: a bad port or IPv6 literal makes it no address."""
    return not url_problem(url)


def url_problem(url: str) -> str:
    """Why ``url`` cannot be crawled, in words a user can act on ("" when it can)."""
    text = (url or "").strip()
    if not text:
        return "an empty address"
    try:
        parts = urlsplit(text)
    except ValueError as exc:       # "http://[::1": an unclosed IPv6 literal
        return f"{text}: not a valid address ({exc})"
    if not parts.scheme and not parts.netloc and "." in parts.path.split("/")[0]:
        return f"{text}: no scheme; did you mean https://{text}?"
    if parts.scheme not in ("http", "https"):
        return f"{text}: only http and https addresses can be crawled" + (f", not {parts.scheme}:" if parts.scheme else "")
    try:
        port = parts.port
    except ValueError:
        return f"{text}: the port is not a number from 1 to 65535"
    if port == 0:
        return f"{text}: the port is not a number from 1 to 65535"
    if not parts.hostname:
        return f"{text}: no host name"
    return ""
