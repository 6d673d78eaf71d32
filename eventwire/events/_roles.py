"""Role resolution for the rule coder: who did it to whom.

A parse head becomes coded actors (named parties, pronouns and their antecedents, speakers, people
named earlier, foreigners, implied enforcers), plus the recipient fallbacks (the other party of a
dyadic event, "each other").
"""
from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

from ..actors import ActorKB, coref_resolve, resolve_all, resolve_phrase
from ..actors._mentions import SHARED_GROUP_NAMES, name_heads
from ..actors._people import FOREIGN_FACING_TITLES, filed_state
from ..actors._resolve import CHAMBER_STATES, FIRM_NAME_ENDINGS, PARTY_ROLES, REGIONAL_SOURCE, carrier_in_context
from ..actors._text import norm_key
from ..model import Actor, Entity
from . import _syntax as syn
from ._context import CONTEXT_GUESS, EQUIPMENT_NOUNS, HOME_GUESS, OWN_ASSET, UNRESOLVED, _Ctx, _is_agent_noun
from ._location import NON_STATE_CODES
from ._vocabulary import (CURRENCY_NAMES, DEFINITE_DETERMINERS, ENVOY_WORDS, INTERNATIONAL_BODY_CODES, MEETING_HEADS,
                          OFFICE_HOLDERS, STATE_HEADS, STATE_ORGAN_SECTORS, STATE_WORDS, VISIT_HEADS)


PRONOUNS = frozenset({"it", "they", "he", "she", "we", "its", "their", "his", "her", "them", "him"})
FIRST_PERSON = frozenset({"i", "me", "my"})  # the speaker himself (see _resolve_head)
SPEAKER_POSSESSIVES = frozenset({"our", "my"})  # the speaker's own side's


def _actor(text: str, code: str | None, sector: str | None, *, identifier_id=None, office=None) -> Actor:
    return Actor(entity_text=text, code=code, sector=sector, identifier_id=identifier_id, office=office)


def _path(tok: Any, root: Any) -> list[Any]:
    """Tokens from ``tok`` up to (not including) ``root``."""
    out = []
    cur = tok
    while cur.i != root.i and cur.head.i != cur.i and len(out) < 30:
        out.append(cur)
        cur = cur.head
    return out


def _resolve_head(ctx: _Ctx, tok: Any, *, context_country: str | None, role: str = "recipient") -> list[Actor]:
    """Actors named by the noun phrase headed by ``tok``, its conjuncts and "along with" partners."""
    if role == "recipient" and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "blame" and \
            not syn.prep_objects(tok.head, ("on",)):
        # "blamed the collapse of the talks on the employers": what is blamed is a thing; the one
        # blamed follows "on", even where the parse hangs that "on" inside the thing's phrase.
        blamed = [p for t in tok.subtree if t.dep_ == "prep" and t.lower_ == "on" and t.i > tok.i
                  for p in t.children if p.dep_ == "pobj"]
        if blamed:
            return _resolve_head(ctx, blamed[-1], context_country=context_country, role=role)
    # "Ernst & Young", "Procter & Gamble": an ampersand joins one name, not two parties.
    joined = [c for c in tok.conjuncts if c.i > tok.i and any(t.text == "&" for t in tok.doc[tok.i:c.i])]
    heads = [tok] + [c for c in tok.conjuncts if c.i > tok.i and c not in joined]
    heads += syn.prep_objects(tok, ("along", "with")) if tok.dep_ in ("nsubj", "nsubjpass") else []
    heads += [t for t in _listed_states(ctx, tok) if t not in heads]
    out: list[Actor] = []
    for h in heads:
        if not any(ch.isalnum() for ch in h.text):
            continue  # "ties with <Delta Motor Corp>": a bracket of ticker markup is no party
        if role == "recipient" and _talked_about(h):
            continue  # "talks with Japan on Soviet grain purchases": what is talked about is no party
        gloss = next((c for c in h.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")
                      and h.i + 1 < len(h.doc) and h.doc[h.i + 1].text == "("), None) if h.lower_ in PRONOUNS else None
        if gloss is not None:
            # "They (creditors) asked for more": a bracketed gloss says whom the pronoun means.
            out.extend(_resolve_head(ctx, gloss, context_country=context_country, role=role))
            continue
        if _lenders_club(ctx, h) and (h.text == "Group" or not any(
                t.i in ctx.entity_at and ctx.entity_at[t.i].code and not _agent_counterpart(ctx, t, h)
                for t in _own_phrase(h) if t.i != h.i)):
            # "the Consultative Group (for Kenya)", "the Group" after it, "official lending agencies",
            # "donor countries and agencies": lenders that states and their agencies form together act as
            # one intergovernmental party (IGO), as the golds code the Paris Club, not as the country
            # they lend to, whose name the Group's own may hold.
            out.append(_actor(syn.span_text(ctx.doc, *syn.core_phrase(h)), "IGO", None))
            continue
        members = _meeting_parties(ctx, h, context_country) if role == "actor" else []
        if members:
            # "The Consultative Group meeting, attended by 15 donor countries, urged ...", "the meeting, chaired
            # by the World Bank, urged ...": what a meeting says, those who hold it say; its own name first,
            # then whose meeting it is, who chairs it, who attends it.
            out.extend(members)
            continue
        authors = _document_authors(ctx, h, context_country) if role == "actor" else []
        if authors:
            # "The resolution, sponsored by Britain, condemns Iraq", "a plan drafted by Egypt calls for ...": what a
            # document or proposal says, its author says.
            out.extend(authors)
            continue
        owner = next((c for c in h.children if c.dep_ == "poss" and (c.lower_ in PRONOUNS or c.lower_ in FIRST_PERSON)), None) \
            if h.lemma_.lower() in ("country", "nation") and h.i not in ctx.entity_at else None
        speaks_for = [a for a in _resolve_head(ctx, owner, context_country=context_country, role="actor") if a.code] \
            if owner is not None else []
        if speaks_for:
            # "the minister said his country would supply oil": the state the pronoun's referent speaks for
            out.extend(_actor(h.text, a.code, a.sector) for a in speaks_for)
            continue
        kind = _elided_object(h)
        if kind is not None:
            # "destroyed one Iranian platform and raided another": "another" is one more of the same
            # kind, so it has the first object's owner, not whatever party the story offers.
            out.extend(_resolve_head(ctx, kind, context_country=context_country, role=role))
            continue
        pair = _named_pair(ctx, h)
        if pair:
            # "India and Pakistan held talks. The two countries agreed ...": both parties act.
            sector = PAIR_SECTORS.get(h.lemma_.lower())
            out.extend(_actor(h.text, e.code, sector) for e in pair)
            continue
        if h.lower_ in FIRST_PERSON and h.tag_ in ("PRP", "PRP$"):
            # '"I do want him to act," Mr Smith said': the first person singular is the one speaking,
            # as "we" is the speaker's side; with no speaker in sight it names nobody.
            speaker = _speaker(h)
            if speaker is not None and speaker.i != h.i and speaker.lower_ not in FIRST_PERSON:
                out.extend(_actor(h.text, a.code, a.sector)
                           for a in _resolve_head(ctx, speaker, context_country=context_country, role="actor"))
            continue
        if role == "recipient" and (told := _impersonal_content_subject(h)) is not None:
            # "Police said it was alleged the former clerk quoted a false price": the "it" of an impersonal
            # passive stands for the clause that follows, whose subject is the one the charge is about.
            out.extend(_resolve_head(ctx, told, context_country=context_country, role=role))
            continue
        if h.lower_ in PRONOUNS:
            reporter = syn.governing_reporter(syn.clause_head(h)) if h.dep_ in ("nsubj", "nsubjpass", "poss") else None
            rep_subj = syn.subject_of(reporter) if reporter is not None else None
            topic = _reported_about(reporter) if reporter is not None and h.lower_ in ("it", "they") and \
                h.dep_ in ("nsubj", "nsubjpass") else None
            if topic is not None:
                # '"They shelled our positions," a commander said of the Russian forces': the words are
                # about the party the "of" phrase names, so the pronoun is that party, not the speaker.
                got = _resolve_head(ctx, topic, context_country=context_country, role="actor")
                if got:
                    out.extend(_actor(h.text, a.code, a.sector) for a in got)
                    continue
            if reporter is not None and h.lower_ in ("it", "they", "he", "she") and h.dep_ in ("nsubj", "nsubjpass") and \
                    _inner_subject_before(h, reporter):
                # "Tony Blair lied when he took the UK to war, say the Tories": a subject inside the
                # reported words, nearer than the speaker, is the one the pronoun goes on with.
                earlier = _subject_antecedent(ctx, h)
                if earlier:
                    out.extend(_actor(h.text, e.code, e.sector) for e in earlier)
                    continue
            principal = _principal(rep_subj) if rep_subj is not None and h.lower_ != "we" else None
            if principal is not None:
                # "His spokesman said he would not give more money": a spokesman or lawyer speaks for
                # someone else, and "he" in his words is that person, not the spokesman.
                got = _resolve_head(ctx, principal, context_country=context_country, role="actor")
                if got:
                    out.extend(_actor(h.text, a.code, a.sector) for a in got)
                    continue
            if rep_subj is not None and _gender_clash(ctx, h, rep_subj):
                rep_subj = None  # "Mrs Smith said he had lied": "he" is not the woman speaking
            if rep_subj is not None and h.lower_ == "it" and _names_person(ctx, rep_subj):
                # "Mr Howard said it would not affect the result": "it" is never the person speaking;
                # it continues an earlier non-person subject, or is left unresolved. ("its" stays with
                # the speaker: "the minister said its troops" are, as a rule, his country's.)
                earlier = _subject_antecedent(ctx, h)
                out.extend(_actor(h.text, e.code, e.sector) for e in earlier)
                continue
            if rep_subj is not None and h.lower_ == "we" and reporter.i in _quoted(ctx) and h.i in _quoted(ctx):
                # '"The Japanese have indicated we may not get as much," Ongpin said': a "we" in words
                # that someone inside the quotation reported is the quoted speaker's side, not the side
                # of the one he reports on (``_speaker`` below).
                rep_subj = None
            if rep_subj is not None and rep_subj.lower_ not in PRONOUNS:
                # "the junta said it was revoking ...": the pronoun is the speaker.
                got = _resolve_head(ctx, rep_subj, context_country=context_country, role="actor")
                if h.lower_ == "they" and len(members := _coordinated_subject(rep_subj)) >= 2:
                    # "X's delegate, A, and Y's ambassador, B, replied the charges were unfounded, but they ...":
                    # "they" is every one of the coordinated speakers.
                    got = _dedupe([a for m in members for a in _resolve_head(ctx, m, context_country=context_country,
                                                                             role="actor") if a.code]) or got
                if got:
                    out.extend(_actor(h.text, a.code, a.sector) for a in got)
                    continue
            if h.lower_ == "we":
                # "We will vote against the bill," he said: "we" is the speaker's side, never simply the
                # last party coded (a campaign group's "we" is not the country named before it).
                speaker = _speaker(h, _quoted(ctx))
                if speaker is not None and speaker.i != h.i:
                    out.extend(_actor(h.text, a.code, a.sector)
                               for a in _resolve_head(ctx, speaker, context_country=context_country, role="actor"))
                continue
            if h.lower_ in ("it", "they", "he", "she") and h.dep_ in ("nsubj", "nsubjpass"):
                earlier = _subject_antecedent(ctx, h)
                if earlier:
                    out.extend(_actor(h.text, e.code, e.sector) for e in earlier)
                    continue
            if h.lower_ == "they" and h.dep_ in ("nsubj", "nsubjpass"):
                group = _plural_antecedent(ctx, h, context_country)
                if group:
                    # "According to the opposition parties, it is a con. They accused him ...": "they"
                    # wants a plural; the latest actor (one man) cannot be it.
                    out.extend(_actor(h.text, a.code, a.sector) for a in group)
                    continue
            shared = _coordinated_object(h)
            if shared is not None:
                # "met the Kurdish leader and thanked him", "intercepted a fighter and shot it down": an
                # object pronoun of the second verb is the first verb's object (the subject itself would be
                # "himself"), before any party named further back.
                got = _resolve_head(ctx, shared, context_country=context_country, role=role)
                if got:
                    out.extend(got)
                    continue
            if h.lower_ in ("it", "them") and h.dep_ in ("dobj", "dative", "pobj") and ctx.current_actors:
                # "Washington urged it to release ...": an object pronoun is not its own clause's actor
                # (that would be "itself"): the nearest party named before that is not the actor.
                prev = _object_antecedent(ctx, h, exclude={a.code for a in ctx.current_actors})
                if prev is not None:
                    out.append(_actor(h.text, prev.code, prev.sector))
                    continue
            if h.lower_ in PERSON_PRONOUNS:
                person = _person_antecedent(ctx, h)
                if person is not None:
                    out.extend(person)
                    continue
            prior = coref_resolve(h.text, [e for e in ctx.document.entities if e.end <= h.idx and e.code], kb=ctx.kb) \
                if h.lower_ not in ("it", "its", "they", "their", "them") else None
            out.extend([_actor(h.text, a.code, a.sector) for a in (ctx.last_actor if prior is None else [])]
                       or ([_actor(h.text, prior.code, prior.sector)] if prior is not None else []))
            continue
        if role == "actor" and ctx.lexicon.noun_candidates(h.lemma_.lower()):
            # "its offensive ended after dealing blows": the offensive's owner is the actor.
            owner_tok = next((c for c in h.children if c.dep_ == "poss"), None) or \
                next(iter(syn.prep_objects(h, ("by",))), None)
            if owner_tok is not None:
                out.extend(_resolve_head(ctx, owner_tok, context_country=context_country, role="actor"))
                continue
        stance = _stance_target(h)
        if stance is not None:
            # "voiced their opposition to the levy", "backed the government's opposition to the tax":
            # "opposition" with an owner or a "to" is the act of opposing, not the political Opposition;
            # the party it names is the owner of the stance acted on, else what the stance is against.
            out.extend(a for t in stance for a in _resolve_head(ctx, t, context_country=context_country, role=role))
            continue
        issuer = _document_issuer(ctx, h) if role == "actor" else []
        if issuer:
            # "A statement issued after a meeting of the IGGI said ... The statement said Indonesia must ...":
            # a document named again speaks for whoever issued it, named with its first mention.
            out.extend(_actor(h.text, e.code, e.sector) for e in issuer)
            continue
        start, end = syn.core_phrase(h)
        if h.i == tok.i and joined:
            end = max(end, joined[-1].i + 1)
        text = syn.span_text(ctx.doc, start, end)
        # "Mr McConnell" after "Jack McConnell": a courtesy title and surname are the person named
        # before, not the knowledge base's best-known holder of the name ("Mrs" may be his wife).
        titled_surname = end - start == 2 and h.i == start + 1 and \
            (ctx.doc[start].lower_.rstrip(".") in ("mr", "ms", "mrs", "dr", "prof", "mister", "lord", "lady", "baroness", "sir", "dame")
             or _office_before_surname(ctx.doc[start]))
        # ("De Zeeuw", "van Agt": a surname with its particle is still the bare surname.)
        particled = end - start == 2 and h.i == start + 1 and ctx.doc[start].lower_ in SURNAME_PARTICLES
        if _firm_people(ctx, h, role) is not None:
            # pty30: "talks with representatives of Manufacturers Hanover Trust Co.", "officials of Mobil Oil Corp",
            # "Chase Manhattan Bank Corp executives": people named by the firm they serve act for the firm (MNC, as
            # the named firm itself is), not as officials or legislators of the country around them.
            out.append(_actor(text, "MNC", "BUS"))
            continue
        if role == "actor" and h.pos_ == "PROPN" and _story_firm(ctx, list(ctx.doc[start:end])) and not any(
                i in ctx.place_at or (i in ctx.entity_at and ctx.entity_at[i].code) for i in range(start, end)):
            # pty31: "Citicorp Inc said ... Citicorp rejected": a firm named again by its bare name, which no table
            # knows, is the firm (MNC). Only as the actor: as a target ("barred Toshiba Machine from exporting") it
            # let through events whose other side the coder still gets wrong (unseen snapshots, session 28).
            out.append(_actor(text, "MNC", "BUS"))
            continue
        named = _earlier_person(ctx, h) if end - start == 1 or titled_surname or particled else None
        if named is not None:
            # "American Kevin King ... King and Weeks were abducted": the bare surname is that person.
            out.append(_actor(text, named.code, named.sector))
            continue
        res = resolve_phrase(text, date=ctx.document.published, head=h.lemma_.lower(), context_country=None, kb=ctx.kb,
                             story_country=ctx.focus_country)
        res = carrier_in_context(res, text, ctx.document.text)
        if res is not None and res.source == REGIONAL_SOURCE and not res.code:
            # "the central African country" in a story with no one leading country: the state last named.
            res.code = _latest_state(ctx, h)
        if res is not None and res.kind == "seat" and res.canonical == "Brussels" and res.matched \
                and res.matched.strip().lower() == text.strip().lower() \
                and any(e.code == "EUR" for e in ctx.document.entities):
            # "a better deal from Brussels" in a story that names the EU/EC: the seat stands for the
            # Union's institutions (EUR), not Belgium's government.
            res.code, res.sector = "EUR", None
        if res is not None and res.code and (res.matched or "").lower() in SHARED_GROUP_NAMES:
            # "Hamas, Islamic Jihad and ...": a name two countries' groups have used is the one the
            # document's own mentions chose from the rest of the story (``actors._mentions``).
            same = next((e for e in ctx.document.entities if e.code and e.text.lower() == res.matched.lower()), None)
            if same is not None:
                res.code = same.code
        pinned = next((ctx.entity_at[i] for i in range(start, end) if i in ctx.entity_at and ctx.entity_at[i].code and
                       ctx.entity_at[i].text == res.matched and ctx.entity_at[i].code != res.code), None) \
            if res is not None and res.code and res.kind == "place" and res.matched else None
        if pinned is not None:
            # "the mayor of Kimberley, British Columbia": the town the text pins down with its region is that
            # region's country's (``_coder._placed_entity``), not a namesake's the actor tables know.
            res = copy.copy(res)
            res.code = pinned.code
        scanned = next((ctx.entity_at[i] for i in range(start, end) if i in ctx.entity_at and ctx.entity_at[i].code
                        and ctx.entity_at[i].canonical == res.canonical and ctx.entity_at[i].code != res.code), None) \
            if res is not None and res.code and res.kind == "party" and res.canonical else None
        if scanned is not None:
            # "Conservative opposition leader Constantine Mitsotakis" in a story about Greece: a party name several
            # states' parties share is the one the text scan chose from the whole story (``own_party_family``, which
            # knows the states the text names), not the best-known namesake the phrase alone gives (Britain's).
            res = copy.copy(res)
            res.code = scanned.code
        described = _described_state(ctx, h) if res is None or not res.code else None
        if described is not None:
            # "Britain criticised Cuba ... The island nation rejected it", "the communist state expelled":
            # a state described instead of named is the state named last before it.
            out.append(_actor(text, described.code, None))
            continue
        leader = _body_leader(h) if res is None and h.lemma_.lower() in BODY_NOUNS else None
        if leader is not None and leader.i != tok.i:
            # "said a team he led agreed to buy ...", "a mission led by the trade minister": a team the
            # tables know nothing of is its leader's, with the leader's code and sector.
            got = [a for a in _resolve_head(ctx, leader, context_country=context_country, role="actor") if a.code]
            if got:
                out.extend(_actor(text, a.code, a.sector) for a in got)
                continue
        if res is None and end - start == 2 and ctx.doc[start].lower_ in ("the", "this") and h.tag_ == "NN" and \
                h.lemma_.lower() in BODY_NOUNS:
            named = _earlier_body(ctx, h)
            if named is not None:
                # "The European Community commission proposed ... The commission urged ...": a short
                # definite mention of a body is the body named in full before, whoever else was named since.
                out.append(_actor(text, named.code, named.sector))
                continue
        named = _earlier_group(ctx, h, text) if res is None and end - start == 2 else None
        if named is not None:
            # "The Freedom Movement said ... The movement rejected": a group noun the tables give no
            # sector of its own repeats the name it heads; "the North" is the divided country named before.
            out.append(_actor(text, named.code, named.sector))
            continue
        if (res is None or not res.code) and h.pos_ == "NOUN" and _multilateral_body(h) and \
                not any(i in ctx.entity_at and ctx.entity_at[i].code for i in range(start, end)):
            # "soft loans from multilateral organisations", "international lending agencies": bodies that
            # states set up together are intergovernmental (IGO), never the country around them.
            out.append(_actor(text, "IGO", None))
            continue
        if (res is None or not res.code) and _creditor_states(h) and \
                not any(t.i in ctx.entity_at and ctx.entity_at[t.i].code and not _agent_counterpart(ctx, t, h)
                        for t in _own_phrase(h)) and \
                not (role == "recipient" and any(a.code == "IGO" for a in ctx.current_actors)):
            # "an agreement with 16 Western creditor countries", "talks with creditor governments": the states
            # a debtor owes act together (the Paris Club), which the golds code IGO; not the debtor's country,
            # nor the town where they meet. (Debtors that are themselves a bloc, "ministers from African
            # countries asked creditor governments", would face a second IGO the coder cannot tell from their
            # own: that recipient stays a named party with no code.)
            out.append(_actor(text, "IGO", res.sector if res is not None else None))
            continue
        if _bank_committee(h):
            # "Brazil's bank advisory committee", "the steering committee of commercial banks": the creditor banks'
            # own committee, firms (MNC), not the debtor state it is named after.
            out.append(_actor(text, "MNC", "BUS"))
            continue
        if (res is None or not res.code) and _creditor_banks(h) and \
                not any(t.i in ctx.entity_at and ctx.entity_at[t.i].code and not _agent_counterpart(ctx, t, h)
                        for t in _own_phrase(h)):
            # "creditor banks", "foreign commercial banks", "its commercial bank creditors": the banks a
            # debtor owes lend across borders and belong to no one state; the golds code them as firms
            # (MNC), not as the debtor's country nor the country the story is about.
            out.append(_actor(text, "MNC", "BUS"))
            continue
        if role == "recipient" and _debt_talks_banks(ctx, h):
            # pty29: "has begun talks with banks on rescheduling its commercial debt", "is asking the banks to
            # reschedule": bare banks a debtor deals with over its debt are its creditor banks (MNC), as above,
            # not the story's country.
            out.append(_actor(text, "MNC", "BUS"))
            continue
        if (res is None or not res.code) and \
                _collective_states(h, counted=not _member_of_gathering(h) and not _club_of_states(h)) and \
                not any(t.i in ctx.entity_at and ctx.entity_at[t.i].code for t in _own_phrase(h)):
            # "six Arab states rejected the plan", "meetings of major industrial countries": several states
            # named as one group act together, as their bloc would (PLOVER's IGO), not as the country
            # around them nor as no one. A group with no count and no meeting or delegation it forms
            # ("developing countries", "European countries have to ...") is mostly talked about, not
            # acting; nor is a group whose members the text names ("several countries, including Germany").
            out.append(_actor(text, "IGO", res.sector if res is not None else None))
            continue
        if (res is None or not res.code) and any(c.dep_ == "appos" for c in h.children):
            appos = next(c for c in h.children if c.dep_ == "appos")
            alt = resolve_phrase(syn.span_text(ctx.doc, appos.left_edge.i, appos.right_edge.i + 1),
                                 date=ctx.document.published, head=appos.lemma_.lower(), kb=ctx.kb)
            if alt is not None and alt.code and not _anonymous_source(appos):
                res = alt
        if res is not None and res.code and not _party_noun(h, res, ctx):
            coded = [ctx.doc[i] for i in range(start, end) if i in ctx.entity_at and ctx.entity_at[i].code]
            if coded and all(_names_document(ctx, t) or _names_meeting_venue(ctx, t) or _said_made_in(t) or _seat_only(t)
                             for t in coded):
                # "rejected the Geneva accord", "used Chinese-made missiles": the town names the
                # document (or the meeting: "attended the London talks"), the country where the weapons
                # were made; neither is a party. Nor does
                # "a London-based expert" say whose the expert is: where one works is no nationality,
                # and the capital is not its government there.
                res = None
        if res is not None and res.code:
            res = _without_classifier_code(ctx, res, start, end)
        if res is not None and res.code and res.sector and (states := _states_of_group(ctx, h, res.code)):
            # "the presidents of Peru and Bolivia", "the foreign ministers of Britain, France and West Germany":
            # office holders drawn from several named states are one party per state, as "from" makes them.
            out.extend(_actor(text, e.code, res.sector) for e in states)
            continue
        if res is not None and res.code:
            shared = _shared_head_parties(ctx, h, text)
            if shared:
                # "Jordanian and Syrian officials": coordinated modifiers over one head name one party each.
                out.extend(shared)
                continue
            out.append(_actor(text, res.code, res.sector, identifier_id=res.identifier_id, office=res.office))
            continue
        if res is not None and not _party_noun(h, res, ctx) and not _private_body_name(h, res):
            res = None  # "military agreements": a modifier's sector does not make a thing an actor
        # A bare agent ("juntas", "people") takes its country from an attached place or entity.
        # Subjects look only inside their own phrase (incl. "juntas in Mali"); objects also into
        # relative clauses that describe them ("an agreement that allowed U.S. personnel ...").
        scope = syn.argument_tokens(h) if h.dep_ not in ("nsubj", "nsubjpass", "relcl") and role != "actor" \
            else [t for t in h.subtree if t.i < h.i or not any(a.dep_ in ("relcl", "acl", "advcl") for a in _path(t, h))]
        if role == "actor" and h.lemma_.lower() in ATTACK_NOUNS:
            # "An attack on the Chilean embassy killed a guard", "a blast at the army headquarters": what
            # an attack hit, or where it struck, is not who made it (that is its "by" phrase).
            hit = {t.i for c in h.children if c.dep_ == "prep" and c.lower_ in HIT_PREPS for t in c.subtree}
            scope = [t for t in scope if t.i not in hit]
        agent = _party_noun(h, res, ctx)
        inner = [ctx.entity_at[t.i] for t in scope if _names_party(ctx, t, agent)
                 and not (role == "actor" and _agent_counterpart(ctx, t, h))]
        seen = set()
        coded = []
        for ent in inner:
            if ent.code not in seen:
                seen.add(ent.code)
                coded.append(ent)
        owner = _possessive_pronoun(h)
        if owner is not None and role == "recipient" and res is not None and res.sector and not res.code and \
                not coded and _creditors(h):
            # "an agreement with its creditor banks", "asked its foreign creditors": a debtor's creditors are
            # the other side of its debt, not an asset of its own, and "its" says nothing of their country.
            out.append(_actor(text, None, res.sector, office=UNRESOLVED))
            continue
        if role == "recipient" and res is None and not coded and h.pos_ == "NOUN" and _creditors(h):
            # "asked its foreign creditors for a grace period": the tables know no "creditors", but they
            # are the other side of the debt all the same: a named party with no code, never the debtor.
            out.append(_actor(text, None, None, office=UNRESOLVED))
            continue
        if owner is not None and role == "actor" and res is not None and res.sector and not res.code:
            # "Iran said its forces had liberated ...": the speaker, else the nearest party before.
            got = _resolve_head(ctx, owner, context_country=context_country, role="actor")
            if owner.lower_ in SPEAKER_POSSESSIVES:
                # '"Our forces are repelling the enemy offensive," an Iraqi commander said': "our" is the speaker's
                # side, never the party named last before it (which is, as often as not, the enemy).
                speaker = _speaker(owner, _quoted(ctx))
                named = speaker is not None and speaker.i != owner.i and speaker.lower_ not in SPEAKER_POSSESSIVES | {"we", "i"}
                got = [a for a in _resolve_head(ctx, speaker, context_country=None, role="actor") if a.code] if named else []
                if not got:
                    out.append(_actor(text, None, res.sector))
                    continue
            if not got:
                prev = _previous_entity(ctx, owner, exclude=set())
                got = [_actor(prev.text, prev.code, prev.sector)] if prev is not None else []
            if got:
                out.extend(_actor(text, a.code, res.sector) for a in got if a.code)
                continue
        if owner is not None and owner.lower_ in ("its", "their") and ctx.current_actors and \
                ((owner.lower_ == "their") != ctx.current_plural or (owner.lower_ == "its" and ctx.current_person)):
            # "militants who attacked one of its vehicles": "its" cannot be the plural actor, so it
            # points at the nearest singular party mentioned before.
            # "their" wants a plural party: "Israel freed 20 Palestinian prisoners. The Palestinian
            # Authority welcomed their release" is the prisoners', not Israel's.
            prev = (_previous_entity(ctx, owner, exclude=set(), within=1, plural=True, strict=True)
                    if owner.lower_ == "their" else None) or \
                _previous_entity(ctx, owner, exclude={a.code for a in ctx.current_actors},
                                 not_person=owner.lower_ == "its" and ctx.current_person)
            if prev is not None:
                out.append(_actor(text, prev.code, res.sector if res is not None and res.sector else prev.sector))
                continue
        if res is not None and res.sector and not res.code and owner is not None and ctx.current_actors:
            # "withdraw its troops": the possessive pronoun points back at the actor.
            # The actor's own troops are not a recipient: mark them so the caller drops them.
            # "his opponents" are the actor's compatriots, not his assets: a domestic recipient.
            # "praised his finance minister", "met her deputy": one person holding an office is someone
            # else the actor deals with, not an asset it moves (envoys stay assets: "recalled its ambassador").
            own = None if res.sector == "OPP" or h.lemma_.lower() in ADVERSARY_NOUNS or \
                (h.lemma_.lower() in OFFICE_NOUNS and h.tag_ == "NN") else OWN_ASSET
            out.extend(_actor(text, a.code, res.sector, office=own) for a in ctx.current_actors if a.code)
            continue
        possessor = next((c for c in h.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        if possessor is not None and res is not None and res.sector and not res.code and not coded:
            # "Chancellor Weber's cabinet", "Mr Okello's aides": a body or staff belongs to the person
            # who owns it, named before; not to a country the rest of the sentence names.
            named = _earlier_person(ctx, possessor)
            got = [named] if named is not None else \
                [a for a in _resolve_head(ctx, possessor, context_country=None, role="actor") if a.code]
            if len(got) == 1:
                out.append(_actor(text, got[0].code, res.sector))
                continue
        if res is not None and res.sector == "OPP" and not res.code and not coded and owner is None \
                and h.lemma_.lower() == "opposition":
            # "The Federal Opposition says ...": an opposition opposes its own state's government, so
            # it is of the state whose government the story has named, not of a country it talks about.
            # (Not "critics" or "dissidents", whom PLOVER also files as OPP: anyone may criticise.)
            state = _opposed_government(ctx, h)
            if state is not None:
                out.append(_actor(text, state, res.sector))
                continue
        if res is not None and res.sector and not res.code and not coded and h.lemma_.lower() in ENVOY_WORDS:
            # "the ambassador dialed up the president from Kyiv": an envoy serves abroad, so neither
            # the place in the sentence nor the latest official says whose envoy it is; only an
            # earlier mention of an envoy does ("the Swedish ambassador ... the ambassador").
            prior = coref_resolve(text, [e for e in ctx.document.entities if e.end <= h.idx and e.code], kb=ctx.kb) \
                if any(c.dep_ == "det" and c.lower_ == "the" for c in h.children) else None
            envoy = prior is not None and any(w in prior.text.lower() for w in ENVOY_WORDS)
            out.append(_actor(text, prior.code if envoy else None, res.sector))
            continue
        if res is not None and res.sector and not res.code and not coded and \
                any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in h.children):
            # "the junta", "the group": the most recent compatible full mention earlier in the article.
            # A town that only says where a facility is ("at Prague airport") is no antecedent.
            if h.lemma_.lower() in GOVERNMENT_NOUNS and h.dep_ in ("nsubj", "nsubjpass"):
                # "Israel has demanded arrests ... The government says ...": a government that opens a
                # sentence continues the state that was the topic (the subject) just before, not the
                # latest party named ("given leader Yasser Arafat 12 hours").
                topic = [e for e in _subject_antecedent(ctx, h) if e.code and len(e.code) == 3
                         and e.code not in NON_STATE_CODES]
                if len(topic) == 1:
                    out.append(_actor(text, topic[0].code, res.sector))
                    continue
            holder = _earlier_titleholder(ctx, h, text)
            if holder is not None:
                # "Prime Minister Brian Mulroney said ... U.S. Trade Representative Clayton Yeutter urged
                # ... The prime minister rejected the demand": an office named with "the" repeats the
                # latest person or party named with that same title, not the latest official of any kind.
                out.append(_actor(text, holder.code, holder.sector or res.sector))
                continue
            members = _members_of_body(ctx, h, start, end)
            if members is not None:
                # "EC foreign ministers deplored ... the ministers called for": as for the bare plural (below).
                out.append(_actor(text, members.code, res.sector))
                continue
            full = _earlier_name(ctx, h, context_country) if end - start == 2 else None
            if full is not None:
                # "The Malawi National Chamber of Industry accused ... The chamber urged": a short
                # description that repeats the head word of a full name named before is that body, with
                # the name's own sector (a chamber of industry is no legislature).
                # (An international body's name with no sector keeps none: "the European Community ...
                # the community" is not the tables' civilian "community".)
                out.append(_actor(text, full.code, full.sector or (None if full.code in BODY_CODES else res.sector)))
                continue
            # Nor a town someone only travels to or from ("passengers flying from Prague ... the
            # government"): a place on the way, not a party (as in ``_venue_or_route``).
            where = {id(e) for i, e in ctx.entity_at.items() if _where_only(ctx, ctx.doc[i])
                     or (i < h.i and _venue_or_route(ctx, ctx.doc[i]))}
            # "the community's decision": the possessive ending is no part of the description's head word.
            bare = text[:-2] if text.lower().endswith("'s") else text.rstrip("'")
            prior = coref_resolve(bare, [e for e in ctx.document.entities if e.end <= h.idx and e.code
                                         and id(e) not in where], kb=ctx.kb)
            story_gov = h.lemma_.lower() in GOVERNMENT_NOUNS and ctx.story_pair is None and ctx.focus_country
            if prior is not None and story_gov and prior.code != ctx.focus_country and \
                    any(e is prior and _locative_place(ctx, ctx.doc[i]) for i, e in ctx.entity_at.items()):
                prior = None  # "talks in Washington ... forced the government": a venue is not whose government
            if prior is not None:
                # "The Malawi National Chamber of Industry ... the chamber": a description that repeats the
                # full name's head word is that body, with its sector (a chamber of industry is no LEG).
                # With a code of its own and no sector ("the European Community ... the community"), the
                # body keeps that: the tables' sense of the common noun (CVL) is not what the name means.
                same = " " in prior.text.strip() and h.lower_ in name_heads(prior.text) and \
                    (prior.sector or (prior.code in BODY_CODES and prior.label != "PERSON"))
                # "the group" or "the organisation" (UNK) says nothing of the sector: the full mention does.
                vague = res.sector in (None, "UNK")
                out.append(_actor(text, prior.code, prior.sector if same or vague else res.sector))
                continue
            if story_gov and context_country != ctx.focus_country:
                # "the government would struggle to deliver the stimulus pledged at meetings in Paris" in
                # a story about Japan: a government named by no earlier mention is the one the story is
                # about, not the government of the town where something happened.
                out.append(_actor(text, ctx.focus_country, res.sector))
                continue
            if (filed := _filed_home(ctx, h, text, res.sector, context_country)) is not None:
                # pty30: as for an office below, "the ministry" or "the government" named by no earlier mention, in a
                # story filed from one of the two states it is about, is the dateline state's.
                out.append(_actor(text, filed, res.sector))
                continue
        if res is not None and res.sector in PRIVATE_SECTORS and not res.code and not coded and h.pos_ == "PROPN":
            # "a Spanish judge accused Riggs Bank": a named firm or association the tables do not know is
            # not from the country the sentence names; only a story about one country lends it that one.
            home = ctx.home_country if ctx.story_pair is None else None  # as for people (see below)
            out.append(_actor(text, home, res.sector, office=HOME_GUESS if home else UNRESOLVED))
            continue
        if res is not None and res.sector and not res.code and not coded and \
                any(c.dep_ == "amod" and c.lower_ in UNKNOWN_WORDS for c in h.children):
            # "Unidentified jets attacked three Iranian oil rigs": the report says it does not know
            # whose they are, so neither the country around them nor the story's lends them one.
            out.append(_actor(text, None, res.sector, office=UNRESOLVED))
            continue
        if not coded and (chamber := _bare_chamber(h)) is not None:
            # "The House today supported a call for Japan ...", "The Senate must approve the measure": a
            # chamber named by its bare title is the story's country's where that country has one so
            # called, else the US one (the usage of American wire copy), never a country that has none.
            states = CHAMBER_STATES[chamber]
            named = next((e for e in reversed(ctx.document.entities) if e.end <= h.idx and e.code and
                          len(e.code) == 3 and chamber in e.text.lower().split()), None)
            code = named.code if named is not None else context_country if context_country in states else "USA"
            out.append(_actor(text, code, "LEG"))
            continue
        if res is not None and res.sector == "LEG" and not res.code and not coded and h.text == "Congress" and \
                not any(c.dep_ in ("det", "poss", "amod", "compound", "nmod", "prep", "appos") for c in h.children):
            # "Congress" with no article, as American usage writes the US one, is the legislature of the
            # story's country only where that one is called so (Brazil's, the Philippines'; in India the
            # Congress party); elsewhere it is the US Congress: "Japan's minister warned of tariffs.
            # Congress is pressing for sanctions". ("the Congress in Japan" is left to the older rules.)
            named = next((e for e in reversed(ctx.document.entities) if e.end <= h.idx and e.code and
                          "congress" in e.text.lower().split()), None)
            if named is not None:
                out.append(_actor(text, named.code, named.sector or res.sector))
            elif context_country in CONGRESS_STATES:
                out.append(_actor(text, context_country, "PTY" if context_country == "IND" else res.sector))
            else:
                out.append(_actor(text, "USA", res.sector))
            continue
        if res is not None and res.sector and not res.code:
            countries = [e for e in coded if e.code and len(e.code) == 3 and e.code.isalpha() and e.code not in ("IGO", "NGO", "IMG", "UNO", "MNC")]
            if not countries and (state := _shared_nationality(ctx, tok, h)) is not None:
                # "Israeli tanks and troops launched incursions in Gaza": a bare agent noun coordinated after one
                # that a state's name qualifies shares that qualifier, not the country of the place around them.
                out.append(_actor(text, state, res.sector))
            elif any(c.dep_ == "amod" and c.lower_ in FOREIGN_WORDS for c in h.children) and _foreigners(text):
                # "foreign tourists in Sousse", "overseas workers" are precisely not the country around them.
                out.append(_actor(text, None, res.sector))
            elif countries:
                # "a spokesman for UKIP": a party's own people speak for the party, not the government.
                party_role = h.lemma_.lower() in PARTY_ROLES or h.lower_ in PARTY_ROLES
                out.extend(_actor(text, e.code, e.sector if party_role and e.sector in ("PTY", "OPP") else res.sector)
                           for e in countries)
            elif (body := _represented_body(ctx, h)) is not None:
                # "a spokesman for Reporters Without Borders", "a lawyer for Greenpeace": one who speaks or
                # works for a body no state owns is that body, not the country the sentence is set in.
                out.append(_actor(text, body.code, body.sector))
            elif role == "recipient" and h.lemma_.lower() in EQUIPMENT_NOUNS and any(a.code for a in ctx.current_actors):
                # "The U.S. has offered warships to escort Kuwaiti tankers": equipment of no stated
                # country is no party on the receiving end; taking the country around it would make it
                # the actor's own (or, in "Iran shot down a drone", the shooter's).
                out.append(_actor(text, context_country, res.sector, office=OWN_ASSET))
            elif role == "recipient" and _creditors(h) and (any(
                    a.code == context_country and a.sector in (None, "GOV") for a in ctx.current_actors) or
                    (ctx.current_actors and all(a.code is None or a.code == "IGO" for a in ctx.current_actors))):
                # "Brazil's finance minister asked creditor banks for new loans": a state's creditors are
                # the other side of its debt; the debtor's country says nothing of theirs. Nor does the
                # town where debtors of no one state, or of a group of states, meet ("ministers from
                # African countries urged creditor governments ...").
                out.append(_actor(text, None, res.sector, office=UNRESOLVED))
            elif _member_states(h):
                # "urged member states to cut catches": the members of the union or body the story
                # names, many states acting through it; not the country around them (nor one guessed).
                body = _member_body(ctx, h)
                out.append(_actor(text, body, res.sector, office=None if body else UNRESOLVED))
            elif (group := _from_states(ctx, h)) is not None:
                # "Finance ministers from African countries urged ...": people drawn from several states
                # that no table codes are of no one state, neither the country around them nor the
                # town where they meet; when the text names them as a group ("from six Gulf Arab
                # states") they act for that group of states together (IGO).
                if res.sector in STATE_ENVOY_SECTORS and _collective_states(group) and \
                        not any(t.i in ctx.entity_at and ctx.entity_at[t.i].code for t in group.subtree):
                    out.append(_actor(text, "IGO", res.sector))
                else:
                    out.append(_actor(text, None, res.sector, office=UNRESOLVED))
            elif (named := _members_of_body(ctx, h, start, end)) is not None:
                # "EC foreign ministers deplored ... Ministers also called on ...", "the ministers called for": the
                # members of a body of states named before are that body still, whatever country the story is about.
                out.append(_actor(text, named.code, res.sector))
            elif context_country is None and h.tag_ == "NNS" and end - start == 1 and \
                    (named := _earlier_body(ctx, h)) is not None:
                # "urged EC farm ministers to agree a tax ... he had also urged ministers to seek ...": with
                # no country around it, a bare plural repeats the group named in full before.
                out.append(_actor(text, named.code, res.sector))
            elif context_country is None and ctx.focus_country is None and (bloc := _council_bloc(ctx, h)):
                # "After 36 hours of negotiations, ministers agreed detailed rules" in a story about an EC
                # council that no one state leads: the bare members of a council are the bloc it belongs to.
                out.append(_actor(text, bloc, res.sector))
            elif any(c.dep_ == "amod" and c.lower_ == "local" for c in h.children) and \
                    (where := _story_place_country(ctx, h)) is not None:
                # "Local commanders have warned ..." in a story about US forces in Tora Bora: local people
                # are of the land the story is set in, not of the party the story is about.
                out.append(_actor(text, where, res.sector))
            elif res.sector == "MIL" and (force := _story_force(ctx, h)) is not None and force != context_country:
                # "Israeli soldiers shot four Palestinians near Jenin, when gunmen opened fire on an army
                # patrol": an army the phrase gives no nationality is the one the story has given its
                # soldiers, not the country where it patrols.
                out.append(_actor(text, force, res.sector))
            elif (other := _pair_counterpart(ctx, h, context_country)) is not None:
                # "Agriculture Ministry officials said they are not considering cuts ... to ease friction
                # with the United States" in a Japan-US story: officials dealing with one country of the
                # pair are the other one's, not the story's leading country's.
                out.append(_actor(text, other, res.sector))
            elif (filed := _filed_home(ctx, h, text, res.sector, context_country)) is not None:
                # pty30: "A Foreign Ministry official dismissed arguments made by U.S. officials", "the Agriculture
                # Ministry urged farmers ..." in a TOKYO story that names the United States more often than Japan:
                # a state's office with no country written is the dateline state's, as its titled people are.
                out.append(_actor(text, filed, res.sector))
            else:
                out.append(_actor(text, context_country, res.sector))
            continue
        if coded:
            out.extend(_actor(ent.text, ent.code, ent.sector) for ent in coded)
        elif role == "recipient" and (earlier := _earlier_owner(ctx, h)):
            # "The Commission proposed a tax on oils ... Britain will oppose the plan": a plan named
            # again is the one named before, and opposing it is aimed at whoever made it.
            out.extend(_actor(text, a.code, a.sector) for a in earlier)
        elif h.pos_ == "PROPN" and (title := _fronted_title(h)) is not None and \
                (got := [a for a in _resolve_head(ctx, title, context_country=None, role="actor") if a.code]):
            # "the Palestinian head of security, Jabril Rajoub says ...": the parser leaves the title
            # before the comma hanging off the verb; it is the named person's own description.
            out.extend(_actor(text, a.code, a.sector) for a in got)
        elif h.pos_ == "PROPN" and (h.ent_type_ in ("PERSON", "ORG") or _titled(h)) and not _anonymous_source(h):
            # A named party the knowledge base does not know ("Prime Minister Andrej Babis", "Black
            # Widow") still acts: keep the name, with the sector its title gives, and no code.
            sector = next((ctx.entity_at[i].sector for i in range(min(start, h.left_edge.i), end) if i in ctx.entity_at), None)
            if (h.ent_type_ == "PERSON" or _titled(h)) and ctx.home_country and ctx.story_pair is None:
                # "Trump attacked Williams" in a story about American politics: a person no table
                # knows is, short of other evidence, one of the story's own people.
                out.append(_actor(text, ctx.home_country, sector, office=HOME_GUESS))
                continue
            if sector and (h.ent_type_ == "PERSON" or _titled(h)) and ctx.story_pair is None and \
                    (home := _dateline_home(ctx)) and not _set_abroad(ctx, h, home):
                # "TAIPEI - Economics minister Lee Ta-hai urged exporters ... the United States": an
                # office holder no table knows, in a story filed from the state it is mainly about, holds
                # that state's office even when another state is named too often for ``home_country``.
                # (A person's name only: in "The General Partners offer" the title word names a firm; and
                # not in a sentence set in another state: "In Hong Kong, X will meet Governor David Wilson".)
                out.append(_actor(text, home, sector, office=HOME_GUESS))
                continue
            out.append(_actor(text, None, sector, office=UNRESOLVED))
    return out


# pty30: the sectors of a state's own offices (its government, courts, police) that a wire leaves without a country
# when they are the dateline state's; not its legislators or troops, which trade and war stories name abroad.
def _coded_state(ctx: _Ctx, t: Any) -> bool:
    return t.pos_ == "PROPN" and _coded_state_word(ctx, t)


def _listed_states(ctx: _Ctx, tok: Any) -> list[Any]:
    """The rest of a list of states the parser read as an apposition to its first ("Britain, West Germany, France
    and the Netherlands have rejected ...", parsed with "Germany" in apposition to "Britain" and the rest conjoined
    to it): every state listed is a party. Only a list ("and"/"or" before its last member) of states named as such,
    not "Britain, the main contributor" nor a place and its country ("Kimberley, British Columbia")."""
    if not _coded_state(ctx, tok):
        return []
    for c in tok.children:
        if c.dep_ != "appos" or c.i < tok.i or not _coded_state(ctx, c):
            continue
        rest = [x for x in c.conjuncts if x.i > c.i]
        if rest and all(_coded_state(ctx, x) for x in rest) and \
                any(t.dep_ == "cc" and t.lower_ in ("and", "or") for x in [c, *rest] for t in x.children):
            return [c, *rest]
    return []


FILED_HOME_SECTORS = frozenset({"GOV", "JUD", "COP"})


def _filed_home(ctx: _Ctx, h: Any, text: str, sector: str | None, context_country: str | None) -> str | None:
    """The dateline state for a state's office with no country of its own ("the ministry", "a Foreign Ministry
    official"), when the country it would otherwise take is only the one the story's mentions count most
    (``doc_country``) and the story is filed from the other state it is about: the dateline state, named again at
    least twice after the dateline (``actors._people``'s test for titled people). Not for an office that faces
    abroad (an envoy, a negotiator), nor in a sentence set in another state ("talks in Washington")."""
    if sector not in FILED_HOME_SECTORS or context_country is None or context_country != ctx.doc_country:
        return None
    filed = filed_state(ctx.document.text, ctx.document.entities)
    if filed is None or filed == context_country or filed in NON_STATE_CODES:
        return None
    if any(w in FOREIGN_FACING_TITLES for w in text.lower().replace("'s", "").split()) or _set_abroad(ctx, h, filed):
        return None
    return filed


def _pair_counterpart(ctx: _Ctx, h: Any, context_country: str | None) -> str | None:
    """The other country of a two-country story for an agent with no country of its own ("officials",
    "the ministry"), when the story's leading country, which would otherwise lend the agent its code,
    is named in the agent's sentence only after it and only as what the sentence deals with (an object,
    a "with" phrase, "the American proposal"), never as a subject, and the other country is not named
    there at all, and that mention is the state or its government (not a group of its people). An official
    who rejects a country's proposal is not that country's official."""
    pair = ctx.story_pair
    if pair is None or context_country not in pair or context_country != ctx.doc_country:
        return None
    other = pair[1] if pair[0] == context_country else pair[0]
    own = {t.i for t in h.subtree}
    dealt_with = False
    for t in h.sent:
        ent = ctx.entity_at.get(t.i)
        if ent is None or not ent.code or ent.code not in pair:
            continue
        if ent.code == other or t.i < h.i or t.i in own or _under_subject(t) or ent.sector not in (None, "GOV") \
                or _people_word(t):
            # Only the state itself is dealt with across the pair: "arrested militants from Hamas" deals
            # with the story's leading country's own people, which its own agents may well do.
            return None
        dealt_with = True
    return other if dealt_with else None


def _people_word(t: Any) -> bool:
    """Whether ``t`` qualifies a noun for people other than a government ("Palestinian militants",
    "Japanese farmers"): those are the country's people, not the state dealt with."""
    head = t.head
    return t.dep_ in ("amod", "compound", "nmod") and head.pos_ == "NOUN" and \
        head.lemma_.lower() not in GOVERNMENT_NOUNS and _is_agent_noun(head)


def _fronted_title(h: Any) -> Any:
    """The office phrase set before a subject name and a comma that the parser hung off the verb as a
    loose dependent or to a word before it ("the Palestinian head of security, Jabril Rajoub says"): its
    head word, else None."""
    if h.dep_ not in ("nsubj", "nsubjpass"):
        return None
    start = h.left_edge.i
    if start == 0 or h.doc[start - 1].text != ",":
        return None
    # The phrase that ends at the comma, however the parser attached it (to the verb, to "However").
    return next((t for t in h.doc[h.sent.start:start - 1] if t.pos_ == "NOUN" and t.right_edge.i == start - 2
                 and t.lemma_.lower() in PERSON_TITLES | {"head", "chief"}
                 and t.dep_ not in ("appos", "conj", "pobj", "dobj") and t.head.i not in range(start, h.i + 1)), None)


def _under_subject(t: Any) -> bool:
    """Whether ``t`` is, or is part of, some clause's subject ("U.S. troops" in "said U.S. troops would go")."""
    cur = t
    for _ in range(40):
        if cur.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


# ("from": "envoys from the Arab League", "finance ministers from the 13-member Caricom" are the body's.)
SERVING_PREPS = ("for", "of", "at", "from")
# Codes of bodies no one state owns (not the regions the same list of non-state codes holds).
SERVED_CODES = frozenset({"IGO", "NGO", "IMG", "UNO", "MNC", "EUR"})


def _serving_objects(h: Any) -> list[Any]:
    """The objects of "for"/"of"/"at" that belong to ``h``. After a coordination the phrase is the last
    conjunct's ("finance ministers and officials of the IMF": only the officials are the Fund's), though the
    parser often hangs it on the first."""
    later = [c.i for c in h.conjuncts if c.i > h.i]
    own = [p for p in syn.prep_objects(h, SERVING_PREPS) if not any(p.head.i > k for k in later)]
    if h.dep_ == "conj" and not any(c.i > h.i for c in h.conjuncts):
        own += [p for p in syn.prep_objects(h.head, SERVING_PREPS) if p.head.i > h.i]
    return own


def _represented_body(ctx: _Ctx, h: Any) -> Entity | None:
    """The coded body no state owns (NGO, IGO, UN, EU, firm) that the agent noun ``h`` works or speaks for,
    named right after it with "for", "of", "at" or "from" ("a spokesman for Amnesty", "officials at the IMF",
    "delegates from OPEC"): people of a bloc or body act as it, whatever the head noun."""
    for p in _serving_objects(h):
        start, end = syn.core_phrase(p)
        ent = next((ctx.entity_at[i] for i in range(start, end) if i in ctx.entity_at and ctx.entity_at[i].code), None)
        if ent is not None and ent.code in SERVED_CODES:
            return ent
    return None


def _reported_about(reporter: Any) -> Any:
    """The party a reporting verb says its words are about: "said of the rebels", "said about Iran"."""
    return next((p for c in reporter.children if c.dep_ == "prep" and c.lower_ in ("of", "about")
                 for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")), None)


def _repeated_group(h: Any, ctx: "_Ctx | None" = None) -> bool:
    """"the group" repeating one named before; not "The group, Acme Holdings," whose apposition names it,
    nor a repeat of a proper name ending in "Group" that no table codes ("the Falic Group ... The group"):
    the latest coded party before it is then someone else. A coded one ("the Andean Group ... the Group")
    is the party repeated."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in h.children) or \
            any(c.dep_ == "appos" for c in h.children):
        return False
    return not any(t.lower_ == "group" and t.pos_ == "PROPN" and t.i != t.sent.start and not _coded_name_word(ctx, t)
                   for t in h.doc[:h.i])


def _coded_name_word(ctx: "_Ctx | None", t: Any) -> bool:
    """Whether token ``t`` is part of a mention the tables code ("Group" in "the Cairns Group")."""
    return ctx is not None and t.i in ctx.entity_at and bool(ctx.entity_at[t.i].code)


def _repeated_bloc(ctx: _Ctx, h: Any) -> bool:
    """ "the Group" with a capital and nothing else, after a coded name ending in "Group" ("the Inter-Governmental
    Group on Indonesia ... The Group commended Jakarta"): the short form of that bloc's name, a party."""
    return h.text == "Group" and h.pos_ == "PROPN" and [c.lower_ for c in h.children] == ["the"] and \
        any(t.text == "Group" and _coded_name_word(ctx, t) for t in h.doc[:h.i])


def _private_body_name(h: Any, res: Any) -> bool:
    """Whether the head is a proper name whose own words give a private body's sector ("the National Trade
    Union Alliance", "the Federation of Cotton Growers"): the named body is a party, as a known one would be."""
    return h.pos_ == "PROPN" and res.sector in PRIVATE_SECTORS and not res.code


def _party_noun(h: Any, res: Any, ctx: "_Ctx | None" = None) -> bool:
    """Whether the head noun names a party (``_is_agent_noun``), counting a group that is one.

    "a group of protesters" counts people, so the agent is the counted noun; but "Rebel groups attacked
    the town" (a modifier gives the kind of party) and "the group said" (a repeat of one named before)
    name the group itself. "a Kashmiri group" stays with the parties its modifiers name, and a firm's
    name ("the Falic Group") with the rules for names."""
    if h.lemma_.lower() == "group" and h.pos_ == "NOUN" and not syn.prep_objects(h, ("of",)) and res is not None and \
            (res.sector not in (None, "UNK") or _repeated_group(h, ctx)):
        return True
    if ctx is not None and res is not None and _repeated_bloc(ctx, h):
        return True
    return _is_agent_noun(h)


# Plural nouns that "the two ..." or "both ..." turn into the pair of parties just named. ("the two
# parties" is left out: in a home story it is two political parties of one country.)
PAIR_NOUNS = STATE_HEADS | {"side", "leader", "neighbour", "neighbor", "capital", "ally", "rival", "delegation", "army",
                           "foe", "adversary"}

# The sector the pair's noun gives both parties ("both governments" GOV); a country or side gives none.
PAIR_SECTORS = {"government": "GOV", "leader": "GOV", "capital": "GOV", "delegation": "GOV", "army": "MIL"}


# Nouns that describe a state ("the island nation", "the Gulf kingdom"), and modifiers that do not single
# out the one named before ("the neighbouring country" is another; "the host country" the venue's).
STATE_DESCRIPTION_NOUNS = STATE_WORDS | {"emirate", "sultanate", "monarchy"}
NOT_DESCRIBING = frozenset({"neighbouring", "neighboring", "host", "home", "other", "same", "whole", "entire",
                            "member", "federal", "central", "new", "third", "foreign", "sovereign", "donor",
                            "developing", "industrialised", "industrialized", "independent", "nation", "west", "only",
                            "western", "first", "second", "last", "next", "each", "every", "one", "single", "own"})


def _described_state(ctx: _Ctx, h: Any) -> Entity | None:
    """The country last named before ``h`` when ``h`` describes one state instead of naming it: "the
    island nation", "the communist state", "the Caribbean country" (a singular state noun with "the" and
    a modifier of its own, no country written in the phrase)."""
    if h.lemma_.lower() not in STATE_DESCRIPTION_NOUNS or h.tag_ != "NN" or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in h.children):
        return None
    mods = [c for c in h.children if c.dep_ in ("amod", "compound")]
    if not mods or any(m.lower_ in NOT_DESCRIBING or m.i in ctx.entity_at or m.tag_ in ("JJS", "JJR", "CD")
                       for m in mods):  # "the largest country" singles out none named
        return None
    if any(c.dep_ in ("prep", "poss", "appos") for c in h.children):
        return None  # "the island state of Malta", "the country's": the phrase says which
    before = [e for e in ctx.document.entities if e.end <= h.idx and e.label == "COUNTRY" and e.code
              and len(e.code) == 3 and e.code.isalpha() and e.code not in NON_STATE_CODES
              and not _DIGEST_BREAK.search(ctx.doc.text[e.end:h.idx])]
    return before[-1] if before else None


# A new paragraph (a blank line, or an indented line as wire copy starts one) and the rule between the
# items of a news digest ("- - - -"): parties named before such a break are another item's.
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|\n[ \t]+|-\s-\s-")
_DIGEST_BREAK = re.compile(r"-\s-\s-")


def _same_paragraph(ctx: _Ctx, lo: int, hi: int) -> bool:
    """Whether the text between character offsets ``lo`` and ``hi`` starts no new paragraph or digest item."""
    return not _PARAGRAPH_BREAK.search(ctx.doc.text[lo:hi])


def _story_place_country(ctx: _Ctx, h: Any) -> str | None:
    """The country most of the places named before ``h`` lie in (the latest one's on a tie), if any.
    Towns, regions and landforms say where a story is set better than country names, which often only
    qualify a party ("US forces") or a direction ("toward the Pakistan border"): they count when named."""
    before = [p for p in getattr(ctx.document, "places", None) or [] if p.end <= h.idx and p.country_code]
    local = [p for p in before if p.feature != "country"]
    counts: dict[str, int] = {}
    latest: dict[str, int] = {}
    for p in local or before:
        counts[p.country_code] = counts.get(p.country_code, 0) + 1
        latest[p.country_code] = p.end
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], latest[c]))


