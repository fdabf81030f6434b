"""Embedded media: videos, audio players and other frames in a page, kept as links.

A player cannot be archived or shown safely, but what it plays is often the article itself (video
posts with a few lines of text): each one becomes a placeholder, a <figure> holding a link to the
media with its title, which survives cleaning and sanitizing like any figure, and is listed as an
Embed with its address and kind.
"""
from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, urlsplit

import lxml.html
from lxml import etree

from archive.extract.links import absolute_url
from archive.extract.record import Embed

# Hosts whose players show a video, or play audio (podcasts, music); any other frame is a "frame".
VIDEO_HOSTS = frozenset((
    "youtube.com", "youtube-nocookie.com", "youtu.be", "vimeo.com", "player.vimeo.com", "dailymotion.com",
    "wistia.com", "wistia.net", "fast.wistia.net", "jwplayer.com", "jwplatform.com", "brightcove.net",
    "players.brightcove.net", "facebook.com", "tiktok.com", "rumble.com", "vidyard.com", "loom.com",
    "ted.com", "streamable.com", "twitch.tv", "bitchute.com", "odysee.com",
))
AUDIO_HOSTS = frozenset((
    "spotify.com", "open.spotify.com", "soundcloud.com", "w.soundcloud.com", "podcasts.apple.com",
    "embed.podcasts.apple.com", "anchor.fm", "buzzsprout.com", "libsyn.com", "html5-player.libsyn.com",
    "podbean.com", "simplecast.com", "player.simplecast.com", "megaphone.fm", "omny.fm", "audioboom.com",
    "spreaker.com", "captivate.fm", "transistor.fm", "art19.com", "acast.com", "podomatic.com",
))
# Frames that are never content: ads, tracking, consent, chat widgets.
_NOT_CONTENT = re.compile(
    r"doubleclick|googlesyndication|googleadservices|adservice|adsystem|adnxs|criteo|taboola|outbrain"
    r"|facebook\.com/plugins/like|platform\.twitter\.com/widgets/follow|cookielaw|cookiebot|cookiepro"
    r"|consentmanager|onetrust|usercentrics|trustarc|/consent|consent\.|recaptcha"
    r"|googletagmanager|livechat|intercom|disqus|hotjar", re.I)
# AMP pages (amp.dev: the AMP plugin's Standard mode, AMP-first publishers, AMP caches) play media
# through the AMP components: amp-youtube / amp-vimeo / amp-dailymotion name the video by
# data-videoid only, amp-iframe / amp-video / amp-audio carry a src like their HTML namesakes.
_AMP_IDS = {"amp-youtube": "https://www.youtube.com/watch?v={}", "amp-vimeo": "https://vimeo.com/{}",
            "amp-dailymotion": "https://www.dailymotion.com/video/{}"}
_PLAYER_TAGS = ("iframe", "video", "audio", "embed", "object", "lite-youtube", "lite-vimeo",
                "amp-iframe", "amp-video", "amp-audio", *_AMP_IDS)
_LAZY = ("src", "data-src", "data-lazy-src", "data-original", "data-url")
# A consent manager holds a player's address in an attribute of its own until the visitor agrees
# (Cookiebot: data-cookieblock-src; Complianz: data-src-cmplz; Borlabs, Usercentrics alike):
# any data-*src* attribute of a player element is its address in waiting.
_HELD_SRC = re.compile(r"data-(?:[\w-]+-)?src(?:-[\w-]+)?", re.I)
KIND_LABEL = {"video": "Video", "audio": "Audio", "frame": "Embedded content"}
MARK = "data-embed-kind"     # on a placeholder, until read_embeds has read it
MAX_DEFERRED = 20_000        # characters of a data-html attribute read
_XP_DEFERRED = etree.XPath("//@data-html")
# A player a page keeps as its address in a JSON settings attribute until a script builds it:
# Elementor's Video widget writes {"youtube_url": "https://www.youtube.com/watch?v=...", "video_type":
# "youtube"} in data-settings and an empty div where the player will go (Elementor runs on millions
# of sites; its widgets' data-settings is its standard way to hand a widget its options).
_XP_SETTINGS = etree.XPath("//@data-settings[contains(., '_url')]")
_SETTING_URL = re.compile(r"^(?:youtube|vimeo|dailymotion|videopress|hosted|external|video)_url$")
_XP_PLACEHOLDERS = etree.XPath(f"descendant-or-self::*[@{MARK}]")
# A player a lazy-load script builds on click from the provider and the video's id, written in data
# attributes of an empty element: either an attribute named for the provider ("data-youtube",
# "data-vimeo-id" = the id), or one naming the provider ("data-videolazy-type", "data-plyr-provider",
# "data-video-provider" = "youtube") beside one holding the id ("data-videolazy-id", "data-plyr-embed-id").
# Plyr, Tilda's lazy load and many lazy-embed scripts write them so; the id must have the provider's shape.
_PROVIDER_IDS = {"youtube": ("https://www.youtube.com/watch?v={}", re.compile(r"[\w-]{11}")),
                 "vimeo": ("https://vimeo.com/{}", re.compile(r"\d{6,12}"))}
