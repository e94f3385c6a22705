//! Who the people and bodies of a text are: mentions, names, roles, affiliations, and the
//! resolution of "he", "Blinken" and "Moscow" to the entity they stand for.

use crate::hash::Map;
use std::ops::Range;

use crate::analysis::SpeakerKind;
use crate::lexicon::{is_calendar_word, is_function_word, lexicon, Gender};
use crate::text::{push_lowercase, Doc, TokenKind};

/// What a noun phrase says about who it names.
#[derive(Debug, Clone, Default)]
pub(crate) struct Np {
    pub tokens: Range<usize>,
    /// The proper-name words ("Antony Blinken"), possessive marks removed. Shared: phrases
    /// are read once per document and handed out by `parse_np` many times.
    pub name: crate::text::Shared<[String]>,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub kind: Option<SpeakerKind>,
    pub gender: Option<Gender>,
    pub pronoun: Option<Pronoun>,
    /// A common-noun source ("a spokesman", "officials").
    pub nominal: bool,
    /// The words of a common-noun source, as the text gives them.
    pub text: String,
    pub plural: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pronoun {
    He,
    She,
    They,
    It,
    /// I, we, you: the author or the reader, never resolved outside a quotation.
    Other,
}

pub(crate) fn pronoun(lower: &str) -> Option<Pronoun> {
    // (With a verb run in: "He’s claiming that ...", "they’ve said", "I’m told".)
    // (Every capitalised word is asked: a quick byte scan, no search for a pattern.)
    if lower.len() > 9 {
        return None;
    }
    let base = match lower.bytes().position(|b| b == b'\'' || b == 0xE2) {
        Some(at) => {
            let rest = &lower[at..];
            let suffix = rest.strip_prefix('\'').or_else(|| rest.strip_prefix('’'))?;
            if !matches!(suffix, "s" | "re" | "ve" | "d" | "ll" | "m") {
                return None;
            }
            &lower[..at]
        }
        None => lower,
    };
    Some(match base {
        "he" => Pronoun::He,
        "she" => Pronoun::She,
        "they" => Pronoun::They,
        "it" => Pronoun::It,
        "i" | "we" | "you" => Pronoun::Other,
        _ => return None,
    })
}

/// "familiar with", "close to": someone who knows about what follows ("a person familiar
/// with the talks").
pub(crate) fn knows_about(adjective: &str, preposition: &str) -> bool {
    matches!(
        (adjective, preposition),
        ("familiar", "with") | ("close", "to")
    )
}

/// Strips a possessive ending ("Russia’s" -> "Russia").
pub(crate) fn strip_possessive(word: &str) -> &str {
    for ending in ["’s", "'s", "’", "'"] {
        if let Some(stem) = word.strip_suffix(ending) {
            return stem;
        }
    }
    word
}

/// The title starting at `token`, if any, and the number of tokens it spans.
pub(crate) fn title_at(
    doc: &Doc,
    token: usize,
    end: usize,
) -> Option<(usize, &'static crate::lexicon::Title)> {
    let titles = lexicon().titles.get(doc.lower(token))?;
    'titles: for title in titles {
        if token + title.words.len() > end {
            continue;
        }
        for (k, word) in title.words.iter().enumerate() {
            let actual = doc.word(token + k);
            if !actual.eq_ignore_ascii_case(word) && actual != word.as_str() {
                continue 'titles;
            }
        }
        if title.capitalised_only && !doc.is_capitalised(token) {
            continue;
        }
        if title.common && doc.is_capitalised(token) && inside_name(doc, token, title.words.len()) {
            continue;
        }
        // ("head keeper Fiona Bain": a rank before a word for what someone does that the
        // lexicon does not know is one role.)
        let next = token + 1;
        if title.words.len() == 1
            && matches!(doc.lower(token), "head" | "chief" | "senior")
            && next < end
            && doc.is_word(next)
            && !doc.is_capitalised(next)
            && occupation_like(doc.lower(next))
            && !is_title_word(doc.lower(next))
            // (Not a word of a longer role: "chief human resources officer".)
            && (next + 1 >= doc.tokens.len()
                || !doc.is_word(next + 1)
                || doc.is_capitalised(next + 1))
        {
            return Some((2, title));
        }
        return Some((title.words.len(), title));
    }
    None
}

/// Do the `len` tokens at `token` stand inside a capitalised name: a capitalised word right
/// before or after them, or "of" after one ("Federation of Teachers")?
fn inside_name(doc: &Doc, token: usize, len: usize) -> bool {
    let capitalised_word = |t: usize| doc.is_word(t) && doc.is_capitalised(t);
    let before = token.checked_sub(1).is_some_and(|t| {
        capitalised_word(t)
            || doc.lower(t) == "of" && t.checked_sub(1).is_some_and(capitalised_word)
    });
    let after = token + len < doc.tokens.len() && capitalised_word(token + len);
    before || after
}

/// The party a word (lower-cased) before a role names: "Republican strategist".
fn party_name(lower: &str) -> Option<&'static str> {
    match lower {
        "republican" | "gop" => Some("Republican Party"),
        "democrat" | "democratic" => Some("Democratic Party"),
        "libertarian" => Some("Libertarian Party"),
        _ => None,
    }
}

/// The words of a definite phrase after its article ("the company" -> "company").
pub(crate) fn after_the(text: &str) -> Option<&str> {
    text.strip_prefix("the ")
        .or_else(|| text.strip_prefix("The "))
}

/// Words that end a business's name ("Inc.", "Group", "Airlines" ...).
const BUSINESS_ENDINGS: &[&str] = &[
    "Inc.",
    "Inc",
    "Corp.",
    "Corp",
    "Corporation",
    "Co.",
    "Ltd",
    "Ltd.",
    "LLC",
    "PLC",
    "Group",
    "Holdings",
    "Technologies",
    "Securities",
    "Partners",
    "Airlines",
    "Airways",
    "Motors",
    "Industries",
    "Systems",
    "Labs",
    "Pharmaceuticals",
    "Enterprises",
    "Electric",
    "Foods",
    "Textiles",
];

/// What "the company" or "the agency" may stand for: a body whose name ends in one of these
/// words (a business: "Inc.", "Group", "Airlines" ...; an agency: "Authority", "Bureau" ...).
/// The endings of the names of the kind of body "the company" or "the agency" stands for, and
/// those of the other kind, which it does not.
pub(crate) type Endings = (&'static [&'static str], &'static [&'static str]);

pub(crate) fn body_endings(text: &str) -> Option<Endings> {
    const AGENCIES: &[&str] = &[
        "Agency",
        "Authority",
        "Administration",
        "Bureau",
        "Commission",
        "Service",
        "Office",
    ];
    match after_the(text)? {
        "company" | "firm" | "carmaker" | "automaker" | "retailer" | "airline" | "insurer"
        | "lender" | "manufacturer" | "drugmaker" | "planemaker" | "chipmaker" => {
            Some((BUSINESS_ENDINGS, AGENCIES))
        }
        "agency" | "regulator" | "watchdog" | "authority" => Some((AGENCIES, BUSINESS_ENDINGS)),
        // ("the trust's chief executive" after "Kent Valley NHS Trust": a body by the word
        // that ends its name.)
        "trust" => Some((&["Trust"], &[])),
        "hospital" => Some((&["Hospital"], &[])),
        "band" => Some((&["Band"], &[])),
        "museum" => Some((&["Museum"], &[])),
        "centre" | "center" => Some((&["Centre", "Center"], &[])),
        "federation" => Some((&["Federation"], &[])),
        "union" => Some((&["Union"], &[])),
        "council" => Some((&["Council"], &[])),
        "zoo" => Some((&["Zoo"], &[])),
        "association" => Some((&["Association"], &[])),
        "institute" => Some((&["Institute"], &[])),
        "foundation" => Some((&["Foundation"], &[])),
        "committee" => Some((&["Committee"], &[])),
        // (A football club's name: "Harbour Rovers".)
        "club" => Some((
            &[
                "Club",
                "FC",
                "AFC",
                "Rovers",
                "Rangers",
                "Wanderers",
                "Athletic",
                "Albion",
                "United",
                "Hotspur",
            ],
            &[],
        )),
        "league" => Some((&["League"], &[])),
        "charity" => Some((&["Trust", "Foundation", "Fund"], &[])),
        _ => None,
    }
}

/// Is this word (lower-cased) a title, a role or a nominal source?
pub(crate) fn is_title_word(lower: &str) -> bool {
    lexicon().titles.contains_key(lower)
}

pub(crate) fn country_of(lower: &str) -> Option<usize> {
    let lex = lexicon();
    lex.places
        .get(lower)
        .or_else(|| lex.demonyms.get(lower))
        .copied()
        .or_else(|| lex.bodies.get(lower).map(|&(country, _)| country))
}

/// Does this lower-case word read as one for someone who does something: "-er", "-ist",
/// "-ian" ... ("forecaster", "pianist", "astronaut"; not "Giovanni")?
pub(crate) fn occupation_like(lower: &str) -> bool {
    [
        "er", "or", "ist", "ian", "aire", "ant", "ent", "ess", "ee", "man", "woman", "naut",
    ]
    .iter()
    .any(|ending| lower.ends_with(ending))
}

/// Is this lower-case word the head of a common-noun source: a role ("spokesman"), a body
/// ("ministry", "union") or a document ("report")?
pub(crate) fn is_nominal_head(lower: &str) -> bool {
    let lex = lexicon();
    is_title_word(lower) || lex.org_words_lower.contains(lower)
}

/// Does this role open its sentence as "the" and a role ("The mayor struck ...") or "a" and
/// a role ("A spokeswoman for the police said ...": someone new, whom "she" may stand for)?
fn subject_role(doc: &Doc, np: &Np, sentence: usize) -> bool {
    let first = np.tokens.start;
    // ("A 34-year-old mother of three from Honduras said": someone new may be described at
    // length.)
    let short = match doc.lower(first) {
        "the" => np.tokens.len() <= 3,
        "a" | "an" => np.tokens.len() <= 10,
        _ => false,
    };
    // ("Lori Bernstein held up a sign. The 57-year-old scientist says ...": an age after
    // "the" describes someone named before, not someone new.)
    let aged =
        || doc.lower(first) == "the" && np.tokens.clone().any(|t| doc.lower(t).ends_with("-old"));
    first == doc.sentences[sentence].tokens.start
        && short
        && np.kind != Some(SpeakerKind::Organization)
        && !aged()
}

/// "The head of the dockers union, Ivo Brandt, said": a role that opens the clause, with the
/// name as its appositive between commas.
fn role_before_appositive(doc: &Doc, name: Range<usize>, sentence: Range<usize>) -> Option<Np> {
    if name.start < sentence.start + 3
        || !doc.is_punct(name.start - 1, ",")
        || name.end >= sentence.end
    {
        return None;
    }
    // ("Another expert, Ada Lind of the Nordic Institute, said": the body the name is of.)
    // ("... by her daughter, Ana Ruiz.": or the name ends the sentence.)
    let last = name.end + 1 == sentence.end && doc.is_punct(name.end, ".");
    let body = if doc.is_punct(name.end, ",") || last {
        None
    } else {
        let close = (name.end..sentence.end.min(name.end + 8)).find(|&t| doc.is_punct(t, ","))?;
        let first = (name.end + 1..close).find(|&t| doc.lower(t) != "the")?;
        let named = matches!(doc.lower(name.end), "of" | "at")
            && (first..close)
                .all(|t| doc.is_capitalised(t) || matches!(doc.lower(t), "of" | "the" | "and"));
        if !named {
            return None;
        }
        Some(doc.text[doc.tokens[first].start()..doc.tokens[close - 1].end()].to_string())
    };
    let comma = name.start - 1;
    // ("a spokeswoman for Nabisco's parent company, Mondelez International": the name
    // stands beside the body, not the role.)
    // (At the end of a sentence, after a body: "a spokeswoman for Nabisco's parent company,
    // Mondelez International.", not "The head of the dockers union, Ivo Brandt, said".)
    // (Nor beside "one of them": "A spokesperson for one of them, Helion Power,".)
    if is_body_noun(doc.lower(comma - 1)) && !doc.is_punct(name.end, ",")
        || matches!(doc.lower(comma - 1), "them" | "those")
    {
        return None;
    }
    let start = (sentence.start..comma)
        .rev()
        .take(10)
        .take_while(|&t| doc.tokens[t].kind() == TokenKind::Word && !doc.is_punct(t, ","))
        .last()?;
    // ("was confirmed by her daughter, Ana Ruiz": after "by" or "from".)
    let mut start = (start..comma)
        .rev()
        .find(|&t| matches!(doc.lower(t), "by" | "from"))
        .map_or(start, |by| by + 1);
    // ("Valley Markets' chairman, Robert Kline,": an owner in the plural, its apostrophe.)
    // (Computed only when there is room: `then_some` would subtract first.)
    let plural_owner = if start > sentence.start + 1
        && crate::attribution::plural_possessive_mark(doc, start - 1)
        && doc.is_capitalised(start - 2)
    {
        Some(start - 2)
    } else {
        None
    };
    if let Some(owner) = plural_owner {
        start = owner;
        while start > sentence.start && doc.is_capitalised(start - 1) && doc.is_word(start - 1) {
            start -= 1;
        }
    }
    // (After the start of the sentence, a comma, "by", "from", or a quotation: "“...,”
    // FreshWay's chief executive, Ana Ruiz, said"; or a dateline's dash.)
    // ("“...,” said its national officer, Rob Kerr.": past the verb before it.)
    if start + 2 < comma
        && !doc.is_capitalised(start)
        && lexicon().verbs.contains_key(doc.lower(start))
        && (start == sentence.start || !doc.is_word(start - 1))
    {
        start += 1;
    }
    let opens = start == sentence.start
        || doc.is_punct(start - 1, ",")
        || crate::attribution::is_dash(doc, start - 1)
        || matches!(doc.lower(start - 1), "by" | "from")
        || lexicon().verbs.contains_key(doc.lower(start - 1)) && !doc.is_capitalised(start - 1)
        || matches!(doc.tokens[start - 1].kind(), TokenKind::Close(_));
    // ("But the head of ...": past a connective that opens the sentence.)
    let start = crate::attribution::leading_connectives(doc, start, comma);
    // ("Its chief executive, Lars Eik, said": an owner named before, by a pronoun.)
    let owned = matches!(
        doc.lower(start),
        "its" | "his" | "her" | "their" | "my" | "our"
    );
    // ("Labour's health spokesman, Ivo Brandt, said": an owner named by a name, the
    // affiliation.)
    // (Before the role: in "A spokeswoman for China's foreign ministry" the owner is the
    // body's.)
    // ("The EIS union's general secretary": or a word for a body after a name.)
    let owner = plural_owner.or_else(|| {
        (start..comma.min(start + 4))
            .take_while(|&t| !matches!(doc.lower(t), "for" | "of" | "at" | "to" | "with"))
            .find(|&t| {
                let word = strip_possessive(doc.word(t));
                word != doc.word(t)
                    && (doc.is_capitalised(t)
                        || t > start
                            && doc.is_capitalised(t - 1)
                            && !is_function_word(doc.lower(t - 1))
                            && is_body_noun(word))
            })
    });
    let determined = matches!(doc.lower(start), "the" | "a" | "an" | "another" | "one");
    if !opens || !(owned || owner.is_some() || determined) {
        return None;
    }
    let from = owner.map_or(start + usize::from(owned), |o| {
        o + 1 + usize::from(plural_owner == Some(o))
    });
    let mut np = parse_np(doc, from..comma);
    if let Some(o) = owner.filter(|_| np.affiliation.is_none()) {
        // (Only the name: "The company and France's secretary of state" is France's.)
        let mut first = o;
        while first > start
            && doc.is_capitalised(first - 1)
            && first > start + usize::from(determined)
        {
            first -= 1;
        }
        let words: Vec<&str> = (first..=o).map(|t| strip_possessive(doc.word(t))).collect();
        np.affiliation = Some(words.join(" "));
    }
    np.affiliation = np.affiliation.or(body);
    mark_former(doc, from..comma, &mut np);
    (np.role.is_some() && np.name.is_empty() && np.pronoun.is_none() && !np.plural).then_some(np)
}

/// Does a phrase open with a possessive pronoun ("her daughter", "His lawyer")?
pub(crate) fn owned_by_pronoun(text: &str) -> bool {
    let first = text.split(' ').next().unwrap_or_default();
    ["his", "her", "their"]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
}

/// A lower-case word for figures a body publishes ("official figures", "figures from the
/// Labor Department").
pub(crate) fn is_data_noun(word: &str) -> bool {
    matches!(
        word,
        "figures" | "data" | "statistics" | "estimates" | "numbers" | "records"
    )
}

/// Is this lower-case word a document that speaks for its author ("a statement released by
/// the ministry", "a report for Oxfam")?
pub(crate) fn is_document_noun(word: &str) -> bool {
    const DOCUMENTS: &[&str] = &[
        "statement",
        "report",
        "letter",
        "memo",
        "study",
        "release",
        "email",
        "e-mail",
        "tweet",
        "post",
        "filing",
        "indictment",
        "complaint",
        "lawsuit",
        "survey",
        "poll",
        "analysis",
    ];
    DOCUMENTS.contains(&word)
}

pub(crate) fn is_body_noun(word: &str) -> bool {
    // (A slice rather than a match: a rarely asked list, smaller in the wasm.)
    const BODIES: &[&str] = &[
        "union",
        "party",
        "ministry",
        "office",
        "department",
        "agency",
        "company",
        "firm",
        "bank",
        "committee",
        "council",
        "commission",
        "board",
        "association",
        "federation",
        "institute",
        "university",
        "hospital",
        "campaign",
        "fund",
        "foundation",
        "coalition",
        "authority",
        "embassy",
        "newspaper",
        "network",
        "league",
        "club",
        "team",
    ];
    BODIES.contains(&word)
}

/// The name of an owner written with its possessive ("Goldman Sachs's" -> "Goldman Sachs"),
/// a country by its own name ("Russia's" -> "Russia").
fn owner_name(doc: &Doc, tokens: Range<usize>) -> String {
    let words: Vec<&str> = tokens
        .filter(|&t| doc.is_word(t))
        .map(|t| strip_possessive(doc.word(t)))
        .collect();
    let name = words.join(" ");
    match country_of(&name.to_lowercase()) {
        Some(country) => lexicon().countries[country].name.clone(),
        None => name,
    }
}

/// Does an appositive after the name that ends at `after` name a body: ", the Memphis
/// theater company that brought the suit,", ", a nonprofit group in Ohio,"? Its head is the
/// last word before a relative clause, a preposition or the comma that closes it.
fn appositive_body(doc: &Doc, after: usize, end: usize) -> bool {
    if after + 2 >= end
        || !doc.is_punct(after, ",")
        || !matches!(doc.lower(after + 1), "the" | "a" | "an")
    {
        return false;
    }
    let head = (after + 2..end.min(after + 8))
        .take_while(|&t| {
            doc.tokens[t].kind() == TokenKind::Word
                && !matches!(
                    doc.lower(t),
                    "that" | "which" | "who" | "of" | "in" | "for" | "based" | "with" | "at"
                )
        })
        .last();
    // ("Isavia, the airport operator,", "Ostra, the Danish carrier,")
    head.is_some_and(|t| {
        !doc.is_capitalised(t) && (is_body_noun(doc.lower(t)) || is_kind_of_body(doc.lower(t)))
    })
}

/// Is this lower-case word one for a kind of body that may stand beside its name: a business
/// ("the airline", "the carrier") or another ("campaign group", "think tank", "the
/// regulator")?
fn is_kind_of_body(lower: &str) -> bool {
    BUSINESS_WORDS.contains(&lower)
        || matches!(
            lower,
            "group"
                | "charity"
                | "tank"
                | "consultancy"
                | "nonprofit"
                | "organisation"
                | "organization"
                | "watchdog"
                | "regulator"
                | "operator"
        )
}

/// A word for a kind of body after "the" in a role in apposition before the name at `name`,
/// which the body named before may be: "A spokesperson for the agency, Ian Gray,", "The
/// company's chair, Ada Wren,". The token of "the", and the endings of such bodies' names.
fn body_word_before(doc: &Doc, name: usize, sentence: usize) -> Option<(usize, Endings)> {
    if name < sentence + 3 || !doc.is_punct(name - 1, ",") {
        return None;
    }
    let word = (sentence.max(name.saturating_sub(6)) + 1..name - 1)
        .rev()
        .take_while(|&t| doc.is_word(t) && !doc.is_capitalised(t) || doc.lower(t) == "the")
        .find(|&t| {
            doc.lower(t - 1) == "the"
                && if t + 2 == name {
                    t >= 2 && matches!(doc.lower(t - 2), "for" | "of" | "at")
                } else {
                    strip_possessive(doc.word(t)) != doc.word(t)
                }
        })?;
    let noun = strip_possessive(doc.lower(word));
    Some((word - 1, body_endings(&format!("the {noun}"))?))
}

/// The "the" of a word for a body that ends an appositive after the name that ends at `end`,
/// and the endings of that body's name: "Ivo Lund, a former head of the centre, said".
fn body_word_after(doc: &Doc, end: usize, sentence_end: usize) -> Option<(usize, Endings)> {
    if end + 4 >= sentence_end || !doc.is_punct(end, ",") {
        return None;
    }
    let the = (end + 1..sentence_end.min(end + 8).saturating_sub(1))
        .take_while(|&t| doc.is_word(t) && !doc.is_capitalised(t))
        .find(|&t| {
            doc.lower(t) == "the"
                && doc.is_word(t + 1)
                && (matches!(doc.lower(t - 1), "of" | "for" | "at")
                    && (t + 2 == sentence_end
                        || doc.is_punct(t + 2, ",")
                        || doc.is_punct(t + 2, "."))
                    // ("said Ana Koul, the union's executive chair,": its owner.)
                    || t == end + 1 && strip_possessive(doc.word(t + 1)) != doc.word(t + 1))
        })?;
    let noun = strip_possessive(doc.lower(the + 1));
    Some((the, body_endings(&format!("the {noun}"))?))
}

/// The "its" that owns a role in apposition before the name at `name`, opening the sentence
/// that starts at `sentence`, after a verb of speech or after a quotation: "Its president,
/// Ada Wren, said".
fn owned_by_it(doc: &Doc, name: usize, sentence: usize) -> Option<usize> {
    if name < sentence + 3 || !doc.is_punct(name - 1, ",") {
        return None;
    }
    (sentence.max(name.saturating_sub(5))..name - 1)
        .rev()
        .take_while(|&t| doc.is_word(t))
        .find(|&t| doc.lower(t) == "its")
        .filter(|&its| {
            crate::attribution::leading_connectives(doc, sentence, its) == its
                // ("“...,” said its national officer, Rob Kerr.")
                || its > sentence
                    && !doc.is_capitalised(its - 1)
                    && lexicon().verbs.contains_key(doc.lower(its - 1))
                // ("“...,” its leader, Rob Kerr, said.")
                || its > sentence && crate::attribution::closes_after_comma(doc, its - 1)
        })
}

/// Does a word for a body stand in apposition before this name, set off by commas: "Her
/// management company, Bright Lights Artists, said", "the airline's parent company, Ostra
/// Group,"?
fn body_before_appositive(doc: &Doc, name: Range<usize>, sentence: Range<usize>) -> bool {
    if name.start < sentence.start + 3
        || name.end >= sentence.end
        || !doc.is_punct(name.start - 1, ",")
        || !doc.is_punct(name.end, ",")
    {
        return false;
    }
    let head = name.start - 2;
    let lower = doc.lower(head);
    let body = doc.is_word(head)
        && !doc.is_capitalised(head)
        && (is_body_noun(lower) || is_kind_of_body(lower));
    // (Opened by a determiner or an owner within three words: not "said the company, Ada
    // Wren," in a list.)
    body && (head.saturating_sub(3).max(sentence.start)..head)
        .rev()
        .take_while(|&t| doc.is_word(t))
        .any(|t| {
            matches!(
                doc.lower(t),
                "the" | "a" | "an" | "its" | "his" | "her" | "their"
            ) || strip_possessive(doc.word(t)) != doc.word(t)
        })
}

/// The body an appositive with "of" names after the name that ends at `after`: ", of West
/// Mercia Police," or ", of the Salem Tenants Union,". (Not a home town: ", of Shrewsbury,".)
fn body_after_of(doc: &Doc, after: usize, end: usize) -> Option<String> {
    if after + 2 >= end || !doc.is_punct(after, ",") || doc.lower(after + 1) != "of" {
        return None;
    }
    let start = after + 2 + usize::from(doc.lower(after + 2) == "the");
    let close = (start..end.min(start + 7))
        .find(|&t| !(doc.is_word(t) && (doc.is_capitalised(t) || doc.lower(t) == "of")))
        .unwrap_or(end);
    let closed = close == end || doc.is_punct(close, ",") || doc.is_punct(close, ".");
    (closed
        && close > start
        && doc.is_capitalised(close - 1)
        && (start..close).any(|t| is_org_word(doc.word(t))))
    .then(|| doc.text[doc.tokens[start].start()..doc.tokens[close - 1].end()].to_string())
}