def _story_force(ctx: _Ctx, h: Any) -> str | None:
    """The one state whose armed forces (MIL) the story named before ``h`` with a nationality, if only
    one state's were named there; None if none or several (then no army is the obvious one)."""
    codes = {e.code for e in ctx.document.entities if e.end <= h.idx and e.code and e.sector == "MIL"
             and e.label == "AGENT" and e.secondary_sector != "PTY"  # "Israeli soldiers", not a party's name
             and len(e.code) == 3 and e.code.isalpha() and e.code not in NON_STATE_CODES
             and _same_paragraph(ctx, e.end, h.idx)}
    return next(iter(codes)) if len(codes) == 1 else None


def _named_pair(ctx: _Ctx, h: Any) -> list[Entity]:
    """The two parties "the two countries", "both sides", "both governments" stand for: those the
    story coordinated last ("India and Pakistan", "talks between Seoul and Tokyo"), in the phrase's
    sentence before it or the two sentences before; without such a pair, the last two different
    parties named there. Empty when fewer than two are found, or the phrase counts no pair.

    "Kenya and Uganda met in Nairobi. The US welcomed the talks. Both governments then signed a pact":
    both governments are Kenya's and Uganda's."""
    if h.pos_ not in ("NOUN", "PROPN") or h.lemma_.lower() not in PAIR_NOUNS or h.tag_ not in ("NNS", "NNPS"):
        return []
    if not any(c.lower_ in ("two", "both") and c.dep_ in ("nummod", "det", "predet", "amod") for c in h.children):
        return []
    if any(t.i in ctx.entity_at and ctx.entity_at[t.i].code for t in h.subtree):
        return []  # "the only two Arab states to have signed - Egypt and Jordan -": the phrase names its own
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in h.children):
        return []  # "on both sides of the Atlantic", "both sides of the debate": places or views, no pair
    verb = h.head.head if h.dep_ == "pobj" else h.head
    if _talks_between(h):
        pass  # "talks were going on between the two countries": talks held, not feared
    elif h.dep_ not in ("nsubj", "nsubjpass", "dobj", "dative", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        # "fears of a war between the two countries": only a clause's parties are resolved so; a
        # noun's talk of the pair is often of what may come.
        return []
    start = syn.sentences_back(h, 2)

    def coded(i: int) -> Entity | None:
        ent = ctx.entity_at.get(i)
        return ent if ent is not None and ent.code and len(ent.code) == 3 else None

    for i in range(h.i - 1, start - 1, -1):
        ent = coded(i)
        if ent is None or h.doc[i].dep_ == "conj":
            continue
        others = [coded(c.i) for c in h.doc[i].conjuncts if c.i > i]
        others = [o for o in others if o is not None and o.code != ent.code]
        if others:
            return [ent, others[0]]
    found: list[Entity] = []
    for i in range(h.i - 1, start - 1, -1):
        ent = coded(i)
        if ent is not None and (_locative_place(ctx, h.doc[i]) or _meeting_venue(ctx, h.doc[i])):
            continue  # "offered a compromise in the talks in Brussels": where they met is neither side
        if ent is not None and all(ent.code != f.code for f in found):
            found.append(ent)
            if len(found) == 2:
                return found[::-1]
    return []


def _talks_between(h: Any) -> bool:
    """Whether ``h`` is the object of "between" after a plural meeting noun ("talks between the two
    countries", "negotiations between both sides"): the sides of talks are its parties."""
    return h.dep_ == "pobj" and h.head.lower_ == "between" and h.head.head.lower_ in MEETING_NOUNS and \
        h.head.head.tag_ == "NNS"


# Plural nouns for the people who sit in a bloc's council or meeting.
COUNCIL_MEMBER_NOUNS = frozenset({"minister", "delegate", "representative", "envoy", "leader"})
BLOC_CODES = frozenset({"EUR", "IGO"})


def _council_bloc(ctx: _Ctx, h: Any) -> str | None:
    """The code of the one bloc or body of states (EUR or IGO) the story named before ``h``, when ``h`` is
    a bare plural of the people a council is made of ("ministers", "the delegates") and the story names
    no other bloc code. None when the noun has a modifier or an "of"/"from" phrase of its own."""
    if h.tag_ not in ("NNS", "NNPS") or h.lemma_.lower() not in COUNCIL_MEMBER_NOUNS:
        return None
    if any(c.dep_ not in ("det",) for c in h.children if c.i < h.i) or syn.prep_objects(h, ("of", "from", "for")):
        return None
    codes = {e.code for e in ctx.document.entities if e.end <= h.idx and e.code in BLOC_CODES}
    return next(iter(codes)) if len(codes) == 1 else None


# Words by which a report says it does not know who someone is.
UNKNOWN_WORDS = frozenset({"unidentified", "unknown"})


# States whose legislature is called Congress (India: the Congress party), so that a bare "Congress"
# in a story about one of them is its own; any other story's bare "Congress" is the US Congress.
CONGRESS_STATES = frozenset({"USA", "BRA", "ARG", "CHL", "COL", "PER", "MEX", "PHL", "GTM", "HND", "PRY", "DOM",
                             "BOL", "ECU", "VEN", "ESP", "IND"})


def _bare_chamber(h: Any) -> str | None:
    """ "house" or "senate" for a capitalised "the House"/"the Senate" with nothing else to qualify it
    (not "the House of Commons", "the Philippine Senate", "House Speaker")."""
    if h.text not in ("House", "Senate") or h.dep_ in ("compound", "amod", "nmod", "poss"):
        return None
    kids = list(h.children)
    if len(kids) != 1 or kids[0].dep_ != "det" or kids[0].lower_ != "the":
        return None
    return h.lower_


def _from_states(ctx: _Ctx, h: Any) -> Any:
    """The uncoded group of states a plural agent noun is drawn from ("ministers from African countries",
    "delegates of developing nations"); None when there is none, or when a coded body stands for the group
    ("ministers of EC countries")."""
    if h.tag_ not in ("NNS", "NNPS"):  # (a capitalised plural opening a sentence is tagged NNPS)
        return None
    for p in syn.prep_objects(h, ("from", "of")):
        if p.tag_ == "NNS" and p.lemma_.lower() in STATE_NOUNS:
            start, end = syn.core_phrase(p)
            if not any(i in ctx.entity_at and ctx.entity_at[i].code for i in range(start, end)):
                return p
    return None


# Nouns for states as a group, and the words that make a plural of them a named group of states: a
# region, bloc or kind of economy ("Gulf Arab states", "major industrial countries", "developing
# nations"), or a count or quantity ("six states", "several countries"). Not "the countries" or "both
# countries": those repeat states the story named.
COLLECTIVE_STATE_NOUNS = STATE_HEADS | {"power", "economy"}
GROUP_OF_STATES_WORDS = frozenset(
    "several some many most various numerous major leading western eastern arab gulf african asian european "
    "latin american nordic scandinavian islamic moslem muslim communist socialist non-aligned nonaligned "
    "industrial industrialised industrialized developing developed rich richer poor poorer oil-producing "
    "oil-exporting producing exporting importing consuming consumer donor creditor debtor third-world "
    "caribbean pacific baltic balkan andean".split())
NUMBER_WORDS = frozenset("three four five six seven eight nine ten eleven twelve fifteen twenty dozen".split())


def _collective_states(h: Any, *, counted: bool = False) -> bool:
    """Whether ``h`` names several states as a group: a plural state noun with a count of three or more
    ("six Gulf Arab states", "the seven nations") or, unless ``counted``, a group word ("major industrial
    countries", "several EC governments")."""
    if h.tag_ not in ("NNS", "NNPS") or h.lemma_.lower() not in COLLECTIVE_STATE_NOUNS:
        return False
    for c in h.children:
        word = c.lower_
        if c.dep_ == "nummod" and (word in NUMBER_WORDS or (word.isdigit() and int(word) >= 3)):
            return True
        if not counted and c.dep_ in ("amod", "compound", "det", "nmod") and (
                word in GROUP_OF_STATES_WORDS or any(g.lower_ in GROUP_OF_STATES_WORDS for g in c.children
                                                     if g.dep_ in ("amod", "compound", "npadvmod"))):
            return True
    return False


# Sectors of people who speak for their states (ministers, delegates, officers), unlike firms or
# scientists "from 31 countries", who are no bloc of states.
STATE_ENVOY_SECTORS = STATE_ORGAN_SECTORS


# Words that make a plural of states the rich states' club acting together ("the western industrialised
# nations have agreed", "industrial countries should ..."), unlike a region or kind of economy that is
# mostly talked about ("developing countries", "European countries have to ...").
CLUB_OF_STATES_WORDS = frozenset({"industrialised", "industrialized", "industrial"})
# A noun for a body and the words that make it a lender of states ("official lending agencies").
LENDER_BODY_NOUNS = frozenset({"agency", "organisation", "organization", "institution"})
LENDER_BODY_WORDS = frozenset({"lending", "donor", "creditor"})
PRIVATE_WORDS = frozenset({"commercial", "private"})


def _club_of_states(h: Any) -> bool:
    """Whether ``h`` is a plural state noun that names the industrialised states as a group."""
    # ("Along with other industrial countries, Kenya agreed": "other" ones are more states like the actor.)
    return h.tag_ in ("NNS", "NNPS") and h.lemma_.lower() in COLLECTIVE_STATE_NOUNS and \
        any(c.dep_ in ("amod", "compound") and c.lower_ in CLUB_OF_STATES_WORDS for c in h.children) and \
        not any(c.lower_ == "other" for c in h.children)


def _lending_body(h: Any) -> bool:
    """"official lending agencies", "donor agencies": public bodies that lend or give to states."""
    mods = {c.lower_ for c in h.children if c.dep_ in ("amod", "compound", "nmod")}
    return h.lemma_.lower() in LENDER_BODY_NOUNS and bool(mods & LENDER_BODY_WORDS) and not mods & PRIVATE_WORDS


def _lenders_club(ctx: _Ctx, h: Any) -> bool:
    """Whether ``h`` names lenders that states form together: a lending body, a body coordinated with
    creditor or donor states ("donor countries and agencies"), a Consultative Group, or "the Group" after
    one (capitalised: "the group" is mostly a firm or a band)."""
    if _lending_body(h):
        return True
    if h.dep_ == "conj" and h.lemma_.lower() in LENDER_BODY_NOUNS | IGO_NOUNS and \
            (_creditor_states(h.head) or _lending_body(h.head)):
        return True
    if h.text != "Group":
        return False
    if any(c.dep_ == "compound" and c.lower_ == "consultative" for c in h.children):
        return True
    det = next((c for c in h.children if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the" or any(c.dep_ in ("compound", "amod") for c in h.children):
        return False
    return bool(re.search(r"\bConsultative Group\b", ctx.document.text[:h.idx]))


# Gatherings whose holders (chair, host, those attending) speak for them when they are the subject of an act. (Once
# a second table named MEETING_NOUNS, which the wider one of that name further down shadowed: the rule ran with the
# wider one's singular nouns, "summit" and "round" among them, and keeps them; "gathering" it had lost.)
HELD_GATHERING_NOUNS = MEETING_HEADS | {"gathering", "round", "talk", "negotiation"}
# The participles that say who holds a meeting, in the order their party speaks for it.
MEETING_HOLDER_VERBS = ("chair", "host", "attend")


def _set_participles(h: Any) -> list[Any]:
    """The past participles set on the noun ``h`` ("the talks, attended by ministers", "a plan drafted by Egypt"),
    also where the parser hung one set off by commas on the verb ``h`` is the subject of ("The resolution,
    sponsored by Britain, condemns ..." read with "sponsored" as the verb's adverbial clause)."""
    out = [c for c in h.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    verb = h.head
    if h.dep_ in ("nsubj", "nsubjpass") and verb.i > h.i:
        out += [c for c in verb.children if c.dep_ in ("advcl", "ccomp", "conj") and c.tag_ == "VBN" and h.i < c.i < verb.i
                and c.i - 1 >= 0 and h.doc[c.i - 1].text == "," and syn.agent_of(c) is not None
                and not any(s.dep_ in syn.SUBJECT_DEPS for s in c.children)]
    return out


# Documents and proposals whose author speaks through them when they are the subject of an act ("the resolution,
# sponsored by Britain, condemns Iraq", "a plan drafted by Egypt calls for ..."), and the participles that name the
# author (not "backed by" or "welcomed by": a supporter of a text is not its author).
AUTHORED_NOUNS = syn.STATEMENT_NOUNS | frozenset({"plan", "proposal", "draft", "motion", "initiative", "text", "paper",
                                              "document", "package", "formula", "blueprint", "programme", "program"})
AUTHOR_VERBS = frozenset({"issue", "sponsor", "co-sponsor", "cosponsor", "draft", "propose", "submit", "present", "table",
                          "write", "prepare", "introduce", "release", "publish", "put", "draw", "author", "send",
                          "deliver", "make", "unveil", "circulate", "offer"})


def _document_authors(ctx: _Ctx, h: Any, context_country: str | None) -> list[Actor]:
    """The coded authors of the document or proposal ``h`` when it is the subject of an act: the agent of a
    participle that says who wrote, issued or put it forward. Empty when it names none, or when its own phrase
    names a coded party before the participle ("the U.N. resolution, drafted by ...": the body's text)."""
    if h.lemma_.lower() not in AUTHORED_NOUNS or h.pos_ != "NOUN" or h.i in ctx.entity_at:
        return []
    if any(t.i in ctx.entity_at and ctx.entity_at[t.i].code for t in h.lefts for t in t.subtree):
        return []
    for part in _set_participles(h):
        agent = syn.agent_of(part)
        if part.lemma_.lower() not in AUTHOR_VERBS or agent is None or any(n.dep_ == "neg" for n in part.children):
            continue
        got = [a for a in _resolve_head(ctx, agent, context_country=context_country, role="actor")
               if a.code and a.office not in (CONTEXT_GUESS, HOME_GUESS, UNRESOLVED)]
        if got:
            return got
    return []


def _meeting_parties(ctx: _Ctx, h: Any, context_country: str | None) -> list[Actor]:
    """The coded parties that hold the meeting ``h`` when it is the subject of an act: the name it carries
    ("the Consultative Group meeting", "the OPEC meeting"), else those it is "of" ("a meeting of creditor
    governments"), else who chairs, hosts or attends it ("chaired by the World Bank", "attended by donor
    countries"). Empty for a meeting the sentence names no holder of."""
    if h.lemma_.lower() not in HELD_GATHERING_NOUNS or h.tag_ != "NN":
        return []
    # (a meeting named after its town is held there, not by it: "Last year's Tokyo summit", "the Venice summit")
    holders = [c for c in h.children if c.dep_ == "compound" and c.pos_ == "PROPN" and
               c.ent_type_ not in ("GPE", "LOC", "FAC")]
    holders += syn.prep_objects(h, ("of",))
    participles = {c.lemma_.lower(): c for c in _set_participles(h)}
    holders += [a for verb in MEETING_HOLDER_VERBS if verb in participles
                for a in [syn.agent_of(participles[verb])] if a is not None]
    for holder in holders:
        got = [a for a in _resolve_head(ctx, holder, context_country=context_country, role="actor")
               if a.code and a.office not in (CONTEXT_GUESS, HOME_GUESS, UNRESOLVED)]
        if got:
            return got
    return []


def _own_phrase(h: Any) -> list[Any]:
    """The words of ``h``'s phrase without the parties coordinated after it ("Western creditor governments"
    in "The Western creditor governments and Kuwait agreed"): a state named beside a group is no member
    that the group's own words name."""
    later = [c for c in h.conjuncts if c.i > h.i]
    if not later:
        return list(h.subtree)
    cut = min(c.left_edge.i for c in later)
    return [t for t in h.subtree if t.i < cut or t.i > max(c.right_edge.i for c in later)]


# Banks that are no commercial lenders of states: a state's own, the multilateral ones, the domestic ones.
NOT_CREDITOR_BANK_WORDS = frozenset({"central", "development", "multilateral", "regional", "state", "state-owned",
                                     "domestic", "local"})


def _creditor_banks(h: Any) -> bool:
    """"creditor banks", "foreign banks", "commercial bank creditors", "private lenders": commercial
    lenders a state owes or borrows from, of no one state (not central, development or multilateral banks)."""
    if h.tag_ not in ("NNS", "NNPS"):
        return False
    mods = {c.lower_ for c in h.children if c.dep_ in ("amod", "compound", "nmod")}
    lemma = h.lemma_.lower()
    if lemma == "bank":
        return bool(mods & {"creditor", "commercial", "foreign", "private", "lending", "international"}) and \
            not mods & NOT_CREDITOR_BANK_WORDS
    return lemma in CREDITOR_WORDS and bool(mods & {"bank", "commercial", "private"})


COMMITTEE_NOUNS = frozenset({"committee", "panel"})
COMMITTEE_KIND_WORDS = frozenset({"advisory", "steering", "coordinating", "co-ordinating"})


def _bank_committee(h: Any) -> bool:
    """"Brazil's 14-bank advisory committee", "the steering committee of commercial banks", "its creditor banks'
    steering committee": the committee commercial creditor banks form to deal with a debtor speaks for those banks
    (firms, MNC), not for the debtor state it is named after."""
    if h.lemma_.lower() not in COMMITTEE_NOUNS or h.pos_ != "NOUN":
        return False
    mods = [c for c in h.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    kind = any(c.lower_ in COMMITTEE_KIND_WORDS for c in mods)
    banks = [c for c in mods if c.lemma_.lower() == "bank" or c.lower_.endswith("-bank")] + \
        [o for o in syn.prep_objects(h, ("of", "for", "representing")) if o.lemma_.lower() in ("bank", "creditor", "lender")]
    if not banks:
        return False
    # ("the bank's audit committee", "the central bank's monetary committee": a bank's own committee, no creditors')
    return any(b.tag_ in ("NNS", "NNPS") or _creditor_banks(b) or b.lower_.endswith("-bank") or
               (kind and b.dep_ != "poss" and not {c.lower_ for c in b.children} & NOT_CREDITOR_BANK_WORDS)
               for b in banks) and (kind or any(_creditor_banks(b) for b in banks))


# Words of a debtor's dealings over what it owes abroad: a sentence with one of them names its creditors.
FOREIGN_DEBT_LEMMAS = frozenset({"debt", "reschedule", "rescheduling", "refinance", "refinancing", "arrears"})


def _debt_talks_banks(ctx: _Ctx, h: Any) -> bool:
    """pty29: whether ``h`` is a bare "banks" / "the banks" (no word of whose or what kind, no "in"/"of" after it) in
    a sentence about a debtor state's debt, dealt with by a state: its creditor banks. (With a word, "local banks",
    "commercial banks", the rules above have judged it.)"""
    if h.lemma_.lower() != "bank" or h.tag_ != "NNS" or (h.i in ctx.entity_at and ctx.entity_at[h.i].code):
        return False
    if any(c.dep_ != "det" or c.lower_ != "the" for c in h.children if c.i < h.i) or \
            any(c.dep_ == "prep" and c.lower_ in ("of", "in") for c in h.children):
        return False
    actors = getattr(ctx, "current_actors", None) or []
    if not actors or not all(a.code and len(a.code) == 3 and a.code not in BODY_CODES | {"MNC", "NGO", "IMG"}
                             for a in actors):
        return False
    return any(t.lemma_.lower() in FOREIGN_DEBT_LEMMAS for t in h.sent)


def _member_of_gathering(h: Any) -> bool:
    """Whether ``h`` is what a meeting, body or delegation is "of" or "from" ("meetings of major industrial
    countries", "ministers from Gulf states"): the group there forms a gathering that acts."""
    return h.dep_ == "pobj" and h.head.lower_ in ("of", "from") and h.head.head.pos_ == "NOUN"


# Words that make a body one that several states run together ("multilateral lenders", "international
# organisations"), and the nouns for bodies that "international" makes intergovernmental (not "banks" or
# "firms": an international bank is a business).
MULTILATERAL_WORDS = frozenset({"multilateral", "intergovernmental", "inter-governmental", "supranational"})
IGO_NOUNS = frozenset({"organisation", "organization", "agency", "institution", "body", "lender"})


def _multilateral_body(h: Any) -> bool:
    mods = {c.lower_ for c in h.children if c.dep_ in ("amod", "compound")}
    lemma = h.lemma_.lower()
    return bool(mods & MULTILATERAL_WORDS) and (lemma in IGO_NOUNS or lemma in ("bank", "donor", "creditor", "fund")) \
        or ("international" in mods and lemma in IGO_NOUNS)


# Nouns for bodies that the tables give no sector of their own, so that "the commission" has nothing
# to go on but an earlier full mention ("the European Community commission", "the Fair Trade Commission").
BODY_NOUNS = frozenset({"commission", "committee", "panel", "board", "federation", "association", "institute",
                        "fund", "mission", "team"})


# Nouns for groups that no table lists as agents ("movement", "alliance"): "the movement" can only be a
# group the story named in full before, with that word as its head.
GROUP_NOUNS = frozenset({"movement", "alliance", "coalition", "faction", "front", "bloc", "league"})
# "the North", "the South": the half of a divided country ("North Korea") named before in the story.
HALF_WORDS = frozenset({"north", "south"})


def _latest_state(ctx: _Ctx, h: Any) -> str | None:
    """The code of the last state named before ``h`` in the story; None when none is."""
    prior = [e for e in ctx.document.entities if e.end <= h.idx and e.code and len(e.code) == 3
             and e.code not in NON_STATE_CODES]
    return prior[-1].code if prior else None


def _earlier_group(ctx: _Ctx, h: Any, text: str) -> Entity | None:
    """The coded party a bare definite group noun ("the movement", "this alliance") or "the North" repeats:
    the latest earlier coded mention whose name that word heads (a "... Liberation Movement"), or an alliance
    or bloc of states the international body named before (``coref_resolve``), or
    for "the North"/"the South" the latest state named "North ..."/"South ..." (capitalised, so "the
    south" of a country, a region, is left alone). None when nothing earlier fits."""
    det = next((c for c in h.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in ("the", "this", "that"):
        return None
    prior = [e for e in ctx.document.entities if e.end <= h.idx and e.code]
    if h.lower_ in HALF_WORDS and h.text[:1].isupper():
        return next((e for e in reversed(prior) if len(e.code) == 3 and e.code not in NON_STATE_CODES
                     and e.label in ("COUNTRY", "GPE") and e.text.lower().startswith(h.lower_ + " ")), None)
    if h.lemma_.lower() not in GROUP_NOUNS:
        return None
    return coref_resolve(text, prior, kb=ctx.kb)


LEAD_VERBS = frozenset({"lead", "head", "chair"})


def _body_leader(h: Any) -> Any:
    """Who leads the team or mission ``h``: the subject of "(a team) he led" or the agent of "(a mission)
    led by the minister". None when the phrase names no leader."""
    for c in h.children:
        if c.dep_ == "relcl" and c.lemma_.lower() in LEAD_VERBS and not syn.is_passive(c):
            subj = syn.first_child(c, "nsubj")
            if subj is not None and subj.tag_ not in ("WDT", "WP"):
                return subj
        if c.dep_ == "acl" and c.lemma_.lower() in LEAD_VERBS and c.tag_ == "VBN":
            by = syn.prep_objects(c, ("by",))
            if by:
                return by[0]
    return None


def _earlier_body(ctx: _Ctx, h: Any) -> Any:
    """The party an earlier mention of the same body noun named: the nearest earlier "commission" that is
    part of a coded name ("Japan's Fair Trade Commission") or carries one coded modifier ("the European
    Community commission", "EC farm ministers"). A bare earlier "the commission" is the same mention again,
    so the search goes on past it; an earlier one with two coded modifiers, a name no table codes or "a"
    before it is another body or an unclear one, and gives None."""
    lemma = h.lemma_.lower()
    for i in range(h.i - 1, -1, -1):
        t = ctx.doc[i]
        if t.lemma_.lower() != lemma and t.lower_ != h.lower_:
            continue
        ent = ctx.entity_at.get(i)
        if ent is not None and ent.code:
            return ent
        mods = [c for c in t.children if c.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod")]
        found: dict[int, Any] = {}
        for c in mods:
            for x in c.subtree:
                e = ctx.entity_at.get(x.i)
                if e is not None and e.code:
                    found[id(e)] = e
        if len(found) == 1:
            return next(iter(found.values()))
        if found or any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children) or \
                any(c.pos_ == "PROPN" for c in mods):
            return None  # several parties, an indefinite new one, or a name no table codes
    return None


def _members_of_body(ctx: _Ctx, h: Any, start: int, end: int) -> Entity | None:
    """The body of states (IGO, EUR, UNO) a bare plural ("ministers", "the delegates") repeats: the latest earlier
    mention of the same noun that carried the body's name ("EC farm ministers", "OPEC oil ministers"). None for a
    phrase with more than "the" before its noun, and when the latest such mention was a state's or no one's."""
    opening = h.i == h.sent.start or (h.i > 0 and ctx.doc[h.i - 1].is_space)
    plural = h.tag_ in ("NNS", "NNPS") or (h.tag_ == "NNP" and opening and h.lower_.endswith("s"))  # "Ministers also"
    if not plural or not (end - start == 1 or (end - start == 2 and ctx.doc[start].lower_ == "the")):
        return None
    named = _earlier_body(ctx, h)
    return named if named is not None and named.code in BODY_CODES else None


# Words that make a title another office than the bare one ("Vice President" is not "the president").
OTHER_OFFICE_WORDS = frozenset({"vice", "deputy", "former", "ex", "assistant", "acting", "associate", "under",
                                "junior", "shadow", "opposition", "outgoing", "late"})


def _earlier_titleholder(ctx: _Ctx, h: Any, text: str) -> Entity | None:
    """The coded holder of the office a definite description names, from the latest earlier mention of that
    same title: the title itself when it carries a country ("Canadian Prime Minister"), else the coded
    person written right after it ("Prime Minister Brian Mulroney ... the prime minister"). None when the
    description is no office, when no earlier title matches, or when the latest one has no coded holder."""
    key = norm_key(text[:-2] if text.lower().endswith("'s") else text)
    words = key.split(" ")
    if words and words[0] in ("the", "this", "that"):
        words = words[1:]
    if not words or not any(w in (ctx.kb or ActorKB.default()).office_words for w in words):
        return None
    ents = sorted((e for e in ctx.document.entities if e.end <= h.idx), key=lambda e: e.start)
    for k in range(len(ents) - 1, -1, -1):
        e = ents[k]
        if e.label != "AGENT":
            continue
        title = norm_key(e.text).split(" ")
        if title[-len(words):] != words or set(title[:-len(words)]) & OTHER_OFFICE_WORDS:
            continue
        if e.code and len(e.code) == 3:
            return e
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        if nxt is not None and nxt.label == "PERSON" and nxt.code and \
                not ctx.doc.text[e.end:nxt.start].strip():
            return nxt
        return None
    return None


def _earlier_name(ctx: _Ctx, h: Any, context_country: str | None) -> Actor | None:
    """The coded party of the nearest earlier full name whose head word "the X" repeats ("the Zimbabwe
    National Chamber of Commerce ... the chamber", "the National Union of Seamen ... the union"). An
    earlier bare "the X" is the same chain and is passed over; an earlier "a X" or a name that resolves
    to no single coded party gives None."""
    for i in range(h.i - 1, -1, -1):
        t = ctx.doc[i]
        if t.lower_ != h.lower_:
            continue
        if t.dep_ == "compound":
            continue  # "President Reagan", "Foreign Minister Chen": a title, not a body's name
        if not t.text[:1].isupper() or t.i == t.sent.start:
            if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children):
                return None
            continue
        got = [a for a in _resolve_head(ctx, t, context_country=context_country, role="actor") if a.code]
        return got[0] if len({(a.code, a.sector) for a in got}) == 1 else None
    return None


CREDITOR_WORDS = frozenset({"creditor", "lender"})


def _creditors(h: Any) -> bool:
    """"creditors", "creditor banks", "its lenders", "the banking community": those a debtor owes."""
    lemma = h.lemma_.lower()
    mods = {c.lemma_.lower() for c in h.children if c.dep_ in ("compound", "amod", "nmod")}
    return lemma in CREDITOR_WORDS or bool(mods & CREDITOR_WORDS) or (lemma == "community" and "banking" in mods)


# Creditors that are states: "creditor countries/governments/nations", or creditors "Western" (the rich states
# as lenders); "creditor banks" and a bare "its creditors" may be commercial banks, no party of a state.
CREDITOR_STATE_HEADS = STATE_HEADS


def _creditor_states(h: Any) -> bool:
    """Whether a debtor's creditors are named as states: "16 Western creditor countries", "creditor
    governments", "Western creditors"."""
    if h.tag_ not in ("NNS", "NNPS"):
        return False
    mods = {c.lower_ for c in h.children if c.dep_ in ("amod", "compound", "nmod")}
    if h.lemma_.lower() in CREDITOR_STATE_HEADS:
        return bool(mods & {"creditor", "creditors", "lender", "lending", "donor", "donors"})
    if h.lemma_.lower() == "donor":
        # The states that fund a country act together as its creditors do: "aid donors (to Indonesia)",
        # "Western donors", "donor countries" (a bare "donors" may be anyone's).
        return bool(mods & DONOR_MARKS)
    return h.lemma_.lower() in CREDITOR_WORDS and "western" in mods


DONOR_MARKS = frozenset({"aid", "western", "foreign", "international", "bilateral", "multilateral", "official"})


MEMBER_HEADS = STATE_HEADS
MEMBER_BODY_SKIP = frozenset({"NGO", "IMG", "MNC"})


def _member_states(h: Any) -> bool:
    """"member states", "member countries", "member governments": the members of some body."""
    return h.lemma_.lower() in MEMBER_HEADS and h.tag_ in ("NNS", "NNPS") and \
        any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() == "member" for c in h.children)


def _member_body(ctx: _Ctx, h: Any) -> str | None:
    """The code of the body (EU, UN, another IGO) named last up to ``h``; None when the story names none."""
    end = h.idx + len(h.text)
    bodies = [e for e in ctx.document.entities if e.code and e.start < end
              and (e.code in NON_STATE_CODES or e.code.startswith("IGO")) and e.code not in MEMBER_BODY_SKIP]
    return max(bodies, key=lambda e: e.start).code if bodies else None


STANCE_NOUNS = frozenset({"opposition"})


def _stance_target(h: Any) -> list[Any] | None:
    """The heads a stance noun points at ("X's opposition to Y"), or None when ``h`` is no such stance.

    An owner that is not a pronoun (the actor's own stance) is the party whose stance is acted on;
    otherwise the objects of "to" are what the stance is against (none: no party at all)."""
    if h.lemma_.lower() not in STANCE_NOUNS or h.pos_ != "NOUN":
        return None
    owner = next((c for c in h.children if c.dep_ == "poss"), None)
    against = syn.prep_objects(h, ("to",))
    if owner is None and not against:
        return None
    if owner is not None and owner.lower_ not in PRONOUNS:
        return [owner]
    return against


def _shared_head_parties(ctx: _Ctx, h: Any, text: str) -> list[Actor]:
    """The parties of a head noun whose coordinated modifiers name several states ("Jordanian and
    Syrian officials", "British, French and German troops"): one actor per state, each with the head's
    sector. Empty unless a modifier of the head is itself coordinated and every conjunct is coded."""

    if not any(c.dep_ in ("amod", "compound", "nmod") and c.i < h.i and any(d.dep_ == "conj" for d in c.children)
               for c in h.children):
        return []
    got = resolve_all(text, date=ctx.document.published, kb=ctx.kb)
    if len(got) < 2 or any(r is None or not r.code for r in got) or len({r.code for r in got}) < 2:
        return []
    return [_actor(text, r.code, r.sector) for r in got]


def _shared_nationality(ctx: _Ctx, first: Any, h: Any) -> str | None:
    """The state whose name qualifies the first of coordinated agent nouns, when ``h`` is a later conjunct with no
    word of its own before it ("Israeli tanks and troops", "Iraqi troops and militiamen"): the qualifier reaches over
    the whole coordination. None when ``h`` has a determiner, owner or qualifier of its own ("Israeli troops and the
    police", "Iraqi troops and Kurdish rebels"), or the first noun's qualifier is no single coded state."""
    if h.i <= first.i or h not in first.conjuncts or any(c.i < h.i for c in h.children if c.dep_ != "cc") or \
            h.tag_ not in ("NNS", "NNPS") or not _is_agent_noun(h):
        return None
    states = [ctx.entity_at[c.i].code for c in first.children
              if c.dep_ in ("amod", "compound", "nmod") and c.i < first.i and _coded_state_word(ctx, c)]
    return states[0] if len(states) == 1 else None


def _coded_state_word(ctx: _Ctx, t: Any) -> bool:
    """Whether a word is a mention coded as a state, name or demonym ("Israel", "Israeli"); ``_coded_state`` asks a name."""
    ent = ctx.entity_at.get(t.i)
    return ent is not None and bool(ent.code) and len(ent.code) == 3 and ent.code.isalpha() and \
        ent.code not in NON_STATE_CODES


def _states_of_group(ctx: _Ctx, h: Any, code: str) -> list[Entity]:
    """The states a plural agent noun's "of" or "from" phrase names together, when the phrase's own code is the
    first of them ("the presidents of Peru and Bolivia" -> Peru, Bolivia); empty unless two or more different
    states are named, each a coordinated object of that one preposition."""
    if h.tag_ not in ("NNS", "NNPS"):
        return []
    for p in syn.prep_objects(h, ("of", "from")):
        states = []
        for t in (p, *p.conjuncts):
            ent = next((ctx.entity_at[i] for i in range(t.left_edge.i, t.i + 1) if i in ctx.entity_at), None)
            if ent is None or not ent.code or len(ent.code) != 3 or ent.code in NON_STATE_CODES:
                return []
            if ent.code not in {e.code for e in states}:
                states.append(ent)
        if len(states) >= 2 and states[0].code == code:
            return states
    return []


def _coordinated_object(pron: Any) -> Any:
    """The object of the verb that ``pron``'s verb is coordinated with, when ``pron`` is an object
    pronoun of the same number ("met the leader and thanked him", "arrested the men and charged
    them", "intercepted a fighter and shot it down"); None otherwise."""
    if pron.lower_ not in ("him", "her", "it", "them") or pron.dep_ not in ("dobj", "dative") or pron.head.dep_ != "conj":
        return None
    first = pron.head.head
    if first.pos_ not in ("VERB", "AUX"):
        return None
    obj = next((c for c in first.children if c.dep_ in ("dobj", "dative")), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or (obj.tag_ in ("NNS", "NNPS")) != (pron.lower_ == "them"):
        return None
    return obj


ELLIPTIC_WORDS = frozenset({"another", "other", "others"})


def _elided_object(h: Any) -> Any:
    """The object of the coordinated verb before, when ``h`` is "another" or "the other(s)" standing
    alone as an object ("sank one ship and damaged another", "seized two trucks and burnt the others"):
    the noun left out is that object's. None otherwise ("another of its bases" names its own)."""
    if h.lower_ not in ELLIPTIC_WORDS or h.dep_ not in ("dobj", "dative") or h.head.dep_ != "conj" or \
            any(c.pos_ in ("NOUN", "PROPN") or c.dep_ == "prep" for c in h.children):
        return None
    first = h.head.head
    if first.pos_ not in ("VERB", "AUX"):
        return None
    obj = next((c for c in first.children if c.dep_ in ("dobj", "dative")), None)
    return obj if obj is not None and obj.pos_ in ("NOUN", "PROPN") else None


def _names_person(ctx: _Ctx, tok: Any) -> bool:
    """Whether a subject names a single person ("Mr Howard", "Prime Minister Tony Blair", "he")."""
    if tok.lower_ in ("he", "she", "i"):
        return True
    if tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children):
        return False
    ent = ctx.entity_at.get(tok.i)
    if ent is not None:
        return ent.label == "PERSON"  # "Chad said it would ...": the tagger's PERSON does not outvote a country
    return tok.ent_type_ == "PERSON"


HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "baroness", "mr.", "mrs.", "ms.", "dr."})


def _titled(h: Any) -> bool:
    """"Mr Hockney", "Lady Hale", "Mr Smith-Jones": a name after an honorific is a person's, whatever the
    tagger's label (a hyphenated surname hangs the honorific on its first part)."""
    lefts = [c for c in h.children if c.dep_ == "compound" and c.i < h.i]
    lefts += [g for c in lefts if c.pos_ == "PROPN" for g in c.children if g.dep_ == "compound" and g.i < c.i]
    return any(c.lower_ in HONORIFICS for c in lefts)


def _headline_svo(ctx: _Ctx, verb: Any) -> tuple[Any, Any] | None:
    """"Trump assailed Williams" parsed as a noun phrase (Trump/nmod, assailed/amod, Williams): a verb
    between a named party and the noun both hang on is subject-verb-object."""
    if verb.dep_ != "amod" or verb.pos_ != "VERB" or verb.i == 0 or verb.head.i <= verb.i:
        return None
    before = ctx.doc[verb.i - 1]
    named = before.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or before.i in ctx.entity_at
    if not named or before.head.i != verb.head.i or before.dep_ not in ("nmod", "compound", "amod"):
        return None
    return before, verb.head


# Titles written straight before a surname ("Senator Hill", "General Franks"): the title and surname
# repeat a person named in full before, as "Mr Hill" does.
SURNAME_TITLES = frozenset({"senator", "sen", "president", "premier", "chancellor", "minister", "general", "gen",
                            "governor", "gov", "judge", "ambassador", "commissioner", "treasurer", "colonel",
                            "col", "admiral", "sheikh", "secretary"})


def _office_before_surname(t: Any) -> bool:
    """A capitalised office title right before a name ("Senator Hill")."""
    return t.text[:1].isupper() and t.lower_.rstrip(".") in SURNAME_TITLES


def _opposed_government(ctx: _Ctx, h: Any) -> str | None:
    """The state whose opposition an uncoded "the Opposition" is: the state of an opposition named
    before, else of an opposition politician named after it, else the state the story is mainly about,
    else the state whose government (GOV) the text has named most before it."""
    before = [e for e in ctx.document.entities if e.end <= h.idx and e.code and len(e.code) == 3
              and e.code not in NON_STATE_CODES]
    opp = [e for e in before if e.sector == "OPP"]
    if opp:
        return opp[-1].code
    later = next((e for e in ctx.document.entities if e.start > h.idx and e.code and len(e.code) == 3
                  and e.code not in NON_STATE_CODES and e.sector == "OPP"), None)
    if later is not None:
        # "The Federal Opposition says ... Shadow Defence Minister Chris Evans says ...": the opposition's
        # own spokesman, named after it, says whose opposition it is better than a country the story is about.
        return later.code
    if ctx.focus_country and ctx.focus_country not in NON_STATE_CODES:
        return ctx.focus_country  # the state the story is mainly about
    counts: dict[str, tuple[int, int]] = {}
    for k, e in enumerate(before):
        if e.sector == "GOV":
            n, _ = counts.get(e.code, (0, 0))
            counts[e.code] = (n + 1, k)
    return max(counts, key=lambda c: counts[c]) if counts else None


PLACE_LABELS = frozenset({"GPE", "LOC", "NORP", "FAC"})


def _personal_name(text: str) -> bool:
    """Whether a mention's text reads as a person's given name and surname ("Jacques Delors"): two or three
    capitalised words, none a connecting word ("Group on Indonesia", "Bank of Japan")."""
    words = text.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in words)


def _earlier_person(ctx: _Ctx, h: Any) -> Any:
    """A coded person named in full earlier whose surname ``h`` repeats, capitalised and bare."""
    if not h.text[:1].isupper() or h.text.isupper() or any(c.dep_ in ("det", "poss") for c in h.children):
        return None
    key = h.text.lower()
    # (A titled name may be labelled with the body its title gives it: "European Commission President Jacques
    # Delors" is an IGO mention coded EUR; its bare surname later is still that person.)
    named = [e for e in reversed(ctx.document.entities) if e.end <= h.idx and e.label not in PLACE_LABELS
             and " " in e.text.strip() and e.text.split()[-1].lower() == key
             and (e.label == "PERSON" or _personal_name(e.text))]
    if named and named[0].label != "PERSON" and \
            resolve_phrase(h.text, date=ctx.document.published, kb=ctx.kb) is not None:
        # "the Inter-Governmental Group on Indonesia ... Indonesia", "South Sudan ... Sudan": a name of its own
        return None
    coded = next((e for e in named if e.code), None)
    if coded is not None:
        # "U.S. Deputy Trade Representative Michael Smith ... Smith urged Tokyo": the post the story gives
        # the person outranks a namesake in the tables (an Irish politician of that name).
        titled = _titled_person(ctx, coded)
        return titled if titled is not None and titled.code != coded.code else coded
    if not named:
        return None
    return _body_of_apposition(ctx, named[-1]) or _titled_person(ctx, named[-1])


def _titled_person(ctx: _Ctx, ent: Entity) -> Any:
    """A person no table knows, introduced with a post that codes him ("European Commission President Jacques
    Delors", "Bolivian Information Minister Herman Antelo"): the party his titled name resolves to, which later
    bare mentions of the surname go on with ("Kohl criticised Delors"); None when the name came
    with no title, or the title gives no single code of its own (no story guess stands in for it)."""
    span = ctx.doc.char_span(ent.start, ent.end, alignment_mode="expand")
    if span is None:
        return None
    start, end = syn.core_phrase(span.root)
    if start >= span.start:
        return None
    # (The titled name alone: "Sen. John Glenn, in Kuwait on a Gulf tour" is not Kuwait's.)
    res = resolve_phrase(syn.span_text(ctx.doc, start, end), date=ctx.document.published,
                         head=span.root.lemma_.lower(), kb=ctx.kb)
    if res is None or not res.code:
        return None
    return Entity(text=ent.text, label="PERSON", start=ent.start, end=ent.end, code=res.code, sector=res.sector)


SURNAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "la", "le"})


