"""Issuing unit, year, kind and scope of a document, from its title lines (file name as fallback),
and the optional manifest TSV of a corpus folder that overrides what was detected.

Rules (words and patterns in ``lexicon/documents.toml`` [metadata]):

- title: the cover page of a PDF (its short first page, lines joined) or the first line of a text
  (cut at the first space when it runs on into the body, as web pages do);
- unit: a labelled line ("预算主管部门：…", "预算单位：…", "编制单位：…") or the name before / after
  the year in the title, cut at words like 年度 / 部门预算 / 决算; a name without an area prefix
  ("芦洋乡", "区环境与国土资源局") is completed from a longer form stated in the body;
- year: the first year in the title (a range "2017—2019" gives its first year), else file name;
- kind: 预算 / 决算 / other by ordered title rules (预算执行 / 月份 reports are "other");
- scope: 部门 / 单位 from 部门预算 / 单位预算 / the label, else None.
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Callable

from . import lexicon
from .models import RawDocument

MANIFEST_NAMES = {"MANIFEST.tsv", "manifest.tsv"}
KINDS = ("预算", "决算", "other")

_YEAR = re.compile(r"(?<!\d)(19[89]\d|20\d\d)(?!\d)")
_CJK = "\u4e00-\u9fff"


@dataclass
class DocMeta:
    """What a document says about itself: ``title`` (cover title, spaces removed), ``unit`` the
    issuing unit's official name or None, ``year`` the budget year or None, ``kind`` 预算 / 决算 /
    other, ``scope`` 部门 / 单位 / None."""

    title: str
    unit: str | None
    year: int | None
    kind: str          # 预算 | 决算 | other
    scope: str | None  # 部门 | 单位 | None


@lru_cache(maxsize=None)
def _rules() -> dict:
    m = lexicon.load("documents")["metadata"]
    suffixes = sorted(m["unit_suffixes"], key=len, reverse=True)
    return {
        "label": re.compile(r"^\s*(%s)\s*[:：]\s*(.+)$" % "|".join(map(re.escape, sorted(
            m["unit_labels"], key=len, reverse=True)))),
        "suffix": re.compile("(%s)$" % "|".join(map(re.escape, suffixes))),
        "suffixes": suffixes,
        "region": re.compile(m["region_prefix"]),
        "region_only": re.compile(m["region_prefix"] + "$"),
        "stop": re.compile("|".join(m["title_stop"])),
        "prefix_junk": re.compile(m["title_prefix_junk"]),
        "name_prefix_stop": m["name_prefix_stop"],
        "kind_rules": [(r["kind"], [re.compile(p) for p in r["patterns"]]) for r in m["kind_rules"]],
        "scope_words": m["scope_words"],
        "name_kinds": m.get("name_kinds", {}),
        "approval": [re.compile(p) for p in m["approval_patterns"]],
        "cover_junk": re.compile("|".join(m["cover_junk"])),
        "toc_heading": re.compile(m["toc_heading"], re.M),
        "not_unit": re.compile("|".join(m["not_unit"])),
        "year_words": re.compile("([%s]{4})年" % "".join(m["year_digits"])),
        "year_digits": m["year_digits"],
    }


# --------------------------------------------------------------------------- detection
def detect(raw: RawDocument, name: str) -> DocMeta:
    """Detect title, unit, year, kind and scope of ``raw``; ``name`` (the file name) is the
    fallback for year and kind. Never raises; unknown parts are None (kind "other")."""
    rules = _rules()
    head = _head_lines(raw)
    labelled, title_lines = None, []
    for line in head:
        m = rules["label"].match(line)
        if m and labelled is None:
            labelled = (m.group(1), _clean_label_value(m.group(2)))
        elif not m:
            title_lines.append(line)
    full_title = written_years(_squash("".join(title_lines))) or Path(name).stem
    title = rules["prefix_junk"].sub("", full_title)

    # a unit named in the title wins over a label line, which may name the supervising
    # department ("预算主管部门：…区人民政府" on a street office's cover)
    unit, place = _unit_from_title(title)
    if labelled and is_unit_name(labelled[1]) and not is_unit_name(unit):
        unit, place = labelled[1], None
    if unit:
        completed = _complete_unit(unit, raw.text)
        unit = place + unit if place and completed == unit else completed
    if unit and not is_unit_name(unit) and not rules["region_only"].match(unit):
        unit = None

    year = _first_year(title) or _first_year(Path(name).stem) or _first_year(raw.text[:500])
    kind = _kind(title) or _kind(Path(name).stem) or "other"
    scope = _scope(full_title + (f"{labelled[0]}：" if labelled else ""))
    return DocMeta(title=title[:200], unit=unit or None, year=year, kind=kind, scope=scope)


def _head_lines(raw: RawDocument) -> list[str]:
    """The cover lines, page numbers / attachment labels / marks skipped: a short first PDF page
    whole; else the first lines up to the one naming the kind of document (预算 / 决算, at most
    four); else the first line (cut at the first run of spaces when it is long, as in one-line web
    pages)."""
    text = raw.text
    junk = _rules()["cover_junk"]
    if raw.page_starts:
        end = raw.page_starts[1] if len(raw.page_starts) > 1 else len(text)
        first_page = text[raw.page_starts[0]:end]
        toc = _rules()["toc_heading"].search(first_page)
        first_page = first_page[:toc.start()] if toc else first_page    # a contents list on the cover names no title
        lines = [ln.strip() for ln in first_page.split("\n") if ln.strip() and not junk.match(ln.strip())]
        for i, line in enumerate(lines[:4]):
            if re.search("预算|决算", line):
                # the title ends with the line naming the kind; a label line below it ("预算主管部门：…")
                # still names the unit, the unit and date repeated at the cover's foot do not
                return lines[:i + 1] + [ln for ln in lines[i + 1:] if _rules()["label"].match(ln)][:1]
        if lines and len(first_page) <= 300:
            return lines
        return lines[:1]
    lines = [ln.strip().lstrip("\ufeff") for ln in text[:3000].split("\n")]
    lines = [ln for ln in lines if ln and not junk.match(ln)]
    if not lines:
        return []
    first = lines[0]
    if len(first) > 60:
        first = re.split(r"[ \t\u3000]+", first, maxsplit=1)[0]
    # a label line just below the title ("编制单位：…" under a table's title) names the unit
    labels = [ln for ln in lines[1:4] if _rules()["label"].match(ln)]
    return [first[:120]] + labels[:1]


def is_unit_name(name: str | None) -> bool:
    """True when ``name`` reads as an organisation: it ends in a unit word (lexicon
    ``unit_suffixes``) and is not a number, an attachment label or a table title."""
    rules = _rules()
    core = re.sub(r"[（(][^）)]*[）)]$", "", name or "") or (name or "")
    return bool(name) and len(name) >= 2 and bool(rules["suffix"].search(core)) \
        and not rules["not_unit"].search(name)


def written_years(title: str) -> str:
    """Years written in Chinese digits as Arabic ones ([metadata] year_digits): "澳前镇二〇一六年
    财政预算" → "澳前镇2016年财政预算"; other text unchanged."""
    rules = _rules()
    return rules["year_words"].sub(
        lambda m: "".join(rules["year_digits"][c] for c in m.group(1)) + "年", title)


