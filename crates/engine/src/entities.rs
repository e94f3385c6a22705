//! Who the people and bodies of a text are: mentions, names, roles, affiliations, and the
//! resolution of "he", "Blinken" and "Moscow" to the entity they stand for.

use std::collections::HashMap;
use std::ops::Range;

use crate::analysis::SpeakerKind;
use crate::lexicon::{is_calendar_word, is_function_word, lexicon, Gender};
use crate::text::{Doc, TokenKind};

/// What a noun phrase says about who it names.
#[derive(Debug, Clone, Default)]
pub(crate) struct Np {
    pub tokens: Range<usize>,
    /// The proper-name words ("Antony Blinken"), possessive marks removed.
    pub name: Vec<String>,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub kind: Option<SpeakerKind>,
    pub gender: Option<Gender>,
    pub pronoun: Option<Pronoun>,
    /// A common-noun source ("a spokesman", "officials").
    pub nominal: bool,
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
    Some(match lower {
        "he" => Pronoun::He,
        "she" => Pronoun::She,
        "they" => Pronoun::They,
        "it" => Pronoun::It,
        "i" | "we" | "you" => Pronoun::Other,
        _ => return None,
    })
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
pub(crate) fn title_at(doc: &Doc, token: usize, end: usize) -> Option<(usize, &'static crate::lexicon::Title)> {
    let first = doc.word(token).to_lowercase();
    let titles = lexicon().titles.get(&first)?;
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
        return Some((title.words.len(), title));
    }
    None
}

/// Is this word (lower-cased) a title, a role or a nominal source?
pub(crate) fn is_title_word(lower: &str) -> bool {
    lexicon().titles.contains_key(lower)
}

fn country_of(lower: &str) -> Option<usize> {
    let lex = lexicon();
    lex.places.get(lower).or_else(|| lex.demonyms.get(lower)).copied()
}

/// Reads a noun phrase (the tokens of a source mention) into what it says.
pub(crate) fn parse_np(doc: &Doc, tokens: Range<usize>) -> Np {
    let lex = lexicon();
    let mut np = Np {
        tokens: tokens.clone(),
        ..Np::default()
    };
    let words: Vec<usize> = tokens.clone().filter(|&t| doc.is_word(t)).collect();
    if words.len() == 1 {
        if let Some(p) = pronoun(&doc.word(words[0]).to_lowercase()) {
            np.pronoun = Some(p);
            np.plural = p == Pronoun::They;
            return np;
        }
    }
    // A whole phrase that is a place or a seat of government: "the White House", "Moscow".
    let phrase: Vec<String> = words
        .iter()
        .map(|&t| strip_possessive(doc.word(t)).to_lowercase())
        .collect();
    let without_article: Vec<&str> = phrase
        .iter()
        .map(String::as_str)
        .skip_while(|w| *w == "the")
        .collect();
    let joined = without_article.join(" ");
    if let Some(&country) = lex.places.get(&joined).or_else(|| lex.places.get(&format!("the {joined}"))) {
        np.kind = Some(SpeakerKind::Country);
        np.name = vec![lex.countries[country].name.clone()];
        return np;
    }
    let mut i = 0;
    // Determiners and lower-case modifiers before a title: "the", "former", "a senior".
    let mut affiliation: Option<String> = None;
    let mut role: Option<String> = None;
    while i < words.len() {
        let t = words[i];
        let word = doc.word(t);
        let lower = strip_possessive(word).to_lowercase();
        if let Some((len, title)) = title_at(doc, t, tokens.end) {
            if title.honorific {
                np.gender = title.gender;
            } else if !matches!(title_kind(title), TitleKind::Thing) {
                let text: Vec<&str> = (t..t + len).map(|k| doc.word(k)).collect();
                role = Some(text.join(" "));
                np.gender = np.gender.or(title.gender);
            }
            np.nominal = true;
            np.plural = lower.ends_with('s') && !lower.ends_with("ss") && len == 1;
            i += words.iter().skip(i).take_while(|&&w| w < t + len).count();
            continue;
        }
        if doc.is_capitalised(t) {
            if let Some(country) = country_of(&lower) {
                // A demonym or country before a title or name is an affiliation.
                if i + 1 < words.len() {
                    affiliation = Some(lex.countries[country].name.clone());
                    i += 1;
                    continue;
                }
            }
            if is_org_word(word) && i + 1 < words.len() && role.is_none() {
                affiliation = Some(strip_possessive(word).to_string());
                i += 1;
                continue;
            }
            break;
        }
        // Lower-case words: articles and modifiers.
        i += 1;
    }
    // The rest, up to a comma or a lower-case word, is the name.
    let name_tokens: Vec<usize> = words[i..]
        .iter()
        .copied()
        .take_while(|&t| doc.is_capitalised(t) || is_name_joiner(doc.word(t)))
        .collect();
    np.name = name_tokens
        .iter()
        .map(|&t| strip_possessive(doc.word(t)).to_string())
        .collect();
    while np.name.last().is_some_and(|w| is_name_joiner(w)) {
        np.name.pop();
    }
    np.role = role;
    np.affiliation = affiliation;
    if np.name.is_empty() {
        if np.nominal {
            np.kind = Some(SpeakerKind::Unknown);
        }
        return np;
    }
    np.nominal = false;
    let full = np.name.join(" ");
    np.kind = Some(if np.name.iter().any(|w| is_org_word(w)) || is_acronym(&full) {
        SpeakerKind::Organization
    } else if np.gender.is_some() || np.role.is_some() || np.name.len() >= 2 {
        SpeakerKind::Person
    } else {
        SpeakerKind::Unknown
    });
    if np.gender.is_none() && np.name.len() >= 2 {
        np.gender = lex.first_names.get(&np.name[0].to_lowercase()).copied();
    }
    np
}