def _body_of_apposition(ctx: _Ctx, ent: Entity) -> Any:
    """A person no table knows, introduced with an apposition naming a post in a body no state owns ("Aart de
    Zeeuw, chairman of the GATT's negotiating group"): that body's party, which later bare mentions of the
    surname go on with; None otherwise. (A state's post leaves the person to the usual guesses.)"""
    span = ctx.doc.char_span(ent.start, ent.end, alignment_mode="expand")
    appos = next((c for c in span.root.children if c.dep_ == "appos"), None) if span is not None else None
    if appos is None:
        return None
    res = resolve_phrase(syn.span_text(ctx.doc, appos.left_edge.i, appos.right_edge.i + 1),
                         date=ctx.document.published, head=appos.lemma_.lower(), kb=ctx.kb)
    if res is None or res.code not in BODY_CODES:
        return None
    return Entity(text=ent.text, label="PERSON", start=ent.start, end=ent.end, code=res.code, sector=res.sector)


def _speaker(tok: Any, quoted: frozenset[int] = frozenset()) -> Any:
    """Who speaks the words ``tok`` is in: the subject of a reporting verb in its sentence, else the
    latest one in the two sentences before (a quotation running on after "... the spokesman said.").
    For words inside a quotation (``quoted``), a reporting verb outside it comes first: in '"The Japanese
    have indicated we may get less," Ongpin said' the "we" is Ongpin's side, not the Japanese."""
    if tok.i in quoted:
        outside = _speaker_among(tok, lambda t: t.i not in quoted)
        if outside is not None:
            return outside
    return _speaker_among(tok, lambda t: True)


def _speaker_among(tok: Any, allowed: Any) -> Any:
    """``_speaker``'s search, over the reporting verbs ``allowed`` accepts."""
    doc, sent = tok.doc, tok.sent
    start = syn.sentences_back(tok, 2)
    spans = [list(sent), list(doc[start:sent.start])[::-1]]
    for tokens in spans:
        for t in tokens:
            subj = syn.subject_of(t) if t.lemma_ in syn.REPORTING_VERBS and t.i != tok.head.i and allowed(t) else None
            if subj is not None and subj.lower_ not in ("we", "i", "us") and subj.i != tok.i:
                return subj
    return None