/// The role an appositive gives the name that ends at `after`: ", the president of the
/// Harbor Fund," or ", a spokesman for the ministry,". Only a common noun phrase closed by a
/// comma or the sentence's end, naming nobody and owned by nobody ("the mayor's aide").
fn appositive_role(doc: &Doc, after: usize, end: usize) -> Option<Np> {
    if after + 1 >= end || !doc.is_punct(after, ",") {
        return None;
    }
    let start = after + 1;
    let first = doc.lower(start);
    // (A title, or one after a word or two that qualify it: "legal director of the ACLU".)
    // ("Paul Lund, its director, said": a role its owner's pronoun opens.)
    let owned_by_pronoun = matches!(first, "its" | "his" | "her" | "their");
    // ("Paul Dales, chief UK economist at ...": an acronym among them is a qualifier.)
    let titled = (start + usize::from(owned_by_pronoun)..end.min(start + 4))
        .take_while(|&t| {
            doc.tokens[t].kind() == TokenKind::Word
                && (!doc.is_capitalised(t) || t > start && is_acronym(doc.word(t)))
                && !is_function_word(doc.lower(t))
        })
        .take(3)
        .any(|t| is_title_word(doc.lower(t)));
    // ("“...” — Gloria Mendez, machinist": a signature's occupation, any lower-case words to
    // the end of the line.)
    let signature = {
        let mut name = after;
        while name > 0 && doc.is_capitalised(name - 1) && doc.is_word(name - 1) {
            name -= 1;
        }
        name > 0 && name < after && crate::attribution::is_dash(doc, name - 1) && {
            let words = (start..end).take_while(|&t| doc.tokens[t].kind() == TokenKind::Word);
            let last = words.clone().last().unwrap_or(start);
            last < start + 4
                && (last + 1..end).all(|t| doc.tokens[t].kind() == TokenKind::Punct)
                && words.clone().all(|t| {
                    !doc.is_capitalised(t)
                        && !is_function_word(doc.lower(t))
                        && !lexicon().verbs.contains_key(doc.lower(t))
                })
        }
    };
    if signature && !titled {
        let last = (start..end)
            .take_while(|&t| doc.tokens[t].kind() == TokenKind::Word)
            .last()?;
        return Some(Np {
            role: Some(doc.text[doc.tokens[start].start()..doc.tokens[last].end()].to_string()),
            nominal: true,
            ..Np::default()
        });
    }
    // ("Tim Cook, Apple's chief executive,": a name's possessive, then a role in lower case:
    // the role, affiliated with the owner.)
    // ("Ana Holt, the EU's competition chief,": after "the" too.)
    let start =
        start + usize::from(first == "the" && start + 1 < end && doc.is_capitalised(start + 1));
    if let Some(owner_end) = (start..end.min(start + 4))
        .take_while(|&t| doc.is_word(t) && doc.is_capitalised(t))
        .find(|&t| strip_possessive(doc.word(t)) != doc.word(t))
    {
        let close = (owner_end + 1..end.min(owner_end + 6))
            .find(|&t| !doc.is_word(t) || doc.is_capitalised(t))
            .unwrap_or(end);
        let closed = close == end || doc.is_punct(close, ",") || doc.is_punct(close, ".");
        if closed && close > owner_end + 1 && is_title_word(doc.lower(close - 1)) {
            let mut np = parse_np(doc, owner_end + 1..close);
            if np.role.is_some() && np.name.is_empty() && !np.plural {
                // (The owner's name without its title: "Mr. Obama's" -> "Obama".)
                let owner_start = (start..owner_end)
                    .find(|&t| {
                        let w = doc.lower(t);
                        !(is_title_word(w) || w.ends_with('.') && w.len() <= 5)
                    })
                    .unwrap_or(owner_end);
                np.affiliation = Some(owner_name(doc, owner_start..owner_end + 1));
                return Some(np);
            }
        }
    }
    let start = after + 1;
    if after + 2 < end && doc.is_capitalised(start) {
        return capitalised_title(doc, start, end);
    }
    if after + 2 >= end || !(matches!(first, "the" | "a" | "an") || titled) {
        return None;
    }
    let start = start + usize::from(owned_by_pronoun);
    // (Closed by a comma: in "at Ground Zero, sources said" the words after the comma are
    // the clause's subject. Or by the sentence's end: "..., said Karl Eik, an economist.")
    let mut last = end;
    while last > start && doc.tokens[last - 1].kind() != TokenKind::Word {
        last -= 1;
    }
    // ("a cardiologist at Cedar Valley Hospital who was not involved in the study,": the
    // role ends before a relative clause about the person, set off up to a comma.)
    let relative = (start + 2..end.min(start + 12))
        .take_while(|&t| !doc.is_punct(t, ","))
        .find(|&t| matches!(doc.lower(t), "who" | "whose"))
        // (Or running to the sentence's end: "..., said Ada Wren, an epidemiologist at Orlen
        // University who led the study.")
        .filter(|&who| end <= who + 30 || (who..who + 30).any(|t| doc.is_punct(t, ",")))
        // (Without an "and" before it: "the director at the Center and whose ...".)
        .map(|who| who - usize::from(matches!(doc.lower(who - 1), "and" | "or")));
    // ("the study's lead author and a planetary scientist at ...": the first of two roles.)
    // ("the former governor and Environmental Protection Agency administrator": or a role
    // its body's name opens.)
    // ("a climate specialist at the University of Alaska Fairbanks and one of the report's
    // editors": or one of a group.)
    let second_role = (start + 2..end.min(start + 20)).find(|&t| {
        doc.lower(t) == "and"
            && t + 2 < end
            && (matches!(doc.lower(t + 1), "a" | "an")
                || doc.lower(t + 1) == "one" && doc.lower(t + 2) == "of"
                || (t + 1..end.min(t + 7))
                    .find(|&u| !doc.is_capitalised(u))
                    .is_some_and(|u| u > t + 1 && is_title_word(doc.lower(u))))
    });
    let close = relative
        .or_else(|| (start..end.min(start + 20)).find(|&t| doc.is_punct(t, ",")))
        .or_else(|| {
            // (Not a clause: "..., sources said.")
            let verbless = (start..last).all(|t| !lexicon().verbs.contains_key(doc.lower(t)));
            (verbless && last > start && last <= start + 12 && last + 2 >= end).then_some(last)
        })
        .or(second_role)?;
    let close = second_role.map_or(close, |and| close.min(and));
    // (A pronoun's role is short and single: not "peppered Mr. Lund, his family members and
    // advisers with ...", a list.)
    // ("its deputy chief UK economist": up to four words.)
    if owned_by_pronoun
        && (close > start + 4 || (start..close).any(|t| matches!(doc.lower(t), "and" | "or")))
    {
        return None;
    }
    // (An owner named by a common noun is no part of the role: "the union's negotiator" is a
    // negotiator; one named by a name is someone else's, "the mayor Ada Wren's aide".)
    // (Not an owner of the body after "of" or "at": "director of the ACLU's Voting Rights
    // Project", "strategist for Ada Wren's 2008 campaign"; not "veteran of Wren's landslide".)
    let body_after = strip_possessive(doc.word(close - 1)) == doc.word(close - 1)
        && (doc.is_capitalised(close - 1) || is_body_noun(doc.lower(close - 1)));
    let owner_end = (start..close)
        .find(|&t| body_after && matches!(doc.lower(t), "of" | "at" | "for"))
        .unwrap_or(close);
    // (A body's name with a possessive inside is no owner: "a People's Party MP".)
    let owned = (start..owner_end).any(|t| {
        strip_possessive(doc.word(t)) != doc.word(t)
            && doc.is_capitalised(t)
            && !(t + 1 < owner_end && doc.is_capitalised(t + 1) && is_org_word(doc.word(t + 1)))
    });
    // (Nor words ending in a speech verb: "Trump, union members and leaders say, ...".)
    let clause = (start..close).any(|t| matches!(doc.lower(t), "who" | "which" | "that"))
        || !doc.is_capitalised(close - 1) && lexicon().verbs.contains_key(doc.lower(close - 1));
    if owned || clause || close == start {
        return None;
    }
    let mut np = parse_np(doc, start..close);
    // ("a professor of statistics at the Open University" reads as plural by its field.)
    let unread = np.role.is_none() || !np.name.is_empty() || np.plural;
    // (Also where a field read as a group: "a professor of economics at Harbor University".)
    if unread && np.pronoun.is_none() {
        np = occupation_at(doc, start..close).unwrap_or(np);
    } else if let Some(fuller) = occupation_at(doc, start..close).filter(|o| {
        // ("emeritus professor of applied statistics at the Open University": the field is
        // part of the role.)
        matches!((&o.role, &np.role), (Some(long), Some(short)) if long.len() > short.len() && long.starts_with(short.as_str()))
    }) {
        np = fuller;
    }
    if np.role.is_none() || !np.name.is_empty() || np.pronoun.is_some() || np.plural {
        return None;
    }
    mark_former(doc, start..close, &mut np);
    Some(np)
}

/// "..., said Ada Wren, Senior Vice President of Sales at Acme Robotics.": a title in
/// capitals, as press releases and British papers write it, closed by a comma or the
/// sentence's end, with its body after "at" or "of" ("Chief Executive of the Harbor Trust";
/// not "Secretary of State", a title of its own).
fn capitalised_title(doc: &Doc, start: usize, end: usize) -> Option<Np> {
    let joiner = |t: usize| matches!(doc.word(t), "of" | "at" | "and" | "for" | "the" | "&");
    let close = (start..end.min(start + 14))
        .find(|&t| !(doc.is_word(t) && (doc.is_capitalised(t) || joiner(t))))?;
    let closed =
        doc.is_punct(close, ",") || (close..end).all(|t| doc.tokens[t].kind() == TokenKind::Punct);
    // The body: after the last "at", or else after "of" where the title does not go on.
    // ("Time's Assistant Managing Editor", "Ohio Secretary of State": an owner or a place
    // before the title is its body.)
    let lex = lexicon();
    let owner = start + 1 < close && {
        let word = doc.lower(start);
        strip_possessive(word) != word
            || lex.regions.contains(word)
            || lex.places.contains_key(word)
    };
    let title = start + usize::from(owner);
    let at = (title + 1..close).rev().find(|&t| doc.word(t) == "at");
    let of = (title + 1..close).find(|&t| doc.word(t) == "of");
    let whole_title = title_at(doc, title, close).is_some_and(|(len, _)| title + len >= close);
    let cut = at.or(of.filter(|_| !whole_title)).unwrap_or(close);
    // (The title's last word before its field: "Vice President of Sales".)
    let head = (title..cut).find(|&t| doc.word(t) == "of").unwrap_or(cut) - 1;
    if !closed || cut + 1 == close || !(whole_title || is_title_word(doc.lower(head))) {
        return None;
    }
    let text = |from: usize, to: usize| {
        let text = &doc.text[doc.tokens[from].start()..doc.tokens[to - 1].end()];
        strip_possessive(text).to_string()
    };
    let body = cut + 1 + usize::from(cut + 1 < close && doc.word(cut + 1) == "the");
    Some(Np {
        tokens: start..close,
        role: Some(text(title, cut)),
        affiliation: if body < close {
            Some(text(body, close))
        } else {
            owner.then(|| text(start, title))
        },
        kind: Some(SpeakerKind::Person),
        nominal: true,
        ..Np::default()
    })
}

/// A rank written short before a name ("Sgt.", "Maj. Gen.") or a title of birth ("Prince",
/// "Sheikh"): it says less than a role.
fn is_rank(word: &str) -> bool {
    const RANKS: &[&str] = &[
        "Sgt.",
        "Sgt",
        "Det.",
        "Lt.",
        "Cpl.",
        "Pvt.",
        "Insp.",
        "Capt.",
        "Maj.",
        "Gen.",
        "Col.",
        "Adm.",
        "Cmdr.",
        "Brig.",
        "Prince",
        "Princess",
        "Sheikh",
        "General",
        // (A church's ranks: "The Vatican's secretary of state, Cardinal Pietro Parolin".)
        "Cardinal",
        "Archbishop",
        "Bishop",
        "Rabbi",
        "Rev.",
        "Imam",
        // ("Prof Ada Wren, emeritus professor of statistics at ...": an academic's title
        // says less than the appositive.)
        "Prof.",
        "Prof",
        "Professor",
        "Cllr",
        "Cllr.",
    ];
    RANKS.contains(&word)
}

/// "the former governor" held the role once: it is not who "the governor" is now.
fn mark_former(doc: &Doc, words: Range<usize>, np: &mut Np) {
    if words.into_iter().any(|t| doc.lower(t) == "former") {
        np.role = np
            .role
            .take()
            .map(|role| match role.starts_with("former ") {
                true => role,
                false => format!("former {role}"),
            });
    }
}

/// "a hydrologist at the University of Reading", "an engineer with Harbor Fund": in
/// apposition to a person's name, a singular common noun at a named body is the person's
/// occupation, whether or not the lexicon knows the word.
fn occupation_at(doc: &Doc, phrase: Range<usize>) -> Option<Np> {
    let words = phrase.clone();
    // (Or a title the lexicon knows, without an article: "professor of law at Harbor
    // University".)
    let article = usize::from(matches!(doc.lower(words.start), "a" | "an"));
    if words.len() < 3 + article {
        return None;
    }
    let first = words.start + article;
    // ("a nurse in the emergency department at Mercy General": where in the body the role
    // is held, in lower case, before it.)
    let within = (first + 1..words.end.min(first + 3))
        .find(|&t| matches!(doc.lower(t), "in" | "on"))
        .and_then(|inside| {
            (inside + 1..words.end.min(inside + 6))
                .take_while(|&t| doc.tokens[t].kind() == TokenKind::Word && !doc.is_capitalised(t))
                .find(|&t| doc.lower(t) == "at")
                .map(|at| (inside, at))
        });
    let mut prep = match within {
        Some((_, at)) => at,
        // ("chief executive officer at ...", "chief UK economist at ...": up to three words.)
        None => (first + 1..words.end.min(first + 4))
            .find(|&t| matches!(doc.lower(t), "at" | "of" | "with" | "for"))?,
    };
    let head = doc.lower(within.map_or(prep, |(inside, _)| inside) - 1);
    if article == 0 && !is_title_word(head) {
        return None;
    }
    // ("a professor of economics at Harbor University": the field is part of the role.)
    if doc.lower(prep) == "of" {
        if let Some(at) = (prep + 2..words.end.min(prep + 5))
            .find(|&t| matches!(doc.lower(t), "at" | "with" | "for"))
            .filter(|&at| {
                (prep + 1..at).all(|t| !doc.is_capitalised(t) && !is_function_word(doc.lower(t)))
            })
        {
            prep = at;
        }
    }
    let role_end = within.map_or(prep, |(inside, _)| inside);
    let lower_words = (first..role_end).all(|t| {
        doc.tokens[t].kind() == TokenKind::Word
            && (!doc.is_capitalised(t) || t > first && is_acronym(doc.word(t)))
    });
    let mut name = prep + 1;
    if name < words.end && doc.lower(name) == "the" {
        name += 1;
    }
    // ("a cardiologist at Mercy Hospital in Denver": the body, then where it is.)
    let body_end = (name + 1..words.end)
        .find(|&t| doc.lower(t) == "in")
        .filter(|&i| i + 1 < words.end && (i + 1..words.end).all(|t| doc.is_capitalised(t)))
        .unwrap_or(words.end);
    let named = name < body_end
        && (name..body_end).all(|t| doc.is_capitalised(t) || is_name_joiner(doc.lower(t)));
    let singular = !head.ends_with('s') || head.ends_with("ss") || head.ends_with("us");
    if !lower_words || !named || !singular || is_function_word(head) {
        return None;
    }
    let role: Vec<&str> = (first..role_end).map(|t| doc.word(t)).collect();
    let body = &doc.text[doc.tokens[name].start()..doc.tokens[body_end - 1].end()];
    Some(Np {
        tokens: phrase,
        role: Some(role.join(" ")),
        affiliation: Some(body.to_string()),
        kind: Some(SpeakerKind::Person),
        nominal: true,
        ..Np::default()
    })
}

/// Reads a noun phrase (the tokens of a source mention) into what it says: the name is the
/// capitalised words after the last title; the words before the title qualify the role
/// ("Treasury Secretary") or name an affiliation ("US", "NATO", "Ukrainian").
///
/// What a phrase says depends only on its own tokens, and news repeats its names ("Mr.
/// Trump", "the White House") hundreds of times: each distinct phrase is read once per
/// document and remembered (see `Doc::np_cache`).
pub(crate) fn parse_np(doc: &Doc, tokens: Range<usize>) -> Np {
    if tokens.is_empty() || tokens.end > doc.tokens.len() {
        return read_np(doc, tokens);
    }
    let key = {
        let mut guard = doc.np_cache();
        let cache = &mut *guard;
        if np_key(doc, tokens.clone(), &mut cache.key).is_none() {
            drop(guard);
            return read_np(doc, tokens);
        }
        if let Some(&known) = cache.index.get(cache.key.as_str()) {
            let mut np = cache.read[known].clone();
            np.tokens = tokens;
            return np;
        }
        cache.key.clone()
    };
    // (Read outside the borrow: a phrase's parts are read through this cache too.)
    let np = read_np(doc, tokens);
    let mut cache = doc.np_cache();
    let known = cache.read.len();
    cache.read.push(np.clone());
    cache.index.insert(key, known);
    np
}

/// The key of a phrase for the cache of `parse_np`: the length of its text, its text, then
/// where each token starts in it and of what kind it is (the same text can be cut or paired
/// differently), each offset a character of its own. None for a phrase too long to key so.
fn np_key(doc: &Doc, tokens: Range<usize>, key: &mut String) -> Option<()> {
    // (Offsets from U+0100 up to below the surrogates: a phrase of up to 50 KB.)
    let char_of = |n: usize| char::from_u32(0x100 + u32::try_from(n).ok()?).filter(|_| n < 0xD000);
    key.clear();
    let base = doc.tokens[tokens.start].start();
    let text = &doc.text[base..doc.tokens[tokens.end - 1].end()];
    key.push(char_of(text.len())?);
    key.push_str(text);
    for t in tokens {
        let token = &doc.tokens[t];
        key.push(char_of(token.start() - base)?);
        key.push(match token.kind() {
            TokenKind::Word => 'w',
            TokenKind::Number => 'n',
            TokenKind::Punct => 'p',
            TokenKind::Open(_) => 'o',
            TokenKind::Close(_) => 'c',
            TokenKind::OtherMark => 'm',
        });
    }
    Some(())
}

