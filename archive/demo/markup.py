"""Turn the demo's hand-written, Markdown-like article markup into HTML (just the syntax the articles use).

Blocks are separated by blank lines: ``## h2``, ``### h3``, ``- item`` lists, ``1. item`` lists,
``> quote``, ``![alt](src "caption")`` figures, raw HTML (a block starting with ``<``, kept verbatim,
which is how hostile markup gets in), and paragraphs. Inline: ``[text](url)``, optionally followed by
``{nofollow}`` or ``{sponsored}``, ``**bold**`` and ``*emphasis*``.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

_LINK = re.compile(r"\[([^\]]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)(?:\{(\w+)\})?")  # URLs may hold (..), as DOIs do
_BOLD = re.compile(r"\*\*(.+?)\*\*")
_EM = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")
_FIGURE = re.compile(r'^!\[([^\]]*)\]\((\S+)(?: "([^"]*)")?\)$')
_TAG = re.compile(r"<[^>]+>")


@dataclass
class Rendered:
    html: str
    images: list[tuple[str, str, str]] = field(default_factory=list)  # (src, alt, caption)
    paragraphs: list[str] = field(default_factory=list)                # plain text, for teasers


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def plain_text(fragment: str) -> str:
    """Visible text of an HTML fragment, whitespace collapsed."""
    return " ".join(html.unescape(_TAG.sub(" ", fragment)).split())


def _link(match: re.Match) -> str:
    text, href, rel = match.groups()
    rels = [rel] if rel else []
    extra = ""
    if href.startswith(("http://", "https://")):
        rels.append("noopener")
        extra = ' target="_blank"'
    rel_attr = f' rel="{" ".join(rels)}"' if rels else ""
    return f'<a href="{href}"{rel_attr}{extra}>{text}</a>'


def inline(text: str) -> str:
    """Escape text, then expand links, bold and emphasis."""
    out = _LINK.sub(_link, html.escape(text, quote=False))
    out = _BOLD.sub(r"<strong>\1</strong>", out)
    return _EM.sub(r"<em>\1</em>", out)


_MARKER = re.compile(r"^(-|\d+\.)\s+")


def _list(lines: list[str], tag: str) -> str:
    items = "".join(f"<li>{inline(_MARKER.sub('', line))}</li>" for line in lines)
    return f"<{tag}>{items}</{tag}>"


def render(markup: str) -> Rendered:
    out = Rendered(html="")
    parts = []
    for block in (b.strip() for b in re.split(r"\n\s*\n", markup.strip())):
        lines = block.splitlines()
        figure = _FIGURE.match(block)
        if block.startswith("<"):
            parts.append(block)
        elif block.startswith("### "):
            parts.append(f'<h3 id="{slugify(block[4:])}">{inline(block[4:])}</h3>')
        elif block.startswith("## "):
            parts.append(f'<h2 id="{slugify(block[3:])}">{inline(block[3:])}</h2>')
        elif all(line.startswith("- ") for line in lines):
            parts.append(_list(lines, "ul"))
        elif all(re.match(r"\d+\.\s", line) for line in lines):
            parts.append(_list(lines, "ol"))
        elif block.startswith("> "):
            parts.append(f"<blockquote><p>{inline(' '.join(l[2:] for l in lines))}</p></blockquote>")
        elif figure:
            alt, src, caption = figure.group(1), figure.group(2), figure.group(3) or ""
            out.images.append((src, alt, caption))
            parts.append(
                f'<figure class="wp-block-image size-large"><img src="{src}" alt="{html.escape(alt)}"'
                f' width="800" height="450" loading="lazy" decoding="async">'
                + (f"<figcaption>{inline(caption)}</figcaption>" if caption else "")
                + "</figure>"
            )
        else:
            paragraph = inline(" ".join(lines))
            out.paragraphs.append(plain_text(paragraph))
            parts.append(f"<p>{paragraph}</p>")
    out.html = "\n".join(parts)
    return out
