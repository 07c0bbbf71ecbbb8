"""Heading tree and text passages of a document.

``split(raw, doc_name)`` → (sections, passages):

- The text is cut into segments: physical lines, and for very long lines (web pages whose whole
  body is one line) pieces ending at sentence ends or starting at a heading marker.
- A segment is a heading when it is numbered (第一部分 / 一、 / （一） / 1、 / 1. / 1． / full-width
  digits, see lexicon ``documents.toml`` [sections]) and short and does not end a sentence, or a
  numbered short title followed by 。/：/space and body text ("（一）职能职责。…"), or a bare
  heading line ("单位基本情况", "…主要职能", "名词解释"). A table of contents (目录, dot leaders)
  and numbered items of prose lists (long, ending in 。, wrapped at full line width) are not.
- A table of contents is its own "目录" section holding only the TOC: it closes where the TOC
  ends (in a one-line web page: at the first preamble sentence, or where the numbering of its
  first entry repeats), so the body's headings are never nested under it; TOC entries are skipped.
- A heading's section starts at the spaces before it on its line, so a sentence that a one-line
  page cut as " （三）公务用车购置及运行费 2019年预算安排…。" falls in that heading's section.
- Levels follow a Word-like outline: 第…部分 above bare headings above the numbered styles, which
  nest in the order they appear.
- Passages: one per paragraph (wrapped PDF lines joined; a paragraph ends at a short line, a
  sentence end, a numbered item or a heading), paragraphs under ~40 chars merged with the next,
  long ones split at sentence ends into pieces of at most ``MAX_PASSAGE`` characters. Lines of
  ruled tables are left to table-row passages (see ``tables``) and TOC lines are skipped.
  Offsets ``[start, end)`` index ``RawDocument.text``; passage text has wrapped lines joined.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .models import Passage, RawDocument, Section, page_at

MAX_PASSAGE = 350
MIN_PASSAGE = 40
LONG_LINE = 160
_AMOUNT_TOKEN = re.compile(r"(?<![A-Za-z0-9.])[-−]?[0-9０-９][0-9０-９,，]*([.．][0-9０-９]+)?(?![A-Za-z0-9.])")
_DOT_LEADER = re.compile(r"(…{2,}|\.{4,}|·{4,}|－{4,}|-{6,}|_{6,})\s*\d*\s*$")
_LEADER_RUN = re.compile(r"(?:…{2,}|\.{4,}|·{4,}|－{4,}|-{6,}|_{6,})\s*\d*(?=\s)")
_TOC_TITLE = "目录"


@dataclass
class _Seg:
    start: int
    end: int
    text: str
    page: int | None
    width: float        # visual length of a full line on this page (for wrapped-line detection)
    long_line: bool     # cut out of a long line (web page)


@dataclass
class _Heading:
    style: str
    title: str
    inline: bool        # title followed by body text in the same segment


@lru_cache(maxsize=None)
def _config() -> dict:
    c = lexicon.load("documents")["sections"]
    return {
        "numbering": [(n["style"], re.compile(n["pattern"])) for n in c["numbering"]],
        "rank": {**{n["style"]: n["rank"] for n in c["numbering"]}, "bare": c["bare_rank"], "caption": c["bare_rank"]},
        "caption_number": re.compile(c["caption_number"]),
        "run_on_endings": tuple(c["run_on_heading_endings"]),
        "any_number": re.compile("|".join("(?:%s)" % n["pattern"] for n in c["numbering"])),
        "bare": {re.sub(r"\s+", "", h) for h in c["bare_headings"]},
        "bare_endings": tuple(c["bare_heading_endings"]),
        "max": int(c["max_heading_chars"]),
        "sentence_end": c["sentence_end"],
        "continues": tuple(c["continuation_openers"]),
        "table_title": re.compile(c["table_title"]),
        "toc": {re.sub(r"\s+", "", w) for w in c["toc_words"]},
    }


# --------------------------------------------------------------------------- public
def split(raw: RawDocument, doc_name: str) -> tuple[list[Section], list[Passage]]:
    """Sections (heading tree, the first one being the untitled cover/preamble, path []) and text
    passages (kind "text", ids "<doc_name>#<n>") of ``raw``."""
    text = raw.text
    segs = _segments(raw)
    skip = _table_lines(raw, segs)
    headings, toc, toc_ends = _find_headings(segs, skip)
    skip |= toc

    sections = [Section(id=0, title="", level=0, path=[], start=0, end=len(text), page=raw.page_at(0))]
    owner = [0] * len(segs)          # section id of every segment
    stack: list[tuple[str, Section]] = []
    current = sections[0]
    closed: dict[int, int] = {}      # section id -> end offset, for TOC sections
    for i, seg in enumerate(segs):
        if i in toc_ends:
            # the TOC section holds the TOC only: what follows goes to the TOC's parent
            k = next((k for k, (_, s) in enumerate(stack) if s.title == _TOC_TITLE), None)
            if k is not None:
                closed[stack[k][1].id] = _gap_start(text, seg.start)
                del stack[k:]
                current = stack[-1][1] if stack else sections[0]
        h = headings.get(i)
        if h is not None:
            _place(stack, h.style)
            parent_path = [s.title for _, s in stack]
            sec = Section(id=len(sections), title=h.title, level=len(stack) + 1, path=parent_path + [h.title],
                          start=_gap_start(text, seg.start), end=len(text), page=seg.page)
            stack.append((h.style, sec))
            sections.append(sec)
            current = sec
        owner[i] = current.id
    _close_sections(sections, len(text))
    for sec_id, end in closed.items():
        sections[sec_id].end = min(sections[sec_id].end, end)

    passages: list[Passage] = []
    for sec_id, paras in _merge_short(_paragraphs(segs, headings, skip, owner)):
        sec = sections[sec_id]
        for start, end, body in _chunks(paras):
            if len(body) < 6 and re.sub(r"\s+", "", body) == sec.title:
                continue
            passages.append(Passage(id=f"{doc_name}#{len(passages)}", doc=doc_name, section=" > ".join(sec.path),
                                    page=page_at(raw.page_starts, start), start=start, end=end, text=body))
    return sections, passages


# --------------------------------------------------------------------------- segments
def _segments(raw: RawDocument) -> list[_Seg]:
    text = raw.text
    lines = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    by_page: dict[int | None, list[float]] = {}
    for start, line in lines:
        by_page.setdefault(page_at(raw.page_starts, start), []).append(_visual(line.strip()))
    widths = {p: _full_width(v) for p, v in by_page.items()}
    title = next((line.strip() for _, line in lines if line.strip()), "")
    title = title if len(title) <= LONG_LINE else ""
    out = []
    for start, line in lines:
        if not line.strip():
            continue
        page = page_at(raw.page_starts, start)
        pieces = _cut_long(line, title) if len(line) > LONG_LINE else [(0, len(line))]
        for a, b in pieces:
            piece = line[a:b]
            lead = len(piece) - len(piece.lstrip())
            body = piece.strip()
            if body:
                out.append(_Seg(start + a + lead, start + a + lead + len(body), body, page, widths[page],
                                len(pieces) > 1))
    return out


def _gap_start(text: str, i: int) -> int:
    """``i`` moved back over the spaces before it on its line (a heading in a one-line web page
    starts where the previous sentence ends, so the sentence it opens falls in its section)."""
    while i > 0 and text[i - 1] in " \t\u3000\xa0":
        i -= 1
    return i


def _visual(s: str) -> float:
    """Printed length of a line: a CJK / full-width character counts 1, an ASCII one 0.5."""
    return len(s) - 0.5 * len(_NARROW.findall(s))


_NARROW = re.compile("[\u0000-\u1fff]")


def _full_width(lengths: list[float]) -> float:
    """Length of a full line on a page: the 80th percentile of its longer lines."""
    long = sorted(v for v in lengths if v >= 15)
    if not long:
        return max(lengths, default=0.0)
    return long[min(len(long) - 1, int(0.8 * len(long)))]


def _cut_long(line: str, title: str = "") -> list[tuple[int, int]]:
    """Cut points of a long line: after 。！？；, after the dot leader of a TOC entry, before a
    heading marker that follows a space, a sentence end or a colon, and before the document's
    ``title`` (its first line) repeated after a space (web pages repeat it after their TOC)."""
    cfg = _config()
    cuts = {0, len(line)}
    for m in re.finditer(r"[。！？!?；;]+", line):
        cuts.add(m.end())
    for m in _LEADER_RUN.finditer(line):
        cuts.add(m.end())
    flat_title = re.sub(r"\s+", "", title)
    if len(flat_title) >= 8:
        for m in re.finditer(r"(?<=\s)" + r"\s*".join(map(re.escape, flat_title)), line):
            cuts.add(m.start())
    for m in re.finditer(r"(?:(?<=[\s。！？；;：:])|^)(?=\S)", line):
        toc_word = re.match(r"\s*目\s*录\s*", line[m.start():])
        if toc_word and cfg["any_number"].match(line[m.start() + toc_word.end():m.start() + toc_word.end() + 40]):
            cuts.update({m.start(), m.start() + toc_word.end()})      # "目 录一、…": the TOC word alone

        if cfg["any_number"].match(line[m.start():m.start() + 40]) or _is_bare_start(line, m.start()):
            cuts.add(m.start())
    points = sorted(cuts)
    return [(a, b) for a, b in zip(points, points[1:]) if line[a:b].strip()]


def _is_bare_start(line: str, i: int) -> bool:
    cfg = _config()
    head = re.split(r"[\s。：:]", line[i:i + 30], maxsplit=1)[0]
    return re.sub(r"\s+", "", head) in cfg["bare"]


# --------------------------------------------------------------------------- headings
def _find_headings(segs: list[_Seg], table_lines: set[int]) -> tuple[dict[int, _Heading], set[int], set[int]]:
    """Headings by segment index (none inside ``table_lines``), the segment indexes of tables of
    contents (TOC entries: skipped, never headings) and the index of the first segment after
    each TOC (where the 目录 section closes)."""
    cfg = _config()
    headings: dict[int, _Heading] = {}
    toc: set[int] = set()
    toc_ends: set[int] = set()
    in_toc, toc_first, toc_page = False, None, None
    one_line_toc = range(0)          # segments of a TOC cut out of a long line, after its 目录
    toc_open = False                 # … and its 目录 section is not closed yet
    joined_next: set[int] = set()
    for i, seg in enumerate(segs):
        if i in table_lines:
            continue
        flat = re.sub(r"\s+", "", seg.text)
        if i in one_line_toc:
            if _toc_entry(seg.text):
                toc.add(i)
            elif toc_open:
                toc_ends.add(i)          # the preamble after the TOC ("…说明如下:") is body text
                toc_open = False
            continue
        if i == one_line_toc.stop and toc_open:
            toc_ends.add(i)
        if _DOT_LEADER.search(seg.text):
            toc.add(i)
            continue
        if flat in cfg["toc"]:
            headings[i] = _Heading("bare", _TOC_TITLE, False)
            body = _one_line_toc_end(segs, i) if seg.long_line else None
            if body is not None:
                one_line_toc, toc_open, in_toc = range(i + 1, body), True, False
            else:
                in_toc, toc_first, toc_page = True, None, seg.page
            continue
        if in_toc:
            numbered = bool(cfg["any_number"].match(seg.text))
            ends = in_toc and (flat == toc_first
                               or (seg.page != toc_page and not numbered)
                               or len(flat) > cfg["max"] or seg.text[-1] in cfg["sentence_end"])
            if not ends:
                toc.add(i)
                if toc_first is None and (numbered or len(flat) > 4):
                    toc_first = flat
                toc_page = seg.page
                continue
            in_toc = False
            toc_ends.add(i)
        if i == 0 and not cfg["any_number"].match(seg.text):
            continue              # the document's own title line is the cover, not a heading
        nxt = segs[i + 1] if i + 1 < len(segs) else None
        if i - 1 in headings and i - 1 in joined_next:
            continue
        h = _heading(seg, nxt)
        if h is not None:
            if (not h.inline and nxt is not None and nxt.page == seg.page and len(nxt.text) <= 8
                    and _visual(seg.text) >= 0.85 * seg.width and not cfg["any_number"].match(nxt.text)
                    and nxt.text[-1] not in cfg["sentence_end"]
                    and _heading(nxt, segs[i + 2] if i + 2 < len(segs) else None) is None):
                h = _Heading(h.style, h.title + nxt.text, False)     # a title wrapped onto a short line
                joined_next.add(i)
            headings[i] = h
    return headings, toc, toc_ends


def _one_line_toc_end(segs: list[_Seg], i: int) -> int | None:
    """For a 目录 at ``segs[i]`` cut out of a long line: the index of the segment where the body
    begins, i.e. the first one that repeats the numbering of the TOC's first numbered entry
    ("一、", "第一部分"), within 80 segments; None when there is none."""
    cfg = _config()
    first = None
    for j in range(i + 1, min(len(segs), i + 80)):
        if not segs[j].long_line:
            return None
        m = cfg["any_number"].match(segs[j].text)
        if not m:
            continue
        marker = re.sub(r"\s+", "", m.group(0))
        if first is None:
            first = marker
        elif marker == first:
            return j
    return None


def _toc_entry(text: str) -> bool:
    """A piece of a one-line TOC that is an entry (a title, a dot leader), not a sentence."""
    return bool(_DOT_LEADER.search(text)) or (not re.search(r"[。；;！？!?，,]", text) and text[-1] not in ":：")


def _heading(seg: _Seg, nxt: _Seg | None) -> _Heading | None:
    cfg = _config()
    s = re.sub(r"\s+", " ", seg.text).strip()
    flat = s.replace(" ", "")
    ends_sentence = s[-1] in cfg["sentence_end"]
    if (not seg.long_line or len(s) <= cfg["max"]) and not cfg["any_number"].match(s):
        if flat in cfg["bare"] or (len(flat) <= 30 and flat.endswith(cfg["bare_endings"]) and not ends_sentence
                                   and "，" not in flat and not _has_amount(flat)):
            return _Heading("bare", s, False)
        if len(flat) <= cfg["max"] and cfg["table_title"].search(flat) \
                and not _has_amount(cfg["caption_number"].sub("", flat)):
            return _Heading("caption", s, False)      # a table's name ("附表1 收支预算总表")
    for style, pattern in cfg["numbering"]:
        m = pattern.match(s)
        if not m:
            continue
        rest = s[m.end():]
        if not rest.strip() or seg.long_line and cfg["rank"].get(style, 99) > cfg["rank"]["cn_par"]:
            return None   # in a one-line web page only 一、 and （一） number headings
        whole = (len(flat) <= cfg["max"] and not ends_sentence and "，" not in flat
                 and not _wrapped(seg, nxt) and not _has_amount(rest))
        if whole or (style == "part" and len(flat) <= cfg["max"] + 10):
            return _Heading(style, s, False)
        mm = re.match(r"\s*([^，,。：:；;\s]{1,12})(?:[。：:]|\s+)", rest)
        if mm and mm.end() < len(rest) and not re.search(r"\d", mm.group(1)):
            return _Heading(style, (s[:m.end()] + mm.group(1)).strip(), True)
        run_on = _run_on_title(rest) if seg.long_line else None
        if run_on:
            return _Heading(style, (s[:m.end()] + run_on).strip(), True)
        if s.endswith("。") and "，" not in flat and not _has_amount(rest) and (
                len(flat) <= 15 or len(flat) <= cfg["max"] and flat[:-1].endswith(cfg["bare_endings"])):
            return _Heading(style, s.rstrip("。"), False)     # "（一）职能职责。", "（二）…情况说明。"
        return None
    return None


def _run_on_title(rest: str) -> str | None:
    """Title of a heading glued to its body in a one-line web page ("部门预算单位基本情况本部门…"):
    the text up to the furthest heading ending ("情况", "说明", "职责" …) in the first 20
    characters, when no amount comes before it."""
    head = rest.lstrip()[:20]
    for ending in _config()["run_on_endings"]:
        k = head.rfind(ending)
        if k > 0:
            title = head[:k + len(ending)]
            if not _has_amount(title) and not re.search(r"[，。；：:]", title):
                return title
    return None


def _wrapped(seg: _Seg, nxt: _Seg | None) -> bool:
    """A line that fills the page width and runs on into the next line (a wrapped paragraph)."""
    if nxt is None or seg.long_line or seg.width < 20 or nxt.page not in (seg.page, (seg.page or 0) + 1):
        return False
    cfg = _config()
    if seg.text.endswith(cfg["bare_endings"] + cfg["run_on_endings"]):
        return False
    return _visual(seg.text) >= 0.85 * seg.width and not cfg["any_number"].match(nxt.text)


def _has_amount(s: str) -> bool:
    """A number other than a year ("2025年", "2024年度") in ``s``."""
    return bool(_AMOUNT_TOKEN.search(re.sub(r"\d{4}\s*年度?", "", s)))


def _place(stack: list, style: str) -> None:
    """Pop the outline stack so that a heading of ``style`` goes under the nearest heading of a
    higher rank (第…部分 > 第…章 > bare headings > 一、 > （一） > 1、/1. > (1) > ①); a table's name
    (style caption, ranked as a bare heading) is closed by whatever heading follows."""
    rank = _config()["rank"].get(style, 99)
    while stack and stack[-1][0] == "caption":
        stack.pop()     # a table's name holds its table only: the next heading is never under it
    while stack and _config()["rank"].get(stack[-1][0], 99) >= rank:
        stack.pop()


def _close_sections(sections: list[Section], end: int) -> None:
    """Each section ends where the next section of the same or a higher level begins."""
    for i, sec in enumerate(sections):
        sec.end = end
        for later in sections[i + 1:]:
            if later.level <= sec.level:
                sec.end = later.start
                break


# --------------------------------------------------------------------------- paragraphs
def _table_lines(raw: RawDocument, segs: list[_Seg]) -> set[int]:
    """Segments that belong to ruled tables (from each table's first line to the first prose line
    or heading or page end): they become table-row passages instead."""
    out: set[int] = set()
    starts = [s.start for s in segs]
    endings = tuple(lexicon.load("documents")["tables"]["title_endings"])
    for table in raw.tables:
        if table.start < 0:
            continue
        i = next((k for k, st in enumerate(starts) if st >= table.start), None)
        if i is None:
            continue
        page, first = segs[i].page, i
        while i < len(segs) and segs[i].page == page:
            t = segs[i].text
            flat = t.replace(" ", "")
            named = _config()["caption_number"].sub("", flat)
            if i > first and flat.endswith(endings) and not _AMOUNT_TOKEN.search(named) and len(flat) <= 40:
                break               # the title line of the next table on the page is its heading
            numeric = bool(_AMOUNT_TOKEN.search(t))
            if i > first and not numeric and len(flat) <= _config()["max"] and _config()["any_number"].match(t.strip()):
                break               # a numbered heading after the table ("五、其他说明"): prose again
            if flat.startswith(("注", "说明：", "备注")) or (not numeric and (len(flat) > 30 or t[-1] in "。")):
                break
            if numeric and t[-1] == "。" and len(flat) > 30:
                break
            out.add(i)
            i += 1
    return out


def _paragraphs(segs: list[_Seg], headings: dict[int, _Heading], skip: set[int], owner: list[int]):
    """(section id, [segments]) per paragraph, in order."""
    cfg = _config()
    para: list[_Seg] = []
    para_sec = None
    for i, seg in enumerate(segs):
        if i in skip:
            if para:
                yield para_sec, para
            para, para_sec = [], None
            continue
        h = headings.get(i)
        new = (h is not None or not para or owner[i] != para_sec or seg.long_line
               or bool(cfg["any_number"].match(seg.text)) or _ends_paragraph(para[-1]))
        if new and para:
            yield para_sec, para
            para = []
        if h is not None and not h.inline:
            # a heading line is its own short paragraph: kept so the heading words are searchable
            yield owner[i], [seg]
            para_sec = None
            continue
        para.append(seg)
        para_sec = owner[i]
    if para:
        yield para_sec, para


def _ends_paragraph(seg: _Seg) -> bool:
    if seg.long_line:
        return True
    if seg.text[-1] in "。！？!?：:":
        return True
    return seg.width >= 20 and _visual(seg.text) < 0.75 * seg.width


def _merge_short(paragraphs):
    """Paragraphs grouped per passage: a paragraph under MIN_PASSAGE characters (a heading line,
    "主要职能包括：") goes with the next paragraph of the same section."""
    group: list[list[_Seg]] = []
    group_sec = None
    for sec_id, para in paragraphs:
        size = sum(len(s.text) for p in group for s in p)
        grown = size + sum(len(s.text) for s in para)
        # a paragraph opening with "主要原因是…" stays with the one naming its subject
        joins = (group and sec_id == group_sec and grown <= MAX_PASSAGE + 150
                 and para and para[0].text.lstrip().startswith(_config()["continues"]))
        if group and not joins and (sec_id != group_sec or size >= MIN_PASSAGE or grown > MAX_PASSAGE):
            yield group_sec, group
            group = []
        group.append(para)
        group_sec = sec_id
    if group:
        yield group_sec, group


def _join(paras: list[list[_Seg]]) -> tuple[str, list[int]]:
    """Text of the paragraphs (wrapped lines joined, paragraphs separated by a space) and the
    source offset of every character."""
    out: list[str] = []
    where: list[int] = []
    for pi, pieces in enumerate(paras):
        for k, seg in enumerate(pieces):
            if out and (pi and not k or pieces[k - 1].long_line
                        or re.match(r"[A-Za-z0-9]", out[-1]) and re.match(r"[A-Za-z0-9]", seg.text)):
                out.append(" ")
                where.append(seg.start)
            out.extend(seg.text)
            where.extend(range(seg.start, seg.start + len(seg.text)))
    return "".join(out), where


def _chunks(paras: list[list[_Seg]]):
    """Passages of a group of paragraphs: (start, end, text) pieces of at most MAX_PASSAGE
    characters, cut at sentence ends (or at a comma inside one over-long sentence)."""
    body, where = _join(paras)
    if not body:
        return []
    spans = _sentence_spans(body)
    starts = [s for s, _ in spans]
    out, a = [], None
    for s, e in spans:
        if a is None:
            a = s
        if e - a > MAX_PASSAGE and s > a and not (_continues(body, s) and e - a <= MAX_PASSAGE + 150):
            cut = _item_start(body, starts, a, s)
            out.append((a, cut))
            a = cut
        while e - a > MAX_PASSAGE + 50:      # one sentence longer than a passage: cut hard
            cut = _soft_cut(body, a, a + MAX_PASSAGE)
            out.append((a, cut))
            a = cut
    if a is not None and a < len(body):
        out.append((a, len(body)))
    result = []
    for s, e in out:
        chunk = body[s:e].strip()
        if not chunk:
            continue
        s += len(body[s:e]) - len(body[s:e].lstrip())
        e = s + len(chunk)
        result.append((where[s], where[e - 1] + 1, chunk))
    return result


def _continues(body: str, s: int) -> bool:
    """The sentence at ``s`` opens with a word that ties it to the one before (主要原因是…)."""
    return body[s:s + 12].lstrip().startswith(_config()["continues"])


def _item_start(body: str, starts: list[int], a: int, s: int) -> int:
    """Where to cut a passage [a, s…): before the last numbered item ("（五）…", "2、…") opening
    in its second half, so an item starts a passage with its own figures; else at ``s``."""
    number = _config()["any_number"]
    for t in reversed(starts):
        if t > s:
            continue
        if t <= a + MAX_PASSAGE // 2:
            break
        if number.match(body[t:t + 12].lstrip()):
            return t
    return s


def _sentence_spans(body: str) -> list[tuple[int, int]]:
    spans, a = [], 0
    for m in re.finditer(r"[。！？!?；;]+[”’」』）)]*", body):
        spans.append((a, m.end()))
        a = m.end()
    if a < len(body):
        spans.append((a, len(body)))
    return spans


def _soft_cut(body: str, a: int, limit: int) -> int:
    k = max(body.rfind("，", a, limit), body.rfind(",", a, limit), body.rfind(" ", a, limit))
    return k + 1 if k > a + MAX_PASSAGE // 2 else limit


class SectionIndex:
    """Finds the deepest section holding an offset in O(log n + siblings) instead of a scan of
    every section (a scan per figure made large documents quadratic).

    Sections form a tree in document order, so among the sections holding an offset the deepest
    is the one that starts last: look back from the last section starting at or before it."""

    def __init__(self, sections: list[Section]):
        self.sections = sorted(sections, key=lambda s: (s.start, s.level))
        self.starts = [s.start for s in self.sections]

    def deepest(self, offset: int, titled: bool = False) -> Section | None:
        """The deepest section with ``start <= offset < end`` (with a path when ``titled``)."""
        i = bisect.bisect_right(self.starts, offset) - 1
        while i >= 0:
            sec = self.sections[i]
            if sec.start <= offset < sec.end and (sec.path or not titled):
                return sec
            i -= 1
        return None


_INDEX: dict = {}


def deepest_section(sections: list[Section], offset: int, titled: bool = False) -> Section | None:
    """:meth:`SectionIndex.deepest` over ``sections`` (the index of the last list asked is kept)."""
    key = (id(sections), len(sections))
    if _INDEX.get("key") != key:
        _INDEX.clear()
        _INDEX.update(key=key, index=SectionIndex(sections), ref=sections)
    return _INDEX["index"].deepest(offset, titled)