fn read_np(doc: &Doc, tokens: Range<usize>) -> Np {
    let lex = lexicon();
    let mut np = Np {
        tokens: tokens.clone(),
        ..Np::default()
    };
    let mut words: Vec<usize> = tokens.clone().filter(|&t| doc.is_word(t)).collect();
    // ("Simon Kerr KC", "Ada Wren MP": letters after a name are no part of it.)
    if words.len() >= 3
        && matches!(
            doc.word(words[words.len() - 1]),
            "KC" | "QC" | "MP" | "MEP" | "MSP" | "OBE" | "MBE" | "CBE"
        )
        && words[words.len() - 3..words.len() - 1].iter().all(|&w| {
            doc.is_capitalised(w)
                && !is_org_word(doc.word(w))
                && party_name(doc.lower(w)).is_none()
                && !matches!(doc.lower(w), "one" | "another")
                && !is_number_word(doc.lower(w))
                && !is_function_word(doc.lower(w))
                && country_of(strip_possessive(doc.lower(w))).is_none()
        })
    {
        words.pop();
    }
    if words.is_empty() {
        return np;
    }
    // ("Some Democrats", "Other Republicans": a quantifier capitalised as the sentence's first
    // word, before a plural, names a group.)
    if let [first, plural] = words[..] {
        let quantifier = matches!(
            doc.lower(first),
            "some" | "many" | "other" | "most" | "several" | "few" | "both" | "all" | "more"
        );
        if quantifier && doc.is_capitalised(plural) && doc.word(plural).ends_with('s') {
            // ("Most Americans": a people's country.)
            let lower = doc.lower(plural);
            np.affiliation = country_of(lower)
                .or_else(|| country_of(&lower[..lower.len() - 1]))
                .map(|c| lex.countries[c].name.clone());
            np.nominal = true;
            np.plural = true;
            np.kind = Some(SpeakerKind::Unknown);
            np.text = nominal_text(doc, &words);
            return np;
        }
    }
    // "Rep. Gwen Moore (D-Wis.)": a party and state label in parentheses is not part of the
    // name; the party is the affiliation.
    // "Sens. Ada Wren (D-Ore.), Ivo Brandt (D-Ohio) and Tom Reyl": names joined by "and"
    // (below) are a group, whatever labels they carry.
    // ("... Gov. Ann Holt (D) and former Gov. Ivo Brandt": a lower-case role may open the
    // second name. "the Parks and Recreation Department" is one body's name.)
    // ("Work and Pensions Secretary Ana Holt": one department's name before its title.)
    let department = |k: usize| department_title(doc, tokens.start, words[k], tokens.end).is_some();
    let joined = (1..words.len().saturating_sub(1)).any(|k| {
        doc.lower(words[k]) == "and"
            && doc.is_capitalised(words[k - 1])
            && !department(k)
            && (matches!(doc.lower(words[k + 1]), "other" | "others")
                // ("Ada Wren and her husband, Ivo Lund")
                || k + 3 < words.len()
                    && matches!(doc.lower(words[k + 1]), "his" | "her" | "their")
                    && doc.is_capitalised(words[k + 3])
                || words[k + 1..]
                    .iter()
                    .take(3)
                    .position(|&w| doc.is_capitalised(w))
                    .is_some_and(|i| {
                        i == 0
                            || doc.is_punct(words[k] - 1, ")")
                            || i == 1 && doc.lower(words[k + 1]) == "the"
                    }))
            && (!words[k + 1..].iter().any(|&w| is_org_word(doc.word(w)))
                // ("the Harbor Union and the Fair Trade League" are two.)
                || doc.lower(words[k + 1]) == "the")
    });
    if let Some(open) = tokens
        .clone()
        .skip(1)
        .find(|&t| doc.is_punct(t, "("))
        .filter(|_| !joined)
    {
        let label = tokens
            .clone()
            .skip_while(|&t| t <= open)
            .find(|&t| doc.is_word(t))
            .map(|t| doc.word(t));
        if let Some(party) = label.and_then(party_of) {
            let mut head = parse_np(doc, tokens.start..open);
            head.affiliation = head.affiliation.or(Some(party.to_string()));
            head.tokens = tokens;
            return head;
        }
        // ("Ada Wren (@adawren)", "Ivo Lund (pictured)": an aside in parentheses that ends
        // the phrase is no part of the name.)
        if doc.is_punct(tokens.end - 1, ")") {
            let mut head = parse_np(doc, tokens.start..open);
            if !head.name.is_empty() {
                head.tokens = tokens;
                return head;
            }
        }
    }
    // "One of the aides", "Two of the dockers", "some of his advisers": a part of a group,
    // named by the whole phrase.
    // (Not with a name after it: "One of them, UnitedHealth Group," is the company.)
    if words.len() >= 3
        && doc.lower(words[1]) == "of"
        && words[2..].iter().all(|&w| !doc.is_capitalised(w))
        && {
            let first = doc.lower(words[0]);
            is_number_word(first)
                || matches!(
                    first,
                    "one"
                        | "some"
                        | "many"
                        | "several"
                        | "most"
                        | "both"
                        | "each"
                        | "all"
                        | "none"
                        | "few"
                )
        }
    {
        np.nominal = true;
        np.plural = !matches!(doc.lower(words[0]), "one" | "each" | "none");
        np.kind = Some(SpeakerKind::Unknown);
        np.text = nominal_text(doc, &words);
        return np;
    }
    // "Mr. Ivo Morgan of the Green Club", "a spokesman for the ministry": the head is before
    // the preposition, what follows is the affiliation.
    // ("an analyst at Nordic Bank": a role in lower case, then a name without "the".)
    // (A person's role, one person's: not "members of Congress", "a report for Oxfam".)
    // ("The chief executive of Northway Airlines": a title of several words ends there.)
    let titled = |k: usize| {
        let head = doc.lower(words[k - 1]);
        (is_title_word(head)
            || (0..k - 1).any(|j| {
                title_at(doc, words[j], words[k]).is_some_and(|(n, _)| words[j] + n == words[k])
            }))
            && !head.ends_with('s')
            && !is_document_noun(head)
    };
    // (Lower case before it, but for a determiner that opens the sentence: "The head of
    // Northway Airlines".)
    let lower_before = |k: usize| {
        words[..k].iter().enumerate().all(|(i, &t)| {
            !doc.is_capitalised(t)
                || i == 0 && matches!(doc.lower(t), "the" | "a" | "an" | "its" | "his" | "her")
        })
    };
    let common_head = |k: usize| doc.is_capitalised(words[k + 1]) && lower_before(k) && titled(k);
    // ("a source close to the King": "close" between the role and "to".)
    let close_to = |k: usize| k >= 2 && doc.lower(words[k - 1]) == "close" && titled(k - 1);
    // ("the ambassador to the United Nations", "an adviser to Ivo Lund": "to" after a role.)
    if let Some(k) = (1..words.len().saturating_sub(1)).find(|&k| match doc.lower(words[k]) {
        "of" | "for" | "at" => doc.lower(words[k + 1]) == "the" || common_head(k),
        "to" => {
            lower_before(k)
                && (titled(k) || close_to(k))
                && (doc.lower(words[k + 1]) == "the" || doc.is_capitalised(words[k + 1]))
        }
        _ => false,
    }) {
        let after = if doc.lower(words[k + 1]) == "the" {
            k + 2
        } else {
            k + 1
        };
        let head_end = if close_to(k) { words[k - 1] } else { words[k] };
        let mut head = parse_np(doc, tokens.start..head_end);
        // ("Critics of the plan": a plural capitalised only because it opens the sentence.)
        let opening_plural = k == 1
            && head.name.len() == 1
            && words[0] == tokens.start
            && plural_common_opening(doc, words[0]);
        if opening_plural {
            np.nominal = true;
            np.plural = true;
            np.kind = Some(SpeakerKind::Unknown);
            np.text = nominal_text(doc, &words);
            return np;
        }
        // ("Britain's ambassador to the United Nations": where an envoy is sent is part of
        // the role; who sends the envoy is the affiliation.)
        let sent = doc.lower(words[k]) == "to"
            && matches!(
                doc.lower(words[k - 1]),
                "ambassador" | "envoy" | "representative" | "emissary"
            );
        if let Some(role) = head.role.as_mut().filter(|_| sent) {
            let place: Vec<&str> = words[k..].iter().map(|&t| doc.word(t)).collect();
            *role = format!("{role} {}", place.join(" "));
            head.kind = Some(SpeakerKind::Person);
        } else if head.affiliation.is_none() {
            let mut rest: Vec<&str> = words[after..].iter().map(|&t| doc.word(t)).collect();
            // (Not what is joined after it: "the Brookings Institution and a Democratic
            // superdelegate"; nor the adjectives before a name: "the libertarian Cato
            // Institute".)
            // ("a former aide to Ivo Lund and now the chairman of ...": nor a second role.)
            if let Some(and) = (1..rest.len().saturating_sub(1)).find(|&i| {
                rest[i] == "and"
                    && (is_function_word(&rest[i + 1].to_lowercase())
                        || rest[i + 1].starts_with(char::is_lowercase))
            }) {
                rest.truncate(and);
            }
            // ("a nurse at Montefiore for 11 years", "since 2010": how long is no part of the
            // body.)
            // (A year is a number, no word: "since" then ends the words.)
            if let Some(since) = (1..rest.len()).find(|&i| {
                matches!(rest[i], "for" | "since" | "until")
                    && rest.get(i + 1).is_none_or(|next| {
                        next.starts_with(|c: char| c.is_ascii_digit())
                            || is_number_word(&next.to_lowercase())
                            || matches!(*next, "more" | "nearly" | "almost" | "over")
                    })
            }) {
                rest.truncate(since);
            }
            // ("a cardiologist at Mercy Hospital in Denver": where the body is, after a word
            // for a body, is no part of its name; an embassy's city is.)
            if let Some(in_place) = (2..rest.len().saturating_sub(1)).find(|&i| {
                rest[i] == "in"
                    && (is_org_word(rest[i - 1]) || is_body_noun(&rest[i - 1].to_lowercase()))
                    && !matches!(rest[i - 1], "Embassy" | "Consulate")
                    && rest[i + 1..]
                        .iter()
                        .all(|w| w.starts_with(char::is_uppercase))
            }) {
                rest.truncate(in_place);
            }

            let capital = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
            // ("chairman of the board of Acme Robotics": the board is part of the role.)
            if rest.len() > 2 && rest[..2] == ["board", "of"] {
                let the = usize::from(rest[2] == "the");
                if rest.get(2 + the).is_some_and(capital) {
                    head.role = head.role.map(|role| role + " of the board");
                    rest.drain(..2 + the);
                }
            }
            let adjective = |w: &&str| {
                !is_function_word(&w.to_lowercase())
                    && !w.ends_with("ed")
                    && !w.chars().any(|c| c.is_ascii_digit())
            };
            if let Some(named) = rest.iter().position(capital).filter(|&i| i > 0 && i <= 3) {
                let name_only = rest[named..]
                    .iter()
                    .all(|w| capital(w) || matches!(*w, "of" | "and" | "for" | "the" | "&"));
                if name_only && rest[..named].iter().all(adjective) {
                    rest.drain(..named);
                }
            }
            // ("the head of the dockers union": a body named by common nouns, more than its
            // bare noun: "a spokesman for the ministry" does not say which.)
            let body = rest.len() >= 2
                && rest.iter().all(|w| !is_function_word(w))
                && is_body_noun(&rest[rest.len() - 1].to_lowercase());
            if body
                || rest
                    .first()
                    .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
            {
                head.affiliation = Some(rest.join(" "));
            }
        }
        if head.nominal {
            head.text = nominal_text(doc, &words);
        }
        head.tokens = tokens;
        return head;
    }
    // "Senator John Cornyn of Texas": a place after "of" is where the person comes from.
    // ("Ada Wren of Salem": after a first name and a surname, any capitalised place.)
    let known_place = |k: usize| {
        let place = lower_phrase(doc, &words[k + 1..]);
        lex.regions.contains(place.as_ref()) || lex.places.contains_key(place.as_ref())
    };
    // ("Prime Minister Teuila Fono of Ostland": or a capitalised title and two names before
    // "of"; not "political scientist Ivo Lund of Wren", which may be about Wren.)
    let titled = |k: usize| {
        doc.is_capitalised(words[0])
            && title_at(doc, words[0], words[k]).is_some_and(|(len, _)| {
                len + 2 <= k && words[len..k].iter().all(|&w| doc.is_capitalised(w))
            })
    };
    // ("Nikku Madhusudhan of the University of Cambridge": or two names before a body.)
    let named_of_body = |k: usize| {
        k >= 2
            && doc.lower(words[k]) == "of"
            && words[..k]
                .iter()
                .all(|&w| doc.is_capitalised(w) && !is_function_word(doc.lower(w)))
            && words[k + 1..].iter().any(|&w| is_org_word(doc.word(w)))
    };
    let first_named = |k: usize| {
        words[..k - 1]
            .iter()
            .any(|&w| lex.first_names.contains_key(doc.lower(w)))
    };
    // ("Kallum Pickering of Berenberg": or two names no list knows, neither a word for a body,
    // a title nor a place, before one capitalised word.)
    let two_names_of = |k: usize| {
        k == 2
            && words.len() <= 6
            && doc.lower(words[k]) == "of"
            && words[..k].iter().all(|&w| {
                let lower = doc.lower(w);
                doc.is_capitalised(w)
                    && party_name(lower.trim_end_matches('s')).is_none()
                    && !matches!(lower, "former" | "then" | "late")
                    && !is_org_word(doc.word(w))
                    && !is_title_word(lower)
                    && !is_function_word(lower)
                    && country_of(lower).is_none()
                    && !lex.regions.contains(lower)
                    && !is_acronym(doc.word(w))
            })
    };
    let person_of = |k: usize| {
        (first_named(k) || titled(k) || named_of_body(k) || two_names_of(k))
            // (Not a title's "of": "Secretary of State"; "Professor Ada Wren of" is a name's.)
            && !words[..k].iter().any(|&w| {
                is_org_word(doc.word(w))
                    || title_at(doc, w, words[k]).is_some_and(|(len, _)| w + len == words[k])
            })
            && words[k + 1..].iter().all(|&w| doc.is_capitalised(w))
    };
    // ("Ada Wren at Harbor Capital": "at" a person's workplace.)
    if let Some(k) = (2..words.len().saturating_sub(1)).find(|&k| {
        let of = doc.lower(words[k]) == "of";
        (of || doc.lower(words[k]) == "at")
            && doc.is_capitalised(words[k - 1])
            // ("Royal Bank of Scotland" is one name.)
            && (of && known_place(k) && !is_org_word(doc.word(words[k - 1])) || person_of(k))
    }) {
        let mut head = parse_np(doc, tokens.start..words[k]);
        // ("David Woodard of Clemson University": a body after "of" is the affiliation.)
        let body =
            doc.lower(words[k]) == "at" || words[k + 1..].iter().any(|&w| is_org_word(doc.word(w)));
        // ("Ian Shepherdson of Pantheon": after a person's names, what they are of.)
        // (Not after an occupation in lower case: "political scientist Patrick Murray of
        // Christie" may be about Christie. Nor an owner: "Ben Alder of King's" in "... of
        // King's College".)
        let last = doc.word(words[words.len() - 1]);
        let named = (first_named(k) || two_names_of(k))
            && strip_possessive(last) == last
            && words[..k].iter().all(|&w| doc.is_capitalised(w));
        if head.affiliation.is_none() && (known_place(k) || body || titled(k) || named) {
            let place = &doc.text
                [doc.tokens[words[k + 1]].start()..doc.tokens[words[words.len() - 1]].end()];
            head.affiliation = Some(
                match lex.places.get(lower_phrase(doc, &words[k + 1..]).as_ref()) {
                    Some(&country) => lex.countries[country].name.clone(),
                    None => place.to_string(),
                },
            );
        }
        head.tokens = tokens;
        return head;
    }
    // "the mayor of Orlen", "the senator from Vermont", "a spokeswoman for Ada Wren", "an aide
    // to Ivo Lund": a role named by a common noun, with the place, body or person it serves;
    // the whole phrase names the speaker (not the person served).
    // ("the Democrat from Salem": a member of a party, named with the place it represents.)
    let party = |t: usize| matches!(doc.lower(t), "democrat" | "republican" | "independent");
    // ("a factory owner in Ohio": or where the role is held.)
    // ("a teacher in rural Ohio": a word for the part of a place before its name.)
    let place_at = |k: usize| {
        if doc.is_capitalised(words[k + 1]) {
            Some(k + 1)
        } else {
            const PARTS: &[&str] = &[
                "rural",
                "northern",
                "southern",
                "eastern",
                "western",
                "central",
                "suburban",
                "downtown",
                "coastal",
                "northeastern",
                "northwestern",
                "southeastern",
                "southwestern",
            ];
            (k + 2 < words.len()
                && PARTS.contains(&doc.lower(words[k + 1]))
                && doc.is_capitalised(words[k + 2]))
            .then_some(k + 2)
        }
    };
    // ("Parents interviewed at a clinic in Lubbock", "Voters waiting in line in Salem": a
    // plural and the participle phrase that qualifies it are a group, whatever place ends
    // the phrase.)
    if words.len() >= 3 && {
        let head = doc.lower(words[0]);
        let participle = doc.lower(words[1]);
        (plural_common_opening(doc, words[0])
            || !doc.is_capitalised(words[0]) && head.ends_with('s') && !head.ends_with("ss"))
            && !is_function_word(head)
            && !doc.is_capitalised(words[1])
            && (participle.ends_with("ed") || participle.ends_with("ing"))
            && !is_function_word(participle)
            && words[2..].iter().any(|&t| doc.is_capitalised(t))
    } {
        np.nominal = true;
        np.plural = true;
        np.kind = Some(SpeakerKind::Unknown);
        np.text = nominal_text(doc, &words);
        return np;
    }
    // ("Tenants of a 300-unit apartment complex in Phoenix": a plural, and "of" a thing
    // somewhere, are a group.)
    if words.len() >= 6
        && doc.lower(words[1]) == "of"
        && matches!(doc.lower(words[2]), "a" | "an" | "the")
        && {
            let head = doc.lower(words[0]);
            head.ends_with('s') && !head.ends_with("ss") && !is_function_word(head)
        }
        && (3..words.len() - 1).any(|k| {
            matches!(doc.lower(words[k]), "in" | "at" | "near")
                && words[3..k].iter().all(|&w| !doc.is_capitalised(w))
                && words[k + 1..].iter().all(|&w| doc.is_capitalised(w))
        })
    {
        np.nominal = true;
        np.plural = true;
        np.kind = Some(SpeakerKind::Unknown);
        np.text = nominal_text(doc, &words);
        return np;
    }
    // ("A study published in China", "the fossil discovered in Spain": one thing so
    // qualified.)
    // ("An Israeli hostage released from Gaza on Saturday": after a people's adjective, and
    // with a day after the place.)
    let adjective = usize::from(
        words.len() >= 5
            && doc.is_capitalised(words[1])
            && lex.demonyms.contains_key(doc.lower(words[1])),
    );
    let mut place_end = words.len();
    if place_end >= 7 && is_calendar_word(doc.lower(words[place_end - 1])) {
        place_end -= 1;
        if matches!(doc.lower(words[place_end - 1]), "on" | "last" | "this") {
            place_end -= 1;
        }
    }
    if words.len() >= 4 + adjective && {
        let (noun, participle, at) = (
            words[1 + adjective],
            words[2 + adjective],
            words[3 + adjective],
        );
        matches!(doc.lower(words[0]), "a" | "an" | "the")
        && !doc.is_capitalised(noun)
        && !is_function_word(doc.lower(noun))
        && (!is_title_word(doc.lower(noun)) || THINGS.contains(&doc.lower(noun)))
        && !doc.is_capitalised(participle)
        && doc.lower(participle).ends_with("ed")
        && matches!(doc.lower(at), "in" | "at" | "near" | "from")
        // (Where it was, a place the gazetteer knows: "a statement posted on the website
        // GunBroker.com", "filed in court by Ivo Lund" name an author.)
        && place_end > 4 + adjective
        && {
            let named = &words[4 + adjective..place_end];
            let place = lower_phrase(doc, named);
            lex.places.contains_key(place.as_ref())
                || lex.regions.contains(place.as_ref())
                || country_of(place.as_ref()).is_some()
                // (Or a name nothing marks as a person's or a body's: "released from Gaza".)
                || matches!(doc.lower(at), "in" | "near" | "from")
                    && named.iter().all(|&w| doc.is_capitalised(w) && !is_org_word(doc.word(w)))
                    && !lex.first_names.contains_key(doc.lower(named[0]))
        }
    } {
        np.nominal = true;
        np.kind = Some(SpeakerKind::Unknown);
        np.text = nominal_text(doc, &words);
        return np;
    }
    // ("the National Weather Service office in Tampa Bay", "The FBI's field office in
    // Miami": a body's office somewhere speaks as the body.)
    if let Some(k) = (2..words.len().saturating_sub(1)).find(|&k| {
        doc.lower(words[k]) == "in"
            && matches!(
                doc.lower(words[k - 1]),
                "office" | "bureau" | "branch" | "chapter"
            )
            && doc.is_capitalised(words[k + 1])
    }) {
        let named = (k.saturating_sub(3)..k - 1)
            .rev()
            .find(|&j| doc.is_capitalised(words[j]) && !is_function_word(doc.lower(words[j])));
        if let Some(j) = named.filter(|&j| (j + 1..k - 1).all(|i| !doc.is_capitalised(words[i]))) {
            let first = if doc.lower(words[0]) == "the" {
                words[1]
            } else {
                tokens.start
            };
            let mut body = parse_np(doc, first.min(words[j])..words[j] + 1);
            if !body.name.is_empty()
                && body.role.is_none()
                && body.pronoun.is_none()
                && matches!(
                    body.kind,
                    Some(SpeakerKind::Organization | SpeakerKind::Unknown) | None
                )
            {
                body.kind = Some(SpeakerKind::Organization);
                body.tokens = tokens;
                return body;
            }
        }
    }
    if let Some((k, at)) = (1..words.len().saturating_sub(1)).find_map(|k| {
        (matches!(doc.lower(words[k]), "of" | "from" | "for" | "to" | "in")
            && (!doc.is_capitalised(words[k - 1]) || party(words[k - 1]))
            // ("from Honduras": a place's name may end in "s".)
            && (!doc.word(words[words.len() - 1]).ends_with('s') || known_place(k)))
        .then(|| place_at(k).map(|at| (k, at)))
        .flatten()
    }) {
        let mut head = parse_np(doc, tokens.start..words[k]);
        let member = head.nominal && party(words[k - 1]) && doc.lower(words[k]) == "from";
        // ("A longshoreman in Newark": someone in a place, named by a noun the lexicon does
        // not know as a role; not a document or figures: "a poll in Ohio".)
        let someone_in = || {
            let noun = doc.lower(words[k - 1]);
            doc.lower(words[k]) == "in"
                && k == 2
                && matches!(doc.lower(words[0]), "a" | "an")
                && !doc.is_capitalised(words[1])
                && !noun.ends_with('s')
                && !is_body_noun(noun)
                && !is_document_noun(noun)
                && !is_data_noun(noun)
                && !is_function_word(noun)
        };
        let someone = head.role.is_none() && !member && someone_in();
        if head.name.is_empty()
            && head.pronoun.is_none()
            && (head.role.is_some() || member || someone)
        {
            if someone {
                head.kind = Some(SpeakerKind::Person);
            }
            if head.affiliation.is_none() {
                // (Up to a second role: "an aide to Ivo Lund and now the chairman of ...".)
                let place = &words[at..];
                let place = match (1..place.len().saturating_sub(1))
                    .find(|&i| doc.lower(place[i]) == "and" && !doc.is_capitalised(place[i + 1]))
                {
                    Some(and) => &place[..and],
                    None => place,
                };
                head.affiliation = Some(match lex.places.get(lower_phrase(doc, place).as_ref()) {
                    Some(&country) => lex.countries[country].name.clone(),
                    None => doc.text
                        [doc.tokens[place[0]].start()..doc.tokens[place[place.len() - 1]].end()]
                        .to_string(),
                });
            }
            head.nominal = true;
            head.text = nominal_text(doc, &words);
            head.tokens = tokens;
            return head;
        }
    }
    // "A dozen members of Congress", "supporters of Ada Wren": a group of common nouns with
    // the body or person they belong to is the whole phrase.
    // ("Officials in Moscow", "Analysts at Goldman Sachs": where the group works, the plural
    // perhaps capitalised only because it opens the sentence.)
    if let Some(k) = (1..words.len().saturating_sub(1)).find(|&k| {
        let last = doc.lower(words[k - 1]);
        let common =
            !doc.is_capitalised(words[k - 1]) || k == 1 && plural_common_opening(doc, words[0]);
        matches!(doc.lower(words[k]), "of" | "for" | "from" | "in" | "at")
            && common
            && last.ends_with('s')
            && !last.ends_with("ss")
            && !is_function_word(last)
            && (doc.is_capitalised(words[k + 1])
                || k + 2 < words.len()
                    && doc.lower(words[k + 1]) == "the"
                    && doc.is_capitalised(words[k + 2]))
    }) {
        let head = parse_np(doc, tokens.start..words[k]);
        if head.name.is_empty() && head.pronoun.is_none() {
            np.nominal = true;
            np.plural = true;
            np.kind = Some(SpeakerKind::Unknown);
            np.text = nominal_text(doc, &words);
            return np;
        }
    }
    // "A letter from the board obtained by The Associated Press": who obtained or saw a text
    // did not write it.
    if let Some(k) = (1..words.len().saturating_sub(2)).find(|&k| {
        matches!(doc.lower(words[k]), "obtained" | "reviewed" | "seen")
            && doc.lower(words[k + 1]) == "by"
    }) {
        let mut head = parse_np(doc, tokens.start..words[k]);
        head.tokens = tokens;
        return head;
    }
    // "a person close to the Clintons", "people familiar with Wren's views": someone unnamed
    // who knows them, not them.
    let knows = (2..words.len().saturating_sub(1))
        .find(|&k| knows_about(doc.lower(words[k - 1]), doc.lower(words[k])));
    // (A common noun capitalised only because it opens the sentence: "Sources close to the
    // Treasury said".)
    let opens_sentence = |w: usize| {
        w == 0
            || doc.tokens[w - 1].paragraph() != doc.tokens[w].paragraph()
            || matches!(doc.word(w - 1), "." | "!" | "?")
    };
    if let Some(k) = knows.filter(|&k| {
        words[..k - 1].iter().enumerate().all(|(i, &w)| {
            !doc.is_capitalised(w) || i == 0 && opens_sentence(w) && is_title_word(doc.lower(w))
        })
    }) {
        let head = doc.lower(words[k - 2]);
        np.nominal = true;
        np.plural = head.ends_with('s') || head == "people";
        np.kind = Some(SpeakerKind::Unknown);
        np.text = nominal_text(doc, &words);
        return np;
    }
    // "Both Mr. King and Mr. Schultz", "Clinton and Sanders": names joined by "and" speak as a
    // group, which is neither of them.
    if joined {
        let from = usize::from(matches!(doc.lower(words[0]), "both" | "and"));
        let to = words.len()
            - usize::from(crate::attribution::floats_after_subject(
                doc.lower(words[words.len() - 1]),
            ));
        np.nominal = true;
        np.plural = true;
        np.kind = Some(SpeakerKind::Unknown);
        np.text = text_without_labels(doc, words[from]..words[to - 1] + 1);
        return np;
    }
    // "Many said", "Others say": a group the text does not name.
    if words.len() == 1 && crate::attribution::is_quantifier_subject(doc.lower(words[0])) {
        np.nominal = true;
        np.plural = true;
        np.kind = Some(SpeakerKind::Unknown);
        np.text = doc.word(words[0]).to_string();
        return np;
    }
    if words.len() == 1 {
        if let Some(p) = pronoun(doc.lower(words[0])) {
            np.pronoun = Some(p);
            np.plural = p == Pronoun::They;
            return np;
        }
    }
    // A whole phrase that is a body of a government ("the White House": itself, affiliated
    // with its country) or a place standing for one ("Moscow": the country).
    let phrase = &words[words.iter().take_while(|&&t| doc.lower(t) == "the").count()..];
    let phrase = lower_phrase(doc, phrase);
    if let Some((country, body)) = lex.bodies.get(phrase.as_ref()) {
        np.kind = Some(SpeakerKind::Organization);
        np.name = [body.clone()].into();
        np.affiliation = Some(lex.countries[*country].name.clone());
        return np;
    }
    if let Some(&country) = lex.places.get(phrase.as_ref()) {
        np.kind = Some(SpeakerKind::Country);
        np.name = [lex.countries[country].name.clone()].into();
        return np;
    }
    // ("Health and Human Services Secretary Ana Holt": the department's words before its
    // title, as indices into `words`.)
    let department = words
        .iter()
        .position(|&w| matches!(doc.word(w), "and" | "&"))
        .and_then(|k| {
            let title = department_title(doc, tokens.start, words[k], tokens.end)?;
            Some((0, words.iter().position(|&w| w == title)?))
        });
    // Titles, left to right; the last role title splits qualifiers from the name.
    let mut titles: Vec<(usize, usize, &crate::lexicon::Title)> = Vec::new(); // (index in words, length, title)
    let mut i = 0;
    while i < words.len() {
        // The last word after a first name or a form of address is a surname even when it
        // is a title: "Larry King", "Mr. King" (but "Charlotte Mayor Jennifer Roberts").
        let surname = i > 0
            && i + 1 == words.len()
            && doc.is_capitalised(words[i])
            && (doc.is_capitalised(words[i - 1])
                && lex.first_names.contains_key(doc.lower(words[i - 1]))
                // ("Billie Jean King": or two names before it, the first a first name.)
                || i >= 2
                    && doc.is_capitalised(words[i - 1])
                    && doc.is_capitalised(words[i - 2])
                    && lex.first_names.contains_key(doc.lower(words[i - 2]))
                    && !is_title_word(doc.lower(words[i - 1]))
                || titles
                    .last()
                    .is_some_and(|&(at, len, title)| title.honorific && at + len == i));
        // ("the Justice Department", "the Labour Party": a title before a body's word names
        // the body.)
        let names_body = |len: usize| {
            doc.is_capitalised(words[i])
                && words
                    .iter()
                    .find(|&&w| w >= words[i] + len)
                    .is_some_and(|&w| doc.is_capitalised(w) && is_org_word(doc.word(w)))
        };
        // ("the Department of Justice", "Department of Juvenile Justice": a title that ends a
        // body's name after its "of" is part of the name, a role in lower case perhaps after
        // it: "a Department of Justice official".)
        let ends_body = |len: usize| {
            i >= 2
                && words.get(i + len).is_none_or(|&t| !doc.is_capitalised(t))
                && doc.is_capitalised(words[i])
                && (0..i - 1).any(|j| {
                    doc.is_capitalised(words[j])
                        && is_org_word(doc.word(words[j]))
                        && doc.lower(words[j + 1]) == "of"
                        && words[j + 2..i].iter().all(|&w| doc.is_capitalised(w))
                })
        };
        // ("a nurse at Mercy General": a rank ending a name, no one after it, is the name's.)
        let ends_name = |len: usize| {
            i > 0
                && i + len == words.len()
                && is_rank(doc.word(words[i]))
                && doc.is_capitalised(words[i - 1])
                && title_at(doc, words[i - 1], tokens.end).is_none()
                && !matches!(doc.lower(words[i - 1]), "retired" | "former" | "brigadier")
                && !doc.lower(words[i - 1]).ends_with("-star")
        };
        match title_at(doc, words[i], tokens.end)
            .filter(|&(len, _)| !surname && !names_body(len) && !ends_body(len) && !ends_name(len))
        {
            Some((len, title)) => {
                let len_words = words[i..]
                    .iter()
                    .take_while(|&&w| w < words[i] + len)
                    .count();
                titles.push((i, len_words, title));
                i += len_words.max(1);
            }
            None => i += 1,
        }
    }
    for (_, _, title) in &titles {
        if title.honorific {
            np.gender = title.gender;
        }
    }
    // ("a senior adviser to the president", "an aide to the governor": a title after "to" or
    // "for" is whom the role serves, not the role.)
    let serves = |at: usize| {
        let mut k = at;
        if k > 0 && matches!(doc.lower(words[k - 1]), "the" | "a" | "an") {
            k -= 1;
        }
        k > 0 && matches!(doc.lower(words[k - 1]), "to" | "for") && !doc.is_capitalised(words[at])
    };
    let roles: Vec<&(usize, usize, &crate::lexicon::Title)> = titles
        .iter()
        // (A thing alone, not a role it opens: "campaign manager".)
        .filter(|(_, _, t)| {
            !(t.honorific || t.words.len() == 1 && THINGS.contains(&t.words[0].as_str()))
        })
        .take_while(|(at, _, _)| !serves(*at))
        .collect();
    let after_titles = titles.last().map_or(0, |(at, len, _)| at + len);
    // The name: the capitalised words at the end of the phrase, after every title.
    let mut name_start = words.len();
    let mut person_owner = None;
    // ("Citizenship and Immigration Services": a body's name may hold "and".)
    let body = is_org_word(doc.word(words[words.len() - 1]));
    while name_start > after_titles {
        let t = words[name_start - 1];
        // (Only between capitalised words: in "the union and Harbor Fund" the name starts
        // after "and".)
        let joined = name_start >= 2 && doc.is_capitalised(words[name_start - 2]);
        // ("the Department for Education": "for" after a word for a body; not in a headline,
        // where every word is capitalised: "Campaign for Trump Says".)
        let joiner = is_name_joiner(doc.word(t))
            || body && joined && matches!(doc.word(t), "and" | "&")
            || joined
                && doc.word(t) == "for"
                && doc.tokens[t].paragraph() > 0
                && (is_org_word(doc.word(words[name_start - 2]))
                    || body_of_before(doc, words[0]..t));
        // ("Germany's Federal Cartel Office": a country's possessive before a body's name is
        // its affiliation, no part of the name.)
        let owner = name_start < words.len() && strip_possessive(doc.word(t)) != doc.word(t);
        let country_owner = owner && country_of(strip_possessive(doc.lower(t))).is_some();
        // ("Wedbush's Dan Ives", "CNN's Jake Tapper": so is any name's possessive before a
        // person's first name and surname.)
        // ("Labour's Ada Wren", "Google's Sundar Pichai": or two capitalised words ending the
        // phrase, no word for a body or a place among them.)
        let two_names = words.len() - name_start == 2
            && name_start == words.len() - 2
            && words[name_start..].iter().all(|&w| {
                doc.is_capitalised(w)
                    && !is_org_word(doc.word(w))
                    && !lex.place_words.contains(doc.word(w))
                    && !is_title_word(doc.lower(w))
            });
        if owner
            && doc.is_capitalised(t)
            && words.len() - name_start >= 2
            && (lex.first_names.contains_key(doc.lower(words[name_start])) || two_names)
        {
            person_owner = Some(name_start - 1);
            break;
        }
        if !country_owner && (doc.is_capitalised(t) || (joiner && name_start < words.len())) {
            name_start -= 1;
        } else {
            break;
        }
    }
    if name_start == words.len()
        || (name_start < words.len() && !doc.is_capitalised(words[words.len() - 1]))
    {
        name_start = words.len();
    }
    // "The union and Harbor Fund Ltd.": a body named by common nouns joined to a name speak
    // together, as a group named by the whole phrase.
    if name_start > after_titles + 1
        && name_start < words.len()
        && matches!(doc.lower(words[name_start - 1]), "and" | "&")
        && !doc.is_capitalised(words[name_start - 2])
        && is_nominal_head(strip_possessive(doc.lower(words[name_start - 2])))
    {
        np.nominal = true;
        np.plural = true;
        np.kind = Some(SpeakerKind::Unknown);
        np.text = nominal_text(doc, &words);
        return np;
    }
    let mut name_tokens = &words[name_start..];
    // ("Mr. de Groot", "Ms. van der Berg": a surname's particle after a form of address.)
    let addressed = name_start > 0
        && titles
            .iter()
            .any(|(at, len, title)| at + len == name_start && title.honorific)
        || name_start > 0
            && name_start < words.len()
            && title_at(doc, words[name_start - 1], words[name_start])
                .is_some_and(|(_, title)| title.honorific);
    // ("Detroit-based Meridian Motors": where a body is based is no part of its name.)
    while name_tokens.first().is_some_and(|&t| {
        is_name_joiner(strip_possessive(doc.word(t)))
            && (!addressed || matches!(doc.word(t), "of" | "on"))
            || name_tokens.len() > 1 && doc.lower(t).ends_with("-based")
    }) {
        name_tokens = &name_tokens[1..];
    }
    // "A court document filed Thursday": a day or a month is not a name.
    if name_tokens
        .iter()
        .all(|&t| is_calendar_word(strip_possessive(doc.lower(t))))
    {
        name_tokens = &[];
    }
    // "Republican Karl Lund": a party before a person's name is the party, no part of it.
    let mut party = None;
    if let [first, rest @ ..] = name_tokens {
        let person_follows = rest.len() >= 2 && rest.iter().all(|&t| doc.is_capitalised(t));
        // ("Republican Kari Lake": a first name the lexicon does not know after the noun for a
        // member, but no body's name: "Republican Governors Association".)
        let member_named = || {
            matches!(doc.lower(*first), "republican" | "democrat")
                && rest.len() <= 3
                && rest.iter().all(|&t| {
                    !is_org_word(doc.word(t))
                        && !is_title_word(doc.lower(t))
                        && !is_function_word(doc.lower(t))
                })
        };
        party = party_name(doc.lower(*first)).filter(|_| {
            person_follows && (lex.first_names.contains_key(doc.lower(rest[0])) || member_named())
        });
        if party.is_some() {
            name_tokens = rest;
        }
    }
    // "Forecaster Jim Baird said": a word capitalised only because it opens the sentence,
    // before a first name and a surname, is an occupation the lexicon does not know.
    let mut occupation = None;
    if let [first, rest @ ..] = name_tokens {
        // (Or after a dash: "10:40 p.m. — Challenger Will Hartman speaks".)
        let opens_sentence = *first == 0
            || doc.tokens[*first - 1].paragraph() != doc.tokens[*first].paragraph()
            || matches!(doc.word(*first - 1), "." | "!" | "?" | "—" | "–");
        let lower = doc.lower(*first);
        // (One the lexicon knows may stand before a first name it does not: "Singer Lina
        // Vale".)
        let known = lex
            .titles
            .get(lower)
            .is_some_and(|titles| titles.iter().any(|t| t.common && t.words.len() == 1));
        if opens_sentence
            && party.is_none()
            && np.role.is_none()
            && rest.len() >= 2
            && rest.iter().all(|&t| doc.is_capitalised(t))
            && (known || lex.first_names.contains_key(doc.lower(rest[0])))
            && !lex.first_names.contains_key(lower)
            && lower.len() > 4
            // ("Co-owner Rob Lane": a hyphen inside.)
            && lower.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            // (A word for someone who does something: "-er", "-ist", "-ian" ...; not
            // "Giovanni", "Entrusting". Or one the lexicon knows: "Guard Ana Ruiz".)
            && (occupation_like(lower) || known)
            && doc.times_after_word(doc.word(*first)) == 0
            && !is_org_word(doc.word(*first))
            && country_of(lower).is_none()
        {
            occupation = Some(lower.to_string());
            name_tokens = rest;
        }
    }
    let name: Vec<String> = name_tokens
        .iter()
        .map(|&t| strip_possessive(doc.word(t)).to_string())
        .collect();
    if let Some(party) = party {
        np.affiliation = Some(party.to_string());
    }
    // A leading place or organisation of a name without titles is its affiliation when a name
    // follows ("US envoy" is handled by titles): "NATO’s Jens Stoltenberg".
    // Affiliation: the first country, demonym or organisation before the name.
    // ("NTSB Chair Ana Lind": an acronym right before a title is a body.)
    let acronym_before_title = |i: usize| {
        body_acronym(strip_possessive(doc.word(words[i])))
            && titles.iter().any(|&(at, _, _)| at == i + 1)
    };
    // ("Union leader Ana Holt said": a word for a body capitalised only because it opens the
    // sentence, before a role in lower case, is part of the role.)
    let common_body = |i: usize| {
        i == 0
            && opens_sentence(words[0])
            && words
                .get(1)
                .is_some_and(|&t| !doc.is_capitalised(t) && is_title_word(doc.lower(t)))
            && is_body_noun(doc.lower(words[0]))
    };
    // ("Chief Financial Officer Ada Wren": a word of a title is no body's, whatever else it
    // may name.)
    let titled = |i: usize| titles.iter().any(|&(at, len, _)| at <= i && i < at + len);
    // ("The United States ambassador": a country's name of two or three words from `i`,
    // before `end`, and its length.)
    let country_words = |i: usize, end: usize| {
        (2..=3usize).rev().filter(|n| i + n <= end).find_map(|n| {
            let phrase = &words[i..i + n];
            let lower = lower_phrase(doc, phrase);
            let country = lex
                .demonyms
                .get(lower.as_ref())
                .or_else(|| lex.places.get(lower.as_ref()))
                .copied()?;
            (phrase.iter().all(|&t| doc.is_capitalised(t))
                && (lex.demonyms.contains_key(lower.as_ref())
                    || lex.countries[country].name.eq_ignore_ascii_case(&lower)))
            .then_some((n, country))
        })
    };
    for (i, &t) in words[..name_start].iter().enumerate() {
        if !doc.is_capitalised(t) || common_body(i) || titled(i) && is_org_word(doc.word(t)) {
            continue;
        }
        // (Not a country a role is about: "Experts on North Korea".)
        let about = i > 0
            && is_function_word(doc.lower(words[i - 1]))
            && !DETERMINER_WORDS.contains(&doc.lower(words[i - 1]));
        if let Some((_, country)) = country_words(i, name_start).filter(|_| !about) {
            np.affiliation = Some(lex.countries[country].name.clone());
            break;
        }
        if let Some(country) = country_of(strip_possessive(doc.lower(t))) {
            // ("London Mayor Sadiq Khan": a capital right before a city's office is the
            // city, not the country's government.)
            let seat = !lex.countries[country]
                .name
                .eq_ignore_ascii_case(strip_possessive(doc.lower(t)))
                && lex.places.contains_key(strip_possessive(doc.lower(t)));
            let city_office =
                titles
                    .iter()
                    .find(|&&(at, _, _)| at > i)
                    .is_some_and(|&(at, len, _)| {
                        is_city_office(lower_phrase(doc, &words[i + 1..at + len]).as_ref())
                    });
            np.affiliation = Some(if seat && city_office {
                strip_possessive(doc.word(t)).to_string()
            } else {
                lex.countries[country].name.clone()
            });
            break;
        }
        if is_org_word(doc.word(t)) || acronym_before_title(i) {
            // The organisation's whole name, its capitalised words around the word that
            // marks it ("European Commission spokesman": not "Commission"), short of titles.
            let k = words.iter().position(|&w| w == t).unwrap_or(0);
            let in_title = |i: usize| titles.iter().any(|&(at, len, _)| at <= i && i < at + len);
            // (Not a word opening the sentence or qualifying a role: "The GOP", "Former
            // DNC", "Three-in-five GOP"; nor a party's members after it: "House Republicans".)
            // ("University of Washington professor": "of" between two of its words.)
            // ("Health and Human Services Secretary": or "and" inside a department's name.)
            let of = |i: usize| {
                (doc.lower(words[i]) == "of"
                    || department.is_some_and(|(from, to)| from < i && i < to))
                    && i > 0
                    && i + 1 < name_start
                    && doc.is_capitalised(words[i - 1])
                    && !in_title(i - 1)
                    && doc.is_capitalised(words[i + 1])
                    && !in_title(i + 1)
            };
            let part = |i: usize| {
                let lower = strip_possessive(doc.lower(words[i]));
                of(i)
                    || doc.is_capitalised(words[i])
                        && !in_title(i)
                        && (country_of(lower).is_none() || i > 0 && doc.lower(words[i - 1]) == "of")
                        && !is_function_word(lower)
                        && !DETERMINER_WORDS.contains(&lower)
                        && !is_number_word(lower.split('-').next().unwrap_or(lower))
                        && !matches!(
                            lower,
                            "former" | "interim" | "acting" | "retired" | "top" | "then"
                        )
            };
            let party = |i: usize| {
                matches!(
                    strip_possessive(doc.lower(words[i])).trim_end_matches('s'),
                    "republican" | "democrat" | "democratic"
                )
            };
            let mut first = k;
            let possessive = |i: usize| strip_possessive(doc.word(words[i])) != doc.word(words[i]);
            // ("a People's Party MP": a possessive right before the word is inside the name.)
            let inner = first == k && doc.word(words[k]).bytes().any(|b| b.is_ascii_lowercase());
            while first > 0 && part(first - 1) && (!possessive(first - 1) || first == k && inner) {
                first -= 1;
            }
            let mut last = k;
            while last + 1 < name_start && part(last + 1) && !party(last + 1) && !possessive(last) {
                last += 1;
            }
            let name: Vec<&str> = words[first..=last]
                .iter()
                .map(|&w| {
                    if w == words[last] {
                        strip_possessive(doc.word(w))
                    } else {
                        doc.word(w)
                    }
                })
                .collect();
            np.affiliation = Some(name.join(" "));
            break;
        }
    }
    // (The owner's whole name: "American Action Forum's", not the country of its first word;
    // a country alone as it is: "Russia's" -> "Russia".)
    if let Some(end) = person_owner {
        let mut start = end;
        while start > after_titles
            && doc.is_capitalised(words[start - 1])
            && !DETERMINER_WORDS.contains(&doc.lower(words[start - 1]))
        {
            start -= 1;
        }
        np.affiliation = Some(owner_name(doc, words[start]..words[end] + 1));
    }
    // Role: the last role title with the words that qualify it ("Treasury Secretary",
    // "union leader"), leaving out affiliations, determiners and honorifics.
    // (Not a title before the word for a body: in "teachers unions" it qualifies the noun.)
    let modifier = |&&&(at, len, _): &&&(usize, usize, &crate::lexicon::Title)| {
        words.get(at + len).is_some_and(|&t| {
            let next = strip_possessive(doc.lower(t));
            let singular = next.strip_suffix('s').unwrap_or(next);
            // ("official figures", "police data": nor before a record or a document.)
            !doc.is_capitalised(t)
                && !is_title_word(next)
                && (lex.org_words_lower.contains(next)
                    || lex.org_words_lower.contains(singular)
                    || is_document_noun(singular)
                    || is_data_noun(next))
        })
    };
    // ("Pentagon press secretary Maj. Gen. Pat Ryder": a rank after a role is no role of its
    // own; the role is the one before it.)
    let rank = |role: &&(usize, usize, &crate::lexicon::Title)| is_rank(doc.word(words[role.0]));
    let last_role = match roles.iter().rposition(|role| !rank(role)) {
        Some(k) if k + 1 < roles.len() && roles[k + 1..].iter().all(rank) => roles.get(k),
        _ => roles.last(),
    };
    if let Some(&&(at, len, title)) = last_role.filter(|role| !modifier(role)) {
        let mut start = at;
        while start > 0 {
            let t = words[start - 1];
            let lower = doc.lower(t);
            let affiliation = doc.is_capitalised(t)
                && !common_body(start - 1)
                && (country_of(strip_possessive(lower)).is_some()
                    || is_org_word(doc.word(t))
                    || body_acronym(strip_possessive(doc.word(t)))
                    || (2..=3).any(|n| {
                        start >= n && country_words(start - n, start).is_some_and(|(k, _)| k == n)
                    }));
            // (Nor an owner: "the union’s president", "Ada Wren’s lawyer"; nor an age: "the
            // 34-year-old mother".)
            let owner = strip_possessive(lower) != lower;
            let age = lower.ends_with("-old");
            // (Nor a word after "of" in the affiliation found before: "Bank of England
            // Governor".)
            let affiliated = doc.is_capitalised(t)
                && np.affiliation.as_deref().is_some_and(|a| {
                    a.split_once(" of ").is_some_and(|(_, a)| {
                        a.split(' ').any(|w| w == strip_possessive(doc.word(t)))
                    })
                });
            // ("Work and Pensions Secretary": "and" inside the name of a department.)
            let joins_department = matches!(lower, "and" | "&")
                && department.is_some_and(|(from, to)| from < start - 1 && start - 1 < to);
            if joins_department {
                start -= 1;
                continue;
            }
            if affiliation
                || affiliated
                || owner
                || age
                || is_function_word(lower)
                || DETERMINER_WORDS.contains(&lower)
                || titles
                    .iter()
                    .any(|(k, _, t)| *k == start - 1 && t.honorific)
            {
                break;
            }
            start -= 1;
        }
        // "Boston Mayor", "Ohio Governor", "Texas Attorney General": the capitalised words
        // before an office of a city or a state name where it is held.
        let office_phrase = lower_phrase(doc, &words[at..at + len]);
        let office = is_city_office(office_phrase.as_ref())
            || matches!(
                office_phrase.as_ref(),
                "governor"
                    | "gov."
                    | "sheriff"
                    | "attorney general"
                    | "lieutenant governor"
                    | "lt. gov."
                    | "county executive"
            );
        // (Not an adjective capitalised only because it opens the sentence: "Local mayor".)
        let adjective = || {
            let first = words[start];
            let lower = doc.lower(first);
            opens_sentence(first)
                && doc.times_after_word(doc.word(first)) == 0
                && reads_as_adjective(lower)
                && !lex.places.contains_key(lower)
        };
        // ("Senior Deputy Governor": words that rank the office are the role's, no place.)
        let mut place_end = at;
        while place_end > start
            && matches!(
                doc.lower(words[place_end - 1]),
                "deputy" | "senior" | "chief" | "assistant" | "associate" | "acting" | "interim"
            )
        {
            place_end -= 1;
        }
        if office
            && start < place_end
            && name_start < words.len()
            && np.affiliation.is_none()
            && words[start..at].iter().all(|&t| doc.is_capitalised(t))
            && !adjective()
        {
            np.affiliation = Some(
                words[start..place_end]
                    .iter()
                    .map(|&t| strip_possessive(doc.word(t)))
                    .collect::<Vec<_>>()
                    .join(" "),
            );
            start = place_end;
        }
        // "Apple chief executive Tim Cook", "Labour leader Ana Holt": capitalised words before
        // a role written in lower case say whose role it is (a party's by its name).
        let owners = words[start..at]
            .iter()
            .take_while(|&&t| doc.is_capitalised(t))
            .count();
        // ("Local 1187 president": a branch and its number.)
        let numbered = owners > 0
            && start + owners < at
            && numbered_name(doc.lower(words[start + owners - 1]))
            && doc.tokens[words[start + owners]].kind() == TokenKind::Number;
        let owners = owners + usize::from(numbered);
        // (Not an adjective capitalised only because it opens the sentence: "Political
        // analyst", "Presumptive nominee".)
        let first = words[start];
        let opens_sentence = opens_sentence(first);
        // (Nor in a headline, whose words are all capitalised; nor a place a person works
        // from: "Los Angeles-based attorney".)
        // ("OpenAI chief executive Sam Altman": capitals inside a word make it a name.)
        let inner_capital = doc.word(first).chars().skip(1).any(char::is_uppercase)
            && doc.word(first).chars().any(char::is_lowercase);
        if owners > 0
            && (!opens_sentence
                || inner_capital
                || doc.times_after_word(doc.word(first)) > 0
                || owners == 1 && party_name(doc.lower(first)).is_some())
            && doc.tokens[first].paragraph() > 0
            && words[start..start + owners].iter().all(|&t| {
                // (Nor a word that reads as an adjective: "Political analyst".)
                let lower = doc.lower(t);
                !lower.ends_with("-based") && (!reads_as_adjective(lower) || numbered)
            })
            && !doc.is_capitalised(words[at])
            && name_start < words.len()
            && np.affiliation.is_none()
            && words[start + owners..at]
                .iter()
                .all(|&t| doc.tokens[t].kind() == TokenKind::Word)
        {
            let owner: Vec<&str> = words[start..start + owners]
                .iter()
                .map(|&t| strip_possessive(doc.word(t)))
                .collect();
            let owner = owner.join(" ");
            let lower = owner.to_lowercase();
            np.affiliation = Some(match party_name(&lower) {
                Some(party) => party.to_string(),
                None => country_of(&lower).map_or(owner, |c| lex.countries[c].name.clone()),
            });
            start += owners;
        }
        let text: Vec<&str> = words[start..at + len]
            .iter()
            .map(|&t| doc.word(t))
            .collect();
        let text = text.join(" ");
        np.role = Some(match common_body(start) {
            true => text.to_lowercase(),
            false => text,
        });
        np.gender = np.gender.or(title.gender);
        // ("former England captain Ada Wren": held once, before the body that held it; not
        // "the former mayor's aide", "current and former officials".)
        let former = words[..start]
            .iter()
            .position(|&t| doc.lower(t) == "former");
        if former.is_some_and(|k| {
            (k == 0 || !matches!(doc.lower(words[k - 1]), "and" | "or"))
                && words[k..start]
                    .iter()
                    .all(|&t| strip_possessive(doc.word(t)) == doc.word(t))
        }) {
            mark_former(doc, tokens.clone(), &mut np);
        }
    }
    if name.is_empty() {
        let head = strip_possessive(doc.lower(words[words.len() - 1]));
        // ("according to ouest-france.fr", "the institute gfs.bern": a name written in lower
        // case with a period inside is a web site's or a body's.)
        if is_dotted_name(head) {
            np.name = [strip_possessive(doc.word(words[words.len() - 1])).to_string()].into();
            np.kind = Some(SpeakerKind::Organization);
            return np;
        }
        if is_nominal_head(head) || !titles.is_empty() {
            np.nominal = true;
            // (The noun before "of" heads the phrase: "head of operations" is one person,
            // "members of the union" many.)
            let of = words[1..]
                .iter()
                .position(|&w| matches!(doc.lower(w), "of" | "for" | "at"));
            let number = of
                .map(|k| strip_possessive(doc.lower(words[k])))
                .filter(|&before| is_title_word(before))
                .unwrap_or(head);
            np.plural = number.ends_with('s') && !number.ends_with("ss");
            // ("The union said talks failed. It blamed the ministry.": a body named by a common
            // noun is an organisation, which "it" may stand for.)
            // ("The governor's office said": a role's own body; "Ada Wren's office" is
            // hers.)
            // ("The teachers' union": a plural owner's apostrophe.)
            let head_token = words[words.len() - 1];
            let owned = words.len() >= 2 && {
                let owner = doc.word(words[words.len() - 2]);
                strip_possessive(owner) != owner && !doc.is_capitalised(words[words.len() - 2])
                    || crate::attribution::plural_possessive_mark(doc, head_token - 1)
            };
            let body = !np.plural && (titles.is_empty() || owned) && is_body_noun(head);
            if body && owned {
                np.role = None;
            }
            np.kind = Some(if body {
                SpeakerKind::Organization
            } else {
                SpeakerKind::Unknown
            });
            np.text = nominal_text(doc, &words);
        }
        return np;
    }
    // "The Republican is also ...", "Democrats said": a member of a party is not a name.
    let party_member = name
        .iter()
        .map(|word| lower_word(word))
        .filter(|word| !matches!(word.as_ref(), "the" | "a" | "an"))
        .all(|word| {
            matches!(
                word.trim_end_matches('s'),
                "republican" | "democrat" | "libertarian" | "independent"
            )
        });
    // "The Russians", "the Europeans", "Americans": a people, plural, is a group of its
    // members, not a person's name.
    let people = match &name[..] {
        [word] | [_, word] if name.len() == 1 || matches!(name[0].as_str(), "The" | "the") => {
            let lower = lower_word(word);
            lower.ends_with('s')
                && (lex.demonyms.contains_key(lower.as_ref())
                    || name.len() == 2 && lower.ends_with("ans"))
        }
        _ => false,
    };
    // "Mexican American journalists", "African American voters": words of nationality before
    // a common noun are no one's name.
    let nationality = name.len() >= 2
        && name
            .iter()
            .all(|word| lex.demonyms.contains_key(lower_word(word).as_ref()))
        && tokens.end < doc.tokens.len()
        && doc.tokens[tokens.end].kind() == TokenKind::Word
        && !doc.is_capitalised(tokens.end);
    if nationality {
        return np;
    }
    if party_member || people {
        let head = strip_possessive(doc.lower(words[words.len() - 1]));
        if let Some(&country) = lex.demonyms.get(head).filter(|_| people) {
            np.affiliation = Some(lex.countries[country].name.clone());
        }
        np.nominal = true;
        np.plural = head.ends_with('s');
        np.kind = Some(SpeakerKind::Unknown);
        np.text = nominal_text(doc, &words);
        return np;
    }
    np.name = name.into();
    if occupation.is_some() {
        np.role = occupation;
    }
    np.kind = Some(
        // A state or region ("New Hampshire") is neither a person nor a body that "it" or
        // "they" stands for.
        if lex
            .regions
            .contains(lower_phrase(doc, name_tokens).as_ref())
            || np.name.len() >= 2
                && lex
                    .place_words
                    .contains(strip_possessive(&np.name[np.name.len() - 1]))
        {
            SpeakerKind::Unknown
        } else if np.name.iter().any(|w| is_org_word(w) && !surname_of(&np.name, w))
            // ("Utility company Coastline Energy", "the firm Apex Partners": a word for a
            // body before the name says what it names; "the Coast Guard".)
            // ("Campaign group Verdes Unidos", "the charity Harbor Hope", "think tank ...")
            || name_tokens[0] > 0 && {
                let before = name_tokens[0] - 1;
                !doc.is_capitalised(before) && is_kind_of_body(doc.lower(before))
            }
            || np.name.len() >= 2 && np.name[np.name.len() - 1] == "Guard"
            // ("In a statement, Mount Sinai said": a mountain does not speak; what is named
            // after it does.)
            || np.name.len() >= 2 && matches!(np.name[0].as_str(), "Mount" | "Mt.")
            || match &np.name[..] {
                [one] => is_acronym(one) && !names_a_thing(one),
                [the, one] if the == "The" => is_acronym(one),
                // ("NHS England", "UNHCR Kenya": an acronym of three letters or more opens
                // a body's name; "JD Vance" has initials, "CNBC Becky Quick" a first name.)
                // (Not a name in capitals: "JAKE TAPPER", "G.K. Butterfield".)
                [first, rest @ ..] => {
                    let first_name =
                        |w: &String| lex.first_names.contains_key(w.to_lowercase().as_str());
                    is_acronym(first)
                        && first.len() >= 3
                        && first.bytes().all(|b| b.is_ascii_uppercase())
                        && !first_name(first)
                        && rest
                            .iter()
                            .all(|w| w.bytes().any(|b| b.is_ascii_lowercase()))
                        && !rest.iter().any(first_name)
                }
                [] => false,
            }
        {
            SpeakerKind::Organization
        } else if np.gender.is_none()
            && np.role.is_none()
            && np.name.last().is_some_and(|w| {
                // ("Galeana Street", "Harbor Bridge": a place with a name, no one.)
                const PLACES: &[&str] = &[
                    "Street",
                    "Avenue",
                    "Road",
                    "Boulevard",
                    "Square",
                    "Bridge",
                    "Highway",
                ];
                PLACES.contains(&strip_possessive(w))
                    // ("his Christmas Day message": a day, no one; but "Kristen Day".)
                    || matches!(strip_possessive(w), "Day" | "Eve")
                        && !lex.first_names.contains_key(np.name[0].to_lowercase().as_str())
            })
        {
            SpeakerKind::Unknown
        } else if np.gender.is_none()
            && np.role.is_none()
            && np.name.len() == 2
            && matches!(np.name[0].as_str(), "St." | "St" | "Saint")
        {
            // ("St. Peter's Square", "St. Louis": a saint's name or a place's, no one who
            // speaks.)
            SpeakerKind::Unknown
        } else if np.gender.is_none()
            && np.role.is_none()
            && np.name.len() >= 2
            && np.name[0] == "The"
            && np
                .name
                .last()
                .is_some_and(|w| w.ends_with('s') && !w.ends_with("ss") && w.len() > 3)
        {
            // ("The Conservatives", "The Liberal Democrats", "The Rolling Stones": a plural
            // with its article is a party, a band or a family, no one person.)
            SpeakerKind::Unknown
        } else if np.gender.is_none()
            && np.role.is_none()
            && np.name.len() >= 2
            && name_tokens.last().is_some_and(|&t| {
                t + 2 < doc.tokens.len() && doc.is_punct(t + 1, ",") && doc.lower(t + 2) == "which"
            })
        {
            // ("Hutchison Ports, which owns the port,": "which" stands for no person.)
            SpeakerKind::Organization
        } else if np.gender.is_some() || np.role.is_some() || np.name.len() >= 2 {
            SpeakerKind::Person
        } else {
            SpeakerKind::Unknown
        },
    );
    if np.gender.is_none() && np.name.len() >= 2 {
        np.gender = lex
            .first_names
            .get(strip_possessive(doc.lower(name_tokens[0])))
            .copied();
    }
    np
}