# (Walked on the attribute axis, then up to the element: testing each element for such an attribute costs more.)
_XP_NAMED_IDS = etree.XPath("//@*[starts-with(name(), 'data-') and (contains(name(), 'youtube') or contains(name(), 'vimeo')"
                            " or ((substring(name(), string-length(name()) - 4) = '-type' or contains(name(), 'provider'))"
                            " and (. = 'youtube' or . = 'vimeo')))]/..")
_ID_ATTR = re.compile(r"data-(?:[\w-]+-)?id", re.I)


def mark_embeds(root, base_url: str, players=None) -> int:
    """Replace every player in the page by a placeholder figure (see the module docstring);
    returns how many. Frames without an http(s) address, tiny ones and ad or tracking frames go.
    `players`: the page's player elements in page order, when a walk has gathered them."""
    count = 0
    players = list(root.iter(*_PLAYER_TAGS)) if players is None else list(players)
    for value in _XP_DEFERRED(root):         # a player kept as markup in an attribute until a script runs
        holder = value.getparent()
        frame = _deferred_player(str(value))
        if frame is not None and holder.getparent() is not None and not len(holder):
            holder.append(frame)
            players.append(frame)
    for value in _XP_SETTINGS(root):
        holder = value.getparent()
        frame = _configured_player(str(value), holder)
        if frame is not None:
            holder.append(frame)
            players.append(frame)
    for holder in _XP_NAMED_IDS(root):
        url = _named_video(holder)
        if url and holder.getparent() is not None and next(holder.iter(*_PLAYER_TAGS), None) is None \
                and not any(a.get("data-embed-named") for a in holder.iterancestors()):
            holder.set("data-embed-named", "1")     # (an outer element naming the same video adds no second player)
            frame = holder.makeelement("iframe", {"src": url})
            holder.append(frame)
            players.append(frame)
    for el in players:
        if el.getparent() is None or any(a.tag in _PLAYER_TAGS for a in el.iterancestors()):
            continue        # <video><source>, <object><embed>: the outer player speaks for both
        url = _media_url(el, base_url)
        if not url or _NOT_CONTENT.search(url) or _tiny(el):
            continue
        kind, provider = media_kind(el.tag, url)
        # a figure of its own, or a paragraph inside the figure a theme already wraps players in
        holder = "p" if any(a.tag == "figure" for a, _ in zip(el.iterancestors(), range(3))) else "figure"
        figure = el.makeelement(holder, {MARK: kind, "data-embed-provider": provider})
        link = figure.makeelement("a", {"href": url})
        title = _title(el)
        label = KIND_LABEL[kind]
        link.text = title if title.lower().startswith(label.lower() + ":") else f"{label}: {title or provider or url}"
        figure.append(link)
        figure.tail = el.tail
        el.getparent().replace(el, figure)
        count += 1
    return count


def _deferred_player(markup: str):
    """The first player in markup a page keeps in a data-html attribute (Squarespace's video
    blocks, lazy embeds), as an element; None when it holds none."""
    if "<iframe" not in markup and "<video" not in markup:
        return None
    try:
        fragment = lxml.html.fragment_fromstring(markup[:MAX_DEFERRED], create_parent="div")
    except (etree.ParserError, ValueError):
        return None
    return next(fragment.iter("iframe", "video"), None)


def _configured_player(settings: str, holder):
    """A player element for the video a settings attribute names (see _XP_SETTINGS), when the
    element holding it has no player of its own yet; None otherwise."""
    if holder.getparent() is None or next(holder.iter(*_PLAYER_TAGS), None) is not None:
        return None
    try:
        data = json.loads(settings[:MAX_DEFERRED])
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    for key, url in data.items():
        if (isinstance(key, str) and _SETTING_URL.match(key) and isinstance(url, str)
                and url.startswith(("http://", "https://"))
                and media_kind("iframe", url)[0] == "video"):
            return holder.makeelement("iframe", {"src": url})
    return None