enum TitleKind {
    Role,
    Thing,
}

fn title_kind(title: &crate::lexicon::Title) -> TitleKind {
    // Things ("report", "statement") are listed after a comment in titles.txt with the flag
    // "thing"; they carry no gender and are never honorifics.
    if THINGS.contains(&title.words[0].as_str()) {
        TitleKind::Thing
    } else {
        TitleKind::Role
    }
}

const THINGS: &[&str] = &[
    "report", "statement", "study", "poll", "polls", "survey", "letter", "memo", "documents",
    "complaint", "lawsuit", "filing", "indictment", "ruling", "release", "website", "campaign",
];

fn is_name_joiner(word: &str) -> bool {
    matches!(word, "de" | "van" | "von" | "der" | "bin" | "al" | "da" | "del" | "la" | "le" | "of")
}

fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) && !word.contains(' ')
}

pub(crate) fn is_org_word(word: &str) -> bool {
    let lex = lexicon();
    let word = strip_possessive(word);
    lex.org_words.contains(word) || lex.org_acronyms.contains(word)
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
    /// The mention attributes a statement.
    pub speaks: bool,
    pub sentence: usize,
}

/// The entities of a text and their mentions.
#[derive(Default)]
pub(crate) struct Entities {
    pub entities: Vec<Entity>,
    pub mentions: Vec<Mention>,
    by_key: HashMap<String, usize>,
}

impl Entities {
    /// Finds the capitalised names outside quotations and groups them into entities.
    pub fn collect(doc: &Doc) -> Entities {
        let mut found: Vec<(Np, usize)> = Vec::new();
        for (index, sentence) in doc.sentences.iter().enumerate() {
            let mut t = sentence.tokens.start;
            while t < sentence.tokens.end {
                let run = capitalised_run(doc, t, sentence.tokens.end);
                if run.is_empty() {
                    t += 1;
                    continue;
                }
                let at_start = run.start == sentence.tokens.start;
                let np = parse_np(doc, run.clone());
                let single = np.name.len() == 1 && np.role.is_none() && np.gender.is_none();
                let after_article = run.start > 0
                    && matches!(doc.word(run.start - 1).to_lowercase().as_str(), "the" | "a" | "an" | "former");
                let keep = match np.kind {
                    Some(SpeakerKind::Country) | Some(SpeakerKind::Organization) => true,
                    Some(SpeakerKind::Person) => !(after_article && np.role.is_none() && np.gender.is_none()),
                    _ => single && !at_start,
                };
                if keep && !np.name.is_empty() {
                    found.push((np, index));
                }
                t = run.end;
            }
        }
        let mut entities = Entities::default();
        // Full names first, so that a surname alone can join the person it belongs to.
        for (np, _) in found.iter().filter(|(np, _)| np.name.len() >= 2 || np.kind != Some(SpeakerKind::Unknown)) {
            entities.entity_for(np);
        }
        for (np, sentence) in found {
            let entity = entities.entity_for(&np);
            entities.mentions.push(Mention {
                tokens: np.tokens.clone(),
                entity,
                speaks: false,
                sentence,
            });
        }
        entities
    }