/// A word lower-cased: borrowed when it has no capitals, on the stack when it is a short
/// ASCII word (names are), allocated only otherwise.
fn lower_word(word: &str) -> LowerWord<'_> {
    if !word.bytes().any(|b| b.is_ascii_uppercase()) && word.is_ascii() {
        return LowerWord::Borrowed(word);
    }
    if word.is_ascii() && word.len() <= 24 {
        let mut bytes = [0u8; 24];
        bytes[..word.len()].copy_from_slice(word.as_bytes());
        bytes[..word.len()].make_ascii_lowercase();
        return LowerWord::Inline(bytes, word.len() as u8);
    }
    LowerWord::Owned(word.to_lowercase())
}

enum LowerWord<'a> {
    Borrowed(&'a str),
    Inline([u8; 24], u8),
    Owned(String),
}

impl std::ops::Deref for LowerWord<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            LowerWord::Borrowed(word) => word,
            // (ASCII bytes copied from a str and lower-cased: valid UTF-8.)
            LowerWord::Inline(bytes, len) => {
                std::str::from_utf8(&bytes[..*len as usize]).unwrap_or_default()
            }
            LowerWord::Owned(word) => word,
        }
    }
}

impl AsRef<str> for LowerWord<'_> {
    fn as_ref(&self) -> &str {
        self
    }
}

