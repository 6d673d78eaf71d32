"""Line rules for news-site junk: each says what a junk line looks like and why it goes.

A rule matches a whole line (a paragraph, after unwrapping), never part of one, so an article
sentence is either kept whole or, when it is junk, reported whole. Rules are written for the
furniture of news sites in general (teasers, share bars, credits, bylines, legal lines), not for
one page; each carries a length cap, and the weaker ones refuse lines that read like sentences,
so "The minister said on Twitter that ..." stays.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_NETWORKS = (
    r"twitter|x|facebook|instagram|linkedin|youtube|tiktok|telegram|whats\s?app|google\s?news|"
    r"threads|snapchat|pinterest|reddit|flipboard|mastodon|bluesky|koo|sharechat|wechat|weibo|email|e-mail|rss"
)
_AGENCIES = (
    r"reuters|afp|ap|associated press|getty images?|epa(?:-efe)?|efe|anadolu(?: agency)?|xinhua|"
    r"shutterstock|alamy|pa(?: media| wire| images)?|bloomberg|ians|pti|ani|dpa|upi|tass|sputnik|"
    r"afp via getty images|ap photo|nurphoto|sopa images|zuma(?: press)?|wire ?image|handout|file photo"
)


_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
# Words that follow a sentence-opening "By" without making it a byline: "By Tuesday, ..."
_NOT_NAMES = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Christmas|Easter|Ramadan|Then|Now|Noon|Midnight|"
    r"Contrast|Comparison|Law|Order|Decree)\b"
)


@dataclass(frozen=True, slots=True)
class Rule:
    reason: str
    pattern: re.Pattern[str]
    max_chars: int = 200
    # weak rules skip lines that look like prose: many words ending in a full stop
    spare_sentences: bool = False
    max_words: int | None = None


def _r(reason: str, pattern: str, max_chars: int = 200, spare_sentences: bool = False,
       max_words: int | None = None, flags: int = re.I) -> Rule:
    return Rule(reason, re.compile(pattern, flags), max_chars, spare_sentences, max_words)


RULES: tuple[Rule, ...] = (
    # "See also  Pakistan: ...", "Also read | ...": teasers for other stories
    _r("see_also", r"^(?:see also|also see|also read|read also|read next|also watch|must read|don'?t miss|"
                   r"you (?:may|might) also (?:like|be interested in)|suggested (?:reading|articles))\b", 300),
    # "[Read: Tunisia sends most foreign fighters to ...]": a bracketed teaser inside the article body
    _r("see_also", r"^[\[(]\s*(?:read|see|watch|listen|related|more)(?: more| also)?\s*:.*[\])]$", 300),
    _r("related", r"^(?:related(?: (?:stories|articles|coverage|news|content|topics|links|reading|posts))?|"
                  r"more (?:on|about) this (?:story|topic)|more stories|more from [\w .'’&-]{1,40}|"
                  r"most (?:read|popular|viewed|shared)|trending(?: now| stories)?|top stories|latest (?:news|stories)|"
                  r"editor'?s picks?|in (?:other|related) news|recommended(?: for you| reading| stories)?)\s*(?:$|[:|\-–—>»])", 300),
    # "Follow us on Google news ,Twitter , and Join Whatsapp Group", a lone "Follow Us on"
    _r("social", r"^(?:follow|like|join|connect with|find|friend) (?:us|our)\b", 250, spare_sentences=True),
    _r("social", rf"^(?:follow|join) [\w .@'’-]{{0,40}}\b(?:on|via) (?:{_NETWORKS})\b[^.]*$", 160),
    _r("social", rf"^(?:(?:{_NETWORKS})\s*[:\-]?\s*)?@\w{{1,30}}\.?$", 60),
    _r("social", rf"^(?:(?:{_NETWORKS}|share|tweet|print|copy link|comments?|whatsapp)\W*){{2,}}$", 120),
    _r("share_prompt", r"^(?:share|share this(?: article| story| page| post)?|share on [\w ]{1,20}|share via [\w ]{1,20}|"
                       r"tweet(?: this)?|e-?mail(?: this)?(?: article| story)?|print(?: this)?(?: article| page| story)?|"
                       r"click to (?:share|print|email)[\w ()]*|copy (?:link|url)|save(?: article| story)?|"
                       r"(?:\d+ )?comments?(?: \(\d+\))?|leave a (?:comment|reply)|view comments|show comments|"
                       r"listen to (?:this )?(?:article|story)(?: \d+ min(?:ute)?s?)?|\d+ min(?:ute)?s? read|"
                       r"gift (?:this )?article)\s*[:!]?$", 80),
    _r("subscribe", r"^(?:subscribe|sign up|sign in|log in|register|already (?:a subscriber|have an account)|"
                    r"become a (?:member|subscriber)|get (?:our|the) [\w ]{0,40}newsletters?|join our [\w ]{0,30}newsletter|"
                    r"support (?:our|independent|quality) journalism|"
                    r"donate|unlock (?:this|full) (?:article|access)|create (?:a )?free account)\b[^.]{0,160}[.!]?$",
       220, spare_sentences=True),
    _r("subscribe", r"\b(?:subscribe (?:to|now|today)|sign up (?:for|to) (?:our|the)|newsletter)\b.{0,120}"
                    r"\b(?:inbox|free|now|today|here)\b[.!]?$", 200, spare_sentences=True),
    _r("read_more", r"^(?:read more|read the (?:full|whole|complete) (?:story|article|report)|continue reading|"
                    r"keep reading|click here|tap here|(?:story|article) continues (?:below|after))\b", 300),
    _r("read_more", r"^(?:full story|learn more|find out more|more details|watch(?: the)? video|see more|view more|"
                    r"load more|show more|more)\s*(?:[:>»›]|\.\.\.|…)?$", 30),
    _r("advertisement", r"^(?:advertisement|advertising|advert|ads?|sponsored(?: content| post| links?)?|promoted(?: content)?|"
                        r"paid (?:content|post|partner)|partner content|ads? by [\w ]{1,30}|"
                        r"(?:story|article|content) continues (?:below|after) (?:this |the )?(?:advertisement|ad))"
                        r"\s*[:\-–—]?\s*(?:- )?(?:scroll to continue(?: with content)?)?$", 80),
    _r("cookie", r"\b(?:we use|this (?:site|website) uses|accept(?: all)?|allow(?: all)?|reject(?: all)?|manage) cookies\b|"
                 r"\bcookies? (?:policy|settings|preferences|notice|consent)\b|"
                 r"\bcookies?\b.{0,200}\b(?:this|our) (?:site|website|service)\b|"
                 r"\bby continuing to (?:use|browse)\b.{0,200}\b(?:agree|accept|consent)", 400),
    _r("notice", r"^(?:loading(?:\.\.\.|…)?|please enable javascript.*|javascript is (?:disabled|required).*|"
                 r"your browser does not support.*|this (?:video|content|embed) (?:is not|isn't) available.*|"
                 r"skip to (?:main )?(?:content|navigation)|toggle navigation|menu|close|search|back to top|"
                 r"(?:previous|next) (?:article|story|post|page)|jump to (?:comments|navigation))$", 120),
    # "Photo: Reuters", "(Getty Images)", "Image copyright AFP", "REUTERS/Name Surname", "(AP Photo/Evan Vucci)"
    _r("photo_credit", r"^\(?\[?(?:photo|image|picture|pictures|photograph|photos|video|graphic|illustration|file photo|"
                       r"(?:photo |image |picture )?(?:credit|courtesy|source)|image (?:copyright|caption)|caption)s?"
                       r"(?: credits?)?\s*(?::|/|\||-|–|—|by\b|©)", 250, spare_sentences=True),
    _r("photo_credit", r"^(?:image (?:copyright|caption)|photo credit|(?:photo |image )?courtesy of)\b", 250,
       spare_sentences=True),
    _r("photo_credit", rf"^[\[(]?(?:photo\s*:\s*|image\s*:\s*|©\s*|credit\s*:\s*)?(?:[\w .'’-]{{0,40}}/)?(?:{_AGENCIES})"
                       rf"(?:\s*(?:/|via|and|,)\s*[\w .'’-]{{0,40}})*[\])]?\.?$", 90),
    _r("photo_credit", rf"^[\[(][^()\[\]]{{0,80}}\b(?:{_AGENCIES}|photo|image)\b[^()\[\]]{{0,60}}[\])]$", 150,
       spare_sentences=True, max_words=14),
    # "Anthony Wallace / AFP - Getty Images": a photographer's name over an agency
    _r("photo_credit", rf"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}\s*/\s*(?:{_AGENCIES})"
                       rf"(?:\s*(?:-|–|—|/|via)\s*(?:{_AGENCIES}))*\.?$", 90),
    # "Abigail Williams and Beomsu Jo contributed." / "... contributed reporting."
    _r("byline", r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:(?:,|,? and)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})*"
                 r"\s+contributed(?:\s+(?:to\s+)?(?:this\s+)?(?:reporting|report|story|article))?\.?$", 200, flags=0),
    # "Stella Kim is an NBC News freelance producer based in Seoul.": an author note
    _r("byline", r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s+is\s+(?:a|an|the)\s+[^.]{0,80}\b(?i:producer|correspondent|"
                 r"reporter|editor|writer|journalist|contributor|columnist|bureau chief|photographer)\b[^.]{0,80}\.?$",
       240, flags=0),
    # "By John Smith", "By JANE DOE, Associated Press", "By Reuters Staff"
    _r("byline", rf"^(?:[Bb]y|BY)\s+(?!{_NOT_NAMES})[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|al|bin|da|di|del|der|la|le|el)){{0,4}}"
                 r"(?:\s*(?:,|and|&)\s*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}))*"
                 r"(?:\s*(?:[,|]|[-–—])\s*[A-Z][\w.'’&-]*(?:\s+[\w.,'’&|-]+){0,6})?\.?$", 120, flags=0),
    _r("byline", r"^\(?(?:additional )?(?:reporting|writing|editing|compiled|compiling|research|translation|"
                 r"translated|graphics|produced|edited|written|fact-checked)(?: and [a-z]+)? by\b.{0,300}$", 400,
       spare_sentences=False),
    # "Author: Mary Major"; "Contributing: Jane Roe" (a credit line closing a story)
    _r("byline", r"^(?:author|written by|posted by|words by|reporter|correspondent|contributing|contributors?)\s*:"
                 r"\s*[^.]{1,80}$", 100),
    _r("copyright", r"^(?:©|ⓒ|\(c\)\s*(?:\d{4}|copyright)|all rights reserved)", 300),
    _r("copyright", r"^copyright\b[^.]{0,120}(?:\d{4}|©|ⓒ|\(c\)|all rights reserved)", 300, spare_sentences=True),
    _r("copyright", r"\ball rights reserved\b|\bmay not be (?:published|reproduced|redistributed)\b", 300),
    _r("boilerplate", r"^this (?:article|story|report|content|piece) (?:has been|was|is) (?:adapted|republished|reproduced|"
                      r"syndicated|auto-generated|generated|published) (?:from|with|by|under|via|on|in)\b.{0,160}$", 220),
    _r("boilerplate", r"^(?:this (?:article|story) )?(?:first|originally) (?:appeared|published) (?:on|in|at)\b.{0,120}$", 160),
    _r("timestamp", r"^(?:published|updated|last updated|posted|first published|modified)(?: on| at)?\s*:?\s*"
                    rf"(?=.*?(?:\d{{1,2}}:\d{{2}}|\d{{1,2}}[./-]\d{{1,2}}[./-]\d{{2,4}}|\b{_MONTHS}\.?\s+\d|\d\s+{_MONTHS}\b|"
                    r"\d+ (?:minutes?|hours?|days?) ago))[\w ,:./|+-]{0,120}$", 130, max_words=12),
    _r("timestamp", r"^(?:\d{1,2}|an|a few) (?:minutes?|hours?|days?) ago$", 30),
    _r("separator", r"^[\W_]{1,80}$", 80),
    # "REUTER", "ENDS", "-30-": a wire desk's end-of-story mark on a line of its own
    _r("signoff", r"^(?:reuter|ends?|-+\s*30\s*-+)\.?$", 12),
    _r("url", r"^(?:https?://|www\.)\S+$", 300),
)

# "Home > World > Africa", "News | Politics | World": short labels between separators
_CRUMB = re.compile(r"\s*(?:>|»|›|\||/|·|•)\s*")
SECTION_NAMES = frozenset(
    """home news world politics business opinion sport sports africa asia europe americas
    middle east us uk u.s. international national local tech technology science health
    entertainment lifestyle culture video videos live breaking news latest top stories
    economy markets analysis features in depth explainers editorials columns blogs""".split()
    + ["middle east", "breaking news", "top stories", "in depth", "world news", "us news", "uk news",
       "asia pacific", "latin america", "north america", "south asia", "east asia", "world politics"]
)


def _looks_like_sentence(line: str) -> bool:
    return len(line.split()) >= 12 and line.rstrip("”\"’')").endswith((".", "?", "!"))


def _heading(line: str) -> bool:
    if len(line) > 120 or line.endswith((".", "?", "!", ",", ";")):
        return False
    if line.casefold() in SECTION_NAMES:
        return True
    parts = [p for p in _CRUMB.split(line) if p]
    if len(parts) < 2 or len(_CRUMB.findall(line)) < len(parts) - 1:
        return False
    # every piece a short label, and at least one a known section name: a breadcrumb, not a quote
    if any(ch.isdigit() for ch in line):  # "us/yen 145.20 - 145.30" is a quote table, not navigation
        return False
    return all(len(p.split()) <= 4 for p in parts) and any(p.casefold() in SECTION_NAMES for p in parts)


def classify(line: str) -> str | None:
    """The reason ``line`` is junk, or None when it is article text."""
    for rule in RULES:
        if len(line) > rule.max_chars:
            continue
        if rule.spare_sentences and _looks_like_sentence(line):
            continue
        if rule.max_words is not None and len(line.split()) > rule.max_words:
            continue
        if rule.pattern.search(line):
            return rule.reason
    if _heading(line):
        return "heading"
    return None