def _squash(s: str) -> str:
    """Remove spaces (a cover title split over lines, "2024 年度")."""
    return re.sub(r"[ \t\u3000\xa0]+", "", s).strip()


def _clean_label_value(value: str) -> str:
    """"上海市普陀区财政局 单位：元" → "上海市普陀区财政局"."""
    value = re.split(r"\s+|(?:金额)?单位\s*[:：]", value.strip())[0]
    return value.strip("：:，,。 ")


def _unit_from_title(title: str) -> tuple[str | None, str | None]:
    """(unit, place) a title names: the object of an approval (关于批复 X2014年度…), else the
    name before or after the year. ``place`` is a bare place name before the year when the unit
    follows it ("平潭2017年劳动人事争议仲裁院…" → ("劳动人事争议仲裁院", "平潭")): the caller
    prefixes it when the body states no longer form."""
    rules = _rules()
    for pattern in rules["approval"]:
        m = pattern.search(title)
        if m and is_unit_name(m.group("unit")):
            return m.group("unit"), None
    m = _YEAR.search(title)
    if m:
        before = _cut(title[:m.start()])
        after = _cut(re.sub(r"^(\s*[-—至~～]\s*\d{4})?\s*(年度|年)", "", title[m.end():]))
        if 2 <= len(before) <= 8 and re.fullmatch("[%s]+" % _CJK, before) \
                and not rules["suffix"].search(before) and is_unit_name(after):
            return after, before
        options = [c for c in (before, after) if len(c) >= 2]
        with_suffix = [c for c in options if rules["suffix"].search(c) or rules["region"].match(c)]
        pool = [c for c in options if is_unit_name(c)] or with_suffix or options
        return (pool[0] if pool else None), None
    cut = _cut(title)
    return (cut if len(cut) >= 2 else None), None