/// The words lower-cased, possessive marks removed, joined by spaces (borrowed for one word,
/// the usual case).
fn lower_phrase<'d>(doc: &'d Doc, words: &[usize]) -> std::borrow::Cow<'d, str> {
    match words {
        [only] => strip_possessive(doc.lower(*only)).into(),
        _ => {
            let mut joined = String::new();
            for &t in words {
                if !joined.is_empty() {
                    joined.push(' ');
                }
                joined.push_str(strip_possessive(doc.lower(t)));
            }
            joined.into()
        }
    }
}

const DETERMINER_WORDS: &[&str] = &[
    "the", "a", "an", "former", "then", "acting", "its", "their", "his", "her", "one", "another",
    "some", "several", "two", "three", "this", "these", "our",
];

/// The words of a common-noun source as a name: "the regional fire service".
pub(crate) fn nominal_text(doc: &Doc, words: &[usize]) -> String {
    let first = doc.tokens[words[0]].start();
    let last = doc.tokens[words[words.len() - 1]].end();
    // ("the mayor's claim that": the possessor speaks, without its "'s".)
    let text = strip_possessive(&doc.text[first..last]);
    for article in ["The ", "A ", "An "] {
        if let Some(rest) = text.strip_prefix(article) {
            return format!("{}{rest}", article.to_lowercase());
        }
    }
    text.to_string()
}

/// The text of these tokens without what stands in parentheses: "Ada Wren (D-Ore.) and Ivo
/// Brandt" is "Ada Wren and Ivo Brandt".
fn text_without_labels(doc: &Doc, tokens: Range<usize>) -> String {
    let mut text = String::new();
    let mut depth = 0usize;
    let mut run: Option<Range<usize>> = None;
    let flush = |run: &mut Option<Range<usize>>, text: &mut String| {
        if let Some(r) = run.take() {
            let piece = &doc.text[r];
            if !text.is_empty() && piece.starts_with(char::is_alphanumeric) {
                text.push(' ');
            }
            text.push_str(piece);
        }
    };
    for t in tokens {
        if doc.is_punct(t, "(") {
            depth += 1;
            flush(&mut run, &mut text);
        } else if doc.is_punct(t, ")") {
            depth = depth.saturating_sub(1);
        } else if depth == 0 {
            let bytes = doc.tokens[t].range();
            run = Some(run.map_or(bytes.clone(), |r| r.start..bytes.end));
        }
    }
    flush(&mut run, &mut text);
    text
}

/// Does a common-noun phrase end on a document or message ("the report", "a blog post")?
fn is_thing(text: &str) -> bool {
    text.rsplit(' ').next().is_some_and(|head| {
        let head = head.to_lowercase();
        THINGS.contains(&head.as_str()) || EXTRA_THINGS.contains(&head.as_str())
    })
}

/// Documents and messages that are not role titles.
const EXTRA_THINGS: &[&str] = &[
    "email",
    "e-mail",
    "post",
    "tweet",
    "affidavit",
    "ad",
    "article",
    "book",
    "analysis",
    "audit",
    "order",
    "bill",
    "brief",
    "petition",
    "resolution",
    "motion",
];

const THINGS: &[&str] = &[
    "report",
    "statement",
    "study",
    "poll",
    "polls",
    "survey",
    "letter",
    "memo",
    "documents",
    "complaint",
    "lawsuit",
    "filing",
    "indictment",
    "ruling",
    "release",
    "website",
    "campaign",
];

/// Words for a business before its name ("the drugmaker Veltris", "Utility company Coastline
/// Energy"): the name is an organisation, one "the company" may stand for.
/// Does a company's officer start at `t`: "chief executive", "CEO", "chief financial
/// officer"? (Not "chief of staff", "chief negotiator": a government has them too.)
fn company_officer_at(doc: &Doc, t: usize) -> bool {
    t < doc.tokens.len()
        && match doc.lower(t) {
            "ceo" | "cfo" | "coo" | "cto" | "co-founder" => true,
            "chief" => {
                t + 1 < doc.tokens.len()
                    && matches!(
                        doc.lower(t + 1),
                        "executive" | "financial" | "operating" | "technology" | "marketing"
                    )
            }
            _ => false,
        }
}

pub(crate) const BUSINESS_WORDS: &[&str] = &[
    "company",
    "firm",
    "utility",
    "startup",
    "start-up",
    "retailer",
    "broadcaster",
    "carrier",
    "insurer",
    "automaker",
    "carmaker",
    "chain",
    "drugmaker",
    "chipmaker",
    "lender",
    "airline",
    "manufacturer",
];

fn is_name_joiner(word: &str) -> bool {
    matches!(
        word,
        "de" | "van"
            | "von"
            | "der"
            | "bin"
            | "al"
            | "da"
            | "del"
            | "la"
            | "le"
            | "of"
            | "on"
            | "ten"
            | "ter"
            // ("Ecologistas en Acción", "Médecins et Amis", "Ciencia y Tecnología")
            | "en"
            | "et"
            | "y"
            | "und"
    )
}

fn is_acronym(word: &str) -> bool {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    letters.clone().nth(1).is_some() && letters.all(char::is_uppercase) && !word.contains(' ')
}

/// Is this title (lower-case) an office of a city: "mayor", "police commissioner"?
/// Does a word (lower-cased) end as an adjective does: "political", "presumptive", "local"?
fn reads_as_adjective(lower: &str) -> bool {
    ["al", "ive", "ed", "ous", "ful"]
        .iter()
        .any(|ending| lower.ends_with(ending))
}

/// The capital city before a city's office written in lower case: "Amsterdam mayor Femke
/// Lund" (the city, not its country's government).
fn city_of_office(doc: &Doc, t: usize, np: &Np) -> Option<String> {
    let lex = lexicon();
    let city = strip_possessive(doc.word(t));
    let lower = strip_possessive(doc.lower(t));
    let country = *lex.places.get(lower)?;
    (doc.is_capitalised(t)
        && !lex.countries[country].name.eq_ignore_ascii_case(lower)
        && np
            .role
            .as_deref()
            .is_some_and(|role| is_city_office(&role.to_lowercase())))
    .then(|| city.to_string())
}

fn is_city_office(title: &str) -> bool {
    matches!(
        title,
        "mayor" | "deputy mayor" | "fire commissioner" | "police commissioner" | "police chief"
    )
}

/// An acronym for a thing, not a body: "AI", "GDP", "IPO".
fn names_a_thing(acronym: &str) -> bool {
    matches!(
        strip_possessive(acronym),
        "AI" | "GDP"
            | "IPO"
            | "TV"
            | "DNA"
            | "HIV"
            | "AIDS"
            | "COVID"
            | "GPS"
            | "VAT"
            | "EV"
            | "EVs"
            | "SUV"
            | "SUVs"
            | "PTSD"
            | "IVF"
            | "ETF"
            | "ETFs"
    )
}

/// A lower-case particle inside a surname: "de" of "Mr. de Groot", "da" of "Lula da Silva".
pub(crate) fn name_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "van" | "von" | "da" | "del" | "der" | "den" | "di" | "du" | "dos" | "ten" | "ter"
    )
}

/// An acronym that may name a body: not a state's two initials with their periods ("S.C.",
/// "D.C.").
fn body_acronym(word: &str) -> bool {
    is_acronym(word)
        && !(word.contains('.') && word.chars().filter(|c| c.is_alphabetic()).count() == 2)
}

/// A body's one-word name that is also a surname ("Fox") where it ends a person's name:
/// "Karen Fox" is a person, "Fox" alone a broadcaster.
fn surname_of(name: &[String], word: &str) -> bool {
    let lex = lexicon();
    name.len() >= 2
        && name.last().is_some_and(|last| last == word)
        && !is_acronym(word)
        && lex.org_acronyms.contains(word)
        && lex
            .first_names
            .contains_key(name[0].to_lowercase().as_str())
}

/// "bbc.com", "gfs.bern", "ouest-france.fr": words of two letters or more joined by periods
/// (not "a.m.", "e.g.").
fn is_dotted_name(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| {
            part.chars().count() >= 2
                && part.chars().all(|c| c.is_alphanumeric() || c == '-')
                && part.chars().any(char::is_alphabetic)
        })
}

pub(crate) fn is_org_word(word: &str) -> bool {
    let lex = lexicon();
    let word = strip_possessive(word);
    lex.org_words.contains(word)
        || lex.org_acronyms.contains(word)
        // ("Procter & Gamble", one word: see the tokenizer.)
        || word.contains(" & ")
        // ("Breitbart.com", "Factcheck.org": a web site.)
        || [".com", ".org", ".net", ".gov", ".edu"]
            .iter()
            .any(|tld| word.len() > tld.len() + 1 && word.ends_with(tld))
}

/// The key of a role in the index of roles: its last word, lower-case. A role that ends with
/// another ("Deputy Governor", "governor") has its key.
fn role_key(role: &str) -> String {
    office_word(role.rsplit(' ').next().unwrap_or(role)).to_ascii_lowercase()
}

/// The full word for an office written short or another way: "Gov." is a governor, "Sen."
/// a senator, "Rep." and "congresswoman" a representative.
fn office_word(word: &str) -> &str {
    const SAME: &[(&str, &str)] = &[
        ("gov.", "governor"),
        ("gov", "governor"),
        ("sen.", "senator"),
        ("sen", "senator"),
        ("rep.", "representative"),
        ("rep", "representative"),
        ("congressman", "representative"),
        ("congresswoman", "representative"),
        ("sec.", "secretary"),
        ("gen.", "general"),
        ("pres.", "president"),
        ("supt.", "superintendent"),
    ];
    SAME.iter()
        .find(|(short, _)| word.eq_ignore_ascii_case(short))
        .map_or(word, |&(_, full)| full)
}

/// Does an entity's role `held` (with its affiliation) fill the office a source names:
/// "Governor", "... Governor" or "Gov." for "the governor"; "Gov." of Ohio for "the Ohio
/// governor"? ("Vice President" and "former president" are other offices than "President".)
fn same_office(held: &str, named: &str, affiliation: Option<&str>) -> bool {
    let (held_qualifier, held_last) = held.rsplit_once(' ').unwrap_or(("", held));
    let (named_qualifier, named_last) = named.rsplit_once(' ').unwrap_or(("", named));
    if !office_word(held_last).eq_ignore_ascii_case(office_word(named_last)) {
        return false;
    }
    let lower_starts =
        |s: &str, p: &str| s.get(..p.len()).is_some_and(|x| x.eq_ignore_ascii_case(p));
    let lower_ends = |s: &str, p: &str| {
        s.len() >= p.len()
            && s.get(s.len() - p.len()..)
                .is_some_and(|x| x.eq_ignore_ascii_case(p))
    };
    // (Not another office of that name: "vice president", "shadow chancellor", "deputy
    // minister" for "the president", "the Chancellor", "the minister".)
    if named_qualifier.is_empty() {
        return !["vice", "shadow", "deputy", "assistant"]
            .iter()
            .any(|q| lower_ends(held_qualifier, q))
            && !lower_starts(held_qualifier, "former");
    }
    named_qualifier.eq_ignore_ascii_case(held_qualifier)
        || held_qualifier.is_empty()
            && affiliation.is_some_and(|a| named_qualifier.eq_ignore_ascii_case(a))
}

/// The initials of a name's capitalised words, "The" aside ("International Monetary Fund":
/// "IMF").
fn initials(name: &[String]) -> String {
    name.iter()
        .filter(|w| w.starts_with(char::is_uppercase) && w.as_str() != "The")
        .filter_map(|w| w.chars().next())
        .collect()
}

/// A named entity: a person, an organisation or a country.
#[derive(Debug, Clone)]
pub(crate) struct Entity {
    pub name: Vec<String>,
    pub kind: SpeakerKind,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub gender: Option<Gender>,
    pub plural: bool,
    /// A document or a message ("the report", "the email"): what "it" may stand for.
    pub thing: bool,
    /// Has spoken (is the source of a statement): a single name of unknown kind that speaks
    /// ("Tiegen stated") is most likely a person.
    pub spoke: bool,
    /// A single name that speaks of itself as "it" ("Agrichem said it would appeal"): a body,
    /// which "the company" may stand for.
    pub it_body: bool,
}

impl Entity {
    pub fn display_name(&self) -> String {
        self.name.join(" ")
    }
}

/// A mention of an entity outside quotations, in text order.
#[derive(Debug, Clone)]
pub(crate) struct Mention {
    pub tokens: Range<usize>,
    pub entity: usize,
    pub sentence: usize,
    /// A place named as where something happens ("in Syria", "to Moscow"), not as an actor:
    /// "they" and "it" do not stand for it.
    pub located: bool,
    /// A possessive ("Russia's gains").
    pub possessive: bool,
    /// A possessive before a role ("Apple's marketing chief"): the role's holder is the
    /// subject, not the owner.
    pub owns_role: bool,
}

/// The entities of a text and their mentions.
#[derive(Default)]
pub(crate) struct Entities {
    pub entities: Vec<Entity>,
    pub mentions: Vec<Mention>,
    /// Mentions that attribute statements, in text order (added as statements are resolved).
    pub speaking: Vec<Mention>,
    by_key: Map<String, usize>,
    /// People by lower-case surname.
    by_surname: Map<String, Vec<usize>>,
    /// Entities by each lower-case word their names have had, and by the initials of names of
    /// three words or more: where the lookups by a word ("the fund") or an acronym ("IMF")
    /// start, so that a long text's thousands of entities are not searched one by one. A name
    /// that grows leaves its old entries; every lookup checks the current name.
    by_word: Map<String, Vec<usize>>,
    by_initials: Map<String, Vec<usize>>,
    /// Entities by the last word of their role, lower-case ("president" for "Vice President").
    by_role: Map<String, Vec<usize>>,
    /// When each entity was last mentioned (a counter), for choosing among namesakes.
    last_seen: Vec<usize>,
    /// How often each entity is mentioned: a bare surname goes to the most mentioned namesake.
    mention_count: Vec<usize>,
    clock: usize,
    /// "He" or "she" opening a sentence (after connectives), in text order: (token, sentence,
    /// pronoun). A pronoun that opens a sentence continues the one before ("He lambasted the
    /// deal negotiated by Obama. He pledged ...": both are the same man, not Obama).
    subject_pronouns: Vec<(usize, usize, Pronoun)>,
    /// Per sentence opened by a clause set off by a comma ("Asked whether she feared Lind,
    /// Wren laughed"), the first token after that comma: where its main clause starts.
    main_clause: Map<usize, usize>,
    /// Sentences opened by a question put to the subject ("Asked about Rocha, he smiled"): a
    /// name in the question is its topic, whom no later "he" stands for by being named there.
    asked: crate::hash::Set<usize>,
    /// A buffer for building lookup keys.
    key: String,
    /// Resolutions of pronouns already made, by token (a chain is followed once).
    resolved: std::cell::RefCell<Map<usize, Option<usize>>>,
    /// Set once the names in the text are collected: what follows are statements' sources.
    collected: bool,
    /// Whether the text names an organisation: then "the company" is likely one of those
    /// named, which "it" stands for, rather than a body of its own.
    named_organization: bool,
}