# The organs that enforce (all but the legislature).
ENFORCER_SECTORS = STATE_ORGAN_SECTORS - {"LEG"}


def _implied_enforcer(ctx: _Ctx, tok: Any, verb: Any, context_country: str | None) -> list[Actor]:
    """Who arrested or seized, when the passive names nobody: a "by" inside the clause ("seized in an
    operation carried out by security forces"), else the police, army or officials reporting it ("nine
    men were detained, police said")."""
    undergoer = {t.i for c in tok.children if c.dep_ == "nsubjpass" for t in c.subtree}
    candidates = [t for t in tok.subtree if t.i not in undergoer and t.dep_ == "pobj" and t.head.lower_ == "by"]
    reporter = syn.governing_reporter(verb) if verb.pos_ in ("VERB", "AUX") else None
    if reporter is None:
        reporter = next((t for t in tok.sent if t.lemma_ in syn.REPORTING_VERBS and t.i != tok.i and
                         (t.dep_ == "ROOT" or t.head.i == tok.i)), None)
    speaker = syn.subject_of(reporter) if reporter is not None else None
    if speaker is not None:
        candidates.append(speaker)
    for cand in candidates:
        got = _resolve_head(ctx, cand, context_country=context_country, role="actor")
        if got and all(a.sector in ENFORCER_SECTORS for a in got):
            return got
    return []


def _anonymous_source(tok: Any) -> bool:
    return tok.lemma_.lower() in ("person", "source", "official", "people", "diplomat", "insider")


FOREIGN_WORDS = frozenset({"foreign", "overseas", "expatriate", "expat", "western", "international", "visiting"})
_OFFICE_AFTER_FOREIGN = frozenset({"minister", "ministry", "ministers", "secretary", "office", "affairs", "policy", "service"})


def _foreigners(text: str) -> bool:
    """"foreign tourists", "overseas workers" (but not a "foreign minister")."""
    words = text.lower().split()
    return any(w in FOREIGN_WORDS and (k + 1 == len(words) or words[k + 1] not in _OFFICE_AFTER_FOREIGN)
               for k, w in enumerate(words))


ADVERSARY_NOUNS = frozenset({"opponent", "rival", "critic", "enemy", "foe", "adversary", "detractor"})
FOREIGNER_WORDS = ("ambassador", "envoy", "diplomat", "embassy", "consul", "attache", "attaché", "nationals",
                   "tourist", "foreigner", "expatriate")


def _possessive_pronoun(h: Any) -> Any:
    """The possessive pronoun of a phrase, looking through "one of its vehicles"."""
    for c in h.children:
        if c.dep_ == "poss" and c.pos_ == "PRON":
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj":
                    inner = next((x for x in p.children if x.dep_ == "poss" and x.pos_ == "PRON"), None)
                    if inner is not None:
                        return inner
    return None


# One person holding an office, named by the office: "the chancellor", "his finance minister".
OFFICE_NOUNS = OFFICE_HOLDERS | {"deputy", "speaker", "chairman", "chairwoman", "spokesman", "spokeswoman"}


def _someone_else(recipient: Actor, actors: list[Actor]) -> bool:
    """Whether a recipient of the actor's own country and sector is another named person or body
    ("Blair criticised Gordon Brown", "the Tories criticised the Labour party"): its last capitalised
    word (after the first) is a name none of the actors carries. A recipient named by an office
    ("met the finance minister", "discussed it with the chancellor") is another person when no
    actor holds that office or carries the office's word."""
    if _other_office(recipient, actors):
        return True
    if recipient.code is None and recipient.office == UNRESOLVED and actors and all(a.code is None for a in actors) \
            and recipient.entity_text.lower() not in {a.entity_text.lower() for a in actors}:
        # "Finance ministers from African countries urged creditor governments ...": with no code on either
        # side, a shared sector says nothing; a target named by other words is another party.
        return True
    words = recipient.entity_text.replace("'s", "").split()
    names = [w.strip(".,") for k, w in enumerate(words) if w[:1].isupper() and (k > 0 or w.lower() not in ("the", "a", "an"))]
    if not names or recipient.entity_text.lower() in PRONOUNS or names[-1].rstrip("s").isupper():
        return False  # "MPs", "MEPs": a kind of people, not a name
    name = names[-1].lower()
    return not any(name in a.entity_text.lower().replace("'s", "").split() for a in actors)


def _other_office(recipient: Actor, actors: list[Actor]) -> bool:
    """Whether a recipient named by an office ("the finance minister", "his deputy") names a person
    other than every actor: no actor's words or office carry that title."""
    words = [w for w in recipient.entity_text.lower().replace("'s", "").split()
             if w not in ("the", "a", "an", "his", "her", "their", "its", "our", "my", "your")]
    if not words or words[-1] not in OFFICE_NOUNS or recipient.office in (OWN_ASSET, CONTEXT_GUESS, UNRESOLVED):
        return False
    title = " ".join(words[-2:])  # "finance minister", "prime minister", "chancellor"
    return not any(title in a.entity_text.lower() or (a.office and (a.office == recipient.office or title in a.office))
                   for a in actors)


GOVERNMENT_NOUNS = frozenset({"government", "authorities", "regime", "administration", "cabinet"})

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
MALE_HONORIFICS = frozenset({"mr", "sir", "lord", "mister"})
FEMALE_HONORIFICS = frozenset({"mrs", "ms", "miss", "lady", "dame", "baroness"})
# Whoever speaks for another: "his spokesman said he ...", "her lawyer said she ...".
REPRESENTATIVE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "lawyer", "attorney", "aide",
                                  "representative", "solicitor", "agent"})


def _inner_subject_before(pron: Any, reporter: Any) -> bool:
    """Whether a (non-pronoun) subject inside the words reported by ``reporter`` comes before ``pron``
    in its sentence ("[Tony Blair] lied when he took the UK to war, say the Tories")."""
    for t in pron.sent:
        if t.i >= pron.i:
            break
        if t.dep_ in ("nsubj", "nsubjpass") and t.lower_ not in PRONOUNS and t.pos_ in ("NOUN", "PROPN") and \
                t.head.i != reporter.i and any(a.i == reporter.i for a in t.ancestors):
            return True
    return False


def _principal(speaker: Any) -> Any:
    """The person or body a spokesman, lawyer or aide speaks for: the possessor ("his spokesman",
    "Mr Smith's lawyer") or the object of "for"/"of" ("a spokeswoman for the ministry")."""
    if speaker.lemma_.lower() not in REPRESENTATIVE_NOUNS:
        return None
    owner = next((c for c in speaker.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    return next(iter(syn.prep_objects(speaker, ("for", "of"))), None)


def _quoted(ctx: "_Ctx") -> frozenset[int]:
    """Indices of the tokens inside double quotation marks (an unclosed quotation ends with its paragraph,
    as in news copy where a quotation running over paragraphs reopens each one)."""
    if ctx.quoted is not None:
        return ctx.quoted
    inside, out = False, set()
    for t in ctx.doc:
        if t.is_space and ("\n\n" in t.text or "\n " in t.text or "\n\t" in t.text):
            inside = False  # a new paragraph (a blank line, or an indented first line as in wire copy)
            continue
        if t.text == '"':
            # A straight quotation mark opens when it leans on the word after it and closes when it
            # leans on the word before ('said: "I was ...', '... there".'); otherwise it toggles.
            before = t.i > 0 and not ctx.doc[t.i - 1].whitespace_ and not ctx.doc[t.i - 1].is_space
            after = not t.whitespace_ and t.i + 1 < len(ctx.doc) and not ctx.doc[t.i + 1].is_punct
            inside = True if after and not before else False if before and not after else not inside
            continue
        if t.text in ("\u201c", "``", "\u201d", "''"):
            inside = t.text in ("\u201c", "``")
            continue
        if inside:
            out.add(t.i)
    ctx.quoted = frozenset(out)
    return ctx.quoted


def _genders(ctx: "_Ctx") -> dict[str, str]:
    """Surnames the article gives a man's or a woman's courtesy title ("Mr Blair", "Mrs Hutchings")."""
    if ctx.genders is not None:
        return ctx.genders
    found: dict[str, str] = {}
    for t in ctx.doc[:-1]:
        word = t.lower_.rstrip(".")
        if word in MALE_HONORIFICS or word in FEMALE_HONORIFICS:
            nxt = ctx.doc[t.i + 1]
            if nxt.text[:1].isupper():
                key = nxt.lower_
                g = "m" if word in MALE_HONORIFICS else "f"
                found[key] = g if found.get(key, g) == g else "?"
    ctx.genders = found
    return found


def _surname(text: str) -> str:
    words = text.replace("\u2019s", "").replace("'s", "").split()
    return words[-1].split("-")[0].lower() if words else ""


def _gender_of(ctx: "_Ctx", tok: Any) -> str | None:
    """"m", "f" or None: from a courtesy title on this mention or anywhere in the article for its surname."""
    lefts = [c.lower_.rstrip(".") for c in tok.lefts if c.dep_ == "compound"]
    if any(w in MALE_HONORIFICS for w in lefts):
        return "m"
    if any(w in FEMALE_HONORIFICS for w in lefts):
        return "f"
    g = _genders(ctx).get(tok.text.split("-")[0].lower()) if tok.pos_ == "PROPN" else None
    return g if g in ("m", "f") else None


def _gender_clash(ctx: "_Ctx", pron: Any, tok: Any) -> bool:
    """Whether a "he"/"she" cannot stand for the person ``tok`` names, by the title the article gives them."""
    want = "f" if pron.lower_ in FEMALE_PRONOUNS else "m" if pron.lower_ in MALE_PRONOUNS else None
    got = _gender_of(ctx, tok) if want else None
    return got is not None and got != want


def _person_antecedent(ctx: "_Ctx", pron: Any) -> list[Actor] | None:
    """The person a "he"/"she"/"his"/"her" stands for when no subject before it decides: the latest
    person named before it whose title does not clash with the pronoun, in the narrator's own words
    when the pronoun is in them (a name inside someone's quoted words is that speaker's reference).
    A person no table codes still counts when named in full (or by the surname of one named in full),
    as a subject or in the pronoun's own sentence or the one before (a name in passing further back, "the defection of Robert Jackson",
    does not take over the topic): "Maria Hutchings ... as she tried to complain" is not the prime
    minister she confronts; the pronoun then takes what a named person no table knows gets (the
    story's country, by default, or nothing).
    None when no person fits: the caller keeps its older fallbacks."""
    want = "f" if pron.lower_ in FEMALE_PRONOUNS else "m"
    genders = _genders(ctx)
    quoted = _quoted(ctx)
    prev_start = ctx.doc[pron.sent.start - 1].sent.start if pron.sent.start > 0 else 0
    cands = []
    for e in ctx.document.entities:
        if e.label != "PERSON" or e.end > pron.idx:
            continue
        g = genders.get(_surname(e.text))
        if g in ("m", "f") and g != want:
            continue
        span = ctx.doc.char_span(e.start, e.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        cands.append((e, span))
    if pron.i not in quoted:
        own_voice = [(e, sp) for e, sp in cands if sp[0].i not in quoted]
        cands = own_voice or cands
    coded = [(e, sp) for e, sp in cands if e.code]
    surnames_full = {_surname(e.text) for e, _ in cands if len(e.text.split()) >= 2}
    uncoded = [(e, sp) for e, sp in cands if not e.code and
               (len(e.text.split()) >= 2 or _surname(e.text) in surnames_full) and
               any(t.ent_type_ == "PERSON" for t in sp) and
               (sp.root.dep_ in ("nsubj", "nsubjpass") or sp.root.sent.start >= prev_start)]
    last_coded = coded[-1][0] if coded else None
    if uncoded and (last_coded is None or uncoded[-1][0].start > last_coded.start):
        home = ctx.home_country if ctx.story_pair is None else None
        return [_actor(pron.text, home, None, office=HOME_GUESS if home else UNRESOLVED)]
    if last_coded is not None:
        return [_actor(pron.text, last_coded.code, last_coded.sector)]
    return None


# Verbs of a charge told impersonally ("it was alleged", "it is claimed", "it was suspected").
ALLEGING_VERBS = frozenset({"allege", "claim", "charge", "suspect", "contend", "assert"})


def _impersonal_content_subject(h: Any) -> Any:
    """The subject of the clause an impersonal "it" stands for ("it was alleged (that) the clerk quoted ...",
    "it is claimed the army fired"): "it" as the passive subject of a verb with a clausal complement. None
    otherwise."""
    if h.lower_ != "it" or h.dep_ != "nsubjpass" or not syn.is_passive(h.head) or \
            h.head.lemma_.lower() not in ALLEGING_VERBS:
        return None  # ("it was hoped that the agency would resume cover": a wish is about no one)
    clause = next((c for c in h.head.children if c.dep_ == "ccomp"), None)
    subj = syn.first_child(clause, "nsubj", "nsubjpass") if clause is not None else None
    return subj if subj is not None and subj.lower_ not in PRONOUNS and subj.pos_ in ("NOUN", "PROPN") else None


def _coordinated_subject(subj: Any) -> list[Any]:
    """A subject with the parties coordinated with it, including those the parser hangs on its apposition
    ("Japan's delegate, Minoru Endo, and U.S. Ambassador Michael Samuels": "Samuels" is a conjunct of "Endo"),
    or on a second subject it makes of the apposition."""
    out = [subj, *syn.conjuncts(subj)]
    for c in subj.children:
        if c.dep_ == "appos":
            out += syn.conjuncts(c)
    if subj.dep_ in ("nsubj", "nsubjpass") and subj.head.i != subj.i:
        # "Kenya's delegate, John Mwangi, and Ugandan Ambassador Peter Okello replied": the parser may make the
        # apposition a second subject of the verb, carrying the coordination.
        for c in subj.head.children:
            if c.dep_ == subj.dep_ and c.i != subj.i:
                out += [c, *syn.conjuncts(c)]
    return list({t.i: t for t in out}.values())


def _subject_antecedent(ctx: "_Ctx", pron: Any) -> list[Any]:
    """The parties a subject "it", "they", "he" or "she" continues (all of a pair for "they"; none
    when no antecedent fits): the subject of an earlier clause of the same
    sentence ("While China needs soybeans, it has balked"), else the subject of the previous
    sentence's main clause. A subject pronoun keeps the topic of the discourse, which need not be the
    actor of the latest coded event. "it" is never a person; "they" needs a plural or a pair."""
    def compatible(subj: Any) -> Any:
        if pron.i not in _quoted(ctx) and subj.i in _quoted(ctx):
            return None  # a narrator's pronoun does not go on with a subject inside someone's quoted words
        if pron.lower_ in ("he", "she"):
            return person(subj)
        if pron.lower_ == "they" and subj.pos_ == "NOUN" and not _is_agent_noun(subj) and \
                ctx.lexicon.noun_candidates(subj.lemma_.lower()):
            return None  # "replied that the E.C. charges were unfounded, but they were willing": charges do not act
        if pron.lower_ == "they" and subj.lower_ not in PRONOUNS:
            # "Japan's delegate, Minoru Endo, and U.S. Ambassador Michael Samuels replied ..., but they were
            # willing to continue talks", "the Kenyan and Ugandan envoys ... they": "they" is every one of the
            # coordinated parties, the parser's coordination on the apposition included.
            got = [a for m in _coordinated_subject(subj)
                   for a in _resolve_head(ctx, m, context_country=None, role="actor") if a.code]
            if len({a.code for a in got}) >= 2:
                return _dedupe(got)
        ent = ctx.entity_at.get(subj.i)
        plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children)
        if (ent is None or not ent.code) and subj.pos_ == "NOUN" and subj.lower_ not in PRONOUNS and \
                (subj.lemma_.lower() in GOVERNMENT_NOUNS or _is_agent_noun(subj)) and \
                (plural if pron.lower_ == "they" else not plural):
            # "Chancellor Kohl's cabinet is expected to back the bill when it meets": the subject is a
            # body coded through its phrase ("Kohl's"), not through its head word.
            got = [a for a in _resolve_head(ctx, subj, context_country=None, role="actor") if a.code]
            return got if len(got) == 1 or (got and pron.lower_ == "they") else None
        if ent is None or not ent.code or subj.lower_ in PRONOUNS:
            return None
        if pron.lower_ == "it" and (plural or ent.label == "PERSON" or subj.ent_type_ == "PERSON" or ent.office):
            return None
        if pron.lower_ == "they" and not plural:
            return None
        # "Kenya and Uganda held talks. They agreed ...": "they" is the whole pair.
        return [ent] + [p for p in (ctx.entity_at.get(c.i) for c in subj.conjuncts if c.i > subj.i)
                        if p is not None and p.code and p.code != ent.code] if pron.lower_ == "they" else [ent]

    def person(subj: Any) -> Any:
        # "The president of Brazil met Carlos Menem. He asked him ...": a subject "he" goes on with the
        # person who was the subject before, not with the latest person named (the object).
        if subj.lower_ in PRONOUNS or subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children):
            return None
        ent = ctx.entity_at.get(subj.i)
        if not (subj.ent_type_ == "PERSON" or (ent is not None and (ent.label == "PERSON" or ent.office))
                or _titled(subj) or subj.lemma_.lower() in PERSON_TITLES):
            return None
        if _gender_clash(ctx, pron, subj):
            return None  # "Mr Brown met Mrs Hutchings. She ...": a "she" does not go on with a man
        got = [a for a in _resolve_head(ctx, subj, context_country=None, role="actor") if a.code]
        return got if len(got) == 1 else None

    held = _object_held_in(pron)
    if held is not None and held.i < pron.i and compatible(held):
        # "pushed Iranian forces out of positions they had occupied": who held the place the object is
        # moved from or struck in is that object, not the clause's subject.
        return compatible(held)
    sent = pron.sent
    same = [t for t in sent if t.i < pron.i and t.dep_ in ("nsubj", "nsubjpass") and not _other_voice(ctx, t, pron)]
    for subj in _search_order(pron, same):
        if subj.lower_ == pron.lower_ and subj.lower_ in ("it", "they", "he", "she"):
            # "... it will lift the duties it imposed", "He said he plans to ...": the second pronoun
            # goes on with the first, so with whatever the first one stands for.
            return _subject_antecedent(ctx, subj)
        ent = compatible(subj)
        if ent is not None:
            return ent
    if same or sent.start == 0:
        return []  # an incompatible nearer subject: leave the choice to the older rules
    prev = pron.doc[sent.start - 1].sent
    if pron.i not in _quoted(ctx):
        # '"How can that be fair?" he asked.': a narrator's pronoun goes on with the narrator's last
        # subject, so sentences wholly inside someone's quoted words are stepped over (up to three).
        for _ in range(3):
            if prev.start == 0 or not all(t.i in _quoted(ctx) or t.is_punct or t.is_space for t in prev):
                break
            prev = pron.doc[prev.start - 1].sent
    for _ in range(2):
        # "... with President Reagan and Congressional | leaders. He said ...": a verbless piece that a
        # broken line cut off the sentence before is no clause with a subject; the sentence it ends is.
        if prev.start == 0 or any(t.pos_ in ("VERB", "AUX") for t in prev):
            break
        prev = pron.doc[prev.start - 1].sent
    subj = syn.subject_of(prev.root) if prev.root.pos_ in ("VERB", "AUX") else None
    if subj is not None and pron.lower_ in ("he", "she") and subj.lower_ == pron.lower_ and subj.i < pron.i \
            and not _other_voice(ctx, subj, pron):
        # '... more," he said. He demanded an apology.': the same pronoun as the previous subject
        # goes on with whomever that one stood for.
        return _subject_antecedent(ctx, subj)
    return (compatible(subj) or []) if subj is not None else []


HOLDING_PREPS = frozenset({"from", "in", "at", "near", "inside", "within"})


def _object_held_in(pron: Any) -> Any:
    """For "they"/"it" as the subject of a relative clause on a place the verb moves its object from or
    strikes it in ("pushing Iranian forces out of positions they had occupied", "dislodge the rebels
    from territory they gained", "shelled the guerrillas in villages they hold"): that object, which
    the place is said to be held by."""
    rel = pron.head
    if pron.dep_ != "nsubj" or pron.lower_ not in ("they", "it") or rel.dep_ != "relcl":
        return None
    place = rel.head
    if place.dep_ != "pobj":
        return None
    prep = place.head
    if prep.lower_ == "of" and prep.head.lower_ == "out":
        prep = prep.head  # "out of positions"
    elif prep.lower_ not in HOLDING_PREPS:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or prep.dep_ not in ("prep", "prt", "advmod"):
        return None
    return syn.first_child(verb, "dobj")


# Links that put a clause inside another (a complement, an adverbial or relative clause); a conjunct
# clause stands level with the one it is joined to.
EMBEDDING_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "csubjpass", "pcomp", "parataxis"})


def _search_order(pron: Any, subjects: list[Any]) -> list[Any]:
    """The earlier subjects of the pronoun's sentence in the order a reader tries them (Hobbs's
    search): first those inside the pronoun's own clause, then those of each clause above it in turn;
    within one of these, the subject of the clause itself before subjects of clauses nested in it,
    and the nearer before the farther. "Once the US finds that Japan has stopped dumping, it will lift
    the duties": "it" is the US, the subject one level up, not Japan inside the US's finding."""
    chain = []
    cur = syn.clause_head(pron)
    for _ in range(30):
        chain.append(cur)
        if cur.head.i == cur.i:
            break
        cur = syn.clause_head(cur.head)
    index = {t.i: n for n, t in enumerate(chain)}

    def key(subj: Any) -> tuple[int, int, int]:
        # Up from the subject to the first clause of the pronoun's chain above it, counting the
        # clauses nested on the way.
        depth, cur = 0, subj.head
        for _ in range(40):
            if cur.i in index:
                return index[cur.i], depth, -subj.i
            if cur.dep_ in EMBEDDING_DEPS:
                depth += 1
            if cur.head.i == cur.i:
                break
            cur = cur.head
        return len(chain), depth, -subj.i

    return sorted(subjects, key=key)


# Singular nouns for one person's office: a subject "he" or "she" can continue them.
PERSON_TITLES = OFFICE_HOLDERS | {"spokesman", "spokeswoman", "king", "queen", "prince", "senator", "ambassador",
                                  "envoy", "chairman", "chairwoman", "commander", "general", "judge", "prosecutor"}


_NOT_REFERENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY", "ORDINAL"})


def _object_antecedent(ctx: "_Ctx", pron: Any, exclude: set[str | None]) -> Any:
    """The party an object "it" or "them" stands for: the nearest noun phrase before it, in its own
    sentence or the two before, that can be its antecedent (singular and not a person for "it", plural
    for "them"), skipping the pronoun's own subject. Only when that phrase is a coded party other than
    the actor; a thing ("voted to reject it": the order) or an uncoded group gives None."""
    start = syn.sentences_back(pron, 2)
    head = syn.clause_head(pron)
    own = {d.i for s in pron.sent if s.dep_ in ("nsubj", "nsubjpass") and s.head.i == head.i for d in s.subtree}
    for i in range(pron.i - 1, start - 1, -1):
        t = pron.doc[i]
        if i in own or t.pos_ not in ("NOUN", "PROPN") or t.dep_ in ("compound", "amod", "nmod", "poss") or \
                t.ent_type_ in _NOT_REFERENTS:
            continue
        plural = t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children)
        ent = ctx.entity_at.get(i) or next((ctx.entity_at[c.i] for c in t.children
                                            if c.dep_ in ("compound", "amod") and c.i in ctx.entity_at), None)
        if pron.lower_ == "it" and (plural or t.ent_type_ == "PERSON" or (ent is not None and ent.label == "PERSON")):
            continue
        if pron.lower_ == "them" and not plural:
            continue
        return ent if ent is not None and ent.code and ent.code not in exclude else None
    return None


def _plural_antecedent(ctx: "_Ctx", pron: Any, context_country: str | None) -> list[Actor]:
    """The group a subject "they" stands for when no subject before it does: the nearest plural noun
    naming people or a body of people (coded, or coded through its phrase), in the pronoun's sentence
    before it or in the sentence before, in the same voice, and not the pronoun's own clause."""
    start = pron.doc[pron.sent.start - 1].sent.start if pron.sent.start > 0 else pron.sent.start
    own = syn.clause_head(pron)
    for i in range(pron.i - 1, start - 1, -1):
        t = pron.doc[i]
        if t.pos_ not in ("NOUN", "PROPN") or t.tag_ not in ("NNS", "NNPS") or \
                t.dep_ in ("compound", "amod", "nmod", "poss") or _other_voice(ctx, t, pron) or \
                syn.clause_head(t).i == own.i:
            continue
        ent = ctx.entity_at.get(i)
        if not ((ent is not None and ent.code) or _is_agent_noun(t)):
            continue
        return [a for a in _resolve_head(ctx, t, context_country=context_country, role="actor") if a.code]
    return []


def _other_voice(ctx: "_Ctx", a: Any, b: Any) -> bool:
    """Whether two tokens are in different voices: one in someone's quoted words and the other not, or
    in two quotations (a quotation inside the narrator's sentence leaves the narrator's voice to go on
    after it: 'with Ann marching up, saying "You failed," as she ...')."""
    quoted = _quoted(ctx)
    if a.i not in quoted and b.i not in quoted:
        return False
    return _path_has_quote(a, b)


def _path_has_quote(a: Any, b: Any) -> bool:
    """Whether quotation marks stand between two tokens (a quoted speaker's words start a new voice)."""
    return any(t.is_quote for t in a.doc[a.i:b.i])


def _previous_entity(ctx: "_Ctx", tok: Any, exclude: set[str | None], *, not_person: bool = False,
                     within: int | None = None, plural: bool = False, strict: bool = False) -> Any:
    """The nearest coded party before ``tok`` whose code is not excluded; with ``not_person`` ("its"
    after a person's act), any non-person party, even a compatriot: "Arafat ... arresting its militants".
    ``within``: look back only this many sentences before ``tok``'s own; ``plural``: prefer a plural
    mention ("them", "their"), with ``strict`` only a plural one, outside ``tok``'s own clause subject."""
    start = 0
    if within is not None:
        start = syn.sentences_back(tok, within)
    if plural:
        own_subject = {d.i for s in tok.sent if s.dep_ in ("nsubj", "nsubjpass") and s.head.i == syn.clause_head(tok).i
                       for d in s.subtree}
        for i in range(tok.i - 1, start - 1, -1):
            ent = ctx.entity_at.get(i)
            t = tok.doc[i]
            many = t.tag_ in ("NNS", "NNPS") or (t.dep_ in ("amod", "compound", "nmod") and t.head.tag_ in ("NNS", "NNPS")) \
                or any(c.dep_ == "conj" for c in t.children) or t.dep_ == "conj"
            if ent is not None and ent.code and many and i not in own_subject and ent.code not in exclude and \
                    ent.label != "PERSON":
                return ent
        if strict:
            return None
    for i in range(tok.i - 1, start - 1, -1):
        ent = ctx.entity_at.get(i)
        if ent is None or not ent.code:
            continue
        if not_person and ent.label != "PERSON" and not ent.office:
            return ent
        if not not_person and ent.code not in exclude:
            return ent
    return None


def _made_in(t: Any) -> bool:
    """"Soviet MI-24 helicopters", "Czechoslovak-made L-39 bombers": where equipment came from, not a party."""
    if any(n.lower_ in ("made", "-made", "built") for n in t.doc[t.i + 1:t.i + 3]):
        return True
    head = t.head
    for _ in range(3):
        if head.lemma_.lower() in EQUIPMENT_NOUNS:
            return t.dep_ in ("amod", "compound", "npadvmod", "nmod") or t.head.dep_ in ("amod", "compound", "nmod")
        if head.head.i == head.i:
            break
        head = head.head
    return False


def _said_made_in(t: Any) -> bool:
    """"Chinese-made missiles", "a Soviet-built tanker": the words say the name is where the thing was
    made. (Unlike "U.S. helicopters", which as a rule stand for the forces flying them.)"""
    return any(n.lower_ in ("made", "-made", "built", "-built") for n in t.doc[t.i + 1:t.i + 3])


def _locative_place(ctx: "_Ctx", t: Any) -> bool:
    """"talks in Caracas", "a summit at Camp David": a town after a locative preposition is where, not
    who. (A country there, "strikes in northern Syria", still names the side hit, by convention.)"""
    place = ctx.place_at.get(t.i)
    return place is not None and (place.resolution or 0) >= 3 and t.dep_ == "pobj" and \
        t.head.lower_ in ("in", "at", "near", "inside")


def _where_only(ctx: "_Ctx", t: Any) -> bool:
    """A town naming a facility after a locative preposition ("at Prague airport"). (A town itself
    there, "the embassy in Tunis", still points at its government.)"""
    place = ctx.place_at.get(t.i)
    return place is not None and (place.resolution or 0) >= 3 and t.dep_ == "compound" and \
        t.head.dep_ == "pobj" and t.head.head.lower_ in ("in", "at", "near", "inside")


# Nouns for an attack, and the prepositions after one that say what it hit or where.
ATTACK_NOUNS = frozenset({"attack", "blast", "explosion", "bomb", "bombing", "raid", "strike", "airstrike", "ambush",
                          "shelling", "assault", "shooting", "offensive", "massacre"})
HIT_PREPS = ("on", "at", "against", "in", "near", "inside", "outside", "upon")

# A written agreement: a town in its name says where it was signed ("the Kyoto protocol").
DOCUMENT_NOUNS = frozenset({"treaty", "protocol", "accord", "accords", "convention", "conventions", "agreement",
                            "declaration", "pact", "charter"})
# A meeting: a place after its "in" or "at" is where it is held ("negotiations in Switzerland").
MEETING_NOUNS = MEETING_HEADS | {"talks", "talk", "negotiation", "negotiations", "meetings", "sessions", "round"}


def _names_document(ctx: "_Ctx", t: Any) -> bool:
    """"the Kyoto protocol", "the Geneva conventions", "the Oslo accords": a town in the name of an
    agreement says where it was made, not who is party to it. (A country there, "the Anglo-Irish
    agreement", "the US-Japan pact", still names the parties.)"""
    return _town_naming(ctx, t, DOCUMENT_NOUNS)


def _names_meeting_venue(ctx: "_Ctx", t: Any) -> bool:
    """"the London talks", "the Geneva talks between Washington and Moscow", "the Venice summit": a town
    that names a meeting says where it is held, as "talks in London" does; the parties are named otherwise.
    (A country there, "the US-Soviet talks", still names the parties.)"""
    return _town_naming(ctx, t, MEETING_NOUNS)


def _town_naming(ctx: "_Ctx", t: Any, nouns: frozenset[str]) -> bool:
    """Whether ``t`` is a town (no country or province) in the modifiers of one of ``nouns``."""
    place = ctx.place_at.get(t.i)
    if place is None or (place.resolution or 0) < 3:
        return False
    cur = t
    for _ in range(4):
        if cur.dep_ not in ("compound", "nmod", "amod", "npadvmod") or cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lemma_.lower() in nouns or cur.lower_ in nouns:
            return True
    return False


def _meeting_venue(ctx: "_Ctx", t: Any) -> bool:
    """"agreed to resume negotiations in Switzerland", "talks at Geneva": a place after a meeting's
    "in" or "at" is where it is held, whether a town or a country; the parties are named otherwise."""
    cur = t
    while cur.dep_ in ("compound", "conj", "appos") and cur.head.i != cur.i:
        cur = cur.head
    return t.i in ctx.place_at and cur.dep_ == "pobj" and cur.head.lower_ in ("in", "at") and \
        cur.head.head.lemma_.lower() in MEETING_NOUNS | {m.rstrip("s") for m in MEETING_NOUNS}


def _thing_owner(ctx: "_Ctx", root: Any) -> list[Actor]:
    """Whose thing a noun names, by the party word that modifies it ("a government scheme to offer UK
    courses", "the government's plan to sell arms to Taiwan"): the act done to the thing is aimed at its
    owner, not at parties that the description of the thing mentions further in."""
    for c in root.children:
        if c.dep_ not in ("poss", "compound") or c.pos_ not in ("NOUN", "PROPN") or c.i > root.i:
            continue
        ent = ctx.entity_at.get(c.i)
        if ent is not None and ent.code and _names_party(ctx, c, False):
            return [_actor(ent.text, ent.code, ent.sector)]
        if c.pos_ == "NOUN" and c.lemma_.lower() in GOVERNMENT_NOUNS:
            got = [a for a in _resolve_head(ctx, c, context_country=ctx.focus_country) if a.code]
            if got:
                return got
        if c.dep_ == "poss" and c.pos_ == "NOUN" and c.lower_ not in PRONOUNS and _is_agent_noun(c):
            # "accepted the farmers' demands", "agreed to the employers' request": a group no table codes
            # still owns its demand, so the act that meets or refuses it is aimed at that group (with the
            # country around it), not at the story's government.
            got = [a for a in _resolve_head(ctx, c, context_country=ctx.focus_country)
                   if a.sector and a.office not in (OWN_ASSET, UNRESOLVED)]
            if got:
                return got
    if root.lemma_.lower() in PART_NOUNS:
        # "accepted part of the miners' demands": the part is still its owner's.
        for p in syn.prep_objects(root, ("of",)):
            if p.pos_ == "NOUN":
                return _thing_owner(ctx, p)
    return []


# What a party proposes or decides, and words that name it again: "a proposal ... the plan", "such a move".
PLAN_NOUNS = frozenset({"plan", "proposal", "scheme", "idea", "package", "initiative", "programme", "program",
                        "offer", "blueprint"})
MOVE_NOUNS = frozenset({"move", "measure", "step", "decision"})
LEVY_NOUNS = frozenset({"tax", "levy", "tariff", "duty", "surcharge"})
PROPOSAL_GROUPS = (PLAN_NOUNS, MOVE_NOUNS, LEVY_NOUNS, frozenset({"policy"}), frozenset({"reform", "reforms"}),
                   frozenset({"ban"}), frozenset({"quota"}), frozenset({"bill"}))
ANAPHOR_WORDS = DEFINITE_DETERMINERS | {"such", "both"}
# Verbs by which a party makes a plan its own: the subject of "proposed a tax" owns the tax.
MAKING_VERBS = frozenset({"propose", "unveil", "announce", "present", "table", "offer", "submit", "draft", "launch",
                          "introduce", "adopt", "impose", "suggest", "outline", "prepare", "issue", "decide", "plan",
                          "approve", "put", "make"})