def _cut(s: str) -> str:
    m = _rules()["stop"].search(s)
    return (s[:m.start()] if m else s).strip(" ，,：:-—")


def _complete_unit(unit: str, body: str) -> str:
    """A name without an area prefix is completed from a longer form in the body
    ("芦洋乡" → "平潭综合实验区芦洋乡人民政府"); an area alone ("平潭综合实验区") becomes the unit of
    that area most often named in the body. Otherwise ``unit`` is returned unchanged."""
    rules = _rules()
    text = body[:20000]
    if rules["region_only"].match(unit):
        suffix = "|".join(map(re.escape, rules["suffixes"]))
        found = Counter(m.group(0) for m in re.finditer(
            "%s[%s]{1,12}?(?:%s)" % (re.escape(unit), _CJK, suffix), text))
        found = Counter({k: v for k, v in found.items() if not _rules()["stop"].search(k[len(unit):])})
        if found:
            return max(found, key=lambda k: (found[k], len(k)))
        return unit
    if rules["region"].match(unit):
        return unit
    names: Counter = Counter()
    pattern = "([%s]{2,12})?%s(人民政府|街道办事处|办事处)?" % (_CJK, re.escape(unit))
    for m in re.finditer(pattern, text):
        prefix = _trim_prefix(m.group(1) or "")
        name = prefix + unit + (m.group(2) or "")
        if prefix and not rules["region"].match(name):
            continue
        if prefix or m.group(2):
            names[(bool(prefix), name)] += 1
    if not names:
        return unit
    # an area-prefixed form first, then the form stated most often ("在职人数平潭县卫生监督所"
    # once, "平潭县卫生监督所" twice), then the longest
    return max(names, key=lambda k: (k[0], names[k], len(k[1])))[1]


def _trim_prefix(prefix: str) -> str:
    cut = 0
    for stop in _rules()["name_prefix_stop"]:
        i = prefix.rfind(stop)
        if i >= 0:
            cut = max(cut, i + len(stop))
    return prefix[cut:]


def _first_year(s: str) -> int | None:
    m = _YEAR.search(s)
    return int(m.group(1)) if m else None


def _kind(s: str) -> str | None:
    for kind, patterns in _rules()["kind_rules"]:
        if any(p.search(s) for p in patterns):
            return kind
    lower = s.lower()
    for word, kind in _rules()["name_kinds"].items():
        if re.search(r"(^|[^a-z])%s([^a-z]|$)" % re.escape(word), lower):
            return kind
    return None


def _scope(s: str) -> str | None:
    for scope, words in _rules()["scope_words"].items():
        if any(w in s for w in words):
            return scope
    return None