impl Entities {
    /// Finds the capitalised names outside quotations and groups them into entities.
    pub fn collect(doc: &Doc) -> Entities {
        let mut found: Vec<(Np, usize, bool)> = Vec::new();
        // Names taken for places (see below), with their sentence.
        let mut places: Vec<(Np, usize)> = Vec::new();
        for (index, sentence) in doc.sentences.iter().enumerate() {
            // A line in capitals ("FULL TEXT.", "2. FIREWORKS FLY IN DEBATE") is a label or
            // a subhead: its words are not told apart as names.
            if shouting(doc, sentence.tokens.clone()) {
                continue;
            }
            let mut t = sentence.tokens.start;
            while t < sentence.tokens.end {
                // (Most words are not capitalised: skip them before looking for a name.)
                if !doc.is_capitalised(t) {
                    t += 1;
                    continue;
                }
                // ("Shares of Cerulean Systems jumped": a plural capitalised only because it
                // opens the sentence, then "of" and a name, is no part of that name; "Friends
                // of the Earth" is one.)
                let part_of = t == sentence.tokens.start
                    && t + 2 < sentence.tokens.end
                    && doc.lower(t + 1) == "of"
                    && doc.is_capitalised(t + 2)
                    && !is_function_word(doc.lower(t + 2))
                    && plural_common_opening(doc, t);
                let run = if part_of {
                    t..t
                } else {
                    capitalised_run(doc, t, sentence.tokens.end)
                };
                if run.is_empty() {
                    t += 1;
                    continue;
                }
                // ("Prime Minister's Questions", "Speaker's Corner": a title's possessive and
                // the capitalised noun it owns name a thing, no holder of the title.)
                let last = doc.word(run.end - 1);
                if strip_possessive(last) != last
                    && run.end < sentence.tokens.end
                    && doc.is_capitalised(run.end)
                    && {
                        let words: Vec<usize> = run.clone().filter(|&u| doc.is_word(u)).collect();
                        let phrase = lower_phrase(doc, &words);
                        lexicon()
                            .titles
                            .get(doc.lower(run.start))
                            .is_some_and(|titles| {
                                titles.iter().any(|title| {
                                    title.words.len() == words.len()
                                        && phrase
                                            .split(' ')
                                            .zip(&title.words)
                                            .all(|(a, b)| a.eq_ignore_ascii_case(b))
                                })
                            })
                    }
                {
                    t = capitalised_run(doc, run.end, sentence.tokens.end)
                        .end
                        .max(run.end);
                    continue;
                }
                // A title-case headline is one long run of capitals: five words or more
                // there ("Old Hands Help Russia Navigate U.S. Media") are not a name.
                if doc.tokens[run.start].paragraph() == 0
                    && run.clone().filter(|&u| doc.is_word(u)).count() >= 5
                {
                    t = run.end;
                    continue;
                }
                // "STATE COLLEGE, Pa. —": a dateline names a place, not a person.
                let paragraph_start =
                    doc.paragraph_tokens[doc.tokens[run.start].paragraph()].start == run.start;
                // (Up to its dash: the agency in "SALEM, Ore. (AP) —" is no mention either.)
                let dateline = paragraph_start
                    && run.clone().all(|u| {
                        !doc.is_word(u) || {
                            let w = doc.word(u);
                            w.chars().count() >= 2 && !w.chars().any(char::is_lowercase)
                        }
                    });
                let dash = (run.end..sentence.tokens.end.min(run.end + 8))
                    .find(|&u| matches!(doc.word(u), "—" | "–" | "-" | "--"));
                let place_between = |dash: usize| {
                    (run.end..dash).all(|u| {
                        doc.is_capitalised(u) || matches!(doc.word(u), "," | "." | "(" | ")")
                    })
                };
                if let Some(dash) = dash.filter(|&dash| dateline && place_between(dash)) {
                    t = dash;
                    continue;
                }
                let at_start = run.start == sentence.tokens.start;
                let mut np = parse_np(doc, run.clone());
                // A role written in lower case before a name ("former ambassador John
                // Bolton", "state senator Ana Ruiz") is part of the mention: it is what "the
                // former ambassador" refers back to.
                let role_start = lower_role_before(doc, run.start, sentence.tokens.start);
                if role_start < run.start && np.kind == Some(SpeakerKind::Person) {
                    let with_role = parse_np(doc, role_start..run.end);
                    if with_role.role.is_some() && with_role.name == np.name {
                        np = with_role;
                        // ("Barnsley boss Ada Wren", "RMT general secretary Ivo Lund": the
                        // single name before the role is whose role it is.)
                        if np.affiliation.is_none() && role_start > sentence.tokens.start {
                            np.affiliation = role_owner(doc, role_start - 1, sentence.tokens.start)
                                .or_else(|| city_of_office(doc, role_start - 1, &np));
                        }
                    }
                }
                // ("former UN Ambassador John Bolton": a title in capitals held once.)
                if role_start == run.start
                    && run.start > sentence.tokens.start
                    && doc.lower(run.start - 1) == "former"
                    && np.role.is_some()
                {
                    mark_former(doc, run.start - 1..run.end, &mut np);
                }
                // "Ada Wren, the president of the Harbor Fund, said": a role in apposition
                // after a person's name is that person's. (It says more than an abbreviated
                // rank: "Sgt. Lisa Moreno, a police spokeswoman,".)
                let rank = np
                    .role
                    .as_deref()
                    .is_some_and(|role| role.split(' ').all(is_rank));
                // ("Walsh, a former teacher, said": a surname alone, then a role the lexicon
                // knows, is a person's.)
                let surname = np.kind == Some(SpeakerKind::Unknown)
                    && np.name.len() == 1
                    && np.role.is_none()
                    && !np.plural
                    && !np.name[0].ends_with('s')
                    && !lexicon()
                        .first_names
                        .contains_key(np.name[0].to_lowercase().as_str());
                if np.kind == Some(SpeakerKind::Person) && (np.role.is_none() || rank) || surname {
                    // ("Ivo Brandt, 45, a father of two": past an age set off by commas.)
                    let aged = run.end + 3 < sentence.tokens.end
                        && doc.is_punct(run.end, ",")
                        && doc.tokens[run.end + 1].kind() == TokenKind::Number
                        && doc.is_punct(run.end + 2, ",");
                    let after = if aged { run.end + 2 } else { run.end };
                    let role = appositive_role(doc, after, sentence.tokens.end).or_else(|| {
                        role_before_appositive(doc, run.clone(), sentence.tokens.clone())
                    });
                    // (Only a singular role that ends the appositive, and without the
                    // affiliation: "Xinhua, the official news agency," is no official.)
                    let known = |role: &Np| {
                        !role.plural
                            && role.tokens.end > role.tokens.start
                            && is_title_word(doc.lower(role.tokens.end - 1))
                    };
                    if let Some(mut role) =
                        role.filter(|role| role.role.is_some() && (!surname || known(role)))
                    {
                        if surname {
                            np.kind = Some(SpeakerKind::Person);
                            role.affiliation = None;
                        }
                        np.role = role.role;
                        np.affiliation = np.affiliation.or(role.affiliation);
                    }
                }
                // ("Det. Sgt. Lisa Moore, of West Mercia Police, said": the body she is of.)
                if np.kind == Some(SpeakerKind::Person) && np.affiliation.is_none() {
                    np.affiliation = body_after_of(doc, run.end, sentence.tokens.end);
                }
                // ("Harbor Arts, the theater company that brought the suit,": a name nothing
                // marks as a person's, in apposition to a word for a body, is the body's.)
                // ("Her management company, Bright Lights Artists, said": or after it.)
                if matches!(np.kind, Some(SpeakerKind::Person | SpeakerKind::Unknown))
                    && np.role.is_none()
                    && np.gender.is_none()
                    && (appositive_body(doc, run.end, sentence.tokens.end)
                        || body_before_appositive(doc, run.clone(), sentence.tokens.clone()))
                {
                    np.kind = Some(SpeakerKind::Organization);
                }
                // "Her son, Eli, who works beside her,": a first name alone, in apposition to
                // a role, is a person's.
                let first_name = match &np.name[..] {
                    [one] if np.kind == Some(SpeakerKind::Unknown) && np.role.is_none() => {
                        lexicon()
                            .first_names
                            .get(one.to_lowercase().as_str())
                            .copied()
                    }
                    _ => None,
                };
                if let Some(gender) = first_name {
                    if let Some(role) =
                        role_before_appositive(doc, run.clone(), sentence.tokens.clone())
                    {
                        np.kind = Some(SpeakerKind::Person);
                        np.gender = role.gender.or(Some(gender));
                        np.role = role.role;
                        np.affiliation = np.affiliation.or(role.affiliation);
                    }
                }
                // "in San Jose", "near West Miami": a name nothing marks as a person, after a
                // preposition of place, is a place ("in Trump's view" is a possessive).
                let after_in = run.start > 0
                    && matches!(
                        doc.lower(run.start - 1),
                        "in" | "near" | "outside" | "across" | "throughout"
                    );
                let possessive = strip_possessive(doc.word(run.end - 1)) != doc.word(run.end - 1);
                if after_in
                    && !possessive
                    && np.kind == Some(SpeakerKind::Person)
                    && np.role.is_none()
                    && np.gender.is_none()
                {
                    np.kind = Some(SpeakerKind::Unknown);
                    places.push((np, index));
                    t = run.end;
                    continue;
                }
                let single = np.name.len() == 1 && np.role.is_none() && np.gender.is_none();
                // "Lions coach Ray Osei", "Acme chief executive Ana Ruiz": a single word
                // before a lower-case role and a name says whose role it is (a team, a
                // company); it names nobody who could speak.
                if single && np.kind != Some(SpeakerKind::Country) {
                    let mut name = run.end;
                    while name < sentence.tokens.end.min(run.end + 3)
                        && doc.tokens[name].kind() == TokenKind::Word
                        && !doc.is_capitalised(name)
                    {
                        name += 1;
                    }
                    if name > run.end
                        && name < sentence.tokens.end
                        && doc.is_capitalised(name)
                        && lower_role_before(doc, name, run.end) == run.end
                    {
                        t = run.end;
                        continue;
                    }
                }
                let after_article = run.start > 0
                    && matches!(doc.lower(run.start - 1), "the" | "a" | "an" | "former");
                // A single capitalised word opening a sentence is kept only if it turns out to
                // be the surname of a person named in full somewhere (checked below).
                let keep = match np.kind {
                    Some(SpeakerKind::Country) | Some(SpeakerKind::Organization) => true,
                    Some(SpeakerKind::Person) => {
                        !(after_article && np.role.is_none() && np.gender.is_none())
                    }
                    _ => single,
                };
                // (A country opening a sentence is one whatever follows: "Russia denied the
                // report. It said ...".)
                let known = np.kind == Some(SpeakerKind::Country);
                if keep && !np.name.is_empty() {
                    found.push((np, index, single && at_start && !known));
                }
                t = run.end;
            }
        }
        // Groups and documents named by common nouns as the subject of a sentence ("Military
        // analysts say ...", "The report also provided ..."): what a later "they" or "it" may
        // stand for.
        for (index, sentence) in doc.sentences.iter().enumerate() {
            // (Also after a fronted clause: "As the talks went on, Mexican officials
            // conducted ...".)
            let fronted = || {
                let first = sentence.tokens.start;
                let opens = first < sentence.tokens.end
                    && matches!(
                        doc.lower(first),
                        "as" | "when"
                            | "while"
                            | "after"
                            | "before"
                            | "since"
                            | "although"
                            | "though"
                            | "if"
                            | "because"
                    );
                let comma = (first + 2..sentence.tokens.end.min(first + 25))
                    .find(|&t| doc.tokens[t].kind() == TokenKind::Punct && doc.word(t) == ",")?;
                opens
                    .then(|| common_subject(doc, comma + 1..sentence.tokens.end))
                    .flatten()
            };
            if let Some(np) = common_subject(doc, sentence.tokens.clone()).or_else(fronted) {
                found.push((np, index, false));
            }
        }
        // (Two runs each in text order: a stable sort merges them in one pass.)
        found.sort_by_key(|(np, _, _)| (np.tokens.start, np.tokens.end));
        // A name taken for a place is a person after all when a title or a known first name
        // marks that surname elsewhere ("the fighter he had in Corey Lewandowski" and "Mr.
        // Lewandowski").
        let marked: crate::hash::Set<String> = found
            .iter()
            .filter(|(np, _, _)| {
                np.kind == Some(SpeakerKind::Person) && (np.role.is_some() || np.gender.is_some())
            })
            .filter_map(|(np, _, _)| np.name.last().map(|w| w.to_lowercase()))
            .collect();
        let before = found.len();
        for (mut np, sentence) in places {
            if np
                .name
                .last()
                .is_some_and(|w| marked.contains(&w.to_lowercase()))
            {
                np.kind = Some(SpeakerKind::Person);
                found.push((np, sentence, false));
            }
        }
        if found.len() > before {
            found.sort_by_key(|(np, _, _)| (np.tokens.start, np.tokens.end));
        }
        let mut entities = Entities::default();
        // Full names first, so that a surname alone can join the person it belongs to.
        for (np, _, _) in found
            .iter()
            .filter(|(np, _, _)| np.name.len() >= 2 || np.kind != Some(SpeakerKind::Unknown))
        {
            entities.entity_for(np);
        }
        entities.reset_recency();
        // Single names seen inside a sentence, where a capital marks a name ("said Tiegen"):
        // at the start of another sentence they are names too ("Tiegen was also troubled").
        let inside: crate::hash::Set<String> = found
            .iter()
            .filter(|(np, _, opens)| !opens && np.name.len() == 1 && np.role.is_none())
            .map(|(np, _, _)| np.name[0].to_lowercase())
            .collect();
        for (np, sentence, opens_sentence) in found {
            if opens_sentence {
                let lower = np.name[0].to_lowercase();
                if !entities.by_surname.contains_key(&lower)
                    && !inside.contains(&lower)
                    && entities.only_person_named_with(&np.name, None).is_none()
                {
                    continue;
                }
            }
            let entity = match &np.role {
                // A lone title word that is a person's surname ("King" after "Billie Jean
                // King") is that surname.
                Some(_) if np.nominal && entities.is_surname(&np.text) => {
                    let mut np = np.clone();
                    np.name = [std::mem::take(&mut np.text)].into();
                    np.nominal = false;
                    np.role = None;
                    entities.entity_for(&np)
                }
                // A role standing for a person named elsewhere ("the former ambassador"),
                // or for nobody we can tell.
                // ("The mayor struck a defiant tone. “...,” he said.": a role nobody is named
                // with, as a sentence's subject, is who a later "he" or "she" may be.)
                Some(role) if np.nominal && !np.plural && np.name.is_empty() => {
                    match entities.holder_before(role, np.tokens.start) {
                        Some(holder) => holder,
                        None if subject_role(doc, &np, sentence) => {
                            let mut person = np.clone();
                            person.kind = Some(SpeakerKind::Person);
                            entities.entity_for(&person)
                        }
                        None => continue,
                    }
                }
                _ => entities.entity_for(&np),
            };
            // ("The drugmaker Veltris denied ...": a name after "the" and a word for a
            // business is a business, which "the company" may stand for.)
            // ("Tim Cook, Apple's chief executive,": so is a name that owns a company's
            // officer.)
            let start = np.tokens.start;
            if np.name.len() == 1
                && (start >= 2
                    && doc.lower(start - 2) == "the"
                    && BUSINESS_WORDS.contains(&doc.lower(start - 1))
                    || strip_possessive(doc.word(np.tokens.end - 1)) != doc.word(np.tokens.end - 1)
                        && company_officer_at(doc, np.tokens.end))
            {
                let e = &mut entities.entities[entity];
                if e.name.len() == 1 && e.kind != SpeakerKind::Person {
                    e.kind = SpeakerKind::Organization;
                    e.it_body = true;
                }
            }
            // ("The band, Northern Lights, later said its ...": a name set off after "the" and
            // a word for a business or a group is that body.)
            let set_off = start >= 3
                && doc.is_punct(start - 1, ",")
                && doc.lower(start - 3) == "the"
                && (BUSINESS_WORDS.contains(&doc.lower(start - 2))
                    || matches!(doc.lower(start - 2), "band" | "group" | "charity" | "club"))
                && np.gender.is_none()
                && np.role.is_none();
            if set_off {
                let e = &mut entities.entities[entity];
                e.kind = SpeakerKind::Organization;
                e.it_body = true;
            }
            // ("The Royal College of Nursing said ... Its president, Ada Wren, said": the
            // role's owner is the body mentioned last.)
            // ("A spokesperson for the agency, Ian Gray, said": or the agency named before.)
            // ("said Ruth Gray, its deputy chief UK economist": a role "its" owns after the
            // name is the body's, whatever country qualifies it.)
            let its_after = np.tokens.end + 2 < doc.tokens.len()
                && doc.is_punct(np.tokens.end, ",")
                && doc.lower(np.tokens.end + 1) == "its";
            let unaffiliated = (entities.entities[entity].affiliation.is_none() || its_after)
                && entities.entities[entity].role.is_some();
            let for_the = unaffiliated
                .then(|| {
                    let sentence = &doc.sentences[sentence].tokens;
                    body_word_before(doc, start, sentence.start)
                        .or_else(|| body_word_after(doc, np.tokens.end, sentence.end))
                })
                .flatten();
            if let Some((the, endings)) = for_the {
                if let Some(body) = entities.body_before(doc, the, endings) {
                    let name = entities.entities[body].display_name();
                    entities.entities[entity].affiliation = Some(name);
                }
            } else if let Some(its) = unaffiliated
                .then(|| {
                    owned_by_it(doc, start, doc.sentences[sentence].tokens.start)
                        .or(its_after.then_some(np.tokens.end + 1))
                })
                .flatten()
            {
                // (A body first: in "The European Commission ... has argued that Chinese state
                // support ... Its trade chief" it is the commission.)
                let recent = || {
                    entities
                        .mentions
                        .iter()
                        .rev()
                        .skip_while(|m| m.tokens.start > its)
                        .take_while(|m| m.sentence + 3 > sentence)
                        .map(|m| m.entity)
                        .filter(|&e| e != entity)
                };
                let body = recent()
                    .find(|&e| entities.entities[e].kind == SpeakerKind::Organization)
                    .or_else(|| recent().find(|&e| entities.owns_as_it(e)));
                if let Some(body) = body {
                    // ("Planned Parenthood said ... Its Florida director, ...": a name nothing
                    // marks as a person's that "its" stands for is a body.)
                    if entities.entities[body].kind == SpeakerKind::Person {
                        entities.entities[body].kind = SpeakerKind::Organization;
                    }
                    let name = entities.entities[body].display_name();
                    entities.entities[entity].affiliation = Some(name);
                }
            }
            let located = np.kind == Some(SpeakerKind::Country)
                && np.tokens.start > 0
                && matches!(
                    doc.lower(np.tokens.start - 1),
                    "in" | "to" | "from" | "into" | "across" | "throughout" | "near" | "outside"
                )
                // ("in the suburb of Santa Catarina": a place, whatever its name reads as.)
                || np.tokens.start > 1
                    && doc.lower(np.tokens.start - 1) == "of"
                    && matches!(
                        doc.lower(np.tokens.start - 2),
                        "suburb" | "city" | "town" | "village" | "province" | "county"
                            | "district" | "neighborhood" | "neighbourhood" | "island"
                    );
            let last = doc.word(np.tokens.end - 1);
            let possessive = strip_possessive(last) != last;
            // ("Apple's marketing chief": the owner of a role, a few words on.)
            let owns_role = possessive
                && (np.tokens.end..doc.sentences[sentence].tokens.end.min(np.tokens.end + 3))
                    .take_while(|&t| doc.is_word(t) && !doc.is_capitalised(t))
                    .any(|t| is_title_word(doc.lower(t)));
            entities.mentions.push(Mention {
                tokens: np.tokens.clone(),
                entity,
                sentence,
                located,
                possessive,
                owns_role,
            });
        }
        entities.pair_mentions(doc);
        entities.role_mentions(doc);
        entities.infer_genders(doc);
        entities.collected = true;
        for (index, sentence) in doc.sentences.iter().enumerate() {
            // After the connectives that open the sentence ("But", "However,").
            let t = crate::attribution::leading_connectives(
                doc,
                sentence.tokens.start,
                sentence.tokens.end,
            );
            if t < sentence.tokens.end && fronted_clause_opener(doc.lower(t)) {
                if let Some(comma) = (t + 2..sentence.tokens.end)
                    .find(|&u| doc.is_punct(u, ",") && doc.tokens[u].quote().is_none())
                {
                    entities.main_clause.insert(index, comma + 1);
                    if matches!(doc.lower(t), "asked" | "pressed" | "questioned") {
                        entities.asked.insert(index);
                    }
                }
            }
            if t < sentence.tokens.end && doc.tokens[t].quote().is_none() {
                if let Some(p @ (Pronoun::He | Pronoun::She | Pronoun::They)) =
                    pronoun(doc.lower(t))
                {
                    entities.subject_pronouns.push((t, index, p));
                }
            }
        }
        entities
    }

    /// Learns the gender of people the text never marks (no Mr./Ms., no known first name)
    /// from the pronouns of sentences where they are the only person named: "Clinton said
    /// ... her plan" makes Clinton a she.
    fn infer_genders(&mut self, doc: &Doc) {
        let mut votes: Map<usize, (usize, usize)> = Map::default();
        let mut index = 0;
        while index < self.mentions.len() {
            let sentence = self.mentions[index].sentence;
            let mut people: Vec<usize> = Vec::new();
            let mut first_named = usize::MAX;
            while index < self.mentions.len() && self.mentions[index].sentence == sentence {
                let entity = self.mentions[index].entity;
                if self.entities[entity].kind == SpeakerKind::Person && !people.contains(&entity) {
                    people.push(entity);
                    first_named = first_named.min(self.mentions[index].tokens.start);
                }
                index += 1;
            }
            if people.len() != 1 || self.entities[people[0]].gender.is_some() {
                continue;
            }
            // Possessives and reflexives after the name in this sentence ("Clinton said her
            // plan"; in "His wife, Jane Lopez, ..." the "his" is someone else's), and the
            // pronoun that opens the next one ("She added ..."). Other pronouns there often
            // stand for someone else ("She called him weak and said he had lost").
            let vote = votes.entry(people[0]).or_default();
            let here = first_named.max(doc.sentences[sentence].tokens.start)
                ..doc.sentences[sentence].tokens.end;
            // ("her" as the object of a phrasal verb, "backed her up", or of "told her that"
            // is someone else.)
            let possessive_her = |t: usize| {
                t + 1 >= here.end
                    || !matches!(
                        doc.lower(t + 1),
                        "up" | "out" | "off" | "down" | "back" | "away" | "over" | "that"
                    )
            };
            for t in here.clone().filter(|&t| doc.tokens[t].quote().is_none()) {
                match doc.lower(t) {
                    "his" | "himself" => vote.0 += 1,
                    "her" if possessive_her(t) => vote.1 += 1,
                    "hers" | "herself" => vote.1 += 1,
                    _ => {}
                }
            }
            if let Some(next) = doc.sentences.get(sentence + 1) {
                let first = next.tokens.clone().find(|&t| {
                    doc.tokens[t].kind() == TokenKind::Word
                        && !matches!(doc.lower(t), "but" | "and" | "however" | "then" | "later")
                });
                match first
                    .filter(|&t| doc.tokens[t].quote().is_none())
                    .map(|t| doc.lower(t))
                {
                    Some("he") => vote.0 += 1,
                    Some("she") => vote.1 += 1,
                    _ => {}
                }
            }
        }
        for (entity, (male, female)) in votes {
            if male >= 2 * female.max(1) || male > 0 && female == 0 {
                self.entities[entity].gender = Some(Gender::Male);
            } else if female >= 2 * male.max(1) || female > 0 && male == 0 {
                self.entities[entity].gender = Some(Gender::Female);
            }
        }
    }

    /// The entity a parsed name belongs to, created when new. People are keyed by first and
    /// last name; a surname alone ("Clinton", "Mrs. Clinton") joins the most recently seen
    /// person of that surname whose gender fits.
    pub fn entity_for(&mut self, np: &Np) -> usize {
        let person_like = matches!(
            np.kind,
            Some(SpeakerKind::Person) | Some(SpeakerKind::Unknown) | None
        );
        self.clock += 1;
        // Keys are built in a reused buffer: a lookup allocates nothing, only a new key does.
        let mut key = std::mem::take(&mut self.key);
        key.clear();
        let index = if np.nominal || np.name.is_empty() {
            // Common-noun sources ("a spokesman") are their own speakers, by their words.
            key.push_str("nominal:");
            push_lowercase(&mut key, &np.text);
            // ("Taiwan's defence ministry": one its owner names is a body of its own; "a
            // British telecoms company" may be one named.)
            let owned =
                np.affiliation.is_some() && (np.text.contains("'s ") || np.text.contains("’s "));
            if np.kind == Some(SpeakerKind::Organization) && self.named_organization && !owned {
                let mut unknown = np.clone();
                unknown.kind = Some(SpeakerKind::Unknown);
                self.keyed(&key, &unknown)
            } else {
                self.keyed(&key, np)
            }
        } else if !person_like {
            self.named_organization |= np.kind == Some(SpeakerKind::Organization);
            // "The International Monetary Fund" opening a sentence is the International
            // Monetary Fund named elsewhere: the article does not tell bodies apart.
            let article = usize::from(np.name.len() > 1 && np.name[0].eq_ignore_ascii_case("the"));
            for (i, word) in np.name.iter().skip(article).enumerate() {
                if i > 0 {
                    key.push(' ');
                }
                push_lowercase(&mut key, word);
            }
            // "the IMF" after "the International Monetary Fund": an acronym of a body's name
            // is that body.
            match self
                .expanded_acronym(np)
                .filter(|_| !self.by_key.contains_key(&key))
            {
                Some(index) => {
                    self.by_key.insert(key.clone(), index);
                    self.merge_kind(index, np);
                    index
                }
                None => self.keyed(&key, np),
            }
        } else if let Some(index) = self.body_keyed(np, &mut key) {
            // ("Bright Lights Artists" read as a body where it was named: the same body,
            // though its words could be a person's.)
            self.merge_kind(index, np);
            index
        } else if np.name.len() >= 2 && !np.name[0].starts_with(char::is_lowercase) {
            // (Not a surname with its particle: "de Groot" of "Mr. de Groot" is a surname.)
            push_lowercase(&mut key, &np.name[0]);
            key.push(' ');
            let surname_at = key.len();
            push_lowercase(&mut key, &np.name[np.name.len() - 1]);
            let last = &key[surname_at..];
            if !self.by_key.contains_key(key.as_str()) {
                // A surname seen alone before the full name: the same person, unless
                // the two are of different genders ("Mr. Obama" and "Michelle Obama").
                let lone_key = format!("surname:{last}");
                let fits = |lone: usize| match (self.entities[lone].gender, np.gender) {
                    (Some(was), Some(is)) => was == is,
                    _ => true,
                };
                if let Some(lone) = self.by_key.get(&lone_key).copied().filter(|&e| fits(e)) {
                    self.by_key.remove(&lone_key);
                    self.by_key.insert(key.clone(), lone);
                }
            }
            // "Peña Nieto" after "Enrique Peña Nieto": the end of one person's longer name.
            if !self.by_key.contains_key(key.as_str()) {
                if let Some(index) = self.only_person_named_with(&np.name, np.gender) {
                    self.by_key.insert(key.clone(), index);
                }
            }
            let index = self.keyed(&key, np);
            let last = &key[surname_at..];
            match self.by_surname.get_mut(last) {
                Some(list) if !list.contains(&index) => list.push(index),
                Some(_) => {}
                None => {
                    self.by_surname.insert(last.to_string(), vec![index]);
                }
            }
            index
        } else {
            key.push_str("surname:");
            push_lowercase(&mut key, &np.name[np.name.len() - 1]);
            let last = &key["surname:".len()..];
            {
                let gender = np.gender;
                // (The person known only by this surname, when a namesake named in full is
                // someone else: "President Obama" and "Michelle Obama".)
                let lone = self.by_key.get(key.as_str()).copied();
                let candidate = self
                    .by_surname
                    .get(last)
                    .and_then(|list| {
                        let mut fitting = list.iter().copied().chain(lone).filter(|&e| {
                            gender.is_none()
                                || self.entities[e].gender.is_none()
                                || self.entities[e].gender == gender
                        });
                        // (One namesake, the most common case, needs no ranking.)
                        let first = fitting.next()?;
                        let mut rest = fitting.peekable();
                        if rest.peek().is_none() {
                            return Some(first);
                        }
                        std::iter::once(first).chain(rest).max_by_key(|&e| {
                            // The namesake holding the role this mention gives first.
                            let same_role = np.role.is_some() && self.entities[e].role == np.role;
                            // (Not a relative named as such, whose surname is the one
                            // the story is about: "His daughter, Sumayah Jamal, said".)
                            let kin = self.entities[e]
                                .role
                                .as_deref()
                                .is_some_and(crate::attribution::is_kin_or_circle);
                            (same_role, !kin, self.mention_count[e], self.last_seen[e])
                        })
                    })
                    // A speaker named by a first name alone ("Donald", or "Ban" for Ban
                    // Ki-moon) is the one person named in full with it. (Among the names
                    // found in the text, a lone "Midway" is more often a place.)
                    .or_else(|| {
                        self.collected
                            .then(|| self.only_person_first_named(last))
                            .flatten()
                    })
                    .or_else(|| self.only_person_named_with(&np.name, gender))
                    // ("Meridian said" after "Meridian Motors is recalling ...".)
                    .or_else(|| {
                        (np.name.len() == 1)
                            .then(|| self.business_first_named(last))
                            .flatten()
                    });
                match candidate {
                    Some(index) => {
                        self.merge(index, np);
                        index
                    }
                    None => {
                        let index = self.keyed(&key, np);
                        // A first name used alone, no one's surname here ("Melanie said"),
                        // tells the gender as it does in a full name.
                        let entity = &mut self.entities[index];
                        if entity.gender.is_none() {
                            entity.gender = lexicon().first_names.get(last).copied();
                        }
                        index
                    }
                }
            }
        };
        self.key = key;
        self.last_seen[index] = self.clock;
        self.mention_count[index] += 1;
        index
    }

    /// May "its" stand for this entity: a body, a name of no known kind, or a name of two
    /// words or more read as a person's though nothing marks it so (no first name, title, role
    /// or gender)?
    fn owns_as_it(&self, index: usize) -> bool {
        let e = &self.entities[index];
        e.kind == SpeakerKind::Organization
            || e.kind == SpeakerKind::Unknown && !e.plural && e.role.is_none()
            || e.kind == SpeakerKind::Person
                && e.name.len() >= 2
                && e.gender.is_none()
                && e.role.is_none()
                && !lexicon()
                    .first_names
                    .contains_key(e.name[0].to_lowercase().as_str())
    }

    /// The body already named with all of this name's words, when they are one or three or
    /// more (a name of two has the same key either way; a word in capitals may be a
    /// transcript's label, "FALLIN:", as well as an acronym).
    /// (The key is built in the caller's buffer, left empty: single names are looked up here
    /// by the thousand.)
    fn body_keyed(&self, np: &Np, key: &mut String) -> Option<usize> {
        if np.name.len() == 2 || np.name.is_empty() {
            return None;
        }
        key.clear();
        for (i, word) in np.name.iter().enumerate() {
            if i > 0 {
                key.push(' ');
            }
            push_lowercase(key, word);
        }
        // (A single word is no person's surname: "Cruz said" is Ted Cruz, whatever "Cruz" was
        // read as in "the Cruz campaign".)
        let found = self.by_key.get(key.as_str()).copied().filter(|&e| {
            let body = &self.entities[e];
            body.kind == SpeakerKind::Organization
                && !(body.name.len() == 1
                    && (is_acronym(&body.name[0]) || self.by_surname.contains_key(key.as_str())))
        });
        key.clear();
        found
    }