EARLIER_SENTENCES = 4


def _proposal_group(t: Any) -> frozenset[str] | None:
    lemma = t.lemma_.lower()
    return next((g for g in PROPOSAL_GROUPS if lemma in g or t.lower_ in g), None) if t.pos_ == "NOUN" else None


def _enclosing_nouns(noun: Any) -> list[Any]:
    """A noun and the nouns whose prepositional phrases it sits in ("tariffs" in "a cut in tariffs")."""
    out = [noun]
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN" and len(out) < 3:
        noun = noun.head.head
        out.append(noun)
    return out


def _acted_on_by_agent(h: Any) -> bool:
    """A passive subject whose verb names its doer ("the plans were dismissed by Bonn")."""
    return h.dep_ == "nsubjpass" and syn.agent_of(h.head) is not None


def _put_forward(noun: Any) -> bool:
    """A thing a party puts forward: a plan, proposal, tax or ban word, or what a making verb takes
    ("offered a 100 pct raise"). Not any described noun ("the Labour campaign, which was criticised")."""
    return _proposal_group(noun) is not None or (
        noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in MAKING_VERBS)


def _relative_antecedent(h: Any) -> Any:
    """The noun a relative pronoun stands for when the pronoun is what its clause acts on ("an offer, which
    the unions rejected", "the plan that was turned down by Paris"); None for any other word."""
    if h.tag_ != "WDT" or not (h.dep_ == "dobj" or _acted_on_by_agent(h)):
        return None
    clause = h.head
    if clause.dep_ != "relcl" or clause.head.pos_ != "NOUN":
        return None
    return clause.head


def _earlier_owner(ctx: "_Ctx", h: Any) -> list[Actor]:
    """Whose plan "the plan", "this proposal" or "such a move" is, when its own phrase names nobody and an
    act is done to it (its object, or after a preposition of the act: "opposed to the plan"): the
    owner of the same thing named in the few sentences before ("The Commission has proposed a tax on
    oils ... Bonn said it would fight the levy"). The nearest earlier mention with an owner wins."""
    antecedent = _relative_antecedent(h)
    if antecedent is not None:
        # "Japan offered a tariff cut, which Washington rejected": the relative pronoun is the thing its
        # clause describes, and turning it down is aimed at whoever that thing's own mention names.
        # The parser may hang the clause on the last noun inside the thing ("a cut in tariffs, which"):
        # the nouns that phrase sits in are candidates too, nearest first.
        for noun in _enclosing_nouns(antecedent):
            owner = _mention_owner(ctx, noun) if _put_forward(noun) else []
            if owner:
                return owner
        return []
    if _bare_demonstrative(h):
        return _demonstrated_owner(ctx, h)
    if _definite_document(ctx, h) and (h.dep_ == "dobj" or _acted_on_by_agent(h)):
        # "Kenya and Uganda signed a trade accord ... Tanzania criticised the accord": its signers.
        return _earlier_document_parties(ctx, h)
    group = _proposal_group(h)
    # "The plans were dismissed by Bonn": a passive subject is acted on as an object is, when the "by"
    # phrase names who acts (without it, "the package was being reexamined", no one is seen to act on it).
    acted_on = h.dep_ == "dobj" or _acted_on_by_agent(h) or \
        (h.dep_ == "pobj" and h.head.head.pos_ in ("VERB", "ADJ"))
    if group is None or not acted_on or not any(c.dep_ in ("det", "predet", "amod") and c.lower_ in ANAPHOR_WORDS for c in h.children):
        return []
    start = syn.sentences_back(h, EARLIER_SENTENCES)
    own = {t.i for t in h.subtree}
    for t in reversed(h.doc[start:h.i]):
        if t.i not in own and _makes_named_thing(t, h):
            # "Shipowners offered a 100 pct raise ... The seamen rejected the offer": the verb that made
            # the thing named again by its noun; its subject is the owner.
            owner = _subject_maker(ctx, t)
            if owner:
                return owner
            continue
        # A general word ("the plan", "the proposal") may name again any plan, tax or ban; a specific
        # one ("the ban") only the same kind of thing.
        if t.i in own or _proposal_group(t) is None or (group is not PLAN_NOUNS and _proposal_group(t) is not group):
            continue
        owner = _mention_owner(ctx, t)
        if owner:
            return owner
    return []


DEMONSTRATIVES = frozenset({"this", "that"})
# Verbs that answer what another party put forward: the offer answered is the one just told.
RESPONSE_VERBS = frozenset({"reject", "accept", "approve", "welcome", "endorse", "oppose", "refuse", "veto",
                            "dismiss", "spurn", "turn", "block", "back", "support", "embrace"})


def _bare_demonstrative(h: Any) -> bool:
    """A bare "this" or "that" that an answering act is done to: "but this was rejected by the U.S.", "Kenya
    turned that down". (Not what is talked about: "discussed this with Shultz".)"""
    return h.lower_ in DEMONSTRATIVES and h.pos_ in ("PRON", "DET") and not any(True for _ in h.children) and \
        (h.dep_ == "dobj" or _acted_on_by_agent(h)) and h.head.lemma_.lower() in RESPONSE_VERBS


def _demonstrated_owner(ctx: "_Ctx", h: Any) -> list[Actor]:
    """Whose offer a bare "this" or "that" points back to: the maker of the nearest thing put forward before
    it, in its own sentence or the one before ("the EC offered a compromise in the talks but this was
    rejected by the U.S."): the act done to "this" is aimed at that maker, not at the story's country."""
    start = h.sent.start
    if start > 0:
        start = h.doc[start - 1].sent.start
    makers = set(MAKING_VERB_OF.values())
    for t in reversed(h.doc[start:h.i]):
        if t.pos_ == "VERB" and t.lemma_.lower() in makers and any(c.dep_ == "dobj" for c in t.children):
            owner = _subject_maker(ctx, t)
            if owner:
                return owner
        elif _proposal_group(t) is not None and (owner := _mention_owner(ctx, t)):
            return owner
    return []


def _definite_document(ctx: "_Ctx", h: Any) -> bool:
    """"the accord", "this agreement", "the pact": a written agreement named again with no party of its own."""
    if h.pos_ != "NOUN" or not (h.lemma_.lower() in DOCUMENT_NOUNS or h.lower_ in DOCUMENT_NOUNS):
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in h.children):
        return False
    start, end = syn.core_phrase(h)
    return not any(i in ctx.entity_at and ctx.entity_at[i].code for i in range(start, end)) and \
        not syn.prep_objects(h, ("between", "with", "by"))


def _earlier_document_parties(ctx: "_Ctx", h: Any) -> list[Actor]:
    """The parties of the agreement "the accord" names again: those the nearest earlier mention of an
    agreement names in its own phrase ("the U.S.-Japanese agreement on chips ... the E.C. complained the
    accord breached GATT rules": the U.S. and Japan), within the few sentences before."""
    start = syn.sentences_back(h, EARLIER_SENTENCES)
    for t in reversed(h.doc[start:h.sent.start]):
        if t.pos_ != "NOUN" or not (t.lemma_.lower() in DOCUMENT_NOUNS or t.lower_ in DOCUMENT_NOUNS):
            continue
        s, e = syn.core_phrase(t)
        inside = [*range(s, e), *(w.i for p in syn.prep_objects(t, ("between", "with", "by")) for w in p.subtree)]
        found = []
        for i in inside:
            ent = ctx.entity_at.get(i)
            if ent is not None and ent.code and _names_party(ctx, ctx.doc[i], False) and ent not in found:
                found.append(ent)
        if found:
            return [_actor(ent.text, ent.code, ent.sector) for ent in found]
        maker = syn.subject_of(t.head) if t.dep_ == "dobj" and t.head.pos_ == "VERB" else None
        if maker is not None and maker.lower_ not in PRONOUNS:
            # "Kenya and Uganda signed a trade accord": who signed or reached it are its parties.
            got = [a for a in _resolve_head(ctx, maker, context_country=None, role="actor") if a.code]
            if got:
                return got
        return []  # the nearest earlier agreement names no party: no older one stands in for it
    return []


# The verb that makes each kind of thing a party puts forward ("offered" an offer, "proposed" a proposal).
MAKING_VERB_OF = {"offer": "offer", "proposal": "propose", "plan": "plan", "idea": "suggest",
                  "suggestion": "suggest", "initiative": "launch", "measure": "announce", "decision": "decide"}


def _makes_named_thing(verb: Any, noun: Any) -> bool:
    """Whether ``verb`` is the active making verb of the thing ``noun`` names ("offered" for "the offer")."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() == MAKING_VERB_OF.get(noun.lemma_.lower()) and \
        any(c.dep_ == "dobj" for c in verb.children)


def _subject_maker(ctx: "_Ctx", verb: Any) -> list[Actor]:
    """The party that is the subject of a making verb, as ``_mention_owner`` reads a maker."""
    obj = next(c for c in verb.children if c.dep_ == "dobj")
    return _mention_owner(ctx, obj) if obj.head.i == verb.i else []


def _mention_owner(ctx: "_Ctx", t: Any) -> list[Actor]:
    """The party a plan's own mention gives it: a possessor or party word ("the Commission's proposal",
    "a Japanese offer"), a "by" or "from" ("a proposal by the EC"), or the subject that made it ("the
    EC proposed a tax", "a tax proposed by the EC")."""
    owner = _thing_owner(ctx, t)
    if owner:
        return owner
    for c in t.children:
        ent = ctx.entity_at.get(c.i)
        if c.dep_ == "amod" and ent is not None and ent.code and _names_party(ctx, c, False):
            return [_actor(ent.text, ent.code, ent.sector)]
    makers = syn.prep_objects(t, ("by", "from"))
    verb = t.head if t.dep_ in ("dobj", "nsubjpass") else None
    if verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in MAKING_VERBS:
        maker = syn.agent_of(verb) if t.dep_ == "nsubjpass" else syn.first_child(verb, "nsubj")
        makers = makers + ([maker] if maker is not None else [])
    elif t.dep_ == "acl" or any(c.dep_ == "acl" and c.lemma_.lower() in MAKING_VERBS for c in t.children):
        makers = makers + [a for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in MAKING_VERBS
                           for a in [syn.agent_of(c)] if a is not None]
    for m in makers:
        ent = ctx.entity_at.get(m.i)
        if ent is not None and ent.code:
            return [_actor(ent.text, ent.code, ent.sector)]
        if m.lower_ not in PRONOUNS and (m.pos_ == "PROPN" or _is_agent_noun(m)):
            got = [a for a in _resolve_head(ctx, m, context_country=None, role="actor") if a.code]
            if got:
                return got
        if m.lower_ not in PRONOUNS and m.pos_ in ("NOUN", "PROPN") and _is_agent_noun(m):
            # "Shipowners have offered a raise, which the seamen rejected": a group no table codes still
            # made its offer, and is of the country the story is about, as an owner in "the farmers'
            # demands" is (``_thing_owner``).
            got = [a for a in _resolve_head(ctx, m, context_country=ctx.focus_country or _sole_story_state(ctx))
                   if a.code and a.sector and a.office not in (OWN_ASSET, UNRESOLVED)]
            if got:
                return got
    return []


def _dateline_home(ctx: "_Ctx") -> str | None:
    """The state a story is filed from when it is also the state the story names most, strictly more often
    than any other (the dateline alone says only where the reporter sat: "CAIRO - Israeli officials said")."""
    place = getattr(ctx, "dateline_place", None)
    code = getattr(place, "country_code", None)
    if not code or code in NON_STATE_CODES:
        return None
    if ctx.focus_country:
        return code if code == ctx.focus_country else None
    return code if _named_most(_state_mentions(ctx), code) else None


def _state_mentions(ctx: "_Ctx") -> list[tuple[int, str]]:
    """(start, state) of every place and entity of the story coded to a state; a name that is both a place and an
    entity (a dateline) is there twice."""
    return [(item.start, state) for item in [*ctx.document.places, *ctx.document.entities]
            if (state := getattr(item, "country_code", None) or getattr(item, "code", None))
            and len(state) == 3 and state.isalpha() and state not in NON_STATE_CODES]


def _named_most(mentions: Iterable[tuple[int, str]], code: str) -> bool:
    """Whether ``code`` is named strictly more often than any other state among ``mentions``."""
    counts = Counter(state for _, state in mentions)
    return counts[code] > max((n for state, n in counts.items() if state != code), default=0)


def _set_abroad(ctx: "_Ctx", h: Any, home: str) -> bool:
    """Whether the sentence of ``h`` is set in a state other than ``home`` ("In Hong Kong, ...", "talks at
    Tokyo"): a place of another state after a locative preposition."""
    sent = h.sent
    return any(sent.start <= i < sent.end and getattr(place, "country_code", None) not in (None, home)
               and ctx.doc[i].dep_ == "pobj" and ctx.doc[i].head.lower_ in ("in", "at", "inside")
               for i, place in ctx.place_at.items())


def _story_home(ctx: "_Ctx") -> str | None:
    """The country a story is about: the one it mainly names, else, in a brief that names its country too seldom for
    ``focus_country`` ("MANILA - Military authorities said an army captain has been arrested"), the state it is filed
    from when it names that state more often than any other; but not in a brief that names an international body,
    whose meeting a bare "ministers" may be ("BRUSSELS - ... ministers agreed new rules", ``_council_bloc``)."""
    if ctx.focus_country:
        return ctx.focus_country
    if any(e.code in INTERNATIONAL_BODY_CODES for e in ctx.document.entities):
        return None
    # Only a filed-from state: without a dateline the one state a line names is as often the other side's ("expelled
    # the French ambassador") or a venue's ("at next week's Venice summit") as the agent's own.
    code = getattr(getattr(ctx, "dateline_place", None), "country_code", None)
    if not code or code in NON_STATE_CODES:
        return None
    # Each mention once: the dateline is both a place and an entity, and counted twice it would outweigh the one
    # other state a brief names ("BAHRAIN - Iraqi warplanes attacked two tankers").
    return code if _named_most(set(_state_mentions(ctx)), code) else None


def _sole_story_state(ctx: "_Ctx") -> str | None:
    """The one state a story names at all, dateline included ("RIO DE JANEIRO - ... Brazilian marines"):
    a short story about one country's affairs that names it too seldom for ``focus_country``."""
    codes = {state for _, state in _state_mentions(ctx)}
    return codes.pop() if len(codes) == 1 else None


PART_NOUNS = frozenset({"part", "portion", "some", "most", "many", "much", "all", "half", "bulk", "majority", "one"})


def _clause_depth(t: Any, root: Any) -> int:
    """How many clauses (participles, infinitives, relative clauses) lie between ``t`` and the phrase head
    ``root``: "a scheme [to sell licences to Russian trawlers]" puts the trawlers one clause in."""
    depth, cur = 0, t
    for _ in range(40):
        if cur.i == root.i or cur.head.i == cur.i:
            break
        if cur.dep_ in ("acl", "relcl") and cur.pos_ in ("VERB", "AUX"):
            depth += 1
        cur = cur.head
    return depth


def _entities_in(ctx: "_Ctx", root: Any) -> list[Actor]:
    agent = _is_agent_noun(root)
    # With an owner named ("a government scheme to offer UK courses"), the parties inside the thing's
    # description are not the target; without one, a clause that describes the thing may name it
    # ("revoked an agreement that allowed U.S. personnel").
    owner = _thing_owner(ctx, root) if not agent and (root.pos_ == "NOUN" or root.lemma_.lower() in PART_NOUNS) else []
    found = []
    for t in syn.argument_tokens(root):
        if _names_party(ctx, t, agent) and ctx.entity_at[t.i] not in found and \
                not (owner and _clause_depth(t, root)):
            found.append(ctx.entity_at[t.i])
    out = [_actor(e.text, e.code, e.sector) for e in found]
    out = [*(o for o in owner if (o.entity_text, o.code) not in {(a.entity_text, a.code) for a in out}), *out]
    if not out and not agent and root.pos_ == "NOUN":
        # "discussed the budget with the finance minister", "signed a pact with the unions": a thing's
        # "with" names whom the act is shared with, even when no table names that party.
        for p in syn.prep_objects(root, ("with",)):
            for w in [p, *syn.conjuncts(p)]:
                if w.pos_ in ("NOUN", "PROPN") and _is_agent_noun(w):
                    out.extend(a for a in _resolve_head(ctx, w, context_country=None)
                               if a.sector and a.office not in (OWN_ASSET, UNRESOLVED))
    return out


# Possessive pronouns that name the owner of a thing acted on: "rejected his proposal", "condemned its decision".
OWNER_PRONOUNS = frozenset({"his", "her", "its", "their"})


def _pronoun_owner(ctx: "_Ctx", o: Any, subj: Any, actors: list[Actor]) -> list[Actor]:
    """Whose thing an object is when only a possessive pronoun names its owner ("Khamenei proposed a truce. Iraq
    rejected his proposal", "Britain welcomed their appeal", "a statement slamming his peace call"): an act done to a
    thing is aimed at its owner, the party the pronoun stands for, as with a named owner ("rejected France's
    proposal", ``_thing_owner``). Only when the pronoun cannot be the subject that acts (a person's "his" after a
    country or body, "their" after one state): where it can ("the government suspended its plan", "Sullivan
    implicated his colleague"), it is as a rule the actor's own. Nor for people or forces (an agent noun: "withdrew
    its troops" are the actor's own, which ``_resolve_head`` reads)."""
    if subj is None or not any(a.code for a in actors) or o.pos_ != "NOUN" or _is_agent_noun(o) or o.i in ctx.entity_at:
        return []
    pron = next((c for c in o.children if c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS), None)
    if pron is None or _may_stand_for(ctx, pron, subj):
        return []
    text = syn.span_text(ctx.doc, *syn.core_phrase(o))
    # (A party of the actor's country in another sector is someone else: Hamas slamming Arafat's peace call.)
    return _dedupe([_actor(text, a.code, a.sector) for a in _resolve_head(ctx, pron, context_country=None, role="actor")
                    if a.code and not any(m.code == a.code and (m.sector == a.sector or None in (m.sector, a.sector))
                                          for m in actors)])


def _may_stand_for(ctx: "_Ctx", pron: Any, subj: Any) -> bool:
    """Whether a possessive pronoun agrees with a subject, so that it may stand for it: "his"/"her" with one person,
    "their" with a plural or a body of people, "its" with one thing or body that is no person."""
    ent = ctx.entity_at.get(subj.i)
    person = subj.ent_type_ == "PERSON" or (ent is not None and ent.label == "PERSON") or _titled(subj) or \
        subj.lemma_.lower() in PERSON_TITLES or subj.lower_ in ("he", "she", "i")
    plural = subj.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subj.children) or \
        subj.lower_ in ("they", "we")
    if pron.lower_ in ("his", "her"):
        return person and not plural
    if pron.lower_ == "their":
        return plural or (subj.pos_ == "NOUN" and not person)  # "the government ... their plans" (a body)
    return not person and not plural


def _names_party(ctx: "_Ctx", t: Any, in_agent_phrase: bool) -> bool:
    """Whether a coded mention inside a phrase names a party to the event. Not when it says where
    equipment was made, nor when it is a town after "in" unless the phrase names people
    ("militants in northern Syria" are Syrian-based; "talks in Caracas" are not Venezuela's), nor when it
    only classifies a thing ("the Iran arms scandal", "talks under the GATT")."""
    ent = ctx.entity_at.get(t.i)
    return ent is not None and bool(ent.code) and not _made_in(t) and (in_agent_phrase or not _locative_place(ctx, t)) \
        and not _talked_about(_mention_head(ctx, t)) and not _names_document(ctx, t) \
        and (in_agent_phrase or not (_meeting_venue(ctx, t) or _names_meeting_venue(ctx, t))) and not _seat_only(t) \
        and not _bearing_from(ctx, t) \
        and not _modifier_only(ctx, t)


TOPIC_PREPS = frozenset({"about", "concerning", "regarding"})
# After talks (or talking), "on" and "over" also say what is talked about: "talks with Japan on Soviet grain
# purchases", "met Mexico over U.S. tariffs". (After other words they may name a target: "sanctions on Japan".)
TALK_TOPIC_PREPS = frozenset({"on", "over"})
TALK_VERBS = frozenset({"talk", "negotiate", "confer", "consult", "discuss", "meet", "bargain"})
EXPERT_NOUNS = frozenset({"expert", "specialist", "analyst", "scholar", "authority", "commentator"})


def _talked_about(t: Any) -> bool:
    """Whether ``t`` is what something is about ("talked with Shevardnadze about Afghanistan", "talks
    with Japan on Soviet grain purchases"): a topic, no party."""
    cur = t
    for _ in range(6):
        if cur.dep_ in ("compound", "conj", "appos", "amod", "poss") and cur.head.i != cur.i:
            cur = cur.head
            continue
        break
    if cur.dep_ != "pobj":
        return False
    prep = cur.head
    if prep.lower_ in TOPIC_PREPS:
        return True
    talk = prep.head.lemma_.lower()
    if prep.lower_ == "on" and talk in EXPERT_NOUNS:
        return True  # "an expert on Iran" knows about Iran; he is not Iranian
    # A group of people after "on" is no topic: "blamed the collapse of the talks on the employers".
    return prep.lower_ in TALK_TOPIC_PREPS and prep.dep_ == "prep" and not _is_agent_noun(cur) and \
        (talk in MEETING_NOUNS or talk in TALK_VERBS or prep.head.lower_ in MEETING_NOUNS)


def _bearing_from(ctx: "_Ctx", t: Any) -> bool:
    """Whether a country only gives a bearing: "the rig 120 miles east of Bahrain", "hit south of Iran's
    Kharg island". What lies off a country is outside it, so the country is neither who owns it nor who
    acts there. (A bearing from a town, "fighting 10 km east of Basra", is near the town and as a rule in
    the same country, which by convention names the side hit.)"""
    place = ctx.place_at.get(t.i)
    if place is not None and (place.resolution or 0) >= 2:
        return False
    cur = syn.climb(_mention_head(ctx, t), ("compound", "amod", "poss", "nmod"))
    return cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.head.lower_ in syn.COMPASS_WORDS


def _dedupe(actors: list[Actor]) -> list[Actor]:
    seen = set()
    out = []
    for a in actors:
        key = (a.code, a.sector, a.entity_text if a.office == UNRESOLVED else None)
        if key in seen or (a.code is None and a.sector is None and a.office != UNRESOLVED):
            continue
        seen.add(key)
        out.append(a)
    return out


# Sectors of private bodies: a named one takes no country from the sentence around it. Trade unions and
# farmers' unions are such bodies too ("the National Trade Union Alliance warned ...").
PRIVATE_SECTORS = frozenset({"BUS", "NGO", "MED", "JRN", "EDU", "HLH", "CRM", "LAB", "AGR"})


def _fallback_subject(ctx: _Ctx, verb: Any) -> Any:
    """A root verb the parser left without a subject ("USAID had announced ..." with USAID read as
    an adverb): the first coded party before it that is not inside a prepositional phrase."""
    for t in verb.sent:
        if t.i >= verb.i:
            return None
        ent = ctx.entity_at.get(t.i)
        if ent is not None and ent.code and not any(a.dep_ == "prep" for a in t.ancestors):
            return t
    return None


# Conflict and demand events are between two parties; when the syntax names only the actor, the
# other state named in the same sentence is almost always the recipient.
DYADIC = frozenset({"SANCTION", "THREATEN", "ACCUSE", "REJECT", "REQUEST", "ASSAULT", "COERCE"})


def _purpose_targets(ctx: _Ctx, tok: Any) -> list[Entity]:
    """The parties a hostile act's stated aim is aimed at: "fired missiles to hit a U.S.-owned ship",
    "massed troops to attack Iraqi positions". An infinitive of purpose ("to" + verb) under the trigger
    or under its object says what the act is for; when that verb is itself a conflict act (every
    lexicon reading of it, with its own object, is verbal or material conflict), its object is the
    act's target. A protective aim ("sent warships to escort Kuwaiti tankers") names whom the act is
    for, not whom it is against, so it gives nothing here. An infinitive that completes the trigger
    itself ("refused to allow American planes to cross", "agreed to escort Kuwaiti tankers") is the
    act refused, agreed or threatened: whom that act is done to is the target, whatever the act."""
    if tok is None or tok.pos_ not in ("VERB", "AUX"):
        return []
    heads = [tok, *(o for o in tok.children if o.dep_ == "dobj")]
    found: list[Entity] = []
    for h in heads:
        for c in h.children:
            if c.dep_ not in ("advcl", "xcomp", "acl", "relcl") or c.tag_ != "VB" or \
                    not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                continue
            objs = [o for o in c.children if o.dep_ == "dobj"]
            # "allow American planes to cross": the one allowed is the subject of what is allowed.
            objs += [s for x in c.children if x.dep_ in ("ccomp", "xcomp") and x.tag_ == "VB"
                     for s in x.children if s.dep_ == "nsubj" and s.tag_ not in ("WDT", "WP", "PRP")]
            if not objs:
                continue
            complement = h is tok and c.dep_ == "xcomp" and not any(o.dep_ == "dobj" for o in tok.children)
            lemmas = {o.lemma_.lower() for o in objs}
            readings = [t for t in ctx.lexicon.verb_candidates(c.lemma_.lower()) if t.obj is None or t.obj in lemmas]
            if not complement and (not readings or any(ctx.lexicon.quad(t.plover) < 3 for t in readings)):
                continue
            for o in objs:
                for w in [o, *syn.conjuncts(o)]:
                    for t in syn.argument_tokens(w):
                        if t.dep_ == "npadvmod" and t.head.lemma_.lower() in ("base", "bear", "build", "make"):
                            continue  # "British-based planes": where they are based, not whose they are
                        if _names_party(ctx, t, _is_agent_noun(w)) and ctx.entity_at[t.i] not in found:
                            found.append(ctx.entity_at[t.i])
    return found


# Verbs of an aim that helps someone: "pledged support to help Indonesia adjust", "signed an agreement to aid Peru".
HELPING_VERBS = frozenset({"help", "assist", "aid", "finance", "fund", "rebuild", "rescue", "bail"})
# The links a helping aim may hang from on its way up to the trigger (the parser puts "to help" on the trigger, on
# its object, or on the object made the subject of a stray clause: "pledged the Bank's support to help X adjust").
AIM_PATH_DEPS = frozenset({"acl", "advcl", "xcomp", "dobj", "ccomp", "nsubj"})


def _helped_parties(ctx: _Ctx, tok: Any) -> list[Entity]:
    """The parties a cooperative act's stated aim is for: "pledged the Bank's support to help Indonesia adjust",
    "signed an agreement to aid Peru", "offered a loan to help Poland rebuild its industry". The object of an
    infinitive of a helping verb under the trigger (or its object), or the subject of what it helps them do, is
    whom the support, pledge or aid is given to (PLOVER's recipient). The hostile counterpart is
    ``_purpose_targets``; this is its protective half, which that function leaves out on purpose."""
    if tok is None or tok.pos_ not in ("VERB", "AUX"):
        return []
    found: list[Entity] = []
    for c in tok.subtree:
        if c.lemma_.lower() not in HELPING_VERBS or c.tag_ != "VB" or \
                not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            continue
        cur, ok = c, False
        for _ in range(4):
            if cur.dep_ not in AIM_PATH_DEPS or cur.head.i == cur.i:
                break
            cur = cur.head
            if cur.i == tok.i:
                ok = True
                break
        # (Not an aim inside the act's own subject: "efforts to help Brazil" acting are not what is given.)
        if not ok or any(a.dep_ in ("nsubj", "nsubjpass") and a.head.i == tok.i for a in c.ancestors):
            continue
        helped = [o for o in c.children if o.dep_ in ("dobj", "dative")]
        # "to help Kenya overcome the drought": the one helped is the subject of what it is helped to do.
        helped += [s for x in c.children if x.dep_ in ("ccomp", "xcomp") for s in x.children
                   if s.dep_ == "nsubj" and s.tag_ not in ("WDT", "WP", "PRP")]
        for o in helped:
            for w in [o, *syn.conjuncts(o)]:
                for t in syn.argument_tokens(w):
                    if _names_party(ctx, t, _is_agent_noun(w)) and ctx.entity_at[t.i] not in found:
                        found.append(ctx.entity_at[t.i])
                    elif (home := _the_country(ctx, t)) is not None and not any(e.code == home.code for e in found):
                        found.append(home)
    return found


def _the_country(ctx: _Ctx, t: Any) -> Entity | None:
    """The story's own state for a bare "the country" or "the nation" ("to help the country's recovery
    program"), as "the government" is its government: the state the story is about, or failing that the
    state it is filed from and names most, or the one state it names at all."""
    if t.lemma_.lower() not in ("country", "nation") or t.tag_ != "NN" or \
            (t.i in ctx.entity_at and ctx.entity_at[t.i].code) or \
            [c.lower_ for c in t.children if c.dep_ not in ("case", "punct")] != ["the"]:
        return None
    home = ctx.focus_country or _dateline_home(ctx) or _sole_story_state(ctx)
    if home is None:
        return None
    return Entity(text=syn.span_text(ctx.doc, *syn.core_phrase(t)), start=t.i, end=t.i + 1, label="AGENT",
                  code=home, sector=None)


TALKS_PREPS = ("in", "during", "at")
RELATION_NOUNS = frozenset({"relationship", "relations", "ties", "dialogue", "cooperation", "partnership", "talks",
                            "negotiations"})


def _earlier_talks_sides(n: Any) -> list[Any]:
    """The sides named for the same talks told in the sentences before a definite "the talks" or "last week's
    talks" that names none ("Talks last week between the EC and the United States failed ... the EC offered a
    compromise in last week's talks"): the objects of the nearest earlier "talks between/with". Empty for
    talks named with "a"/"new" (other talks) or with no earlier sides."""
    if not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "new", "further", "more") for c in n.children):
        return []
    start = syn.sentences_back(n, EARLIER_SENTENCES)
    for t in reversed(n.doc[start:n.sent.start]):
        if t.lower_ == n.lower_ and (sides := syn.prep_objects(t, ("between", "with"))):
            return sides
    return []