    fn key(np: &Np) -> String {
        match np.kind {
            Some(SpeakerKind::Person) | Some(SpeakerKind::Unknown) | None => {
                np.name.last().map(|w| w.to_lowercase()).unwrap_or_default()
            }
            _ => np.name.join(" ").to_lowercase(),
        }
    }

    /// The entity a parsed name belongs to, created when new.
    pub fn entity_for(&mut self, np: &Np) -> usize {
        let key = Self::key(np);
        let key = if np.nominal || np.name.is_empty() {
            // Common-noun sources ("a spokesman") are their own speakers, by their words.
            format!("nominal:{}", np.role.clone().unwrap_or_default().to_lowercase())
        } else {
            key
        };
        if let Some(&index) = self.by_key.get(&key) {
            let entity = &mut self.entities[index];
            if np.name.len() > entity.name.len() && np.kind != Some(SpeakerKind::Country) {
                entity.name = np.name.clone();
            }
            if entity.kind == SpeakerKind::Unknown {
                if let Some(kind) = np.kind {
                    entity.kind = kind;
                }
            }
            entity.role = entity.role.clone().or(np.role.clone());
            entity.affiliation = entity.affiliation.clone().or(np.affiliation.clone());
            entity.gender = entity.gender.or(np.gender);
            return index;
        }
        self.entities.push(Entity {
            name: np.name.clone(),
            kind: np.kind.unwrap_or(SpeakerKind::Unknown),
            role: np.role.clone(),
            affiliation: np.affiliation.clone(),
            gender: np.gender,
            plural: np.plural,
        });
        self.by_key.insert(key, self.entities.len() - 1);
        self.entities.len() - 1
    }

    /// Resolves a pronoun at `token` (in sentence `sentence`) to the entity it most likely
    /// stands for: the most recent compatible mention, preferring one that spoke, and within
    /// a sentence its subject.
    pub fn resolve_pronoun(&self, pronoun: Pronoun, token: usize, sentence: usize) -> Option<usize> {
        let compatible = |m: &Mention| {
            let e = &self.entities[m.entity];
            match pronoun {
                Pronoun::He => e.kind == SpeakerKind::Person && e.gender != Some(Gender::Female),
                Pronoun::She => e.kind == SpeakerKind::Person && e.gender != Some(Gender::Male),
                Pronoun::They => {
                    matches!(e.kind, SpeakerKind::Organization | SpeakerKind::Country) || e.plural
                }
                Pronoun::It => matches!(e.kind, SpeakerKind::Organization | SpeakerKind::Country),
                Pronoun::Other => false,
            }
        };
        let before: Vec<&Mention> = self
            .mentions
            .iter()
            .filter(|m| m.tokens.end <= token && compatible(m) && m.sentence + 12 >= sentence)
            .collect();
        let last = before.last()?;
        let in_sentence: Vec<&&Mention> = before.iter().filter(|m| m.sentence == last.sentence).collect();
        let chosen = in_sentence
            .iter()
            .rev()
            .find(|m| m.speaks)
            .or_else(|| in_sentence.first())
            .copied()?;
        Some(chosen.entity)
    }
}

/// The capitalised name starting at `token`: titles, names, "of" between capitals.
pub(crate) fn capitalised_run(doc: &Doc, token: usize, end: usize) -> Range<usize> {
    let starts = |t: usize| {
        doc.tokens[t].quote.is_none()
            && doc.is_capitalised(t)
            && !is_function_word(&doc.word(t).to_lowercase())
            && !is_calendar_word(&doc.word(t).to_lowercase())
    };
    if !starts(token) {
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
        if doc.tokens[t].kind == TokenKind::Word
            && matches!(word, "of" | "de" | "van" | "von" | "bin" | "al")
            && t + 1 < end
            && starts(t + 1)
        {
            t += 1;
            continue;
        }
        break;
    }
    token..t
}