    fn keyed(&mut self, key: &str, np: &Np) -> usize {
        if let Some(&index) = self.by_key.get(key) {
            self.merge(index, np);
            return index;
        }
        let name = if np.name.is_empty() && !np.text.is_empty() {
            vec![np.text.clone()]
        } else {
            np.name.to_vec()
        };
        self.entities.push(Entity {
            name,
            kind: np.kind.unwrap_or(SpeakerKind::Unknown),
            role: np.role.clone(),
            affiliation: np.affiliation.clone(),
            gender: np.gender,
            plural: np.plural,
            thing: np.nominal && !np.plural && is_thing(&np.text),
            spoke: false,
            it_body: false,
        });
        self.last_seen.push(0);
        self.mention_count.push(0);
        self.by_key.insert(key.to_string(), self.entities.len() - 1);
        self.index_name(self.entities.len() - 1);
        if let Some(role) = &np.role {
            self.by_role
                .entry(role_key(role))
                .or_default()
                .push(self.entities.len() - 1);
        }
        self.entities.len() - 1
    }

    /// Gives an entity without a role the mention's role, indexed by its last word.
    fn add_role(&mut self, index: usize, np: &Np) {
        if self.entities[index].role.is_some() {
            return;
        }
        if let Some(role) = &np.role {
            self.entities[index].role = Some(role.clone());
            self.by_role.entry(role_key(role)).or_default().push(index);
        }
    }

    /// Adds an entity's current name to the word and initials indexes.
    fn index_name(&mut self, index: usize) {
        let name = &self.entities[index].name;
        for word in name {
            let list = self.by_word.entry(word.to_lowercase()).or_default();
            if list.last() != Some(&index) {
                list.push(index);
            }
        }
        if name.len() >= 3 {
            let list = self.by_initials.entry(initials(name)).or_default();
            if list.last() != Some(&index) {
                list.push(index);
            }
        }
    }

    /// The one entity among these candidates (indexes may repeat) that fits.
    fn only_one(
        &self,
        candidates: Option<&Vec<usize>>,
        fits: impl Fn(&Entity) -> bool,
    ) -> Option<usize> {
        let mut found = None;
        for &index in candidates.into_iter().flatten() {
            if fits(&self.entities[index]) {
                match found {
                    None => found = Some(index),
                    Some(other) if other != index => return None,
                    Some(_) => {}
                }
            }
        }
        found
    }

    /// "The company said", "the agency added": the body named last before `token` whose
    /// name ends in one of `endings` (see `body_endings`).
    pub fn body_before(&self, doc: &Doc, token: usize, endings: Endings) -> Option<usize> {
        let (endings, others) = endings;
        fn ending(e: &Entity) -> &str {
            strip_possessive(&e.name[e.name.len() - 1])
        }
        // (The body named last must be it: in "Acme Corp. ... the Senate ... the company" the
        // text may mean either.)
        let before = self.mentions.partition_point(|m| m.tokens.start < token);
        // (Not one named where someone worked or went: "ran a division at Harbor Systems
        // Inc.", which is no subject of the story.)
        // ("Shares of Cerulean Systems jumped": the body's shares are its story.)
        let object = |t: usize| {
            t > 0
                && matches!(
                    doc.lower(t - 1),
                    "at" | "from" | "for" | "with" | "to" | "by" | "of"
                )
                && !(t > 1
                    && doc.lower(t - 1) == "of"
                    && matches!(doc.lower(t - 2), "shares" | "stock" | "stocks"))
        };
        // (Past a body of the other kind: "Acme Inc. is recalling ..., the Food and Drug
        // Administration said. The company said ..." is Acme.)
        // (Nor a name that only qualifies a noun: "a report by a Senate committee".)
        let attributive = |m: &Mention| {
            let next = m.tokens.end;
            next < doc.tokens.len()
                && doc.is_word(next)
                && !doc.is_capitalised(next)
                && is_body_noun(doc.lower(next))
        };
        // (Or a name of no known kind that ends so: "Harbour Rovers have signed ..., the club
        // announced".)
        let m = self.mentions[..before].iter().rev().find(|m| {
            let e = &self.entities[m.entity];
            // (Or one word that is such an ending: "Rangers have sacked ...".)
            (e.kind == SpeakerKind::Organization
                || e.kind == SpeakerKind::Unknown
                    && (e.name.len() >= 2 || others.is_empty())
                    && endings.contains(&ending(e)))
                && !m.located
                && !object(m.tokens.start)
                && !attributive(m)
                && (e.name.len() < 2 || !others.contains(&ending(e)))
        })?;
        let e = &self.entities[m.entity];
        // (Named in this paragraph or the one before, or the story's own: named in the
        // headline or the first paragraph.)
        let near = doc.tokens[m.tokens.start].paragraph() + 1 >= doc.tokens[token].paragraph()
            || self
                .mentions
                .iter()
                .take_while(|x| doc.tokens[x.tokens.start].paragraph() <= 1)
                .any(|x| x.entity == m.entity);
        // (A single name is a company's or an agency's: "the committee's chairman" after
        // "The drugmaker Veltris" is not Veltris's. Only those kinds have other endings.)
        // (Or a name set off after its word: "The band, Northern Lights,".)
        let business = near
            && (e.name.len() >= 2 && (endings.contains(&ending(e)) || e.it_body)
                || e.name.len() == 1 && e.it_body && !others.is_empty()
                || e.name.len() == 1 && others.is_empty() && endings.contains(&ending(e)));
        business.then_some(m.entity)
    }

    /// The organisation whose capitalised words' initials this one-word name spells ("IMF":
    /// International Monetary Fund), if there is exactly one.
    fn expanded_acronym(&self, np: &Np) -> Option<usize> {
        let acronym = match &np.name[..] {
            [one] | [_, one] if np.name.len() == 1 || np.name[0].eq_ignore_ascii_case("the") => one,
            _ => return None,
        };
        if !is_acronym(acronym) || acronym.chars().count() < 3 {
            return None;
        }
        let letters: String = acronym.chars().filter(|c| c.is_alphabetic()).collect();
        self.only_one(self.by_initials.get(&letters), |e| {
            e.kind == SpeakerKind::Organization && e.name.len() >= 3 && initials(&e.name) == letters
        })
    }

    /// The one organisation seen so far whose name has this word ("the fund": the
    /// International Monetary Fund; "the commission": the Commission on Presidential Debates).
    /// ("the weather service": every word of the phrase in the body's name.)
    pub fn body_named_by(&self, phrase: &str) -> Option<usize> {
        let head = phrase.rsplit(' ').next()?;
        // (A word equal but for ASCII case is equal lower-cased: the index holds it.)
        self.only_one(self.by_word.get(&head.to_lowercase()), |e| {
            e.kind == SpeakerKind::Organization
                && e.name.len() >= 2
                && phrase
                    .split(' ')
                    .all(|word| e.name.iter().any(|w| w.eq_ignore_ascii_case(word)))
        })
    }

    /// The one business named before by this word (lower-case) and the words that mark a
    /// business ("Meridian Motors", "Kestrel Systems Inc."): the short form of its name.
    fn business_first_named(&self, lower: &str) -> Option<usize> {
        self.only_one(self.by_word.get(lower), |e| {
            e.kind == SpeakerKind::Organization
                && e.name.len() >= 2
                && e.name[0].to_lowercase() == lower
                && e.name[1..]
                    .iter()
                    .all(|w| BUSINESS_ENDINGS.contains(&strip_possessive(w)))
        })
    }

    /// Adds a mention's kind, role and affiliation, not its name (an acronym's entity keeps
    /// the name spelled out).
    fn merge_kind(&mut self, index: usize, np: &Np) {
        self.add_role(index, np);
        let entity = &mut self.entities[index];
        if entity.affiliation.is_none() {
            entity.affiliation.clone_from(&np.affiliation);
        }
    }

    /// Adds what a mention says to its entity: a fuller name, a kind, role, affiliation, gender.
    fn merge(&mut self, index: usize, np: &Np) {
        let entity = &mut self.entities[index];
        if np.name.len() > entity.name.len() && np.kind != Some(SpeakerKind::Country) {
            entity.name = np.name.to_vec();
            self.index_name(index);
        }
        let entity = &mut self.entities[index];
        if entity.kind == SpeakerKind::Unknown {
            if let Some(kind) = np.kind {
                entity.kind = kind;
            }
        }
        self.add_role(index, np);
        let entity = &mut self.entities[index];
        if entity.affiliation.is_none() {
            entity.affiliation.clone_from(&np.affiliation);
        }
        entity.gender = entity.gender.or(np.gender);
    }

    /// The only person named in full whose first name is `lower`.
    fn only_person_first_named(&self, lower: &str) -> Option<usize> {
        let lex = lexicon();
        if !could_be_name(lower)
            || lex.regions.contains(lower)
            || lex.titles.contains_key(lower)
            || lex.org_words_lower.contains(lower)
            || matches!(
                lower,
                "republican" | "democrat" | "democratic" | "independent"
            )
        {
            return None;
        }
        self.only_one(self.by_word.get(lower), |e| {
            e.kind == SpeakerKind::Person && e.name.len() >= 2 && e.name[0].to_lowercase() == lower
        })
    }

    /// The only person named in full, by a known first name, whose name goes on with these
    /// words and at most one more: a compound surname or its first half used alone ("Peña
    /// Nieto" or "Basáñez" for Enrique Peña Nieto and Miguel Basáñez Ebergenyi). A word that
    /// is a first name ("Paul" in John Paul Jones) is left to the first-name rule.
    fn only_person_named_with(&self, words: &[String], gender: Option<Gender>) -> Option<usize> {
        let first = words.first()?;
        // (Three letters at least; the cheapest tests first: this runs for every new name.)
        first.chars().nth(2)?;
        let lower = first.to_lowercase();
        // (A word in many names is no one's surname, and the scan stays short.)
        let candidates = self.by_word.get(lower.as_str()).filter(|c| c.len() <= 16)?;
        let same = |a: &str, b: &str| {
            a.eq_ignore_ascii_case(b) || !a.is_ascii() && a.to_lowercase() == b.to_lowercase()
        };
        let first_names = &lexicon().first_names;
        let found = self.only_one(Some(candidates), |e| {
            // "Lula" after "Luiz Inácio Lula da Silva": the word before a surname's particle.
            let before_particle = words.len() == 1
                && e.name.len() >= 4
                && (1..e.name.len() - 2)
                    .any(|i| same(&e.name[i], first) && name_particle(&e.name[i + 1]));
            e.kind == SpeakerKind::Person
                && (before_particle || (words.len() + 1..=words.len() + 2).contains(&e.name.len()))
                && (gender.is_none() || e.gender.is_none() || e.gender == gender)
                // (Right after the first name, or ending the name after two given names:
                // "López Obrador" after "Andrés Manuel López Obrador".)
                && (before_particle
                    || e.name[1..=words.len()]
                    .iter()
                    .zip(words)
                    .all(|(a, b)| same(a, b))
                    || e.name.len() == words.len() + 2
                        && first_names.contains_key(e.name[1].to_lowercase().as_str())
                        && e.name[2..].iter().zip(words).all(|(a, b)| same(a, b)))
                // (A first name the lexicon knows, unless two words, no first name first,
                // end a name of three with a role: "Ruiz Castellanos" after "President
                // Mariana Ruiz Castellanos"; not "Ada Wren" after "Democrat Ada Wren", nor
                // after "Celebrating Ada Wren" in a title-case headline.)
                && (first_names.contains_key(e.name[0].to_lowercase().as_str())
                    || words.len() >= 2
                        && e.name.len() == words.len() + 1
                        && e.role.is_some()
                        && party_name(&e.name[0].to_lowercase()).is_none()
                        && !first_names.contains_key(lower.as_str()))
        })?;
        let alone_first_name = words.len() == 1 && first_names.contains_key(lower.as_str());
        (could_be_name(&lower) && !alone_first_name).then_some(found)
    }

    /// "As Ada Wren and Ivo Brandt toured the state, they were recognized": two names joined
    /// by "and" as a clause's subject are a group, a mention for the "they" after them.
    fn pair_mentions(&mut self, doc: &Doc) {
        let mut added = Vec::new();
        for (index, pair) in self.mentions.windows(2).enumerate() {
            let (a, b) = (&pair[0], &pair[1]);
            let joined = match b.tokens.start.checked_sub(a.tokens.end) {
                Some(1) => doc.lower(a.tokens.end) == "and",
                Some(2) => doc.lower(a.tokens.end) == "and" && doc.lower(a.tokens.end + 1) == "the",
                _ => false,
            };
            if !joined
                || a.sentence != b.sentence
                || a.entity == b.entity
                || a.located
                || b.located
                || a.possessive
                || b.possessive
                || index > 0 && self.mentions[index - 1].tokens.end > a.tokens.start
            {
                continue;
            }
            // The subject of a clause: it opens one and a verb or an appositive follows.
            let sentence = &doc.sentences[a.sentence].tokens;
            let mut start = a.tokens.start;
            if start > sentence.start && doc.lower(start - 1) == "the" {
                start -= 1;
            }
            let after_comma = start > sentence.start && doc.is_punct(start - 1, ",");
            let opens = start == sentence.start
                || matches!(
                    doc.lower(start - 1),
                    "as" | "while"
                        | "when"
                        | "but"
                        | "because"
                        | "although"
                        | "though"
                        | "if"
                        | "after"
                        | "before"
                        | "since"
                        | "that"
                        | "both"
                );
            let end = b.tokens.end;
            let verb_after = end < sentence.end && {
                let w = doc.lower(end);
                // (An adverb before the verb: "Ada Wren and Ivo Brandt never tire of".)
                matches!(w, "never" | "also" | "both" | "then" | "still" | "often")
                    || crate::attribution::is_aux(w)
                    || w.ends_with("ed")
                    || lexicon().verbs.contains_key(w)
            };
            // (A pair between commas may be a list in apposition: only a verb after it
            // makes it a subject there.)
            let appositive_after = end < sentence.end && doc.is_punct(end, ",");
            if !(opens && (verb_after || appositive_after) || after_comma && verb_after) {
                continue;
            }
            let np = Np {
                tokens: start..end,
                nominal: true,
                plural: true,
                kind: Some(SpeakerKind::Unknown),
                text: text_without_labels(doc, start..end),
                ..Np::default()
            };
            added.push((np, a.sentence));
        }
        if added.is_empty() {
            return;
        }
        for (np, sentence) in added {
            let entity = self.entity_for(&np);
            self.mentions.push(Mention {
                tokens: np.tokens.clone(),
                entity,
                sentence,
                located: false,
                possessive: false,
                owns_role: false,
            });
        }
        // (The group before its first name: of the mentions that open a clause, the pronoun
        // resolution takes the first.)
        self.mentions
            .sort_by_key(|m| (m.tokens.start, std::cmp::Reverse(m.tokens.end)));
    }

    /// "the two", "the pair": the last pair named together before `token` (see
    /// `pair_mentions`), within twelve sentences.
    pub fn latest_pair(&self, token: usize, sentence: usize) -> Option<usize> {
        let before = self.mentions.partition_point(|m| m.tokens.start < token);
        self.mentions[..before]
            .iter()
            .rev()
            .take_while(|m| m.sentence + 12 >= sentence)
            .find(|m| {
                let e = &self.entities[m.entity];
                e.plural && matches!(&e.name[..], [name] if name.contains(" and "))
            })
            .map(|m| m.entity)
    }

    /// "The president's roots ... he told": "the" and a role in lower case that a named
    /// person holds is a mention of that person (of several, the last named), for the
    /// pronouns after it.
    fn role_mentions(&mut self, doc: &Doc) {
        let mut added = Vec::new();
        // (Each role's holders are looked up once: the entities do not change here. A text
        // has few distinct roles; a list spares the wasm another map instantiation.)
        let mut holders: Vec<(&str, Vec<usize>)> = Vec::new();
        for (index, sentence) in doc.sentences.iter().enumerate() {
            // ("The Spaniard refused to blame Saliba. “...,” he said.": a nationality that
            // opens a sentence as its subject is the person named before.)
            let first = sentence.tokens.start;
            if first + 3 < sentence.tokens.end
                && doc.lower(first) == "the"
                && doc.is_capitalised(first + 1)
                && crate::attribution::finite_verb_like(doc, first + 2)
            {
                if let Some(gender) = crate::nationality_gender(doc.word(first + 1)) {
                    let country = crate::nationality_country(doc.word(first + 1));
                    if let Some(m) = self.named_person_before(doc, first, index, gender, country) {
                        added.push(Mention {
                            tokens: first..first + 2,
                            entity: m.entity,
                            sentence: index,
                            located: false,
                            possessive: false,
                            owns_role: false,
                        });
                    }
                }
            }
            for t in sentence.tokens.start + 1..sentence.tokens.end {
                let role = strip_possessive(doc.lower(t));
                if doc.lower(t - 1) != "the"
                    || doc.is_capitalised(t)
                    || doc.tokens[t].quote().is_some()
                    || !is_title_word(role)
                    // ("the president Ada Wren" is a name; "the president's Pacific roots"
                    // is not.)
                    || t + 1 < sentence.tokens.end
                        && (doc.is_capitalised(t + 1) && role == doc.lower(t)
                            || matches!(doc.lower(t + 1), "of" | "for" | "at"))
                {
                    continue;
                }
                let known = match holders.iter().position(|(r, _)| *r == role) {
                    Some(known) => known,
                    None => {
                        holders.push((role, self.holders_of(role)));
                        holders.len() - 1
                    }
                };
                let holder = self.latest_of(&holders[known].1, t);
                if let Some(holder) = holder {
                    added.push(Mention {
                        tokens: t - 1..t + 1,
                        entity: holder,
                        sentence: index,
                        located: false,
                        possessive: role != doc.lower(t),
                        owns_role: false,
                    });
                }
            }
        }
        if !added.is_empty() {
            self.mentions.extend(added);
            self.mentions.sort_by_key(|m| m.tokens.start);
        }
    }

    /// Is this lower-case word the surname of a person named in full?
    pub fn names_someone(&self, lower: &str) -> bool {
        self.by_surname.contains_key(lower)
    }

    /// Is this one capitalised title word ("King", "Bishop") the surname of a person named
    /// in full?
    pub fn is_surname(&self, word: &str) -> bool {
        if word.contains(' ') || !word.starts_with(char::is_uppercase) {
            return false;
        }
        let lower = word.to_lowercase();
        lexicon().titles.contains_key(lower.as_str())
            && self.by_surname.get(&lower).is_some_and(|list| {
                list.iter()
                    .any(|&e| self.entities[e].kind == SpeakerKind::Person)
            })
    }

    /// The named person holding this role: the only one ("Governor" -> Governor Lee Harmon),
    /// or of several the one mentioned last before `token` ("the president" after "President
    /// Ada Wren ... President Ito ... Mr. Ito" is Ito). `None` when none was named before it.
    pub fn holder_before(&self, role: &str, token: usize) -> Option<usize> {
        self.latest_of(&self.holders_of(role), token)
    }

    /// Was this entity named right after these words ("her daughter, Clare Vance") before
    /// `token`?
    pub fn named_after(&self, doc: &Doc, entity: usize, words: &str, token: usize) -> bool {
        let n = words.split(' ').count();
        self.mentions
            .iter()
            .take_while(|m| m.tokens.start < token)
            .filter(|m| m.entity == entity)
            .any(|m| {
                let mut at = m.tokens.start;
                if at > 0 && doc.is_punct(at - 1, ",") {
                    at -= 1;
                }
                at >= n
                    && words
                        .split(' ')
                        .enumerate()
                        .all(|(k, w)| doc.lower(at - n + k).eq_ignore_ascii_case(w))
            })
    }

    /// "The 24-year-old said": an age describes someone named before, the person named last
    /// in an earlier sentence (of the gender its noun gives: "the 34-year-old mother").
    /// (Not a name inside a quotation, an owner, nor one that qualifies a noun: "the Trump
    /// team".)
    /// A nationality ("the Swede") stands for such a person too, of no other `country` than
    /// its own ("Brazilian striker Thiago Mendonça", "Russia's envoy, Pavel Sorokin").
    pub fn aged_person_before(
        &self,
        doc: &Doc,
        token: usize,
        sentence: usize,
        gender: Option<Gender>,
        country: Option<usize>,
    ) -> Option<usize> {
        self.named_person_before(doc, token, sentence, gender, country)
            .map(|m| m.entity)
    }

    /// Whom an epithet ("the forward", "the Republican") stands for: the person named before
    /// the sentence, as for "the 24-year-old", or the person who spoke there after that
    /// naming ("Trump is raising questions. He says ... The Republican is also ...").
    pub fn epithet_person(
        &self,
        doc: &Doc,
        token: usize,
        sentence: usize,
        gender: Option<Gender>,
    ) -> Option<usize> {
        let named = self.named_person_before(doc, token, sentence, gender, None);
        let spoke = self
            .speaking
            .iter()
            .rev()
            .filter(|m| m.sentence < sentence && m.tokens.start < token)
            .take(4)
            .find(|m| self.named_person_of(m.entity, gender));
        match (named, spoke) {
            (Some(named), Some(spoke)) if spoke.tokens.start > named.tokens.start => {
                Some(spoke.entity)
            }
            (Some(named), _) => Some(named.entity),
            (None, spoke) => spoke.map(|m| m.entity),
        }
    }

    /// The mention of the person named last before `token` in an earlier sentence (see
    /// `aged_person_before`), of no other country than `country` if one is given.
    fn named_person_before(
        &self,
        doc: &Doc,
        token: usize,
        sentence: usize,
        gender: Option<Gender>,
        country: Option<usize>,
    ) -> Option<&Mention> {
        let lex = lexicon();
        let before = self.mentions.partition_point(|m| m.tokens.start < token);
        let other = |c: Option<usize>| c.is_some_and(|c| Some(c) != country);
        // (A demonym in the words just before one of its names, "Brazilian striker Thiago
        // Mendonça", or a country for an affiliation.)
        let foreign = |entity: usize| {
            let e = &self.entities[entity];
            country.is_some()
                && (other(
                    e.affiliation
                        .as_deref()
                        .and_then(|a| lex.places.get(a.to_lowercase().as_str()).copied()),
                ) || self.mentions[..before]
                    .iter()
                    .filter(|m| m.entity == entity)
                    .any(|m| {
                        (m.tokens.start.saturating_sub(3)..m.tokens.start)
                            .rev()
                            .take_while(|&t| {
                                doc.is_word(t) && !matches!(doc.lower(t), "the" | "a" | "an")
                            })
                            .any(|t| other(lex.demonyms.get(doc.lower(t)).copied()))
                    }))
        };
        let mut candidates = self.mentions[..before]
            .iter()
            .rev()
            .filter(|m| m.sentence < sentence)
            .take(40)
            .filter(|m| {
                let (first, next) = (m.tokens.start, m.tokens.end);
                let attributive = first > 0
                    && matches!(doc.lower(first - 1), "the" | "a" | "an")
                    && next < doc.tokens.len()
                    && doc.is_word(next)
                    && !doc.is_capitalised(next);
                doc.tokens[first].quote().is_none() && !attributive && !m.possessive
            })
            .filter(|m| self.named_person_of(m.entity, gender) && !foreign(m.entity));
        let latest = candidates.next()?;
        // ("Alcaraz came from two sets down to beat Sinner. “...,” the Spaniard said": a
        // nationality stands for the subject of the sentence that names both.)
        // (The subject: its verb right after it, not "Manchester United manager Ruben Amorim".)
        let opens = |m: &Mention| {
            let start = doc.sentences[m.sentence].tokens.start;
            let next = m.tokens.end;
            crate::attribution::leading_connectives(doc, start, m.tokens.start) == m.tokens.start
                && next < doc.tokens.len()
                && (doc.is_punct(next, ",") || crate::attribution::finite_verb_like(doc, next))
        };
        if country.is_none() || opens(latest) {
            return Some(latest);
        }
        Some(
            candidates
                .take_while(|m| m.sentence == latest.sentence)
                .find(|m| opens(m))
                .unwrap_or(latest),
        )
    }

    /// Is this entity a named person of this gender (or of no gender told)?
    fn named_person_of(&self, entity: usize, gender: Option<Gender>) -> bool {
        let e = &self.entities[entity];
        e.kind == SpeakerKind::Person
            && !e.name.is_empty()
            && (gender.is_none() || e.gender.is_none() || e.gender == gender)
    }

    /// The single name of no known kind that spoke last, in this sentence or the one before
    /// `sentence`, for an "it" that speaks: a body's name ("Connexa said ... it said"), made
    /// one.
    pub fn name_speaking_as_it(&mut self, token: usize, sentence: usize) -> Option<usize> {
        let first_names = &lexicon().first_names;
        let found = self
            .speaking
            .iter()
            .rev()
            .filter(|m| m.tokens.start < token)
            .take_while(|m| m.sentence + 1 >= sentence)
            .map(|m| m.entity)
            .next()
            .filter(|&index| {
                let e = &self.entities[index];
                e.kind == SpeakerKind::Unknown
                    && !e.plural
                    && !e.thing
                    && matches!(&e.name[..], [name] if could_be_surname(name)
                        && !first_names.contains_key(name.to_lowercase().as_str()))
            })?;
        let e = &mut self.entities[found];
        e.kind = SpeakerKind::Organization;
        e.it_body = true;
        Some(found)
    }

