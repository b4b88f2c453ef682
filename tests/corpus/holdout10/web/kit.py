"""Body markup for the holdout10 pages: one article text, its HTML and its expected fields.

An article is written in a small line markup (blocks separated by blank lines). Each block is
rendered to HTML with a site's templates, and the same fragment gives the expected paragraph
(tags dropped, entities decoded, whitespace collapsed), so page and expectation cannot drift.

    ## text     h2 subhead            ### text    h3 subhead
    » text      pull quote            > text      a paragraph of a block quotation
    - text      list item             ? text      interview question (a paragraph)
    + text      segment of a <br><br>-split <p>
    | a | b     table row (one paragraph, cells joined by a space; unmarked lines continue it)
    @name       a chrome block of the site (no text of the article)
    otherwise   a body paragraph
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

DEFAULT_TEMPLATES = {
    "p": "<p>{}</p>",
    "h2": "<h2>{}</h2>",
    "h3": "<h3>{}</h3>",
    "pull": '<aside class="pullquote"><p>{}</p></aside>',
    "quote": "<blockquote>{}</blockquote>",
    "quote_p": "<p>{}</p>",
    "list": "<ul>{}</ul>",
    "item": "<li>{}</li>",
    "question": "<p><strong>{}</strong></p>",
    "br": "<p>{}</p>",
    "table": "<table><tbody>{}</tbody></table>",
    "row": "<tr>{}</tr>",
    "cell": "<td>{}</td>",
}


def flat(fragment: str) -> str:
    """The text of an inline HTML fragment as the schema writes it."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", fragment)).split())


@dataclass
class Article:
    """A rendered article body and the expected fields it yields."""

    html: str = ""
    paragraphs: list[str] = field(default_factory=list)
    subheads: list[str] = field(default_factory=list)
    pull_quotes: list[str] = field(default_factory=list)


def blocks(text: str) -> list[list[str]]:
    """The blocks of a markup text: lists of stripped lines, split on blank lines."""
    out: list[list[str]] = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in chunk.splitlines() if line.strip()]
        if lines:
            out.append(lines)
    return out


def items(lines: list[str], mark: str) -> list[str]:
    """Lines starting with mark begin an item; other lines continue the one before."""
    found: list[str] = []
    for line in lines:
        if line.startswith(mark):
            found.append(line[len(mark) :].strip())
        else:
            found[-1] += " " + line
    return found


def render(text: str, templates: dict[str, str] | None = None, chrome=None) -> Article:
    """The article of a markup text, with a site's templates and chrome blocks."""
    t = {**DEFAULT_TEMPLATES, **(templates or {})}
    chrome = chrome or {}
    art, parts = Article(), []
    for lines in blocks(text):
        head = lines[0]
        if head.startswith("@"):
            parts.append(chrome[head[1:]])
        elif head.startswith(("## ", "### ")):
            level = "h3" if head.startswith("###") else "h2"
            sub = " ".join([head.split(" ", 1)[1], *lines[1:]])
            parts.append(t[level].format(sub))
            art.subheads.append(flat(sub))
        elif head.startswith("» "):
            quote = " ".join([head[2:], *lines[1:]])
            parts.append(t["pull"].format(quote))
            art.pull_quotes.append(flat(quote))
        elif head.startswith("> "):
            found = items(lines, "> ")
            parts.append(t["quote"].format("".join(t["quote_p"].format(q) for q in found)))
            art.paragraphs += [flat(q) for q in found]
        elif head.startswith("- "):
            found = items(lines, "- ")
            parts.append(t["list"].format("".join(t["item"].format(i) for i in found)))
            art.paragraphs += [flat(i) for i in found]
        elif head.startswith("? "):
            question = " ".join([head[2:], *lines[1:]])
            parts.append(t["question"].format(question))
            art.paragraphs.append(flat(question))
        elif head.startswith("+ "):
            found = items(lines, "+ ")
            parts.append(t["br"].format("<br />\n<br />\n".join(found)))
            art.paragraphs += [flat(s) for s in found]
        elif head.startswith("| "):
            rows = [[c.strip() for c in row.split("|")] for row in items(lines, "| ")]
            cells = ["".join(t["cell"].format(c) for c in row) for row in rows]
            parts.append(t["table"].format("".join(t["row"].format(c) for c in cells)))
            art.paragraphs += [flat(" ".join(row)) for row in rows]
        else:
            para = " ".join(lines)
            parts.append(t["p"].format(para))
            art.paragraphs.append(flat(para))
    art.html = "\n".join(parts)
    return art
