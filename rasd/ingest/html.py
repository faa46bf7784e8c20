"""HTML article pages: trafilatura for the text and metadata, htmldate for the date.

Date rules, checked against the real pages in ``tests/data/html/``:

1. A date in the page's own article markup (``property="dc:date"``, ``article:published_time``,
   ``itemprop="datePublished"`` ... with a machine-readable ``content``/``datetime``), read with
   :func:`~rasd.ingest.dates.parse_date`. Assabah gives 2019-02-08 here, the date printed on the page.
2. ``htmldate.find_date(extensive_search=False, original_date=True)``: metadata and markup only.
3. Nothing else. trafilatura's own date (htmldate with ``extensive_search=True``) is not used: it guesses
   2013-01-01 for the CNN page from the year in its URL (the page gives no date) and 2020-02-19 for
   Assabah from unrelated text, where no date or the printed date is right.
"""

from __future__ import annotations

import copy
from urllib.parse import urlsplit

from rasd.article import Article
from rasd.errors import IngestError

from .base import Skipped, clean_meta, decode_bytes, guess_language
from .dates import parse_date

#: Fewest words for an HTML extraction to count as an article: below the 1st percentile of
#: SaudiNewsNet article lengths (16 words); shorter extractions are navigation or footers.
MIN_ARTICLE_WORDS = 10
#: Arabic byline openers ("interview:", "by", "written by", "report:") seen at the top of article
#: bodies, e.g. Assabah's "حوار: آسيا العتروس". (Language data; candidates for ``analyze/lang_ar``.)
BYLINE_PREFIXES = ("حوار", "بقلم", "كتب", "كتبت", "إعداد", "اعداد", "تقرير", "متابعة")
#: Longest name after a byline opener, in words.
MAX_BYLINE_WORDS = 5

# Attributes that mark an article's own publication date in RDFa, microdata and Open Graph.
_DATE_XPATH = (
    "//*[@property='dc:date' or @property='dcterms:created' or @property='dc:created'"
    " or @property='article:published_time' or @property='og:published_time'"
    " or @itemprop='datePublished' or @name='article:published_time' or @name='pubdate'"
    " or @name='publishdate' or @name='date']"
)


def _markup_date(tree) -> str | None:
    """The first publication date given in article markup attributes (rule 1 above)."""
    for node in tree.xpath(_DATE_XPATH):
        value = node.get("content") or node.get("datetime")
        if value and (date := parse_date(value)):
            return date
    return None


def _strip_head(text: str, title: str | None) -> tuple[str, str | None]:
    """Drop a first line repeating the title and a byline line after it; return (text, byline name)."""
    lines = text.split("\n")
    if title and lines and " ".join(lines[0].split()) == " ".join(title.split()):
        lines = lines[1:]
    byline = None
    if lines and ":" in lines[0]:
        opener, _, name = lines[0].partition(":")
        name = clean_meta(name)
        if opener.strip() in BYLINE_PREFIXES and name and len(name.split()) <= MAX_BYLINE_WORDS:
            byline, lines = name, lines[1:]
    return "\n".join(lines).strip(), byline


def fragment_text(markup: str) -> str:
    """Visible text of an HTML fragment (a feed entry's content), one line per block element.

    Args:
        markup: HTML (or plain text) of a fragment.

    Returns:
        The text, paragraphs separated by newlines, spaces inside a line collapsed.
    """
    import lxml.html

    if "<" not in markup:
        return markup.strip()
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except Exception:  # lxml raises several types for hopeless markup; keep the raw text then
        return markup.strip()
    for bad in root.xpath(".//script|.//style"):
        bad.drop_tree()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.xpath(".//p|.//div|.//li|.//h1|.//h2|.//h3|.//h4|.//h5|.//h6|.//blockquote|.//tr"):
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def parse_html(data: bytes | str, source: str, *, url: str | None = None) -> Article | Skipped:
    """Extract the article from one HTML page.

    Args:
        data: The page, as bytes (decoded with :func:`~rasd.ingest.base.decode_bytes`) or text.
        source: Where it came from (file, ``file#N`` for a WARC record), kept as ``source``.
        url: The page's address when known from outside (WARC-Target-URI); it wins over the page's
            own ``og:url``/canonical link.

    Returns:
        The Article (text, title, author, outlet = site name else domain, url, published), or a
        Skipped "no article text found" when the page holds no article body.
    """
    import htmldate
    import trafilatura

    if isinstance(data, bytes):
        try:
            data = decode_bytes(data, source)
        except IngestError as exc:
            return Skipped(source, exc.reason)
    tree = trafilatura.load_html(data)
    if tree is None:
        return Skipped(source, "no article text found (not parseable as HTML)")
    published = _markup_date(tree)
    if published is None:
        found = htmldate.find_date(copy.deepcopy(tree), extensive_search=False, original_date=True)
        published = parse_date(found) if found else None
    # include_comments=False: reader comments and their boilerplate are not the article (CNN page).
    doc = trafilatura.bare_extraction(tree, url=url, with_metadata=True, include_comments=False,
                                      favor_precision=True)
    text = (doc.text or "").strip() if doc is not None else ""
    if len(text.split()) < MIN_ARTICLE_WORDS:
        return Skipped(source, "no article text found")
    title = clean_meta(doc.title)
    author = clean_meta(doc.author)
    text, byline = _strip_head(text, title)
    author = author or byline
    page_url = url or clean_meta(doc.url)
    outlet = clean_meta(doc.sitename)
    if outlet is None and page_url:
        outlet = clean_meta(urlsplit(page_url).hostname)
    return Article(
        text=text,
        url=page_url,
        outlet=outlet,
        author=author,
        title=title,
        published=published,
        language=guess_language(text),
        source=source,
    )
