"""Imported by the extraction processes' fork server (archive.workers): one small page is extracted
there, so every process forked from it starts with the patterns extraction compiles on first use
ready, and a page's time limit counts the page's own work."""
from archive.extract.ingest import extract_page

_PAGE = b"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Warm-up | Site</title>
<meta name="description" content="A page to warm up on."><meta property="og:type" content="article">
<meta name="author" content="Jane Roe, MD"><meta property="article:published_time" content="2024-03-04T08:00:00Z">
<link rel="canonical" href="https://warm.example/post/">
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Warm-up", "datePublished": "2024-03-04",
"author": {"@type": "Person", "name": "Jane Roe"}, "reviewedBy": {"@type": "Person", "name": "Ann Lee"}}</script>
</head><body><header><nav><a href="/">Home</a> <a href="/news/">News</a></nav></header><main><article>
<h1>Warm-up</h1><p class="byline">By Jane Roe, MD. Medically reviewed by Ann Lee, PhD</p>
<time datetime="2024-03-04">March 4, 2024</time>
<div class="entry-content"><p>Vitamin D is made in the skin when sunlight reaches it, and in winter the sun is
too low for that in much of the world (<a href="https://pubmed.ncbi.nlm.nih.gov/1/">1</a>).</p>
<h2>What to do</h2><p>Doctors often suggest a supplement for those months, see doi:10.1000/182.</p>
<figure><img src="/chart.png" alt="A chart"><figcaption>Sunlight by month</figcaption></figure>
<iframe src="https://www.youtube.com/embed/abc"></iframe><ul><li>Eat fish.</li><li>Go outside.</li></ul>
<h2>References</h2><ol><li>Roe J. Sun. <a href="https://doi.org/10.1000/182">doi</a></li></ol></div>
<div class="tags"><a rel="tag" href="/tag/sun/">sun</a></div>
<aside class="related-posts"><h3>Read also</h3><ul><li><a href="/other/">Other post</a></li></ul></aside>
</article></main><footer><p>Warm Health</p></footer></body></html>"""

extract_page(_PAGE, "https://warm.example/post/", "text/html; charset=utf-8")
