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


def clean_url(url: str) -> str:
    """Return ``url`` percent-encoded, without fragment, tracking parameters or default port.

    Parameters that identify content (``article.php?id=7``) are kept in their order.
    """
    url = safe_url_string(url.strip())
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port if parts.port and (scheme, parts.port) not in (("http", 80), ("https", 443)) else None
    netloc = host if port is None else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    # Split the raw query so kept parameters keep their exact encoding.
    query = "&".join(
        p for p in parts.query.split("&") if p and not TRACKING_PARAMS.match(unquote(p.split("=", 1)[0]))
    )
    path = parts.path or "/"
    path = re.sub(r";jsessionid=[^/?]*", "", path, flags=re.I)
    return urlunsplit((scheme, netloc, path, query, ""))


def site_of(url: str) -> str:
    """The site a URL belongs to: its host without a leading ``www.`` (port kept for local hosts)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if host.startswith("www."):
        host = host[4:]
    if parts.port and (parts.scheme, parts.port) not in (("http", 80), ("https", 443)):
        return f"{host}:{parts.port}"
    return host


def is_http_url(url: str) -> bool:
    return urlsplit(url).scheme in ("http", "https")