def _talks_counterpart(ctx: _Ctx, tok: Any, mine: set[str | None]) -> list[Entity]:
    """The parties of "in its talks with X", "during talks with X", "at a meeting with X" framing the act
    of ``tok`` (or of the verb it governs: "agreed to discuss troop cuts in its talks with Peking"): what
    one side agrees, asks, offers or refuses in talks with another is aimed at that other side, however
    many other countries the act itself is about."""
    if tok is None or tok.pos_ not in ("VERB", "AUX"):
        return []
    verbs, frontier = [tok], [tok]
    for _ in range(3):
        frontier = [c for v in frontier for c in v.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
        verbs += frontier
    heads = verbs + [o for v in verbs for o in v.children if o.dep_ == "dobj"]
    frames = [n for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in TALKS_PREPS
              for n in p.children if n.dep_ == "pobj" and n.lower_ in MEETING_NOUNS]
    # "called for a new relationship with the IMF", "proposed closer ties with Uganda": the relation asked
    # for or offered is with the other side.
    frames += [n for v in verbs for n in [*(c for c in v.children if c.dep_ == "dobj"), *syn.prep_objects(v, ("for",))]
               if n.lemma_.lower() in RELATION_NOUNS]
    found: list[Entity] = []
    for n in frames:
        sides = syn.prep_objects(n, ("with",))
        if not sides and n.lower_ in MEETING_NOUNS and n.tag_ == "NNS":
            # "offered a compromise in last week's talks": the talks told before, between whom they were held.
            sides = _earlier_talks_sides(n)
        for w in sides:
            for x in [w, *syn.conjuncts(w)]:
                s, e = syn.core_phrase(x)
                for i in range(s, e):
                    ent = ctx.entity_at.get(i)
                    if ent is not None and ent.code and ent.code not in mine and ent not in found and \
                            (len(ent.code) == 3 and (ent.code not in NON_STATE_CODES or ent.code in BODY_CODES)):
                        found.append(ent)
    return found


def _named_maker(ctx: _Ctx, tok: Any) -> Any:
    """The maker of the thing the verb trigger acts on, when the sentence names one as a person or body
    ("a lawsuit by fired aide Oliver North"), coded or not; None otherwise."""
    if tok is None or tok.pos_ not in ("VERB", "AUX"):
        return None
    return next((m for m in _object_makers(tok)
                 if m.pos_ == "PROPN" or _is_agent_noun(m) or (m.i in ctx.entity_at and ctx.entity_at[m.i].code)), None)


def _maker_entity(ctx: _Ctx, maker: Any) -> Entity | None:
    """The maker's own code as an entity for the recipient ("fired White House aide Oliver North" -> USA), when
    his phrase gives exactly one code; None otherwise."""
    found = _resolve_head(ctx, maker, context_country=None, role="actor")
    if not any(a.code for a in found) and maker.pos_ == "PROPN" and \
            (earlier := _earlier_name(ctx, maker, None)) is not None:
        found = [earlier]  # "threw out North's suit": the surname of the aide named in full before
    got = {(a.code, a.sector): a for a in found
           if a.code and a.office not in (OWN_ASSET, UNRESOLVED, CONTEXT_GUESS, HOME_GUESS)}
    codes = {code for code, _ in got}
    if len(codes) != 1:
        return None  # (the maker's own state may be the actor's: a judge throwing out an aide's lawsuit)
    a = next(iter(got.values()))
    start, end = syn.core_phrase(maker)
    return Entity(text=a.entity_text, start=start, end=end, label="AGENT", code=a.code, sector=a.sector)


def _content_document_parties(ctx: _Ctx, tok: Any, mine: set[str | None]) -> list[Entity]:
    """The parties of an agreement named again ("the accord") as the subject of the trigger's reported clause
    ("complained the accord breached GATT rules"), from its earlier mention; empty otherwise."""
    if tok is None or tok.pos_ not in ("VERB", "AUX"):
        return []
    for clause in (c for c in tok.children if c.dep_ == "ccomp"):
        subj = syn.first_child(clause, "nsubj", "nsubjpass")
        if subj is not None and _definite_document(ctx, subj):
            parties = _earlier_document_parties(ctx, subj)
            start, end = syn.core_phrase(subj)
            return [Entity(text=a.entity_text, start=start, end=end, label="AGENT", code=a.code, sector=a.sector)
                    for a in parties if a.code not in mine]
    return []


def _aimed_at_party(ctx: _Ctx, sent: Any, tok: Any, actors: list[Actor],
                    skip: set[int] | frozenset[int] = frozenset(), cooperative: bool = False) -> Entity | None:
    """The party of the sentence an act is aimed at, when its syntax names none: the maker of what it answers (a
    lawsuit, a request), the party a complaint is about, the parties of an accord named again, the other side of
    talks, the aim's target, else the first other party the sentence names (not the actors' own, not a town where
    the act is done or a weapon's maker, not another clause's subject), or None."""
    mine = {a.code for a in actors}
    if cooperative and tok is not None and (tok.lemma_.lower() in VISIT_VERBS or _group_meets(tok)):
        # A visit is with its host and a group meeting among itself: the story rules read both.
        return None
    if cooperative:
        # The answers to a lawsuit or complaint and the targets of an aim are the hostile acts' readings: "signed
        # accords for projects by the FAO" is not aimed at the FAO, nor "flocked to join groups in Syria" at Syria.
        # The other side of talks the act is made in still is ("agreed to cut duties on Brazilian wines in its
        # negotiations with Argentina").
        talks = _talks_counterpart(ctx, tok, mine)
        if talks:
            return talks[0] if len({e.code for e in talks}) == 1 else None
        return _sentence_party(ctx, sent, tok, mine, skip, cooperative)
    maker = _named_maker(ctx, tok)
    made_by = _maker_entity(ctx, maker) if maker is not None else None
    if made_by is not None:
        # "A judge dismissed a lawsuit by fired White House aide X over the Iran arms scandal": the act is
        # aimed at the lawsuit's maker, coded by his own phrase, before any other party the sentence names.
        # (A maker nothing codes, "backing a call by the MPD party to have Congress oust the president",
        # leaves the sentence's other parties to be weighed as before.)
        return made_by
    home_maker = _home_maker(ctx, maker, mine) if maker is not None else None
    if home_maker is not None:
        # "The central bank governor rejected a request by exporters to ...": a request the sentence says
        # was made by people of no other state is the actor's own people's, and the act is aimed at them.
        return home_maker
    complained_of = _complained_of(ctx, tok, mine)
    if complained_of is not None:
        # "Ghana complained that creditor banks had imposed harsh terms": a complaint is aimed at whoever
        # did what it is about, the subject of the clause it reports, not at a party of that clause's act.
        return complained_of
    signers = _content_document_parties(ctx, tok, mine)
    if signers:
        # "The E.C. complained the accord breached GATT trade rules": the accord named again is the one
        # told before, and the complaint is aimed at its parties.
        return signers[0]
    talks = _talks_counterpart(ctx, tok, mine)
    if len({e.code for e in talks}) == 1:
        # "demanded quotas during talks with Iceland": the act is aimed at the other side of the talks.
        return talks[0]
    if talks:
        # "called for a new relationship with the IMF and the World Bank": with several on the other
        # side, no one of them is the target; the story rules take them all.
        return None
    for ent in _purpose_targets(ctx, tok):
        # "fired missiles near Kuwait to hit a U.S.-owned ship": the aim names the target.
        if ent.code not in mine and len(ent.code) == 3 and ent.code not in NON_STATE_CODES:
            return ent
    return _sentence_party(ctx, sent, tok, mine, skip)


def _sentence_party(ctx: _Ctx, sent: Any, tok: Any, mine: set[str | None], skip: set[int] | frozenset[int],
                    cooperative: bool = False) -> Entity | None:
    """The first other party the sentence names (``_aimed_at_party``'s last resort), or None; for a cooperative
    act, not one that stands beside it (``_beside_the_act``)."""
    for i in range(sent.start, sent.end):
        if i in skip:
            continue
        ent = ctx.entity_at.get(i)
        if ent is not None and ent.label == "PERSON" and ent.end - ent.start == len(sent.doc[i].text) and \
                (again := _earlier_person(ctx, sent.doc[i])) is not None:
            ent = again  # the story's titled person named again, not the tables' namesake (as for actors)
        # An international body the sentence names is a party as a state is ("criticised a plan still
        # under study by the EC" is aimed at the EC), as in _other_parties_named; left to the story rules,
        # it would lose to the previous event's target or to the story's other state.
        if ent is None or not ent.code or ent.code in mine or len(ent.code) != 3 or \
                (ent.code in NON_STATE_CODES and ent.code not in BODY_CODES):
            continue
        place = ctx.place_at.get(i)
        if place is not None and len(place.text) > len(ent.text) and place.country_code != ent.code:
            continue  # "China" in "the East China Sea" names a sea, not a party
        tok_i = sent.doc[i]
        if _town_where_act_is_done(ctx, tok_i) or _said_made_in(tok_i):
            # "would be pressing in Geneva for more access", "in an interview transmitted from Rome", "fired the
            # Chinese-made missile": where the act is done, where a report comes from or where a weapon was made
            # names no party (as _other_parties_named reads towns and makers when it counts the sentence's
            # parties). (Not any state word on a weapon: "the elimination of U.S.-Soviet missiles" may name the
            # target.)
            continue
        if _in_other_subject(tok_i, tok):
            continue  # the subject of another clause is that clause's actor
        if _in_other_clause(tok_i, tok) or _body_aside(ctx, tok_i, tok):
            continue
        if not _fallback_party(ctx, tok_i, tok):
            # Nor the town in "the Kyoto protocol", where talks are held or a body sits, nor the classifier
            # in "the Iran arms scandal"; and "The minister was due to visit Norway and the ministry refused
            # to give details": a clause with a subject of its own reports an act of its own, whose parties
            # are not this act's.
            continue
        if cooperative and _beside_the_act(ctx, tok_i, tok):
            continue
        return ent
    return None


# Cooperative acts whose other side, when the clause names none, may be the one other party of the sentence.
COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
# Prepositions before a place that say where an act is done or which way it goes ("talks in Paris", "flights over
# Siberia", "flying from the United States"), not with whom.
PASSED_PLACE_PREPS = frozenset({"in", "at", "near", "inside", "over", "across", "through", "via", "from", "into"})
# Prepositions before a town someone goes to or comes from ("left for Washington for talks with the banks"): the
# town is on the way (a country there, "to send a mission to Brazil", may still be whom the act is for).
DESTINATION_PREPS = frozenset({"to", "for", "toward", "towards"})
# A body's rotating chair, which a state holds for a term: "the Belgian presidency of the EC" speaks for the body.
CHAIR_NOUNS = frozenset({"presidency", "chairmanship", "chair"})


def _beside_the_act(ctx: _Ctx, t: Any, tok: Any) -> bool:
    """Whether a coded mention stands beside a cooperative act without being its other side, so that the
    "other party named in the sentence" fallback passes it over: a word outside the act's own phrase ("For
    Poehl, the accord meant the U.S. agreed to ...", "shelved action against West Germany's Lufthansa after
    they agreed ..."), a word inside any subject (co-actors listed with the actor, a commenter), the maker after
    "by" ("projects by the FAO"), a place after a locative preposition or on the way ("the discussions in Paris",
    "flights over Siberia", "flying from the United States", "left for Washington"), a state or town word inside
    the longer name of a thing ("The China Times", "the Delhi Australia Fund"), and the state that holds a body's
    presidency."""
    if tok is not None and t.i != tok.i and tok not in t.ancestors:
        return True
    h = _mention_head(ctx, t)
    below = [t, *(a for a in t.ancestors if tok is None or a in tok.subtree and a.i != tok.i)]
    if any(a.dep_ in ("nsubj", "nsubjpass", "csubj") for a in below):
        return True
    cur = syn.climb(h, ("compound", "amod", "appos", "conj", "poss"))
    if cur.dep_ == "pobj":
        prep, place = cur.head.lower_, ctx.place_at.get(cur.i)
        if prep == "by" or place is not None and (prep in PASSED_PLACE_PREPS or
                                                  prep in DESTINATION_PREPS and (place.resolution or 0) >= 3):
            return True
    if h.dep_ == "compound" and h.head.pos_ == "PROPN" and ctx.entity_at.get(h.head.i) is not ctx.entity_at.get(t.i) \
            and not _is_agent_noun(h.head):
        return True  # the name of a paper, fund or firm, not of a body that acts
    return any(a.lemma_.lower() in CHAIR_NOUNS for a in (h, *list(h.ancestors)[:2]))


# Verbs of complaining whose reported clause says what the complained-of party did.
COMPLAINT_VERBS = frozenset({"complain", "charge", "allege", "protest", "grumble", "lament"})


def _complained_of(ctx: _Ctx, tok: Any, mine: set[str | None]) -> Entity | None:
    """The party a complaint is about: the active subject of the clause the complaining verb reports ("X
    complained that the IMF had imposed ..."), when that subject codes to one party other than the actor's.
    None otherwise (a pronoun, a passive subject, which is who was done to, or the actor's own)."""
    if tok is None or tok.pos_ != "VERB" or tok.lemma_.lower() not in COMPLAINT_VERBS:
        return None
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    subj = syn.first_child(clause, "nsubj") if clause is not None else None
    if subj is None or subj.lower_ in PRONOUNS or subj.tag_ in ("PRP", "EX", "WP", "DT"):
        return None
    found = [a for a in _resolve_head(ctx, subj, context_country=None, role="recipient")
             if a.code and a.office not in (OWN_ASSET, UNRESOLVED, CONTEXT_GUESS, HOME_GUESS)]
    codes = {a.code for a in found}
    if len(codes) != 1 or codes & mine:
        return None
    start, end = syn.core_phrase(subj)
    return Entity(text=found[0].entity_text, start=start, end=end, label="AGENT", code=found[0].code,
                  sector=found[0].sector)


# Things people ask for, which an act on them (granting, rejecting) is aimed back at their makers.
REQUEST_THING_NOUNS = frozenset({"request", "demand", "appeal", "petition", "plea", "application", "bid", "call",
                                 "proposal", "claim"})


def _home_maker(ctx: _Ctx, maker: Any, mine: set[str | None]) -> Entity | None:
    """The actor's own state, with the maker's sector, for the maker of a request acted on that no table codes
    and that names no other state ("a request by exporters", "a petition by textile makers"): people of the
    actor's country, as an uncoded agent of a domestic act is. None for a coded, foreign or sectorless maker,
    or an actor of other than one state."""
    states = {c for c in mine if c and len(c) == 3 and c not in NON_STATE_CODES}
    if len(states) != 1 or len(mine) != 1 or maker.pos_ != "NOUN" or not _is_agent_noun(maker):
        return None
    thing = maker.head.head if maker.dep_ == "pobj" else None
    if thing is None or thing.lemma_.lower() not in REQUEST_THING_NOUNS:
        return None  # ("resisting mediation by church leaders": only a request is aimed back at its makers)
    start, end = syn.core_phrase(maker)
    text = syn.span_text(ctx.doc, start, end)
    if _foreigners(text) or any(i in ctx.entity_at and ctx.entity_at[i].code
                                for i in range(maker.left_edge.i, maker.right_edge.i + 1)):
        return None
    res = resolve_phrase(text, date=ctx.document.published, head=maker.lemma_.lower(), kb=ctx.kb)
    if res is None or res.code or not res.sector:
        return None
    (state,) = states
    return Entity(text=text, start=start, end=end, label="AGENT", code=state, sector=res.sector)


def _in_other_subject(t: Any, tok: Any) -> bool:
    """Whether ``t`` is the subject of a clause other than the trigger's own ("Iraq said ..."), or a word
    inside the subject of the clause that reports the trigger's act ("..., South Korea's military said":
    the country owns the speaker, who reports the act and is no target of it). A word inside the subject
    of a main clause that does not report the act may still be its target ("Israel's premier declared
    ... after militants ambushed a bus"). The climb stops where it meets the trigger or a word above it."""
    above = {a.i for a in tok.ancestors} | {tok.i}
    cur = t
    for _ in range(30):
        if cur.i in above:
            return False
        if cur.dep_ in ("nsubj", "nsubjpass") and cur.head.i != tok.i:
            return cur.i == t.i or _reports(cur.head, tok)
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _reports(verb: Any, tok: Any) -> bool:
    """Whether ``verb`` is a reporting verb whose words hold the trigger's clause ("X fired, Seoul said";
    "Seoul said X fired"): linked to it by a complement or an aside, not by a clause of time or cause."""
    if verb.lemma_.lower() not in syn.REPORTING_VERBS:
        return False
    clause = syn.clause_head(tok)
    if verb.dep_ in ("parataxis", "ccomp") and verb.head.i in {clause.i, *(a.i for a in clause.ancestors)}:
        return True
    cur = clause
    for _ in range(6):
        if cur.head.i == cur.i or cur.dep_ not in ("ccomp", "parataxis", "conj", "xcomp"):
            return False
        cur = cur.head
        if cur.i == verb.i:
            return True
    return False


SEAT_WORDS = frozenset({"based", "headquartered", "registered", "listed"})


def _seat_of(t: Any) -> bool:
    """Whether a place only says where a body sits: "GATT, the Geneva-based trade body", "a
    London-listed miner". The town is no party to what the body or anyone else does."""
    doc = t.doc
    return t.i + 2 < len(doc) and doc[t.i + 1].text in ("-", "–") and doc[t.i + 2].lower_ in SEAT_WORDS


FORUM_PREPS = frozenset({"to", "before"})


def _mention_head(ctx: "_Ctx", t: Any) -> Any:
    """The syntactic head of the coded mention ``t`` belongs to ("the" and "World" in "the World Trade
    Organisation" lead to "Organisation"), so that checks on its role see the whole name."""
    ent = ctx.entity_at.get(t.i)
    cur = t
    for _ in range(8):
        if cur.head.i == cur.i or ctx.entity_at.get(cur.head.i) is not ent:
            break
        cur = cur.head
    return cur


def _body_aside(ctx: "_Ctx", t: Any, tok: Any) -> bool:
    """Whether an international body in the sentence is no target of the act of ``tok``: one inside the
    act's own subject ("GCC members Saudi Arabia and Kuwait are threatening duties") is on the acting
    side, and one after "to" or "before" is the forum a case goes to ("could be dragged to the WTO",
    "took the dispute before the U.N."), not the party the act is aimed at."""
    ent = ctx.entity_at.get(t.i)
    if ent is None or ent.code not in BODY_CODES:
        return False
    chain = {v.i for v in syn.verb_chain(tok)} | {tok.i}
    if any(a.dep_ in ("nsubj", "nsubjpass") and a.head.i in chain for a in (t, *t.ancestors)):
        return True
    cur = syn.climb(_mention_head(ctx, t), ("compound", "amod", "appos", "conj"))
    return cur.dep_ == "pobj" and cur.head.lower_ in FORUM_PREPS


def _seat_only(t: Any) -> bool:
    """Whether a seat ("London-based") is all a phrase says of where its holder is from: for a person
    ("a London-based expert", "London-based ex-travel agent Naresh Goyal") where one works is no
    nationality, nor is the capital its government. A firm's seat is its home ("California-based Wells
    Fargo", "a Paris-based bank"), so it still codes."""
    if not _seat_of(t):
        return False

    based = t.doc[t.i + 2]
    holder = based.head if based.dep_ in ("amod", "acl", "compound", "npadvmod") and based.head.i != based.i else None
    if holder is None:
        return False
    if holder.pos_ == "PROPN":
        return holder.ent_type_ == "PERSON"
    res = resolve_phrase(holder.lemma_.lower(), head=holder.lemma_.lower())
    return holder.pos_ == "NOUN" and (res is None or res.sector != "BUS")


def _in_other_clause(t: Any, tok: Any) -> bool:
    """Whether ``t`` sits in a relative clause, which only describes a noun and so names no party to the
    event of ``tok``: "Germany, which is Chile's largest trading partner, threatened ...". (A verb
    coordinated with the trigger is different: "closed its borders with Syria and blocked the crossing",
    "denied the reports and said U.S. interference would meet a response" share their target.)"""
    above = {a.i for a in tok.ancestors}
    cur = t
    for _ in range(30):
        if cur.i == tok.i or cur.i in above or cur.head.i == cur.i:
            return False
        if cur.dep_ == "relcl":
            return True
        cur = cur.head
    return False


# Currency nouns: a state word on one names money, not a party.
CURRENCY_WORDS = CURRENCY_NAMES
# Codes of international bodies that take a side in an event as a state does.
BODY_CODES = INTERNATIONAL_BODY_CODES


def _other_parties_named(ctx: _Ctx, mine: set[str | None], tok: Any = None) -> set[str]:
    """Codes of the states and international bodies the current sentence names besides ``mine``: not a
    town that only says where ("talks in Geneva"), not where equipment was made, not a country inside
    a longer place name ("the East China Sea"), not a word in a relative clause that only describes,
    nor one inside a subject (of the trigger's clause or of any clause around it), nor, given the
    trigger ``tok``, one in another clause with a subject of its own ("farmers marched through Budapest
    while in Austria growers blocked roads in protest": Hungary is no party to the Austrian protest)."""
    found = set()
    for t, code in _named_states(ctx, mine):
        if _locative_place(ctx, t) or _where_only(ctx, t) or _made_in(t) or _venue_or_route(ctx, t) or \
                any(a.dep_ in ("relcl", "nsubj", "nsubjpass") for a in [t, *t.ancestors]):
            continue  # a clause's subject acts in its own clause: it is nobody's target there
        if not _fallback_party(ctx, t, tok):
            continue
        found.add(code)
    return found


def _named_states(ctx: _Ctx, left_out: set[str | None]) -> Iterator[tuple[Any, str]]:
    """The sentence's words that name a state or an international body that takes a side (``BODY_CODES``), with
    its code, less the codes ``left_out`` and a country that only classifies a longer place name ("the East China
    Sea"): what ``_other_parties_named`` and ``_possible_makers`` each sift by their own tests."""
    for t in ctx.sent_tokens:
        ent = ctx.entity_at.get(t.i)
        if ent is None or not ent.code or ent.code in left_out or len(ent.code) != 3 or \
                (ent.code in NON_STATE_CODES and ent.code not in BODY_CODES):
            continue
        place = ctx.place_at.get(t.i)
        if place is not None and len(place.text) > len(ent.text) and place.country_code != ent.code:
            continue
        yield t, ent.code


# Things a state word before them names as their topic or frame, not as their maker: "the Iran arms scandal",
# "the Iran-contra affair", "GATT trade rules". Whoever acts over such a thing is not acting on that state.
TOPIC_THING_NOUNS = frozenset({"scandal", "affair", "issue", "question", "case", "crisis", "controversy", "row",
                               "rule", "rules", "law", "laws", "regulation", "regulations", "hearing", "hearings"})
# A preposition that puts something inside a framework ("talks under the GATT", "duties under the treaty").
FRAME_PREPS = frozenset({"under"})


def _classifier_head(t: Any) -> Any:
    """The noun a state or body word modifies as a classifier inside a longer noun phrase ("the Iran arms
    scandal" -> "scandal", "GATT trade rules" -> "rules", "the U.S. attack" -> "attack"); None when the
    word is no such modifier."""
    cur = t
    if cur.dep_ not in ("compound", "nmod", "amod", "npadvmod") or cur.head.i == cur.i or \
            (cur.dep_ == "amod" and cur.pos_ != "PROPN"):
        return None  # ("Iranian forces": an adjective of nationality names whose the thing is)
    for _ in range(4):
        cur = cur.head
        if cur.dep_ not in ("compound", "nmod") or cur.head.i == cur.i or cur.head.pos_ not in ("NOUN", "PROPN"):
            break
    return cur if cur.pos_ in ("NOUN", "PROPN") else None


def _modifier_only(ctx: "_Ctx", t: Any) -> bool:
    """Whether a coded state or body word only classifies a thing rather than naming a party: the topic of a
    scandal, affair, issue or case ("a special prosecutor's inquiry into the Iran arms scandal"), the maker of
    rules one breaks ("breached GATT trade rules"), or the frame of "talks under the GATT". A party's own
    agents, plans, agreements, talks and acts keep it ("U.S. producers", "the Uganda trade proposal", "the
    U.S.-Japanese accord", "the U.S. attack"): the fallbacks that look for the sentence's other party skip
    only the classifiers."""
    h = _mention_head(ctx, t)
    if h.dep_ == "pobj" and h.head.lower_ in FRAME_PREPS:
        return True
    if _money_name(h):
        return True
    thing = _classifier_head(h)
    if thing is None:
        return False
    lemma = thing.lemma_.lower()
    return lemma in TOPIC_THING_NOUNS or thing.lower_ in TOPIC_THING_NOUNS


def _without_classifier_code(ctx: "_Ctx", res: Any, start: int, end: int) -> Any:
    """``res`` without the code it took from a name that only classifies a thing inside the phrase
    ("Congressional investigators of the Iran-contra scandal", "a spokesman for the Iran arms affair"): the
    phrase's party is then the one its other names give, else no state at all, and a bare agent noun is left
    to the rules that look for its country. The fallbacks and the scan of a bare agent's phrase already leave
    such names out by the same test (``_modifier_only``); here it reaches the phrase's own resolution."""
    named = [ctx.entity_at[i] for i in range(start, end) if i in ctx.entity_at and ctx.entity_at[i].code]
    classifiers = {id(ctx.entity_at[i]) for i in range(start, end)
                   if i in ctx.entity_at and ctx.entity_at[i].code == res.code and _modifier_only(ctx, ctx.doc[i])}
    if not classifiers:
        return res
    parties = [e for e in named if id(e) not in classifiers]
    if any(e.code == res.code for e in parties):
        return res  # the same state is also named as a party ("Iranian officials in the Iran affair")
    res = copy.copy(res)
    if parties:
        res.code = parties[0].code
        res.sector = res.sector or parties[0].sector
    else:
        res.code = None
    return res


def _money_name(h: Any) -> bool:
    """Whether a state word only names a currency ("reserves held in U.S. dollars", "the Taiwan dollar rose",
    "against the U.S. currency"): money is no party, whoever holds or spends it. (Of an adjective too:
    "Canadian dollars".)"""
    if h.dep_ not in ("compound", "nmod", "amod", "npadvmod") or h.head.i == h.i:
        return False
    money = h.head
    return money.lower_ in CURRENCY_WORDS or money.lemma_.lower() in CURRENCY_WORDS


def _fallback_party(ctx: "_Ctx", t: Any, tok: Any = None) -> bool:
    """The one test every "other party named in the sentence" fallback applies to a coded mention: not a
    town that only says where a body sits, not a report's source, a document's town or a meeting's venue,
    not a bearing, a topic or a classifier inside a longer name ("the Iran arms scandal"), and not a word in
    another clause with a subject of its own. (Whose weapons a hostile act is about, "the elimination of
    U.S.-Soviet missiles", may still name its target.)"""
    if _report_source(t) or _names_document(ctx, t) or _meeting_venue(ctx, t) or _names_meeting_venue(ctx, t) or \
            _seat_of(t) or _bearing_from(ctx, t) or _talked_about(_mention_head(ctx, t)) or _modifier_only(ctx, t):
        return False
    if tok is not None and _speakers_own(ctx, t, tok):
        return False
    return tok is None or not syn.in_separate_clause(t, tok)


# Prepositions after a noun that name whom it is aimed at, not whose it is: "donors to Indonesia", "the envoy to
# Kenya", "campaigners against the regime", "aid to Kenya". (Not "for" or "at": "a spokesman for the ministry" speaks
# for it, "staff at Westpac" work there.)
COUNTERPART_PREPS = frozenset({"to", "toward", "towards", "against"})
# Those who serve the one named after "to": "an adviser to the Kenyan president" is on his side.
SERVING_NOUNS = REPRESENTATIVE_NOUNS | {"adviser", "advisor", "assistant", "secretary", "counsel", "consultant"}


def _agent_counterpart(ctx: "_Ctx", t: Any, head: Any) -> bool:
    """Whether a coded mention inside the actor's phrase headed by ``head`` is the party that phrase faces:
    the object of a preposition pointing away from the head noun ("aid donors to Indonesia pledged", "the
    ambassador to Kenya said", "creditors of Tanzania agreed"). It is the act's counterpart (a recipient
    the fallbacks may still find), never the actor's own country."""
    h = syn.climb(_mention_head(ctx, t), ("compound", "amod", "appos", "conj"))
    if h.dep_ != "pobj" or h.head.dep_ != "prep":
        return False
    prep, noun = h.head, h.head.head
    if noun.pos_ != "NOUN" or noun.i != head.i and not any(c.i == noun.i for c in head.conjuncts) or \
            noun.lemma_.lower() in SERVING_NOUNS:
        return False
    return prep.lower_ in COUNTERPART_PREPS or (prep.lower_ == "of" and _creditors(noun))


def _subject_counterparts(ctx: "_Ctx", tok: Any) -> list[Entity]:
    """The coded parties the trigger's subject phrase faces ("donors to Indonesia", "campaigners against the
    Kenyan government"), by ``_agent_counterpart``; empty for a passive or a subject with none."""
    if syn.is_passive(tok):
        return []
    subj = syn.subject_of(tok)
    if subj is None or subj.pos_ != "NOUN":
        return []
    out: list[Entity] = []
    for t in subj.subtree:
        ent = ctx.entity_at.get(t.i)
        if ent is not None and ent.code and ent not in out and _agent_counterpart(ctx, t, subj):
            out.append(ent)
    return out


# Prepositions that say what a document is about or aimed at, not who issued it ("a statement on Iran").
DOCUMENT_TOPIC_PREPS = frozenset({"on", "about", "over", "against", "to", "for", "concerning", "regarding", "in", "at"})


def _document_issuer(ctx: "_Ctx", h: Any) -> list[Entity]:
    """The issuer of a definite statement, communique or report that names none ("the statement said"): the
    coded parties of the nearest earlier mention of the same document noun within four sentences that names
    them, as its owner or along its own phrase ("a statement issued after a meeting of the IGGI", "a
    communique from the ministers of six Gulf states"), never the topic after "on"/"about"/"against"."""
    lemma = h.lemma_.lower()
    if lemma not in syn.STATEMENT_NOUNS or h.tag_ != "NN" or \
            not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in h.children) or \
            any(c.dep_ in ("poss", "compound", "amod", "prep", "acl") for c in h.children):
        return []
    first = syn.sentences_back(h, 4)
    for t in reversed(ctx.doc[first:h.i]):
        if t.lemma_.lower() != lemma or t.pos_ != "NOUN":
            continue
        found = [ctx.entity_at[w.i] for w in t.subtree if w.i != t.i and w.i in ctx.entity_at and
                 ctx.entity_at[w.i].code and not any(p.dep_ == "prep" and p.lower_ in DOCUMENT_TOPIC_PREPS
                                                     or p.dep_ in ("relcl", "ccomp") for p in _path(w, t))]
        if not found and t.dep_ == "dobj" and (subj := syn.subject_of(t.head)) is not None:
            # "Kenya's foreign ministry issued a statement": who issued it is the subject that put it out
            start, end = syn.core_phrase(subj)
            found = [ctx.entity_at[i] for i in range(start, end) if i in ctx.entity_at and ctx.entity_at[i].code]
        if found:
            return list({e.code: e for e in found}.values())
    return []


def _speakers_own(ctx: "_Ctx", t: Any, tok: Any) -> bool:
    """Whether a coded mention sits in the phrase of the one who reports the trigger's act: "Belgian Trade
    Minister De Croo, who said the community would retaliate" (the antecedent of "who said" included), "the
    Kenyan minister said Nairobi would respond". The speaker's own title says who speaks, not whom the act
    reported is aimed at."""
    reporter = syn.governing_reporter(syn.clause_head(tok))
    if reporter is None or not _reports(reporter, tok):
        return False  # ("declared X irrelevant after militants carried out the ambush": a time clause, no report)
    speaker = syn.subject_of(reporter)
    if speaker is None or speaker.tag_ in ("WDT", "WP", "PRP"):
        return False
    start, end = syn.core_phrase(speaker)
    h = _mention_head(ctx, t)
    return start <= t.i < end or start <= h.i < end


def _report_source(t: Any) -> bool:
    """A word inside "according to ..." ("according to the Egyptian-owned newspaper"): it names who
    reports the event, not a party to it."""
    return any(a.lower_ == "according" for a in t.ancestors)


def _town_where_act_is_done(ctx: _Ctx, t: Any) -> bool:
    """A town after a locative preposition or on the way that hangs on a verb: where an act is done ("would be pressing
    in Geneva") or where a report comes from ("transmitted from Rome"), not who. (One that hangs on a noun may place
    a party's own post there: "closed its liaison office in Johannesburg", "the embassy in Tunis".)"""
    return (_locative_place(ctx, t) or _venue_or_route(ctx, t)) and t.head.head.pos_ in ("VERB", "AUX")


def _venue_or_route(ctx: _Ctx, t: Any) -> bool:
    """A town someone goes to or comes from ("return to Geneva", "reports from London"): a place on
    the way, not a party. (A town after "with" or "against" still stands for its government.)"""
    place = ctx.place_at.get(t.i)
    return place is not None and (place.resolution or 0) >= 3 and t.dep_ == "pobj" and \
        t.head.lower_ in ("to", "from", "into", "via", "toward", "towards")


# Prepositions after a trigger verb that name whom the act is aimed at ("talks with X", "a protest to X").
TARGET_PREPS = ("with", "against", "to", "toward", "towards", "at", "on")


def _object_makers(tok: Any) -> list[Any]:
    """Who made the thing a verb trigger acts on, as the thing's own phrase names them: its "by" phrase ("dismissed
    a lawsuit by a former aide", "the lawsuit filed by ..."). Acting on a thing made by someone is aimed at its
    maker (PLOVER's recipient), whoever else the sentence names. Empty for a thing with no maker named. (A
    possessor may be the one the thing is done to: "described Mr Sigarchi's sentence as harsh".)"""
    things = [c for c in tok.children if c.dep_ == "dobj" or (c.dep_ == "nsubjpass" and syn.is_passive(tok))]
    out = []
    for thing in things:
        if thing.pos_ != "NOUN" or _is_agent_noun(thing):
            continue  # ("accused the bankers": the object is the party itself)
        out += syn.prep_objects(thing, ("by",))
        out += [a for c in thing.children if c.dep_ == "acl" for a in [syn.agent_of(c)] if a is not None]
    if things and not syn.is_passive(tok):
        # An active verb has no agent phrase: the parser's "by" on the verb ("dismissed a lawsuit by a former
        # aide") belongs to the object. (Only a party word: "rejected the plan by a wide margin".)
        out += [m for m in syn.prep_objects(tok, ("by",)) if m.pos_ == "PROPN" or _is_agent_noun(m)]
    return [m for m in out if m.lower_ not in PRONOUNS]


# People named by their post in a firm or body ("a clerk of Westpac", "an executive at Fiat"); agent nouns of
# the tables ("an official of", "a spokesman for") count as well.
STAFF_NOUNS = frozenset({"clerk", "executive", "director", "manager", "employee", "officer", "chairman", "president",
                         "dealer", "accountant", "partner", "teller", "cashier", "broker", "aide", "assistant"})


def _staff_target(ctx: _Ctx, tok: Any, noun: bool) -> str | None:
    """The trigger's object when it is a person named by his post in a body no table codes ("charged a former
    currency clerk of Westpac Banking Corp", "arrested an executive at a trading house"): the act is aimed at
    the person, one of the story's people, not at the firm; the phrase up to the body. None otherwise."""
    if noun or tok is None:
        return None
    for h in (c for c in tok.children if c.dep_ in ("dobj", "dative") or (c.dep_ == "nsubjpass" and syn.is_passive(tok))):
        if h.pos_ != "NOUN" or not (h.lemma_.lower() in STAFF_NOUNS or _is_agent_noun(h)):
            continue
        for prep in (c for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "at", "with", "for")):
            body = [t for t in prep.subtree if t.ent_type_ == "ORG" or t.i in ctx.entity_at]
            if body and not any(t.i in ctx.entity_at and ctx.entity_at[t.i].code for t in body):
                return syn.span_text(ctx.doc, syn.core_phrase(h)[0], prep.i)
    return None


def _target_heads(tok: Any, noun: bool) -> list[Any]:
    """The heads of the phrases a trigger aims its act at: its object, a passive subject, a target
    preposition's object ("with", "against", "to" ...), whom a thing is taken from, a named maker."""
    heads = [] if noun else [c for c in tok.children if c.dep_ in ("dobj", "dative")
                             or (c.dep_ == "nsubjpass" and syn.is_passive(tok))]
    heads += syn.prep_objects(tok, TARGET_PREPS + (("of",) if noun else ()))
    if not noun and tok.lemma_.lower() in TAKING_VERBS:
        # "seized the shares, which represent a stake in the firm, from the bank": whom a thing is taken from,
        # wherever the parse hung "from" in the thing's phrase.
        heads += [o for t in [tok] + [x for c in tok.children if c.dep_ == "dobj" for x in c.subtree]
                  for o in syn.prep_objects(t, ("from",))]
    for obj in list(heads):
        if not noun and obj.dep_ == "dobj" and obj.pos_ == "NOUN":
            heads += syn.prep_objects(obj, TARGET_PREPS)  # "started talks with the Kurdish leaders"
    if not noun:
        # "dismissed a lawsuit by former aide Oliver North": a named maker. (A maker named by his kind, "mediation
        # by a Catholic priest", is one of the story's people, left to the story rules.)
        heads += [m for m in _object_makers(tok) if m.pos_ == "PROPN"]
    return heads