def _named_video(el) -> str:
    """The watch address of the video an element names by provider and id (see _XP_NAMED_IDS), or ""."""
    attrs = {k.lower(): (v or "").strip() for k, v in el.attrib.items() if k.lower().startswith("data-")}
    for provider, (address, shape) in _PROVIDER_IDS.items():
        for name, value in attrs.items():
            if name in (f"data-{provider}", f"data-{provider}-id") and shape.fullmatch(value):
                return address.format(value)
        if provider in (v.lower() for k, v in attrs.items() if k.endswith("-type") or "provider" in k):
            for name, value in attrs.items():
                if _ID_ATTR.fullmatch(name) and shape.fullmatch(value):
                    return address.format(value)
    return ""


def read_embeds(node) -> list[Embed]:
    """The placeholders left in the body node, as Embeds in page order."""
    embeds, seen = [], set()
    for figure in _XP_PLACEHOLDERS(node):
        kind = figure.get(MARK)
        link = next(figure.iter("a"), None)
        url = link.get("href") if link is not None else ""
        if url and url not in seen:
            seen.add(url)
            title = link.text or ""
            title = title.split(": ", 1)[1] if title.startswith(f"{KIND_LABEL[kind]}: ") else title
            embeds.append(Embed(url=url, kind=kind, provider=figure.get("data-embed-provider") or "",
                                title=title if title != url else ""))
    return embeds


def media_kind(tag: str, url: str) -> tuple[str, str]:
    """(video / audio / frame, the provider's host without www.)."""
    host = (urlsplit(url).hostname or "").lower()
    host = host[4:] if host.startswith("www.") else host
    if tag in ("video", "lite-youtube", "lite-vimeo", "amp-video", *_AMP_IDS) or _on(host, VIDEO_HOSTS):
        return "video", host
    if tag in ("audio", "amp-audio") or _on(host, AUDIO_HOSTS):
        return "audio", host
    return "frame", host


def _on(host: str, hosts: frozenset) -> bool:
    if host in hosts:
        return True
    parts = host.split(".")
    return any(".".join(parts[i:]) in hosts for i in range(1, len(parts) - 1))


def _media_url(el, base_url: str) -> str:
    if el.tag == "lite-youtube" and el.get("videoid"):
        return f"https://www.youtube.com/watch?v={el.get('videoid')}"
    if el.tag == "lite-vimeo" and el.get("videoid"):
        return f"https://vimeo.com/{el.get('videoid')}"
    if el.tag in _AMP_IDS:
        vid = (el.get("data-videoid") or "").strip()
        return _AMP_IDS[el.tag].format(vid) if re.fullmatch(r"[\w-]+", vid) else ""
    candidates = [el.get(attr) for attr in _LAZY] + [el.get("data")] + [
        value for attr, value in el.attrib.items() if _HELD_SRC.fullmatch(attr) and attr not in _LAZY]
    if el.tag in ("video", "audio", "amp-video", "amp-audio"):
        candidates += [s.get("src") for s in el.iter("source")]
    for value in candidates:
        value = (value or "").strip()
        if value and not value.startswith(("data:", "about:", "javascript:")):
            url = absolute_url(base_url, value)
            if url.startswith(("http://", "https://")):
                return _proxied(url)
    return ""


def _proxied(url: str) -> str:
    """The media behind an oEmbed proxy frame (Drupal's /media/oembed?url=..., WordPress embed
    proxies): the address in its url parameter, else the frame's own."""
    if "url=" not in url:
        return url
    inner = parse_qs(urlsplit(url).query).get("url", [""])[0]
    return inner if inner.startswith(("http://", "https://")) else url


def _tiny(el) -> bool:
    """A 0- or 1-pixel frame: tracking, not something to watch."""
    for attr in ("width", "height"):
        value = (el.get(attr) or "").strip().rstrip("px")
        if value.isdigit() and int(value) <= 2:
            return True
    return False


def _title(el) -> str:
    for value in (el.get("title"), el.get("aria-label"), el.get("data-title"), el.get("playlabel")):
        if value and value.strip():
            return " ".join(value.split())[:200]
    parent = el.getparent()
    while parent is not None and parent.tag in ("div", "span", "p"):
        parent = parent.getparent()
    if parent is not None and parent.tag == "figure":
        caption = next(parent.iter("figcaption"), None)
        if caption is not None:
            return " ".join(caption.text_content().split())[:200]
    return ""