def same_unit(found: str | None, reading: str | None) -> bool:
    """Whether a detected name and a person's reading name the same unit: equal, or equal once
    area prefixes (lexicon ``region_prefix``, repeatedly) and a trailing 人民政府 are dropped from
    both, or when one is the other after a bare place name of at most three characters — readers
    write "芦洋乡" for a page that states "平潭县芦洋乡" as often as the reverse. None and "" are the
    same (no unit)."""
    def core(name: str) -> str:
        name = re.sub(r"人民政府$", "", re.sub(r"\s+", "", name))
        while True:
            m = _rules()["region"].match(name)
            cut = name[m.end():] if m else name
            if cut == name or len(cut) < 2:
                return name
            name = cut
    found, reading = found or "", reading or ""
    if found == reading:
        return True
    if not found or not reading:
        return False
    a, b = sorted((core(found), core(reading)), key=len)
    # a bare place name of a few characters before the name ("平潭水利综合服务中心")
    return b.endswith(a) and len(b) - len(a) <= 3 and len(a) >= 3


# --------------------------------------------------------------------------- manifest
def read_manifest(folder: str | Path, warn: Callable[[str], None] = print) -> dict[str, dict]:
    """Overrides from a manifest TSV in ``folder`` (first of MANIFEST_NAMES found), by file name.

    Columns ``file``, ``issuing_unit``, ``year``, ``kind`` are required (others ignored); values:
    year "2017-2019" → 2017, kind "决算(三公)" → 决算, "other(…)" → other; empty cells override
    nothing. A missing manifest gives {}; an unreadable one or one without a required column gives
    one ``warn`` line and {} (never raises).
    """
    folder = Path(folder)
    path = next((folder / n for n in sorted(MANIFEST_NAMES) if (folder / n).is_file()), None)
    if path is None:
        return {}
    required = lexicon.load("documents")["manifest"]["required"]
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t")
            columns = [c.strip() for c in (reader.fieldnames or [])]
            missing = [c for c in required if c not in columns]
            if missing:
                warn(f"{path.name}: 缺少列 {', '.join(missing)}，已忽略清单")
                return {}
            rows = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        warn(f"{path.name}: 无法读取清单（{exc}），已忽略")
        return {}
    out: dict[str, dict] = {}
    for number, row in enumerate(rows, start=2):
        row = {(k or "").strip(): (v or "").strip() for k, v in row.items() if k}
        file = row.get("file", "")
        if not file:
            continue
        overrides: dict = {}
        if row.get("issuing_unit"):
            overrides["unit"] = row["issuing_unit"]
        if row.get("year"):
            year = _first_year(row["year"])
            if year is None:
                warn(f"{path.name}:{number}: 年份无法识别 {row['year']!r}，已忽略该值")
            else:
                overrides["year"] = year
        if row.get("kind"):
            kind = normalise_kind(row["kind"])
            if kind != "other" or row["kind"].lower().startswith("other"):
                overrides["kind"] = kind    # (a kind the rules cannot read, "三公", leaves it to the title:
                                            # "…三公经费…支出决算批复" is a 决算, "1月份三公经费" other)
        if row.get("scope") in ("部门", "单位"):
            overrides["scope"] = row["scope"]
        out[file] = overrides
    return out


def normalise_kind(value: str) -> str:
    """Manifest kind → 预算 / 决算 / other: the part before "(" / "（" ("决算(三公)" → 决算), read by
    the title rules ([metadata] kind_rules: "部门决算" / "单位决算" → 决算, "部门预算" → 预算,
    "预算执行" → other)."""
    base = re.split(r"[（(]", value.strip(), maxsplit=1)[0].strip()
    if base in ("预算", "决算"):
        return base
    return _kind(base) or "other"


def apply_overrides(meta: DocMeta, overrides: dict) -> DocMeta:
    """``meta`` with the manifest's values (keys unit, year, kind, scope, title) put in."""
    return replace(meta, **{k: v for k, v in overrides.items() if k in ("unit", "year", "kind", "scope", "title")})