def _uncoded_named_target(ctx: _Ctx, tok: Any, noun: bool) -> tuple[str, bool] | None:
    """The trigger's target phrase when it carries a name no table codes ("accused Oliver Finegold of
    the Evening Standard", "reject the European constitution"), and whether the name is a person's or
    an organisation's (rather than a thing's, named after a people): the sentence says whom the act is
    aimed at, so the story's country is no stand-in for it. None when the target is unnamed ("rejected
    the plans"), is coded or a place, or is a pronoun."""
    for h in _target_heads(tok, noun):
        if h.pos_ == "PRON":
            continue
        start, end = syn.core_phrase(h)
        phrase = [ctx.doc[i] for i in range(start, end)]
        if any(t.i in ctx.entity_at and ctx.entity_at[t.i].code for t in phrase) or \
                any(t.i in ctx.place_at for t in phrase):
            continue  # a coded party or a place: the older rules have had their say on it
        party = next((t for t in phrase if t.ent_type_ in ("PERSON", "ORG")), None)
        if party is not None:
            # "Oliver Finegold", "Hereford's decision": the named person or body is the target.
            if party.i == h.i or _titled(h):
                return syn.span_text(ctx.doc, start, end), True
            ent = next((e for e in ctx.doc.ents if e.start <= party.i < e.end), None)
            return (ent.text if ent is not None else party.text), True
        if _firm_name(ctx, phrase):
            # "seized the shares from the <United Coconut Planters Bank>": a firm's name the NER took for none.
            return syn.span_text(ctx.doc, start, end), True
        if h.ent_type_ != "NORP" and any(t.ent_type_ == "NORP" for t in phrase):
            # "the European constitution": a thing named after a people. (A people itself, "dissident
            # Kurds", is left to the story: it is the story's people, or the other country's.)
            return syn.span_text(ctx.doc, start, end), False
    return None


# Nouns for people no actor table lists ("visiting fans", "shareholders"); as a target they name whom an act
# is aimed at, though not of which country.
UNTABLED_PEOPLE_NOUNS = frozenset({"fan", "shareholder", "stockholder", "bondholder", "creditor", "depositor",
                                   "spectator", "viewer", "listener", "taxpayer", "pensioner", "passenger",
                                   "consumer", "customer", "supporter"})
# Sectors of a state's own agents and of armed groups: a target in one of them may be the other country's (its
# government, its forces, the rebels it backs), and the guess stands.
STATE_AGENT_SECTORS = frozenset({"GOV", "LEG", "JUD", "COP", "MIL", "SPY", "REB", "UAF", "INS"})


def _uncoded_society_target(ctx: _Ctx, tok: Any, noun: bool) -> str | None:
    """The trigger's target phrase when its head is a noun for people or a body outside any state's
    agents, with no country of its own ("pleaded with visiting fans not to protest", "urged shareholders
    to hold on", "appealed to the traders"): the clause names whom the act is aimed at, and that party is
    no state, so the other country of a two-country story does not stand in for it. None for a coded
    phrase, a place, a pronoun, a state's agents or an armed group ("urged the authorities"), and for a
    word that may name force: in a two-country conflict force falls on the other side's people."""
    acts = ctx.lexicon.noun_candidates(tok.lemma_) if noun else ctx.lexicon.verb_candidates(tok.lemma_)
    if any(ctx.lexicon.quad(a.plover) == 4 for a in acts):
        return None  # (a word that may name force, "clashed with youths", "attacked the settlers")
    heads = _target_heads(tok, noun)
    if not noun:
        # "pleaded with fans not to protest", "urged shareholders to sell": the parser makes the one asked the
        # subject of the infinitive, under the preposition or the verb.
        clauses = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")] + \
            [v for p in tok.children if p.dep_ == "prep" and p.lower_ in TARGET_PREPS for v in p.children if v.dep_ == "pcomp"]
        heads += [s for v in clauses if any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)
                  for s in v.children if s.dep_ == "nsubj"]
    for h in heads:
        if h.pos_ != "NOUN" or ctx.lexicon.noun_candidates(h.lemma_.lower()) or \
                (h.tag_ != "NNS" and not any(c.dep_ in ("det", "poss") for c in h.children)):
            # (a noun of an act, or a bare singular one, "expressed opposition to the merger", is what is done, not
            # whom it is aimed at: people are "fans", "the bank", "any villager")
            continue
        start, end = syn.core_phrase(h)
        phrase = [ctx.doc[i] for i in range(start, end)]
        if any(t.i in ctx.entity_at and ctx.entity_at[t.i].code for t in phrase) or \
                any(t.i in ctx.place_at for t in phrase):
            continue
        lemma = h.lemma_.lower()
        if lemma in UNTABLED_PEOPLE_NOUNS:
            return syn.span_text(ctx.doc, start, end)
        ent = ctx.entity_at.get(h.i)
        sector = ent.sector if ent is not None else ((res := resolve_phrase(lemma)) and res.sector)
        if sector and sector not in STATE_AGENT_SECTORS and _is_agent_noun(h):
            return syn.span_text(ctx.doc, start, end)
    return None


# pty30: people named by the body they serve, who speak or deal for it ("representatives of X Corp", "X Corp
# executives"); not its workers, whom the golds code as labour.
FIRM_PEOPLE_NOUNS = frozenset({"representative", "official", "executive", "officer", "spokesman", "spokeswoman",
                               "spokesperson", "negotiator", "banker", "director", "manager", "chairman", "president",
                               "head", "chief", "lawyer", "delegate", "delegation", "team"})


def _firm_people(ctx: _Ctx, h: Any, role: str = "actor") -> str | None:
    """The firm's name (``_firm_name``) that a noun for its people ("representatives", "officials") is named by: in the
    noun's "of"/"for"/"from"/"at" phrase, its possessor, or the capitalised words before it ("Chase Manhattan Bank
    Corp officials"); for an actor, also a name the story gave a firm before (``_story_firm``: "a Citicorp
    spokesman" after "Citicorp Inc"). None for other nouns, and where a state's name inside the firm's words
    codes it."""
    if h.pos_ != "NOUN" or h.lemma_.lower() not in FIRM_PEOPLE_NOUNS:
        return None
    names = [list(ctx.doc[o.left_edge.i:o.i + 1]) for o in syn.prep_objects(h, ("of", "for", "from", "at"))]
    names += [list(ctx.doc[c.left_edge.i:c.i + 1]) for c in h.children if c.dep_ == "poss"]
    before = [t for t in ctx.doc[h.left_edge.i:h.i] if t.dep_ in ("compound", "punct") or t.text[:1].isupper()]
    if before and before[-1].i == h.i - 1:
        names.append([t for t in before if t.dep_ != "det"])
    for name in names:
        name = [t for t in name if t.tag_ != "POS"]
        if name and (_firm_name(ctx, name) or (role == "actor" and _story_firm(ctx, name))) and not any(
                t.i in ctx.entity_at and (ctx.entity_at[t.i].code or "") not in ("", "MNC") for t in name):
            return " ".join(t.text for t in name)
    return None


def _story_firms(ctx: _Ctx) -> frozenset[str]:
    """The names the story gives firms, lower-cased and without their endings: the capitalised words (up to four)
    before a firm's word ("Citicorp Inc", "Chase Manhattan Bank Corp") or before the wire's ticker in angle
    brackets ("Mobil <MOB>"). A wire names a firm in full once and by its bare name after ("a Citicorp spokesman",
    "Mobil officials"). Not a public bank's name ("World Bank"), nor one holding a place or a state's party
    ("Japan Air Lines Co"), whose people the older rules read. Read once a story."""
    if ctx.story_firms is not None:
        return ctx.story_firms
    doc, found = ctx.doc, set()
    for t in doc:
        ticker = t.text == "<" and t.i + 2 < len(doc) and doc[t.i + 2].text == ">" and doc[t.i + 1].text.isupper()
        if not (ticker or (t.text[:1].isupper() and t.lower_.rstrip(".") in FIRM_NAME_ENDINGS)):
            continue
        run = []
        for i in range(t.i - 1, max(-1, t.i - 6), -1):
            if not doc[i].text[:1].isupper() or not doc[i].text.rstrip(".").replace("&", "").replace("-", "").isalpha():
                break
            run.insert(0, doc[i])
        while run and run[-1].lower_.rstrip(".") in FIRM_NAME_ENDINGS:
            run.pop()  # "Chase Manhattan Bank Corp": the name without its endings
        while run and run[0].lower_ in ("the", "a", "an"):
            run.pop(0)
        if not run or len(run) > 4 or any(w.lower_ in PUBLIC_BANK_WORDS for w in run) or any(
                w.i in ctx.place_at or (w.i in ctx.entity_at and ctx.entity_at[w.i].code not in (None, "MNC"))
                for w in run):
            continue
        found.add(" ".join(w.lower_ for w in run))
    ctx.story_firms = frozenset(found)
    return ctx.story_firms


def _story_firm(ctx: _Ctx, phrase: list[Any]) -> bool:
    """Whether a phrase's capitalised words are a name the story gives a firm (``_story_firms``): "Citicorp" in
    "a Citicorp spokesman" after "Citicorp Inc", and its leading words ("a spokesman for Zenith" after "Zenith
    Electronics Corp")."""
    names = [t.lower_ for t in phrase if t.text[:1].isupper() and t.lower_ not in ("the", "a", "an")]
    return bool(names) and any(f == " ".join(names) or f.startswith(" ".join(names) + " ") for f in _story_firms(ctx))


def _named_firm(ctx: _Ctx, tok: Any, text: str) -> bool:
    """Whether the target text ``_uncoded_named_target`` found names a firm (``_firm_name`` on its tokens in the
    trigger's sentence)."""
    sent = tok.sent
    at = ctx.doc.text.find(text, sent.start_char, sent.end_char)
    if at < 0:
        return False
    span = ctx.doc.char_span(at, at + len(text), alignment_mode="expand")
    return span is not None and _firm_name(ctx, list(span))


# Verbs of taking something from someone: whom it is taken from ("seized the shares from X") is the target.
TAKING_VERBS = frozenset({"seize", "confiscate", "expropriate", "nationalise", "nationalize", "impound",
                          "requisition", "wrest", "strip", "revoke"})
# (FIRM_NAME_ENDINGS, the last word of a firm's name, lives in actors._resolve, which reads firms named after towns.)
# Words that make a bank a state's or a body's of states, not a firm.
PUBLIC_BANK_WORDS = frozenset({"central", "national", "state", "reserve", "world", "development", "of"})


def _firm_name(ctx: _Ctx, phrase: list[Any]) -> bool:
    """Whether a phrase names a firm: a capitalised name that ends in a firm's word ("... Trust Co", "... Planters
    Bank"), or one the wire marks as a company by writing it in angle brackets ("<Barwon Farmlands Ltd>"). A
    central, national or development bank is a state's or a body's, not a firm."""
    names = [t for t in phrase if t.text[:1].isupper() and t.text.rstrip(".").isalpha()]  # "Corp." too
    if len(names) < 2 or any(t.lower_ in PUBLIC_BANK_WORDS for t in phrase):
        return False
    last = names[-1]
    if last.lower_.rstrip(".") in FIRM_NAME_ENDINGS:
        return True
    text = ctx.doc.text
    return text[max(0, names[0].idx - 1):names[0].idx] == "<" and ">" in text[last.idx:last.idx + len(last.text) + 2]


# Words that put a target outside the story's country ("an international fund", "foreign lenders"), and
# nouns for states or their backers that, in the plural or after "other", are not the story's one country
# ("developing countries", "other donors").
ABROAD_WORDS = {"international", "foreign", "overseas", "global", "multinational", "worldwide", "developing"}
STATE_NOUNS = STATE_HEADS | {"donor", "creditor", "lender", "ally", "partner", "neighbour", "neighbor", "power",
                            "economy"}
# A country's own offices and policies towards the world ("the foreign ministry", "its foreign policy").
OWN_FOREIGN_AFFAIRS = {"policy", "ministry", "office", "minister", "secretary", "affairs", "service", "relations",
                       "trade"}


# Verbs that answer a claim, and the nouns for claims made against someone.
ANSWER_VERBS = frozenset({"reject", "deny", "dismiss", "refute", "rebut", "repudiate"})
CHARGE_NOUNS = frozenset({"accusation", "charge", "allegation", "claim"})


def _answered_accusers(ctx: _Ctx, tok: Any, actors: list[Actor]) -> list[Actor]:
    """The makers of "these accusations" that the trigger rejects or denies: when the trigger's object is an
    accusation, charge, allegation or claim pointed back to ("these", "the", "such") with no owner of its
    own, and the latest event with a named target, in this or the previous sentence, was aimed at the
    actor, that event's actors made the charges. Empty otherwise."""
    if tok.lemma_.lower() not in ANSWER_VERBS or ctx.last_dyad is None or not actors:
        return []
    obj = syn.first_child(tok, "dobj")
    if obj is None or obj.lemma_.lower() not in CHARGE_NOUNS or \
            not any(c.dep_ == "det" and c.lower_ in ("these", "the", "those", "such", "this", "that") for c in obj.children) or \
            any(c.dep_ in ("poss", "compound", "amod") and (c.i in ctx.entity_at or c.ent_type_) for c in obj.children) or \
            syn.prep_objects(obj, ("by", "from", "of", "that")):
        return []
    prev_actors, prev_recipients, prev_sent, _ = ctx.last_dyad
    mine = {a.code for a in actors if a.code}
    if ctx.sent_index - prev_sent > 1 or not mine or not mine <= {r.code for r in prev_recipients}:
        return []
    return [_actor("(the accusers)", code, sector, office=CONTEXT_GUESS)
            for code, sector in sorted(prev_actors, key=lambda p: (p[0] or "", p[1] or "")) if code not in mine]


def _plural_states(phrase: str) -> bool:
    """Whether a target phrase found by ``_target_abroad`` names several states or their backers ("industrialised
    countries", "other donors"), rather than one body abroad ("an international fund")."""
    words = phrase.lower().split()
    return bool(words) and (words[-1] in {n + "s" for n in STATE_NOUNS} | {"countries", "economies", "allies"}
                            or ("other" in words and words[-1].rstrip("s") in STATE_NOUNS))