    /// Of these entities, the one mentioned last before `token` (the only one, if one).
    fn latest_of(&self, holders: &[usize], token: usize) -> Option<usize> {
        match *holders {
            [] => None,
            [only] => Some(only),
            _ => {
                let before = self.mentions.partition_point(|m| m.tokens.start < token);
                self.mentions[..before]
                    .iter()
                    .rev()
                    .find(|m| holders.contains(&m.entity))
                    .map(|m| m.entity)
            }
        }
    }

    /// The named people whose role is this one.
    fn holders_of(&self, role: &str) -> Vec<usize> {
        let Some(candidates) = self.by_role.get(&role_key(role)) else {
            return Vec::new();
        };
        candidates
            .iter()
            .copied()
            .filter(|&index| {
                let e = &self.entities[index];
                let holds = e.kind == SpeakerKind::Person
                    && !e.name.is_empty()
                    && e.role.as_deref().is_some_and(|r| {
                        // (Compared without allocating: this runs for every common-noun source
                        // against every entity.)
                        r.eq_ignore_ascii_case(role)
                            || same_office(r, role, e.affiliation.as_deref())
                    });
                holds
            })
            .collect()
    }

    /// Forgets when entities were last seen (after a first pass over full names).
    fn reset_recency(&mut self) {
        self.last_seen.iter_mut().for_each(|t| *t = 0);
        self.mention_count.iter_mut().for_each(|n| *n = 0);
        self.clock = 0;
    }

    /// Resolves a pronoun at `token` (in sentence `sentence`) to the entity it most likely
    /// stands for: the most recent compatible mention, preferring one that spoke, and within
    /// a sentence its subject.
    pub fn resolve_pronoun(
        &self,
        pronoun: Pronoun,
        token: usize,
        sentence: usize,
        content: Range<usize>,
    ) -> Option<usize> {
        // Follow a chain of sentence-opening pronouns back to the one a name resolves,
        // iteratively (a long chain must not grow the stack), remembering each step.
        let mut chain = Vec::new();
        let (mut token, mut sentence) = (token, sentence);
        let result = loop {
            if let Some(&known) = self.resolved.borrow().get(&token) {
                break known;
            }
            chain.push(token);
            match self.previous_subject_pronoun(pronoun, token, sentence) {
                Some((earlier, earlier_sentence)) => {
                    token = earlier;
                    sentence = earlier_sentence;
                }
                None => break self.resolve_by_mentions(pronoun, token, sentence, &content),
            }
        };
        let mut resolved = self.resolved.borrow_mut();
        for token in chain {
            resolved.insert(token, result);
        }
        result
    }

    /// The sentence-opening "he"/"she"/"they" (same pronoun) that stands nearer before `token` than
    /// any compatible name or speaking mention, if there is one. It may open the pronoun's own
    /// sentence: in "He avoided attacks on Brandt until Friday, when he warned", the second
    /// "he" is the subject's, not Brandt's.
    fn previous_subject_pronoun(
        &self,
        pronoun: Pronoun,
        token: usize,
        sentence: usize,
    ) -> Option<(usize, usize)> {
        if !matches!(pronoun, Pronoun::He | Pronoun::She | Pronoun::They) {
            return None;
        }
        let end = self
            .subject_pronouns
            .partition_point(|&(t, _, _)| t < token);
        let &(earlier, earlier_sentence, _) = self.subject_pronouns[..end]
            .iter()
            .rev()
            .take_while(|&&(_, s, _)| s + 12 >= sentence)
            .find(|&&(_, _, p)| p == pronoun)?;
        // A name in a later sentence than the earlier pronoun's (or a speaker in that
        // sentence) wins over the chain; names later in that sentence do not: the pronoun is
        // its subject.
        let named_after = |list: &[Mention]| {
            let from = list.partition_point(|m| m.tokens.start < earlier);
            let to = list.partition_point(|m| m.tokens.end <= token);
            list[from..to]
                .iter()
                .any(|m| m.sentence > earlier_sentence && self.compatible(pronoun, m.entity))
        };
        let speaking_there = self
            .speaking
            .iter()
            .rev()
            .take_while(|m| m.sentence >= earlier_sentence)
            .any(|m| m.sentence == earlier_sentence);
        (!named_after(&self.mentions) && !named_after(&self.speaking) && !speaking_there)
            .then_some((earlier, earlier_sentence))
    }

    /// Can "he" or "she" stand for this entity: a person, or a single name that has spoken.
    fn personal(&self, e: &Entity) -> bool {
        e.kind == SpeakerKind::Person
            || e.kind == SpeakerKind::Unknown
                && e.spoke
                && !e.plural
                && matches!(&e.name[..], [name] if could_be_surname(name))
    }

    fn compatible(&self, pronoun: Pronoun, entity: usize) -> bool {
        let e = &self.entities[entity];
        match pronoun {
            Pronoun::He => self.personal(e) && e.gender != Some(Gender::Female),
            Pronoun::She => self.personal(e) && e.gender != Some(Gender::Male),
            Pronoun::They => {
                matches!(e.kind, SpeakerKind::Organization | SpeakerKind::Country) || e.plural
            }
            Pronoun::It => {
                matches!(e.kind, SpeakerKind::Organization | SpeakerKind::Country) || e.thing
            }
            Pronoun::Other => false,
        }
    }

    /// The entity of the most recent compatible mention before the pronoun.
    fn resolve_by_mentions<'a>(
        &'a self,
        pronoun: Pronoun,
        token: usize,
        sentence: usize,
        content: &Range<usize>,
    ) -> Option<usize> {
        // A possessive inside the words reported is what they are about, not who says them
        // ("Russia's gains were fragile, they said").
        let in_question = |m: &Mention| {
            self.asked.contains(&m.sentence)
                && self
                    .main_clause
                    .get(&m.sentence)
                    .is_some_and(|&main| m.tokens.start < main)
        };
        let about = |m: &Mention| m.possessive && content.contains(&m.tokens.start);
        let compatible = |m: &Mention| {
            self.compatible(pronoun, m.entity) && !(m.located || about(m) || in_question(m))
        };
        // The compatible mentions before the pronoun, newest first, from both lists (names
        // found in the text, and sources of earlier statements), within twelve sentences.
        let walk = |list: &'a [Mention]| {
            let end = list.partition_point(|m| m.tokens.end <= token);
            list[..end]
                .iter()
                .rev()
                .take_while(move |m| m.sentence + 12 >= sentence)
                .filter(move |m| compatible(m))
        };
        let newest = walk(&self.mentions).next().map(|m| m.sentence);
        let newest_speaking = walk(&self.speaking).next().map(|m| m.sentence);
        let last = newest.max(newest_speaking)?;
        let chosen = walk(&self.speaking)
            .take_while(|m| m.sentence >= last)
            .find(|m| m.sentence == last)
            .or_else(|| {
                // The first in that sentence, its subject's, but not an owner before it:
                // "Apple's marketing chief, Greg Joswiak, ..." is Joswiak's sentence.
                let in_last = || walk(&self.mentions).take_while(|m| m.sentence >= last);
                // (Past a clause that opens it, the main clause's subject: "Asked whether she
                // feared Lind, Wren laughed.")
                let main = self.main_clause.get(&last).map(|&main| main..main + 3);
                in_last()
                    .filter(|m| {
                        !m.owns_role && main.as_ref().is_some_and(|r| r.contains(&m.tokens.start))
                    })
                    .last()
                    .or_else(|| in_last().filter(|m| !m.owns_role).last())
                    .or_else(|| in_last().last())
            })?;
        Some(chosen.entity)
    }
}

/// Does this word open a clause that a comma sets off before a sentence's main clause?
fn fronted_clause_opener(lower: &str) -> bool {
    matches!(
        lower,
        "asked"
            | "when"
            | "while"
            | "after"
            | "before"
            | "although"
            | "though"
            | "if"
            | "as"
            | "since"
            | "because"
            | "despite"
            | "unlike"
            | "speaking"
            | "pressed"
    )
}

/// Could this single capitalised word be a person's name: not a phrase, not a common word
/// ("State", "One") and not a people ("German")?
fn could_be_surname(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && could_be_name(&word.to_lowercase())
}

/// Could this lower-cased word be a name: one word, not a common one, not a people.
fn could_be_name(lower: &str) -> bool {
    !lower.contains(' ')
        && !crate::issues::common_words().contains(lower)
        && country_of(lower).is_none()
}

/// Where a lower-case role written before the name at `name` starts ("former ambassador",
/// "state senator"): `name` itself when there is none.
fn lower_role_before(doc: &Doc, name: usize, floor: usize) -> usize {
    let mut start = name;
    while start > floor
        && name - start < 3
        && doc.tokens[start - 1].kind() == TokenKind::Word
        && !doc.is_capitalised(start - 1)
        && is_title_word(doc.lower(start - 1))
        // Roles many people in one story share name nobody in particular ("chief executive"
        // does, but for one after a name that opens the sentence and may be whose it is:
        // "Ryanair chief executive Ivo Lund" is read whole).
        && !(matches!(
            doc.lower(start - 1),
            "candidate" | "nominee" | "member" | "members" | "leader" | "official" | "executive"
        ) && !(doc.lower(start - 1) == "executive"
            && start >= floor + 4
            && doc.lower(start - 2) == "chief"))
    {
        start -= 1;
    }
    // ("chief financial officer Dana Kim": a word that qualifies the title between two
    // title words.)
    let lower_word = |t: usize| {
        doc.tokens[t].kind() == TokenKind::Word
            && !doc.is_capitalised(t)
            && !is_function_word(doc.lower(t))
    };
    if start < name
        && start >= floor + 2
        && name - start < 3
        && lower_word(start - 1)
        // (Capitalised as the first word: "Chief financial officer Dana Kim said".)
        && (lower_word(start - 2) || start - 2 == floor && doc.is_word(start - 2))
        && !is_title_word(doc.lower(start - 1))
        && is_title_word(doc.lower(start - 2))
    {
        start -= 2;
    }
    // ("Press secretary Ana Lund": a title of two words whose first is capitalised because it
    // opens the sentence.)
    if start < name
        && start == floor + 1
        && title_at(doc, floor, name).is_some_and(|(len, _)| len >= 2 && floor + len <= name)
    {
        start = floor;
    }
    // ("shadow chancellor Mel Strand": the opposition's holder of the role.)
    if start < name && start > floor && matches!(doc.lower(start - 1), "former" | "then" | "shadow")
    {
        start -= 1;
    }
    // ("former England captain Ada Wren": "former" before the role's owner.)
    if start < name
        && start >= floor + 2
        && doc.is_capitalised(start - 1)
        && doc.lower(start - 2) == "former"
    {
        start -= 2;
    }
    // ("Campaign chair Ada Wren said": a word for a body opening the sentence.)
    if start < name && start == floor + 1 && is_body_noun(doc.lower(floor)) {
        start -= 1;
    }
    start
}

/// The single capitalised word at `t` that says whose a lower-case role after it is: a team,
/// a company, a union ("Barnsley boss", "RMT general secretary"); not a party, a people, a
/// title or a common word that opens the sentence ("Meanwhile").
fn role_owner(doc: &Doc, t: usize, sentence: usize) -> Option<String> {
    let lower = doc.lower(t);
    let single = doc.is_word(t)
        && doc.is_capitalised(t)
        && (t == sentence || !(doc.is_word(t - 1) && doc.is_capitalised(t - 1)));
    // (Where the sentence or a quotation opens, an acronym or a name written so elsewhere:
    // "Nutrition researcher", "Political analyst" are capitalised as the first word.)
    let opens = t == sentence || !doc.is_word(t - 1);
    // (Nor the end of a name with "of": "secretary of State".)
    let of = t > sentence && doc.lower(t - 1) == "of";
    (single
        && !of
        && (!opens || is_acronym(doc.word(t)) || doc.times_after_word(doc.word(t)) > 0)
        && !lower.ends_with("ing")
        && !matches!(
            lower,
            "muslim"
                | "christian"
                | "jewish"
                | "catholic"
                | "hindu"
                | "black"
                | "white"
                | "conservative"
                | "liberal"
                | "progressive"
        )
        && party_name(lower).is_none()
        && country_of(lower).is_none()
        && !is_title_word(lower)
        && !is_function_word(lower)
        && pronoun(lower).is_none()
        && !crate::issues::common_words().contains(lower)
        && !lexicon().regions.contains(lower))
    .then(|| strip_possessive(doc.word(t)).to_string())
}

/// The common-noun subject that opens a sentence (after connectives), when a verb follows it:
/// a plural group ("Military analysts", "The aides") or a document ("The report").
fn common_subject(doc: &Doc, sentence: Range<usize>) -> Option<Np> {
    let start = crate::attribution::leading_connectives(doc, sentence.start, sentence.end);
    let word = |t: usize| t < sentence.end && doc.tokens[t].kind() == TokenKind::Word;
    let mut t = start;
    let determiner = word(t)
        && matches!(
            doc.lower(t),
            "the"
                | "these"
                | "those"
                | "some"
                | "many"
                | "several"
                | "other"
                | "a"
                | "an"
                | "its"
                | "his"
                | "her"
                | "their"
        );
    if determiner {
        t += 1;
    }
    // A verb: an auxiliary, a past tense, a speech verb.
    // (An irregular past too: "The mayor struck a defiant tone".)
    let verb = |t: usize| {
        let w = doc.lower(t);
        crate::attribution::is_aux(w)
            || w.ends_with("ed")
            || lexicon().verbs.contains_key(w)
            || crate::attribution::is_irregular_past(w)
    };
    let mut head = None;
    // (After a determiner the next word is a noun even if it can be a verb: "The report".)
    while word(t) && t < start + 6 && (!verb(t) || determiner && head.is_none()) {
        if is_function_word(doc.lower(t)) {
            break;
        }
        head = Some(t);
        t += 1;
    }
    let head = head?;
    // ("Families of the hostages protested": a plural and what it is of, in lower case.)
    let mut end = head + 1;
    if word(end) && doc.lower(end) == "of" && doc.lower(head).ends_with('s') {
        end += 1;
        if word(end) && matches!(doc.lower(end), "the" | "his" | "her" | "their" | "its") {
            end += 1;
        }
        let nouns = end;
        while word(end) && end < nouns + 3 && !verb(end) && !doc.is_capitalised(end) {
            if is_function_word(doc.lower(end)) {
                return None;
            }
            end += 1;
        }
        if end == nouns {
            return None;
        }
    }
    // ("The Prime Minister wished ...": a capitalised title after "the" is a role.)
    let title = determiner
        && doc.is_capitalised(head)
        && title_at(doc, start + 1, head + 1).is_some_and(|(n, _)| start + 1 + n == head + 1);
    if !(word(end) && verb(end))
        || doc.tokens[head].quote().is_some()
        || doc.is_capitalised(head) && head > start && !title
    {
        return None;
    }
    let mut np = parse_np(doc, start..end);
    // "People briefed on the talks were adamant ... And they insisted": a plural capitalised
    // only because it opens the sentence.
    if head == start && np.name.len() == 1 && plural_common_opening(doc, start) {
        np.name = Default::default();
        np.nominal = true;
        np.plural = true;
        np.kind = Some(SpeakerKind::Unknown);
        np.text = if end > head + 1 {
            nominal_text(doc, &(start..end).collect::<Vec<_>>())
        } else {
            doc.word(start).to_string()
        };
    }
    // "Twenty-seven states led by ... are challenging the rules. They argue": a number of a
    // plural noun is a group.
    let counted = head > start
        && !doc.is_capitalised(head)
        && doc.lower(head).ends_with('s')
        && (doc.tokens[start].kind() == TokenKind::Number || is_number_word(doc.lower(start)));
    // "Consumer groups were less reassured. They said ...": a plural noun and the words that
    // qualify it, as the sentence's subject, are a group too.
    // (Not "analysis", nor a linking verb: "the sport remains dominated by ...".)
    let plural_head = {
        let w = doc.lower(head);
        w.ends_with('s')
            && !["ss", "us", "is"].iter().any(|ending| w.ends_with(ending))
            && !matches!(
                w,
                "remains" | "seems" | "appears" | "becomes" | "looks" | "stays" | "gets" | "goes"
            )
    };
    let qualified = !np.nominal
        && head > start
        && plural_head
        && !doc.is_capitalised(head)
        && (start + 1..head).all(|t| !doc.is_capitalised(t))
        && (start..head).all(|t| doc.tokens[t].kind() == TokenKind::Word);
    if counted || qualified {
        let words: Vec<usize> = (start..head + 1).collect();
        np.name = Default::default();
        np.nominal = true;
        np.plural = true;
        np.kind = Some(SpeakerKind::Unknown);
        np.text = nominal_text(doc, &words);
    }
    let document = determiner && np.name.is_empty() && is_thing(doc.lower(head));
    if document && !np.nominal {
        let words: Vec<usize> = (start..head + 1).collect();
        np.nominal = true;
        np.kind = Some(SpeakerKind::Unknown);
        np.text = nominal_text(doc, &words);
    }
    // "Clinton's campaign is seeking ... what they call": someone's team is a group "they"
    // may stand for.
    let owner = head > start && strip_possessive(doc.word(head - 1)) != doc.word(head - 1);
    if owner
        && np.nominal
        && matches!(
            doc.lower(head),
            "campaign" | "team" | "staff" | "administration" | "government" | "camp" | "family"
        )
    {
        np.plural = true;
    }
    let plural_group = np.nominal && np.plural;
    // "The former ambassador also discussed ...": a role, to be matched with the one person
    // named as holding it.
    // ("A spokeswoman said ...": someone new, whom a later "she" may stand for.)
    let role = matches!(doc.lower(start), "the" | "a" | "an")
        && np.nominal
        && !np.plural
        && np.name.is_empty()
        && np.role.is_some();
    (plural_group || document && !np.plural || role).then_some(np)
}

/// "two", "twenty-seven", "dozens": a number written as a word.
pub(crate) fn is_number_word(lower: &str) -> bool {
    lower.split('-').all(|part| {
        matches!(
            part,
            "two"
                | "three"
                | "four"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "eleven"
                | "twelve"
                | "thirteen"
                | "fourteen"
                | "fifteen"
                | "sixteen"
                | "seventeen"
                | "eighteen"
                | "nineteen"
                | "twenty"
                | "thirty"
                | "forty"
                | "fifty"
                | "sixty"
                | "seventy"
                | "eighty"
                | "ninety"
                | "hundred"
                | "dozens"
                | "hundreds"
                | "thousands"
        )
    })
}

/// Is the word at `t` a plural noun capitalised only because it opens a sentence: "Critics",
/// "Companies", "People", never written with a capital inside a sentence?
pub(crate) fn plural_common_opening(doc: &Doc, t: usize) -> bool {
    let word = doc.word(t);
    let lower = doc.lower(t);
    (lower.ends_with('s') && !lower.ends_with("ss") || lower == "people")
        && word.chars().skip(1).all(char::is_lowercase)
        && !lexicon().first_names.contains_key(lower)
        && {
            // The word written so elsewhere, after another word (not counting itself).
            let itself = t > 0 && doc.tokens[t - 1].kind() == TokenKind::Word;
            doc.times_after_word(word) <= u32::from(itself)
        }
}

/// Is every word of these tokens (two or more words) written in capitals?
fn shouting(doc: &Doc, tokens: Range<usize>) -> bool {
    let mut words = 0;
    for t in tokens {
        if doc.tokens[t].kind() != TokenKind::Word {
            continue;
        }
        let word = doc.word(t);
        if word.chars().any(char::is_lowercase) {
            return false;
        }
        if word.chars().any(char::is_uppercase) {
            words += 1;
        }
    }
    words >= 2
}

/// The capitalised name starting at `token`: titles, names, "of" between capitals.
pub(crate) fn capitalised_run(doc: &Doc, token: usize, end: usize) -> Range<usize> {
    // A capitalised speech verb ("Governor Calls Rival ...", in a title-case headline) ends a
    // name.
    let starts = |t: usize| {
        if doc.tokens[t].quote().is_some() || !doc.is_capitalised(t) {
            return false;
        }
        let w = doc.lower(t);
        // ("other than Ivo Lund I’ve presided": a pronoun with a verb run in.)
        // "One of Trump's advisers": a number word opening a sentence is not a name.
        let not_a_name = is_function_word(w)
            || is_calendar_word(w)
            || pronoun(w).is_some()
            || matches!(
                w,
                "one"
                    | "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "dozens"
                    | "hundreds"
                    | "thousands"
                    | "millions"
            )
            // "Outside Carrier, the mood was grim": a preposition opening a sentence.
            || crate::lexicon::is_place_preposition(w);
        // (A capitalised verb form in -s ends a name: "Governor Calls Rival".)
        let verb = t > token && w.ends_with('s') && lexicon().verbs.contains_key(w);
        !(not_a_name || verb)
    };
    if token >= end.min(doc.tokens.len()) || !starts(token) {
        return token..token;
    }
    let mut t = token;
    while t < end {
        let word = doc.word(t);
        if starts(t) {
            t += 1;
            if word.ends_with("’s") || word.ends_with("'s") {
                break;
            }
            continue;
        }
        // ("Commission on Presidential Debates", "Center for American Progress": after a
        // word for a body, "on" and "for" go on with its name; "the Senate on Tuesday" not.)
        // ("Alliance of Californians for Community Empowerment": "for" after any word of its
        // name.)
        let body_link = matches!(word, "on" | "for")
            && t > token
            && (is_org_word(doc.word(t - 1)) || word == "for" && body_of_before(doc, token..t))
            && t + 1 < end
            && !is_calendar_word(doc.lower(t + 1));
        // ("Work and Pensions Secretary", "Culture, Media and Sport Secretary": "and" and
        // commas inside a department's name, up to its title.)
        if t > token && matches!(word, "and" | "&" | ",") {
            if let Some(title) = department_title(doc, token, t, end) {
                t = title;
                continue;
            }
        }
        // ("Local 1187 president Ana Holt": a number that a union's branch or a district
        // goes by.)
        if t > token
            && doc.tokens[t].kind() == TokenKind::Number
            && numbered_name(doc.lower(t - 1))
            && t + 1 < end
            && doc.is_word(t + 1)
        {
            t += 1;
            continue;
        }
        if doc.tokens[t].kind() == TokenKind::Word
            && (is_name_joiner(word) && word != "on" || body_link)
            && t + 1 < end
            // ("Mark van der Berg", "Ana de la Cruz": two particles.)
            && (starts(t + 1)
                || t + 2 < end
                    && t > token
                    && is_name_joiner(doc.word(t + 1))
                    && starts(t + 2))
        {
            t += 1;
            continue;
        }
        break;
    }
    token..t
}

/// Does this word (lower-cased) name a branch or a district by a number after it ("Local
/// 1187", "Precinct 9")?
pub(crate) fn numbered_name(lower: &str) -> bool {
    matches!(
        lower,
        "local" | "lodge" | "post" | "precinct" | "district" | "ward" | "chapter"
    )
}

/// Do these tokens, before a "for", name a body with "of" in its name ("Alliance of
/// Californians", "Union of Concerned Scientists"), so that the name goes on after it?
pub(crate) fn body_of_before(doc: &Doc, before: Range<usize>) -> bool {
    let of = before.clone().rposition(|u| doc.word(u) == "of");
    of.is_some_and(|of| {
        let of = before.start + of;
        of + 1 < before.end
            && (before.start..of).any(|u| doc.is_capitalised(u) && is_org_word(doc.word(u)))
            && (of + 1..before.end).all(|u| doc.is_capitalised(u))
    })
}

/// Where the title after a department's name starts, when the capitalised words from `start`
/// go on at `joiner` ("and", "&" or a comma) to one: "Work and Pensions Secretary", "Culture,
/// Media and Sport Secretary". Not with a first name among them ("Ana and Ivo Lund"), nor
/// without an "and" ("Lund, Senator Ana Holt").
fn department_title(doc: &Doc, start: usize, joiner: usize, end: usize) -> Option<usize> {
    let lex = lexicon();
    let name_word = |t: usize| {
        doc.is_word(t)
            && doc.is_capitalised(t)
            && !is_function_word(doc.lower(t))
            && !lex.first_names.contains_key(doc.lower(t))
            && country_of(strip_possessive(doc.lower(t))).is_none()
            && !lex.places.contains_key(doc.lower(t))
            && !lex.regions.contains(doc.lower(t))
            && title_at(doc, t, end).is_none()
    };
    // (A department's head, capitalised: not "House and Senate members".)
    let heads = |t: usize| {
        doc.is_capitalised(t)
            && matches!(
                doc.lower(t),
                "secretary" | "minister" | "commissioner" | "chairman" | "chairwoman" | "chair"
            )
    };
    if !(start..joiner).all(|t| name_word(t) || doc.is_punct(t, ",")) {
        return None;
    }
    let mut and = matches!(doc.word(joiner), "and" | "&");
    let mut t = joiner + 1;
    let mut words = 0;
    while t < end.min(joiner + 8) {
        if name_word(t) {
            words += 1;
        } else if !and && matches!(doc.word(t), "and" | "&") && words > 0 {
            and = true;
            words = 0;
        } else if !doc.is_punct(t, ",") || and {
            break;
        }
        t += 1;
    }
    (and && words > 0 && t < end && heads(t)).then_some(t)
}

/// The party of a US-style label: "D-Wis." / "R-Utah" / "R" / "I-Vt.".
fn party_of(label: &str) -> Option<&'static str> {
    let (letter, state) = label.split_once('-').unwrap_or((label, ""));
    let state_ok = state.is_empty()
        || (state.len() <= 6 && state.chars().next().is_some_and(char::is_uppercase));
    if !state_ok {
        return None;
    }
    match letter {
        "D" => Some("Democratic Party"),
        "R" => Some("Republican Party"),
        "I" => Some("independent"),
        _ => None,
    }
}