def _target_abroad(ctx: _Ctx, tok: Any, noun: bool, *, uncoded: bool = False) -> str | None:
    """The trigger's uncoded target phrase when it says the target is abroad or another state ("pledged
    money to an international fund", "urged other donors", "pushed free trade on developing countries"):
    the story's own country is then no stand-in for it. None otherwise."""
    heads = [] if noun else [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    heads += syn.prep_objects(tok, TARGET_PREPS + (("of",) if noun else ()))
    for obj in list(heads):
        if not noun and obj.dep_ == "dobj" and obj.pos_ == "NOUN":
            # With ``uncoded`` (a group of states as target), also whose the object is: "blamed the
            # intransigence of some big countries" blames those countries. (A meeting "of" states is made
            # of them, not aimed at them: "will discuss the summit of the seven industrial nations".)
            own = uncoded and obj.lemma_.lower() not in MEETING_NOUNS and obj.lower_ not in MEETING_NOUNS
            heads += syn.prep_objects(obj, TARGET_PREPS + (("of",) if own else ()))
    for h in heads:
        if h.pos_ not in ("NOUN", "PROPN") or h.i in ctx.entity_at or h.i in ctx.place_at:
            continue
        mods = {c.lower_ for c in h.children if c.dep_ in ("amod", "compound", "det", "nmod")}
        if (mods & ABROAD_WORDS and h.lemma_.lower() not in OWN_FOREIGN_AFFAIRS) or \
                (h.lemma_.lower() in STATE_NOUNS and (h.tag_ == "NNS" or "other" in mods)):
            start, end = syn.core_phrase(h)
            if uncoded and any(i in ctx.entity_at and ctx.entity_at[i].code for i in range(start, end)):
                continue  # "EC countries": the members of a coded body, which stands for them
            return syn.span_text(ctx.doc, start, end)
    return None


def _deep_target_heads(tok: Any, noun: bool) -> list[Any]:
    """pty29: parties named deeper in the act's object than its own target: the objects of a verb the
    trigger governs ("threatened to scuttle X", "pledged to pay X"), and, in each object, whom it is for or
    whose it is ("a replenishment for the bank", "10% of the bank's capital"). Only nouns; the caller tests them."""
    if noun:
        objs = [tok]
    else:
        verbs = [tok, *(c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB")]
        objs = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "dative")]
        objs += [o for v in verbs[1:] for o in syn.prep_objects(v, TARGET_PREPS)]
    out: list[Any] = []
    seen: set[int] = set()
    while objs:
        obj = objs.pop()
        if obj.i in seen or obj.pos_ not in ("NOUN", "PROPN", "NUM", "SYM"):
            continue
        seen.add(obj.i)
        if obj.i != tok.i:
            out.append(obj)
        objs += [c for c in obj.children if c.dep_ == "poss"]
        objs += syn.prep_objects(obj, ("for", "of"))  # "10% of the debt bill", "a replenishment for the bank"
    return out


# The head nouns of bodies of states that a story names again with "the" ("the bank", "the fund", "the community").
BODY_HEAD_NOUNS = frozenset({"bank", "fund", "agency", "organisation", "organization", "community", "commission",
                             "institution"})
# Words that make ministers one state's own ("a meeting of cabinet ministers", "senior ministers").
HOME_MINISTER_WORDS = frozenset({"cabinet", "senior", "junior", "top", "key", "leading", "state", "provincial",
                                 "regional", "government", "party", "shadow", "former"})


def _several_states(ctx: _Ctx, t: Any) -> bool:
    """pty29: whether ``t`` in a gathering's phrase says the gathering is one of several states: states in the plural
    ("90 nations"), their ministers by subject ("trade ministers", not "cabinet ministers" or "his ministers"), a
    coded body of states, or a word that puts it abroad ("an international conference")."""
    lemma = t.lemma_.lower()
    if t.tag_ in ("NNS", "NNPS") and lemma in STATE_NOUNS | {"delegation"}:
        return True
    if t.tag_ in ("NNS", "NNPS") and lemma == "minister":
        mods = [c for c in t.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
        return bool(mods) and not any(c.dep_ == "poss" or c.lower_ in HOME_MINISTER_WORDS for c in mods)
    return (t.i in ctx.entity_at and ctx.entity_at[t.i].code in BODY_CODES) or \
        (t.dep_ in ("amod", "compound") and t.lower_ in ABROAD_WORDS)


GATHERING_NOUNS = MEETING_HEADS | {"gathering", "talks", "forum", "negotiations", "round", "ministerial"}


def _interstate_gathering(ctx: _Ctx, g: Any) -> bool:
    """pty29: whether ``g`` is a gathering of several states ("the informal meeting of trade ministers", "an
    international conference"), by ``_several_states`` on its own phrase."""
    if g.lemma_.lower() not in GATHERING_NOUNS and g.lower_ not in GATHERING_NOUNS:
        return False
    return any(_several_states(ctx, t) for t in g.subtree if t.i == g.i or not _in_other_clause_of(t, g))


def _in_other_clause_of(t: Any, g: Any) -> bool:
    """Whether ``t`` lies in a clause of its own inside ``g``'s phrase ("the meeting, which Canada hosted")."""
    x = t
    while x.i != g.i:
        if x.dep_ in ("relcl", "acl", "advcl", "ccomp"):
            return True
        x = x.head
    return False


def _within_subject(tok: Any) -> bool:
    """Whether a noun lies inside a clause's subject ("the official in charge of the round of trade talks is in
    Washington"): it then describes the actor, and says nothing of whom the act is aimed at."""
    x = tok
    while x.head.i != x.i and x.pos_ not in ("VERB", "AUX"):
        if x.dep_ in ("nsubj", "nsubjpass"):
            return True
        x = x.head
    return False


# The party the other members of a gathering of several states stand for: as the golds code "delegates from 22
# countries", an intergovernmental one.
GATHERING_OF_STATES = Entity(text="(the gathering's members)", start=0, end=0, label="IGO", code="IGO")


def _target_body_abroad(ctx: _Ctx, tok: Any, noun: bool) -> tuple[str, Any] | None:
    """pty29: the trigger's uncoded target when it is a body of states or its members, named by a common noun: the
    other members of a gathering of several states that is the trigger or its object ("told the informal meeting
    of trade ministers", "will attend the meeting of trade ministers", "visits Washington for the IMF meeting"),
    or "the bank", "the fund" repeating a coded body of states the story named before ("the Inter-American
    Development Bank ... a replenishment for the bank"). Its phrase and the party that stands for it: the story's
    country is no stand-in for either."""
    if noun and _interstate_gathering(ctx, tok) and not _within_subject(tok):
        # "her talks at the informal meeting of trade ministers": the meeting's other members are its targets
        return syn.span_text(ctx.doc, *syn.core_phrase(tok)), GATHERING_OF_STATES
    heads = [] if noun else [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    heads += syn.prep_objects(tok, TARGET_PREPS)
    for h in [*heads, *_deep_target_heads(tok, noun)]:
        if h.pos_ != "NOUN" or (h.i in ctx.entity_at and ctx.entity_at[h.i].code) or h.i in ctx.place_at:
            continue  # (an agent noun no table codes, "the bank", is still to be read)
        if (h.head.i == tok.i or h.head.head.i == tok.i) and _interstate_gathering(ctx, h):
            # "will attend the informal meeting of trade ministers", "spoke at an international conference"
            return syn.span_text(ctx.doc, *syn.core_phrase(h)), GATHERING_OF_STATES
        start, end = syn.core_phrase(h)
        if h.tag_ == "NN" and end - start == 2 and ctx.doc[start].lower_ == "the" and \
                h.lemma_.lower() in BODY_HEAD_NOUNS and (body := _earlier_body(ctx, h)) is not None and \
                body.code in BODY_CODES:
            return syn.span_text(ctx.doc, start, end), body
    return None


# Symmetric acts: parties named together as the subject act with one another ("the union and the company
# agreed to resume talks", "Blair and Chirac met"), so each is an actor and none is aimed at a third party.
JOINT_VERBS = frozenset({"agree", "meet", "negotiate", "talk", "confer", "cooperate", "collaborate", "reconcile",
                         "sign", "ally", "discuss"})
JOINT_NOUNS = MEETING_NOUNS | DOCUMENT_NOUNS | {"deal", "cooperation", "alliance", "partnership", "reconciliation"}
# Instruments that states make with other states: a state that signs or joins one acts towards its
# partners abroad, not towards its own government.
INTERSTATE_DOCUMENTS = frozenset({"treaty", "treaties", "convention", "conventions", "charter", "protocol"})


# What an international body says to a country in its review of it: advice, praise and criticism.
BODY_ADVICE_VERBS = frozenset({"urge", "recommend", "advise", "press", "praise", "criticise", "criticize",
                               "commend", "warn", "demand", "suggest"})


# A state's own affairs: its constitution, elections and its people's civil disobedience ("an amendment" alone
# may be to a trade bill aimed abroad).
HOME_AFFAIR_WORDS = frozenset({"constitution", "constitutional", "election", "electoral", "referendum",
                               "disobedience", "impeachment", "reshuffle"})


def _home_affair(tok: Any, noun: bool) -> str | None:
    """The word of the trigger's object (or, for a noun trigger, of its own phrase) that makes it a state's
    own affair ("called for a constitutional amendment", "launched a campaign of civil disobedience", "a
    referendum on ..."); None otherwise."""
    heads = [tok] if noun else [c for c in tok.children if c.dep_ == "dobj"] + syn.prep_objects(tok, ("for",))
    heads += [p for h in list(heads) for p in syn.prep_objects(h, ("of", "for"))]
    for h in heads:
        for w in (h, *(c for c in h.children if c.dep_ in ("amod", "compound"))):
            if w.lemma_.lower() in HOME_AFFAIR_WORDS or w.lower_ in HOME_AFFAIR_WORDS:
                return w.text
    return None


def _joint_act(tok: Any, actors: list[Actor]) -> bool:
    """Whether the trigger is a symmetric act of two or more named parties: a joint verb ("agreed", "met",
    "clashed"), a joint noun ("talks"), or a verb whose object is one ("reached agreement", "held talks",
    "struck a deal"). The parties are then all actors (PLOVER's reciprocal events), and each is also the
    others' recipient, as the golds code "X and Y agreed" (X+Y -> X+Y); no third party of the story is."""
    if tok is None or not _joint_word(tok) and \
            not any(c.dep_ in ("dobj", "nsubjpass") and _joint_word(c) for c in tok.children):
        return False
    return len({a.entity_text.lower() for a in actors if a.office != CONTEXT_GUESS}) >= 2


# Hostile acts that two sides do to each other when named together ("Kenya and Uganda clashed").
HOSTILE_JOINT_WORDS = frozenset({"clash", "clashes", "skirmish", "skirmishes", "fight", "fighting", "battle"})


def _joint_word(t: Any) -> bool:
    return t.lemma_.lower() in JOINT_VERBS | JOINT_NOUNS | HOSTILE_JOINT_WORDS or \
        t.lower_ in JOINT_NOUNS | HOSTILE_JOINT_WORDS


# Verbs of a done joint act that binds its parties to each other, and the ties one establishes.
MUTUAL_VERBS = frozenset({"sign", "establish", "restore", "resume"})
TIE_NOUNS = frozenset({"relation", "relations", "tie", "ties"})


def _made_with_each_other(tok: Any, noun: bool, actors: list[Actor]) -> bool:
    """Whether an active verb trigger is the signing of something ("signed a loan agreement") or the
    establishing of ties ("established diplomatic relations") by two or more parties of different codes."""
    if tok is None or noun or tok.pos_ != "VERB" or tok.lemma_.lower() not in MUTUAL_VERBS:
        return False
    if len({a.code for a in actors if a.code and a.office != CONTEXT_GUESS}) < 2:
        return False
    if tok.lemma_.lower() == "sign":
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in TIE_NOUNS for c in tok.children)


GATHER_VERBS = frozenset({"meet", "confer", "convene", "talk"})


def _group_meets(tok: Any) -> bool:
    """"U.S. officials had been meeting on a response", "the ministers will meet in Brussels": a group that
    meets with nobody named meets among itself, so its members are each other's counterparts (as for
    "each other"), not another party of the story."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in GATHER_VERBS:
        return False
    subj = syn.first_child(tok, "nsubj")
    if subj is None or subj.tag_ != "NNS" or not _is_agent_noun(subj):
        return False
    return not any(c.dep_ in ("dobj", "dative") for c in tok.children) and not syn.prep_objects(tok, ("with",))


def _interstate_document(ctx: _Ctx, tok: Any, noun: bool) -> str | None:
    """The trigger's object when it is a treaty, convention, charter or protocol that names no party
    ("Russia has signed the charter", "ratified the convention on desertification"): made with other
    states, so the story's own government is no stand-in for the other side."""
    if tok is None or noun:
        return None
    for h in (c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")):
        if h.lemma_.lower() in INTERSTATE_DOCUMENTS or h.lower_ in INTERSTATE_DOCUMENTS:
            start, end = syn.core_phrase(h)
            if not any(i in ctx.entity_at and ctx.entity_at[i].code for i in range(start, end)):
                return syn.span_text(ctx.doc, start, end)
    return None


def _active_subject(tok: Any, noun: bool) -> Any:
    """The subject of an active verb trigger ("many blame ...", "the former minister has died"); None for a
    passive ("40 protesters were arrested") or a noun trigger. (The caller leaves an unresolved "it" or
    "they" to the old guess, unless it is the one affected: either may stand for the government.)"""
    if noun or getattr(tok, "pos_", "") not in ("VERB", "AUX") or syn.is_passive(tok):
        return None
    return syn.first_child(tok, "nsubj")


# The state and its forces: a target in one of these sectors is no act of the state's own government.
STATE_FORCE_SECTORS = frozenset({"GOV", "COP", "MIL"})


def _uncoded_passive_agent(tok: Any, noun: bool) -> Any:
    """The "by" agent of a passive verb trigger, when the caller found no actor in it ("was criticised by
    a think-tank"); None for an active verb, a noun trigger, or a passive with no agent."""
    if noun or getattr(tok, "pos_", "") not in ("VERB", "AUX") or not syn.is_passive(tok):
        return None
    return syn.agent_of(tok)


# How a party guessed as the other country of a two-country story reads in the output.
OTHER_COUNTRY_GUESS = "(the story's other country)"


def _story_parties(ctx: _Ctx, actors: list[Actor], recipients: list[Actor], notes: list[str], *,
                   tok: Any = None, noun: bool = False, plover: str | None = None) -> None:
    """Fill a side the sentence leaves empty from what the whole story is about, as a human coder
    does: in a story about two countries one country's move is aimed at the other ("Britain urged
    an end to the violence" in a story about Britain and China), and in a story mainly about one
    country its own people's moves are aimed at its government or people ("the opposition is resisting
    mediation"); with only the target named, the act is the other side's ("438 Libyans were taken
    prisoner" in a Chad-Libya story). The filled party is marked CONTEXT_GUESS: it is no evidence
    that an event happened (no confidence), is never carried to a later sentence, and reads as
    "(the story's ...)" in the output so that an analyst sees it was inferred."""
    def single_state(side: list[Actor]) -> str | None:
        codes = {a.code for a in side if a.code and len(a.code) == 3 and a.code not in NON_STATE_CODES}
        return next(iter(codes)) if len(codes) == 1 else None

    pair, home = ctx.story_pair, ctx.focus_country
    named_target = _uncoded_named_target(ctx, tok, noun) if tok is not None and not recipients else None
    talks = _talks_counterpart(ctx, tok, {a.code for a in actors}) if not recipients and actors and not noun else []
    accusers = _answered_accusers(ctx, tok, actors) if tok is not None and not recipients and not noun else []
    if accusers:
        # "Moscow accused Washington of arming the rebels. Washington rejected these accusations": who
        # rejects or denies charges made against it answers their maker (PLOVER's REJECT recipient is
        # the party whose claim is rejected).
        recipients.extend(accusers)
        notes.append("recipient: the maker of the accusations rejected ('" + "/".join(a.code for a in accusers) + "')")
        return
    faced = _subject_counterparts(ctx, tok) if tok is not None and not noun and not recipients and actors else []
    if faced:
        # "Aid donors to Indonesia pledged 3 billion dlrs": whom the acting group faces, named in its own
        # phrase, is whom its act is aimed at (never its own country: ``_agent_counterpart``).
        recipients.extend(_actor(e.text, e.code, e.sector) for e in faced)
        notes.append(f"recipient: the party the actor's own phrase faces ('{'/'.join(e.text for e in faced)}')")
    elif talks:
        # "Moscow agreed to discuss troop cuts in Afghanistan in its talks with Peking": the other side of
        # the talks the act is made in is its recipient, however many other places the act is about.
        for ent in talks:
            if ent.code not in {r.code for r in recipients}:
                recipients.append(_actor(ent.text, ent.code, ent.sector))
        notes.append(f"recipient: the other side of the talks or ties ('{'/'.join(e.text for e in talks)}')")
    elif not recipients and tok is not None and not noun and tok.lemma_.lower() in VISIT_VERBS and \
            (partners := _visit_talks_partners(ctx, tok, {a.code for a in actors})):
        # "left for Washington for talks with creditor banks", "would leave for Washington to complete negotiations
        # with the IMF": the talks a journey is for are held with the side they name, not with the host state.
        recipients.extend(partners)
        sides = "/".join(a.entity_text for a in partners)
        notes.append(f"recipient: the other side of the talks the journey is for ('{sides}')")
    elif not recipients and tok is not None and (mine := single_state(actors) or _international_body(actors)) and \
            (host := _visit_host(ctx, tok, noun, mine)) is not None:
        # "Chile's foreign minister arrived in Buenos Aires to discuss the border", "Kohl arrived in Tokyo
        # for an official visit": a visitor's talks are held with the state he travels to, its host.
        recipients.append(_actor(host.text, host.country_code, None))
        notes.append(f"recipient: the host state of the visit to '{host.text}' ({host.country_code})")
    elif not recipients and actors and tok is not None and \
            (helped := [e for e in _helped_parties(ctx, tok.head if noun else tok)
                        if e.code not in {a.code for a in actors}]):
        # "The World Bank approved two loans to help the country's recovery program": whom the aim of a
        # loan or grant the verb gives helps receives it, as for a verb trigger (``_helped_parties``).
        recipients.extend(_actor(e.text, e.code, e.sector) for e in helped)
        notes.append(f"recipient: whom the act's stated aim helps ('{'/'.join(e.text for e in helped)}')")
    elif not recipients and (mine := single_state(actors)) and (staff := _staff_target(ctx, tok, noun)) is not None:
        # "Australian police charged a former clerk of Westpac Banking Corp": the clerk is one of the story's
        # people (its country, else the actor's: police charge their own country's people), not the firm.
        code = home if pair is None and home else mine
        recipients.append(_actor(staff, code, None, office=CONTEXT_GUESS))
        notes.append(f"recipient: '{staff}', a person of a body no table codes ({code})")
    elif named_target is not None and (mine := single_state(actors)):
        # "Livingstone accused Oliver Finegold of the Evening Standard": the sentence names the target,
        # so the story's government or country does not replace it. A named person or body keeps its
        # name, with the country the story guess would have given (the other country of a two-country
        # story, else the story's country); a thing named after a people ("the European constitution")
        # is left empty.
        text, party = named_target
        if party and _named_firm(ctx, tok, text):
            # "seized the shares from the <United Coconut Planters Bank>", "sued Riggs Banking Corp": a firm is no
            # state, so neither the story's country nor its other one stands in for it.
            recipients.append(_actor(text.strip("<> "), "MNC", "BUS", office=CONTEXT_GUESS))
            notes.append(f"recipient: the named firm '{text}', which no table codes (MNC)")
        elif party:
            code = (pair[1] if pair[0] == mine else pair[0]) if pair is not None and mine in pair else \
                (home if pair is None else None)
            recipients.append(_actor(text, code, None, office=CONTEXT_GUESS))
            notes.append(f"recipient: the named '{text}', which no table codes" + (f" (the story's guess, {code})" if code else ""))
        else:
            notes.append(f"no recipient inferred from the story: the sentence names '{text}', which no table codes")
    elif not recipients and pair is None and home and tok is not None and not noun and \
            tok.lemma_.lower() in BODY_ADVICE_VERBS and actors and \
            all(a.code in BODY_CODES and a.office != CONTEXT_GUESS for a in actors):
        # "The IMF urges a strong interest rate policy" in a story about Belgium: what an international
        # body recommends, praises or criticises in its review of one country is addressed to that
        # country's government.
        recipients.append(_actor("(the story's country)", home, "GOV", office=CONTEXT_GUESS))
        notes.append(f"recipient inferred: an international body's advice to the country the story is about ({home})")
    elif not recipients and tok is not None and not noun and _group_meets(tok) and \
            (single_state(actors) or (actors and all(a.code == "IGO" for a in actors))):
        # (a group of states as one, "ministers of five Andean countries met in Lima", meets among its
        # members as a state's officials do)
        recipients.extend(_actor(a.entity_text, a.code, a.sector) for a in actors if a.code)
        notes.append("a group meeting with nobody named meets among itself: its members are also the recipients")
    elif not recipients and _made_with_each_other(tok, noun, actors):
        # "Manila and the World Bank signed a loan", "the two countries established diplomatic relations":
        # an instrument or tie two parties make together binds each to the other, so each is also the
        # other's recipient (marked as inferred: the copies are no new evidence of the event).
        recipients.extend(_actor(a.entity_text, a.code, a.sector, office=CONTEXT_GUESS) for a in actors if a.code)
        notes.append("recipients inferred: the parties sign or establish it with each other")
    elif not recipients and tok is not None and (not noun or tok.lemma_.lower() in HOSTILE_JOINT_WORDS) and \
            _joint_act(tok, actors) and any(a.code for a in actors):
        # "France and West Germany reached agreement", "Kenya and Uganda clashed": two parties named together
        # act with one another, so each is the other's recipient (marked as inferred, as for signing). (A noun
        # of a joint thing, "a trade deal between X and Y was supposed to ...", mostly names the thing again and
        # is left as it was; a fight between two sides, "a gun battle between X and Y", is the event itself.)
        recipients.extend(_actor(a.entity_text, a.code, a.sector, office=CONTEXT_GUESS) for a in actors if a.code)
        notes.append("recipients inferred: the parties named together act with one another")
    elif not recipients and _joint_act(tok, actors):
        notes.append("no recipient inferred from the story: the parties named together act with one another")
    elif not recipients and tok is not None and not noun and _shared_commitment(tok, actors):
        # "The United States, Japan and West Germany reaffirmed their commitment to coordinate policies": a
        # commitment several states renew together binds each to the others (as "agreed" does).
        recipients.extend(_actor(a.entity_text, a.code, a.sector, office=CONTEXT_GUESS) for a in actors if a.code)
        notes.append("recipients inferred: the states named together commit to one another")
    elif not recipients and single_state(actors) and tok is not None and \
            (abroad := _target_abroad(ctx, tok, noun, uncoded=True)) is not None and _plural_states(abroad):
        # "accused industrialised countries of failing to fund the U.N. plan", "make trade agreements with
        # other countries": the sentence names its target, a group of states no table codes. Neither a
        # party inside what they are accused of nor the other country of the story stands in for it.
        notes.append(f"no recipient inferred from the story: the target '{abroad}' is a group of other states")
    elif not recipients and (mine := single_state(actors)):
        named = _other_parties_named(ctx, {a.code for a in actors}, tok)
        target = (pair[1] if pair[0] == mine else pair[0]) if pair is not None and mine in pair else home
        aimed = {e.code for e in _purpose_targets(ctx, tok)} & named if tok is not None and len(named) > 1 else set()
        if len(aimed) == 1:
            # "sent jets to bomb Iranian oil terminals near Kuwait": of several parties, the one the
            # act's stated aim is against is its target.
            named = aimed
        if named and target not in named:
            # "Guillaume warned France would reject the European Community's reforms": the sentence
            # names a party of its own that the parse did not attach; the story's country is then no
            # safer a guess than that party. One such party is the target; with several, none is put in.
            if len(named) == 1:
                (code,) = named
                ent = next(ctx.entity_at[t.i] for t in ctx.sent_tokens
                           if t.i in ctx.entity_at and ctx.entity_at[t.i].code == code)
                # Still an inference (no word attaches it): no evidence of an event, never carried on.
                recipients.append(_actor(ent.text, code, ent.sector, office=CONTEXT_GUESS))
                notes.append(f"recipient inferred: the one other party the sentence names ('{ent.text}')")
            else:
                notes.append(f"no recipient inferred from the story: the sentence names {'/'.join(sorted(named))}")
            return
        if tok is not None and (body_target := _target_body_abroad(ctx, tok, noun)) is not None:
            # "threatened to scuttle a replenishment for the bank", "at the informal meeting of trade ministers": the
            # target is a body of states named again, or the other members of a gathering of several states; neither
            # the story's country nor its other one stands in for it.
            text, body = body_target
            if body.code not in {a.code for a in actors}:
                recipients.append(_actor(text, body.code, body.sector, office=CONTEXT_GUESS))
                notes.append(f"recipient inferred: '{text}' " + ("is a gathering of states" if body is
                             GATHERING_OF_STATES else f"repeats the body '{body.text}'") + f" ({body.code})")
            else:
                notes.append(f"no recipient inferred from the story: the target '{text}' is the actor's own body")
        elif pair is not None and mine in pair and tok is not None and (affair := _home_affair(tok, noun)) is not None:
            # "Iran's parliament speaker called for a constitutional amendment" in a story about Iran and
            # Iraq: a state's constitution, elections and civil disobedience are its own affairs, so the
            # act is aimed at home (its government, unless the government makes it), not at the other
            # country of the story.
            governing = any(a.sector == "GOV" for a in actors)
            recipients.append(_actor("(the story's country)", mine, None if governing else "GOV", office=CONTEXT_GUESS))
            notes.append(f"recipient inferred: '{affair}' is the actor's own country's affair ({mine})")
        elif pair is not None and mine in pair and tok is not None and \
                (society := _uncoded_society_target(ctx, tok, noun)) is not None:
            notes.append(f"no recipient inferred from the story: the act is aimed at '{society}', no state")
        elif pair is not None and mine in pair and (agent := _home_agent(actors)) is not None:
            # "A Lima court barred the sale", "the police clashed with demonstrators", "local commanders warned they
            # would arrest any fisherman" in a story about two countries: courts, police, parties and local officers
            # act within their own state, so an act with no target named is aimed at home, not at the other country
            # of the story (a legislature is left out: it often acts on the other state's trade).
            recipients.append(_actor("(the story's country)", mine, None, office=CONTEXT_GUESS))
            notes.append(f"recipient inferred: '{agent}' acts within its own country ({mine})")
        elif pair is not None and mine in pair and tok is not None and (lenders := _lenders_named(ctx, tok)) is not None:
            # "Peru said it would stop debt payments unless its creditor banks eased terms" in a story about
            # two countries: a debtor's move in a sentence that names its lenders is aimed at them (as in a story
            # about one country, below), not at the other country of the story.
            recipients.append(_actor(lenders[0], lenders[1], None, office=CONTEXT_GUESS))
            notes.append(f"recipient inferred: the lenders the sentence names ('{lenders[0]}', {lenders[1]})")
        elif pair is not None and mine in pair:
            other = pair[1] if pair[0] == mine else pair[0]
            recipients.append(_actor(OTHER_COUNTRY_GUESS, other, None, office=CONTEXT_GUESS))
            notes.append(f"recipient inferred: the other country of a two-country story ({other})")
        elif pair is None and plover in BODY_DEALING_TYPES and all(a.sector in (None, "GOV") for a in actors) and \
                tok is not None and _home_affair(tok, noun) is None and not syn.prep_objects(tok, PARTNER_PREPS) and \
                not _home_law_object(tok) and (body := _story_body(ctx, mine)) is not None and \
                body.code not in {a.code for a in actors} and _home_audience(ctx, tok, noun, mine) is None and \
                _other_side_in_clause(ctx, tok, noun, mine) is None:
            # "Brazil was asking for two billion dlrs", "Britain is continuing its demands for further cuts" in a
            # story about a state's dealings with the World Bank or the European Community: what the state itself
            # asks, refuses, concedes, agrees or protests with no party named is addressed to the body the story is
            # about, not to its own government.
            recipients.append(_actor(body.text, body.code, body.sector, office=CONTEXT_GUESS))
            notes.append(f"recipient inferred: the international body the story deals with ('{body.text}', "
                         f"{body.code})")
        elif pair is None and home and mine == home and all(a.sector in (None, "GOV") for a in actors) and \
                (document := _interstate_document(ctx, tok, noun)) is not None:
            # "Russia has signed the charter": the state's own government is not the other party.
            notes.append(f"no recipient inferred from the story: '{document}' is made with other states")
        elif pair is None and home and (abroad := _target_abroad(ctx, tok, noun) if tok is not None else None):
            # "pledged money to an international fund", "urged other donors": aimed outside the country.
            notes.append(f"no recipient inferred from the story: the target '{abroad}' is outside the story's country")
        elif pair is None and home and all(a.sector == "LAB" for a in actors) and \
                any(t.lemma_.lower() == "employer" and t.pos_ == "NOUN" for t in ctx.doc):
            # "IG-Metall is demanding a five pct pay increase" in a story about a wage round with the
            # employers: a union's or workers' demands, strikes and proposals are aimed at the employers
            # the story names, not at the government.
            recipients.append(_actor("(the story's employers)", home, "BUS", office=CONTEXT_GUESS))
            notes.append(f"recipient inferred: the employers of a labour dispute in the country the story is about ({home})")
        elif home == mine and tok is not None and (lenders := _lenders_named(ctx, tok)) is not None:
            # "Ecuador would honour its debt when it could, but foreign banks had calculated ...": a
            # debtor's move in a sentence that names its lenders is aimed at them, not at the debtor's own
            # state (the story's country, which the actor already is).
            recipients.append(_actor(lenders[0], lenders[1], None, office=CONTEXT_GUESS))
            notes.append(f"recipient inferred: the lenders the sentence names ('{lenders[0]}', {lenders[1]})")
        elif pair is None and home:
            # A domestic move is aimed at the government unless the government itself makes it.
            governing = any(a.sector == "GOV" for a in actors)
            recipients.append(_actor("(the story's country)", home, "GOV" if home == mine and not governing else None,
                                     office=CONTEXT_GUESS))
            notes.append(f"recipient inferred: the country the story is about ({home})")
    if not recipients and plover == "PROTEST" and tok is not None and (mine := _domestic_protesters(actors)):
        # "Spanish dockers began a strike", "workers in Poland demonstrated": a state's own people protesting
        # with no target named (and none the story supplies) protest to their own government, as PLOVER codes
        # domestic protest.
        recipients.append(_actor("(the story's country)", mine, "GOV", office=CONTEXT_GUESS))
        notes.append(f"recipient inferred: a protest by {mine}'s own people is aimed at its government")
    # "Peru has been barred from IMF lending": with an international body in the sentence's parties,
    # the act may be that body's; no state is guessed.
    bodies = any(a.code in NON_STATE_CODES for a in recipients)
    makers = _possible_makers(ctx, {r.code for r in recipients}, tok) if not actors and tok is not None else set()
    if not actors and not bodies and (theirs := single_state(recipients)) and \
            (guess := _story_actor_guess(pair, home, theirs)) is not None and makers and guess not in makers:
        # "after a Libyan missile attack on the cruiser, which killed 20 sailors", "trade ministers of the European
        # Community agreed to negotiations on signing a pact with Hungary": the sentence names a party that may have
        # made the act, so the story's country (or its other one) is no safer a guess than that party (as for a
        # recipient, below); none is put in.
        notes.append(f"no actor inferred from the story: the sentence names {'/'.join(sorted(makers))}")
    elif not actors and not bodies and (theirs := single_state(recipients)):
        if pair is not None and theirs in pair:
            other = pair[1] if pair[0] == theirs else pair[0]
            actors.append(_actor(OTHER_COUNTRY_GUESS, other, None, office=CONTEXT_GUESS))
            notes.append(f"actor inferred: the other country of a two-country story ({other})")
        elif pair is None and home and tok is not None and (subj := _active_subject(tok, noun)) is not None and \
                (any(subj.text in r.entity_text.split() for r in recipients) or subj.pos_ != "PRON"):
            # "many blame ...", "an opposition boycott disrupted ...", "200 people died in the siege": the
            # clause's subject is the uncoded actor or the one affected, and nothing points at the
            # government. The unnamed agent is most likely one of the story's own people: its country,
            # with no sector.
            actors.append(_actor("(the story's country)", home, None, office=CONTEXT_GUESS))
            notes.append(f"actor inferred: the country the story is about ({home}), not its government: "
                         f"the clause's subject '{subj.text}' is uncoded or the one affected")
        elif pair is None and home and tok is not None and (by := _uncoded_passive_agent(tok, noun)) is not None:
            # "The pension system has been branded inadequate by a leading think-tank": the passive names
            # its maker, whom no table codes; as for an uncoded subject of an active verb, the maker is
            # most likely one of the story's own people: its country, not its government.
            actors.append(_actor("(the story's country)", home, None, office=CONTEXT_GUESS))
            notes.append(f"actor inferred: the country the story is about ({home}), not its government: "
                         f"the passive's agent '{by.text}' is uncoded")
        elif pair is None and home and any(r.code == home and r.sector in STATE_FORCE_SECTORS for r in recipients):
            # "boycotts of parliament to protest government plans": a government does not act against
            # itself; an act aimed at it is its own people's. Nor, with no maker named, does it attack
            # or accuse its own police and army ("the police station was bombed", "police were accused").
            actors.append(_actor("(the story's country)", home, None, office=CONTEXT_GUESS))
            notes.append(f"actor inferred: the country the story is about ({home}), not its government, "
                         f"which (or whose forces) is the target")
        elif pair is None and home:
            actors.append(_actor("(the story's country)", home, "GOV", office=CONTEXT_GUESS))
            notes.append(f"actor inferred: the government of the country the story is about ({home})")


# Sectors of a state's people (not its organs, ruling parties or firms) whose protest with no target is aimed at
# home; so is its opposition's ("an opposition boycott of parliament in protest against a planned sales tax").
PEOPLE_SECTORS = frozenset({"CVL", "LAB", "EDU", "AGR", "REL", "MED", "REF", "HLH", "OPP"})


def _domestic_protesters(actors: list[Actor]) -> str | None:
    """The one state whose own people (civilians, workers, students, farmers..., its opposition) all the named actors
    are, or None: a state's organs, parties, firms, bodies or an inferred party do not qualify."""
    if not actors or any(a.office == CONTEXT_GUESS for a in actors):
        return None
    codes = {a.code for a in actors}
    if len(codes) != 1 or not all(a.sector in PEOPLE_SECTORS for a in actors):
        return None
    (code,) = codes
    return code if code and len(code) == 3 and code.isalpha() and code not in NON_STATE_CODES else None


# Sectors of a state's agents whose acts stay inside it: courts, police and political parties.
HOME_AGENT_SECTORS = frozenset({"JUD", "COP", "PTY"})
# Words that make any agent a local one ("local commanders", "provincial officials").
LOCAL_AGENT_WORDS = frozenset({"local", "provincial", "municipal"})


def _home_agent(actors: list[Actor]) -> str | None:
    """The text of an actor that acts only inside its own state: a court, the police, a party ("the Supreme
    Court", "city police", "the ruling party"), or an agent called local ("local
    commanders"); None when any actor is of another kind (a government, an army, a state named as such)."""
    if not actors or any(a.office == CONTEXT_GUESS for a in actors):
        return None
    if all(a.sector in HOME_AGENT_SECTORS or LOCAL_AGENT_WORDS & set(a.entity_text.lower().split()) for a in actors):
        return actors[0].entity_text
    return None


# A state's verbal dealings with a body: what it asks, refuses, concedes, agrees or protests.
BODY_DEALING_TYPES = frozenset({"REQUEST", "REJECT", "CONCEDE", "AGREE", "ACCUSE"})
# Prepositions by which an act names its own other side ("agreed with its bank advisory committee", "disagreed with a
# court order"), which the story's body does not replace.
PARTNER_PREPS = ("with", "to", "from", "against")
# A bill and its parts: what a state's officials support or oppose in them is their own legislature's affair.
HOME_LAW_NOUNS = frozenset({"legislation", "bill", "provision", "amendment"})
# The bodies a state deals with as with another party (the European Community, the IMF, the World Bank, GATT); not
# the UN, whose agencies mostly work inside the state.
STORY_BODY_CODES = frozenset({"EUR", "IGO"})
# How often a story must name the one international body it deals with.
STORY_BODY_MENTIONS = 3


def _home_law_object(tok: Any) -> bool:
    """"Administration officials have also opposed the textile legislation", "Yeutter has also opposed those
    provisions": the act's object is a bill or a part of one (its own legislature's), not the body the story is
    about."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in HOME_LAW_NOUNS for c in tok.children)


# pty38: whom a state speaks to at home: its people and their representatives (the actor tables' sectors for the public
# and the legislature, ``HOME_AUDIENCE_SECTORS``) and nouns for the nation no table codes. An act addressed to them,
# or said in a clause that addresses them ("presenting plans to parliament", "an appeal to the nation"), is not the
# state's dealing with the body its story is about.
HOME_AUDIENCE_SECTORS = frozenset({"CVL", "LEG"})
HOME_AUDIENCE_NOUNS = frozenset({"nation", "public", "countryman", "compatriot"})
# Verbs by which a speaker addresses an audience named as their object ("told parliament", "urged citizens").
ADDRESSING_VERBS = frozenset({"tell", "address", "urge", "ask", "assure", "reassure", "brief", "promise", "appeal",
                              "call", "exhort", "implore", "beg", "warn", "thank"})
# Prepositions that name an audience ("a speech to the nation", "presenting plans to parliament", "before congress").
AUDIENCE_PREPS = frozenset({"to", "before", "on"})
# Verbs that lay a state's own budget before its audience ("presenting the budget", "unveiled its budget").
BUDGET_VERBS = frozenset({"present", "unveil", "introduce", "deliver", "table", "announce", "submit", "outline"})


def _home_audience(ctx: _Ctx, tok: Any, noun: bool, mine: str) -> str | None:
    """The word by which the sentence of the act ``tok`` addresses the state's own audience: its people or its
    legislature (``HOME_AUDIENCE_SECTORS``, ``HOME_AUDIENCE_NOUNS``) as the act's target, as the object of a verb of
    addressing or of an audience preposition anywhere in the sentence, or as "our" nation or people ("to rebuild our
    nation"); or its budget laid before them ("presenting the budget"). None otherwise, and for words inside another
    state's or a body's name ("the European Parliament", "the U.S. Congress"), and for people the act only says are
    harmed ("would hit West German farmers")."""
    targets = {h.i for h in _target_heads(tok, noun)}
    for t in ctx.sent_tokens:
        if t.pos_ not in ("NOUN", "PROPN", "VERB") or t.dep_ in ("compound", "nmod"):
            continue  # (a verb too: "presenting plans to parliament" may be parsed with "parliament" as one)
        ent = ctx.entity_at.get(t.i)
        if ent is not None and ent.code and ent.code != mine:
            continue
        lemma = t.lemma_.lower()
        # ("called on Kenyans to accept": the state's own people by their name, which the tables code with the state)
        people = ent is not None and ent.code == mine and t.tag_ in ("NNS", "NNPS") and ent.sector in (None, "CVL")
        if lemma == "budget":
            if t.dep_ == "dobj" and t.head.lemma_.lower() in BUDGET_VERBS:
                return t.text
            continue
        res = resolve_phrase(lemma) if lemma not in HOME_AUDIENCE_NOUNS else None
        if not people and lemma not in HOME_AUDIENCE_NOUNS and \
                (res is None or res.code or res.sector not in HOME_AUDIENCE_SECTORS):
            continue
        # (the word before the phrase too, for that parse of "to parliament")
        first = min([c.i for c in t.children if c.i < t.i and c.dep_ in ("det", "poss", "amod")] + [t.i])
        addressed = t.i in targets or \
            (t.dep_ in ("dobj", "dative") and t.head.lemma_.lower() in ADDRESSING_VERBS) or \
            (t.dep_ == "pobj" and t.head.lower_ in AUDIENCE_PREPS) or \
            (first > 0 and ctx.doc[first - 1].lower_ in ("to", "before")) or \
            any(c.dep_ == "poss" and c.lower_ == "our" for c in t.children)
        if addressed:
            return t.text
    return None


def _other_side_in_clause(ctx: _Ctx, tok: Any, noun: bool, mine: str) -> str | None:
    """Another party the act's own clause names as a side: a state joined to the actor in the act's subject ("the
    United States, Japan and West Germany agreed": the act is among them), or, for an act told as a noun, the
    subject of the verb it is the object of ("the EC ignored Manila's request": the news is that party's act, the
    request is told inside it). None otherwise. ``_other_parties_named`` passes over subjects, which act in their own
    clauses; here they bound whom the act is with."""
    verb = tok.head if noun and tok.dep_ == "dobj" else tok if not noun else None
    if noun and verb is not None and verb.pos_ not in ("VERB", "AUX"):
        return None
    subj = syn.subject_of(verb) if verb is not None else None
    if subj is None:
        return None
    for t in subj.subtree:
        ent = ctx.entity_at.get(t.i)
        if ent is None or not ent.code or ent.code == mine or len(ent.code) != 3:
            continue
        path = [t, *(a for a in t.ancestors if a.i != subj.i and subj.is_ancestor(a))]
        if noun or any(a.dep_ == "conj" for a in path):
            return ent.text
    return None


def _story_body(ctx: _Ctx, mine: str) -> Entity | None:
    """The international body (EUR, IGO: the European Community, the IMF, the World Bank) a story about a state's
    dealings with it names at least ``STORY_BODY_MENTIONS`` times, when no other body code is named as often and
    no other state more often than the body; the latest mention of the body of that code the story names most (the
    IMF named ten times, not the Paris Club named once). None otherwise."""
    counts: dict[str, int] = {}
    for e in ctx.document.entities:
        if e.code and len(e.code) == 3 and e.code.isalpha():
            counts[e.code] = counts.get(e.code, 0) + 1
    bodies = sorted(((n, code) for code, n in counts.items() if code in STORY_BODY_CODES), reverse=True)
    if not bodies or bodies[0][0] < STORY_BODY_MENTIONS or (len(bodies) > 1 and bodies[1][0] == bodies[0][0]):
        return None
    n, code = bodies[0]
    if any(c != mine and c not in NON_STATE_CODES and m > n for c, m in counts.items()):
        return None
    names: dict[str, int] = {}
    for e in ctx.document.entities:
        if e.code == code:
            names[e.canonical or e.text.lower()] = names.get(e.canonical or e.text.lower(), 0) + 1
    top = max(names, key=names.get)
    mentions = [e for e in ctx.document.entities if e.code == code and (e.canonical or e.text.lower()) == top]
    before = [e for e in mentions if e.start < ctx.sent_tokens[0].idx] if ctx.sent_tokens else []
    return before[-1] if before else mentions[0]


def _story_actor_guess(pair: tuple[str, str] | None, home: str | None, theirs: str) -> str | None:
    """The country the story rules would make the actor of an act aimed at ``theirs``: the other country of a
    two-country story, else the country the story is about."""
    if pair is not None:
        return (pair[1] if pair[0] == theirs else pair[0]) if theirs in pair else None
    return home


# A state's waters, air or ground ("in Kuwaiti waters"): named for the state they belong to, they say where an act
# happened, nothing of who did it (as ``_location.state_ground`` reads an event's place).
STATE_GROUND_NOUNS = frozenset({"waters", "airspace", "territory", "soil"})
# Prepositions on the act's own word that give what it is about or over ("accusing ministers of lying about the Iraq
# war", "talks on Namibia"): a state named there is the act's topic, not its maker.
ACT_TOPIC_PREPS = frozenset({"of", "over", "about", "on", "for", "against", "into"})


def _possible_makers(ctx: _Ctx, targets: set[str | None], tok: Any = None) -> set[str]:
    """Codes of the states and bodies the sentence names, besides the act's targets, that may have made an act
    whose maker no word attaches: in any clause and as a subject too (unlike ``_other_parties_named``, which
    looks for a target), and a weapon's state ("by an Iranian missile"); but not a town that only says where, a
    state's waters or soil, what equipment was made in ("Chinese-made"), a report's source, a meeting's venue, a
    classifier inside a longer name, nor, given the act's word ``tok``, a state inside what the act is about or
    over."""
    return {code for t, code in _named_states(ctx, targets)
            if not (_locative_place(ctx, t) or _where_only(ctx, t) or _said_made_in(t) or _venue_or_route(ctx, t)
                    or t.head.lower_ in STATE_GROUND_NOUNS or not _fallback_party(ctx, t)
                    or (tok is not None and _inside_topic(t, tok)))}


def _inside_topic(t: Any, tok: Any) -> bool:
    """Whether ``t`` hangs under the act's word ``tok`` through a preposition of topic (``ACT_TOPIC_PREPS``) on that
    word itself ("accused ... of hiding ... EU rules"; not "detained as part of a French-led sweep")."""
    return any(a.dep_ == "prep" and a.head.i == tok.i and a.lower_ in ACT_TOPIC_PREPS for a in t.ancestors)


# Verbs of travelling to a place, and the prepositions that name where to; nouns of a stay abroad.
VISIT_VERBS = frozenset({"arrive", "visit", "travel", "fly", "come", "go", "land", "tour",
                         "leave", "head", "depart", "journey"})  # lex26: the trigger's verbs of setting out
VISIT_PREPS = ("in", "at", "to", "into", "for")  # "left for Washington"
VISIT_NOUNS = VISIT_HEADS | {"stopover", "mission"}


def visit_destination(noun: Any, obj: Any) -> bool:
    """Whether ``obj`` is where a visit noun goes ("a visit to Argentina", "his trip to Moscow"): the host
    of the visit, its recipient, not a second visitor, although talks are reciprocal."""
    return noun.lemma_.lower() in VISIT_NOUNS and obj.head.lower_ == "to" and obj.head.head.i == noun.i


def amount_beneficiaries(thing: Any, preps: tuple[str, ...] = ("for", "to")) -> list[Any]:
    """Whom a sum put on a thing goes to: "aid worth 14 mln dlrs for drought victims in Ethiopia" hangs the
    beneficiary on the amount, which the parser attaches to "worth" on the thing or on its verb; the
    amount's "for"/"to" phrase is the thing's own."""
    worths = [c for c in thing.children if c.lower_ == "worth"]
    if thing.dep_ == "dobj":
        worths += [c for c in thing.head.children if c.lower_ == "worth" and c.dep_ in ("advcl", "acomp", "prep")]
    out = []
    for w in worths:
        for amount in w.children:
            if amount.dep_ in ("npadvmod", "pobj", "dobj") and amount.pos_ in ("NOUN", "NUM", "PROPN"):
                out.extend(syn.prep_objects(amount, preps))
    return out


def _visit_host(ctx: _Ctx, tok: Any, noun: bool, mine: str) -> Any:
    """The place a visiting party travels to, when it lies in another state: the place after "arrived
    in/at", "flew to", "visiting", or "a visit to"; None otherwise. Talks held on a visit are with the
    host, whatever country the story is mostly about."""
    lemma = tok.lemma_.lower()
    if not noun and lemma == "be":
        return _presence_host(ctx, tok, mine)
    if not noun and lemma == "hold":
        return _talks_held_here(ctx, tok, mine)
    if (lemma in VISIT_NOUNS) if noun else (lemma not in VISIT_VERBS):
        return None
    if noun:
        objs = syn.prep_objects(tok, ("to",))
    else:
        objs = [c for c in tok.children if c.dep_ == "dobj"] + syn.prep_objects(tok, VISIT_PREPS)
    for o in objs:
        place = next((ctx.place_at[t.i] for t in (o, *o.children) if t.i in ctx.place_at), None)
        if place is not None and place.country_code and place.country_code != mine and \
                place.country_code not in NON_STATE_CODES:
            return place
    return None


TALKS_FOR_NOUNS = MEETING_NOUNS | {"discussion", "discussions", "consultation", "consultations"}


def _visit_talks_partners(ctx: _Ctx, verb: Any, mine: set[str | None]) -> list[Actor]:
    """The coded other side of the talks a journey is for: "left for Washington for talks with creditor banks",
    "will fly to Paris to complete negotiations with the IMF", "went to Geneva to negotiate with GATT"; [] when the
    journey names no such talks or their side is the traveller's own or uncoded."""
    talks = [n for n in syn.prep_objects(verb, ("for",))
             if n.lemma_.lower() in TALKS_FOR_NOUNS or n.lower_ in TALKS_FOR_NOUNS]
    sides = [w for n in talks for w in syn.prep_objects(n, ("with",))]
    for purpose in (c for c in verb.children if c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB"):
        if purpose.lemma_.lower() in TALK_VERBS:
            sides += syn.prep_objects(purpose, ("with",))
        sides += [w for n in purpose.children if n.dep_ == "dobj" and (n.lemma_.lower() in TALKS_FOR_NOUNS or
                                                                       n.lower_ in TALKS_FOR_NOUNS)
                  for w in syn.prep_objects(n, ("with",))]
    out: list[Actor] = []
    for w in sides:
        for x in [w, *syn.conjuncts(w)]:
            out.extend(a for a in _resolve_head(ctx, x, context_country=None)
                       if a.code and a.code not in mine and a.code not in {o.code for o in out})
    return out


VISITING_PARTY_NOUNS = frozenset({"team", "mission", "delegation"})


def _talks_held_here(ctx: _Ctx, verb: Any, mine: str) -> Any:
    """rcp30: the dateline's place when a visiting team or a state's envoy "held talks here" with no one named
    ("an IMF team held talks here on the currency"): talks a visitor holds where the story is filed are with
    its host, as on a visit. Not a gathering that meets there ("EC ministers met here"), whose members hold
    talks among themselves: the body must be a team, mission or delegation, or the actor one state."""
    talks = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in MEETING_NOUNS | {"discussion"}]
    if not talks or syn.prep_objects(verb, ("with",)) or any(syn.prep_objects(t, ("with", "between")) for t in talks):
        return None
    # The parser hangs "here" on the verb or on the talks ("held talks here to discuss revaluation").
    if not any(c.dep_ == "advmod" and c.lower_ == "here" for w in (verb, *talks) for c in w.children):
        return None
    subj = syn.subject_of(verb)
    if mine in NON_STATE_CODES and (subj is None or subj.lemma_.lower() not in VISITING_PARTY_NOUNS):
        return None
    place = getattr(ctx, "dateline_place", None)
    return place if place is not None and place.country_code and place.country_code != mine and \
        place.country_code not in NON_STATE_CODES else None


def _international_body(actors: list[Actor]) -> str | None:
    """bus27: "IGO" when every actor is an international body ("a World Bank team arrived in Uganda"): it belongs to
    no state, so any state it travels to hosts it."""
    return "IGO" if actors and all(a.code == "IGO" for a in actors) else None


def _presence_host(ctx: _Ctx, copula: Any, mine: str) -> Any:
    """bus27: the place envoys "are in" or "are due in/here" (_triggers._presence_visit), when it lies in another
    state; "here" is the dateline's place."""
    from ._triggers import _presence_visit  # (_triggers imports this module's neighbours; import when used)
    if _presence_visit(ctx, copula) is None:
        return None
    holders = [copula, *(c for c in copula.children if c.dep_ in ("acomp", "attr") and c.lower_ == "due")]
    places = [ctx.place_at[o.i] for h in holders for o in syn.prep_objects(h, ("in", "at")) if o.i in ctx.place_at]
    if not places and any(c.dep_ == "advmod" and c.lower_ == "here" for h in holders for c in h.children):
        places = [p for p in (getattr(ctx, "dateline_place", None),) if p is not None]
    return next((p for p in places if p.country_code and p.country_code != mine
                 and p.country_code not in NON_STATE_CODES), None)


# Verbs of renewing or making a commitment that states named together make to one another.
COMMITMENT_VERBS = frozenset({"reaffirm", "reiterate", "renew", "pledge", "recommit"})


def _shared_commitment(tok: Any, actors: list[Actor]) -> bool:
    """Whether two or more coordinated states renew or pledge "their" commitment, support or resolve
    together: the trigger is a commitment verb whose object a plural "their" owns, and its subject names
    several states of different codes."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in COMMITMENT_VERBS:
        return False
    states = {a.code for a in actors if a.code and a.office != CONTEXT_GUESS and len(a.code) == 3
              and a.code not in NON_STATE_CODES}
    if len(states) < 2 or len(states) != len({a.code for a in actors}):
        return False
    subj = syn.first_child(tok, "nsubj")
    if subj is None or not subj.conjuncts:
        return False
    return any(c.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ == "their" for p in c.children)
               for c in tok.children)


def _lenders_named(ctx: _Ctx, tok: Any) -> tuple[str, str] | None:
    """The one group of lenders the trigger's sentence names outside a relative clause, with the code the
    golds give it: commercial banks as firms (MNC), creditor states and lending bodies as one
    intergovernmental party (IGO). None when the sentence names none, or lenders of both kinds."""
    found: dict[str, str] = {}
    for t in ctx.sent_tokens:
        if t.pos_ not in ("NOUN", "PROPN") or _in_other_clause(t, tok) or t.i == tok.i:
            continue
        if _creditor_banks(t) or _bank_committee(t):
            found.setdefault("MNC", syn.span_text(ctx.doc, *syn.core_phrase(t)))
        elif _creditor_states(t) or _lending_body(t) or (t.pos_ == "NOUN" and _multilateral_body(t)):
            found.setdefault("IGO", syn.span_text(ctx.doc, *syn.core_phrase(t)))
    if len(found) != 1:
        return None
    ((code, text),) = found.items()
    return text, code


def _pair_subject(ctx: _Ctx, verb: Any) -> bool:
    """Whether the subject of ``verb`` (or of the verb it is chained to) is "the two countries", "both
    sides" standing for a pair just named: a hostile act such a pair does with no target named is
    done to each other ("Both countries massed troops along the border")."""
    for v in syn.verb_chain(verb):
        subj = next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return bool(_named_pair(ctx, subj))
    return False


def _reciprocal_object(verb: Any) -> bool:
    """"attacked each other", "accused one another"."""
    objects = [*verb.children, *(p for prep in verb.children if prep.dep_ == "prep" for p in prep.children)]
    objects += [p for o in objects if o.dep_ == "dobj" for p in o.children if p.dep_ == "poss"]  # "each other's policies"
    if any(c.dep_ in ("dobj", "pobj", "poss") and {c.lower_, *(d.lower_ for d in c.children if d.dep_ != "case")} in
           ({"other", "each"}, {"another", "one"}) for c in objects):
        return True
    # "The U.S. and Brazil have each laid the blame on the other", "each accused the other": "each" on the verb or
    # its subject with "the other" as what is acted on says the same.
    subjects = [s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")]
    each = any(t.lower_ == "each" for t in [*verb.children, *subjects, *(d for s in subjects for d in s.children)])
    return each and any(c.dep_ in ("dobj", "pobj") and c.lower_ == "other" and
                        any(d.dep_ == "det" and d.lower_ == "the" for d in c.children) for c in objects)
