//! Word lists the rules consult, parsed once from the data files under `data/`.
//!
//! The files are meant to be read and extended by people: each one documents its own format in
//! its header comments.

use crate::hash::{Map, Set};
use std::sync::OnceLock;

/// A speech verb form: the words it is made of and what the verb allows.
#[derive(Debug, Clone)]
pub(crate) struct VerbForm {
    /// The lower-case words of this form ("went", "on").
    pub words: Vec<String>,
    /// The "-ing" form: a participle ("saying") that takes the subject of its main clause.
    pub participle: bool,
    /// The bare form: after "to" it is an infinitive ("to remind").
    pub bare: bool,
    pub flags: VerbFlags,
}

#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct VerbFlags {
    /// Takes a listener before the clause ("told reporters that").
    pub object: bool,
    /// Counts only with an explicit "that" or a quotation.
    pub weak: bool,
    /// Weak, but also counts after the words it reports at a sentence's end: "..., the study
    /// found."
    pub after: bool,
    /// Also counts when its object carries a quotation ("called the plan “a disgrace”").
    pub quoted: bool,
    /// A commitment that may report a to-infinitive: "pledged to rebuild the bridge".
    pub to: bool,
    /// A request that reports its listener and an infinitive: "urged voters to stay home".
    pub request: bool,
    /// A judgement whose object is what was said: "criticized the plan".
    pub judges: bool,
    /// The object counts only with "as" in it: "described the attack as a reminder".
    pub judges_as: bool,
    /// The object counts only with a complement: "called him a liar".
    pub complement: bool,
    /// The object counts only when it is not a person: "questioned the plan", not
    /// "questioned the senator Paul Ostrow".
    pub thing: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
}

#[derive(Debug, Clone)]
pub(crate) struct Title {
    /// The words of the title, as written in the data file.
    pub words: Vec<String>,
    pub gender: Option<Gender>,
    /// A form of address ("Mr."), not a role.
    pub honorific: bool,
    /// Counts only when capitalised ("General" but not "general").
    pub capitalised_only: bool,
    /// A common noun ("coach", "workers"): capitalised, it counts only outside a name ("Workers
    /// said", not "Communications Workers of America" or "Doctors Without Borders").
    pub common: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct Country {
    pub name: String,
}

/// Everything the rules look up, built once.
pub(crate) struct Lexicon {
    /// One-word speech verb forms, indexed by their lower-case word: what a rule means when
    /// it asks whether a word is a speech verb.
    pub verbs: Map<String, Vec<VerbForm>>,
    /// Every form, of one word or several ("went on", "made the case"), indexed by its first
    /// word, longest first: for finding cues, where a form of several words counts only where
    /// all its words stand (so "made" or "goes" alone is no speech verb; see `forms`).
    pub phrases: Map<String, Vec<VerbForm>>,
    /// One-word forms that are mostly plural nouns ("states", marked "?" in the data file):
    /// kept out of `verbs`, a verb only where `find_cues` says so.
    pub noun_first: Map<String, VerbForm>,
    /// Those of them that do not end in -s ("state"), checked by a comparison or two rather
    /// than a lookup for every word.
    pub noun_first_bare: Vec<String>,
    /// Titles indexed by their first word, lower-cased; longest first.
    pub titles: Map<String, Vec<Title>>,
    pub first_names: Map<String, Gender>,
    /// Lower-cased country names, demonyms and seats of government -> country index.
    pub places: Map<String, usize>,
    /// Lower-cased bodies of a government ("white house", "kremlin") -> (country index, the
    /// body's name as the data file writes it).
    pub bodies: Map<String, (usize, String)>,
    /// Lower-cased demonyms and short forms ("russian", "us") -> country index.
    pub demonyms: Map<String, usize>,
    pub countries: Vec<Country>,
    pub org_words: Set<String>,
    /// The organisation words lower-cased: heads of common-noun sources ("the ministry").
    pub org_words_lower: Set<String>,
    /// States, provinces and regions ("New Hampshire"): places standing for a government.
    pub regions: Set<String>,
    /// Last words that make a capitalised name a place ("Atlantic City", "Orange County").
    pub place_words: Set<String>,
    pub org_acronyms: Set<String>,
}

static LEXICON: OnceLock<Lexicon> = OnceLock::new();

pub(crate) fn lexicon() -> &'static Lexicon {
    LEXICON.get_or_init(Lexicon::load)
}

/// Lines of a data file without comments and blank lines.
fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

/// Splits "body ; flags" into its two parts.
fn split_flags(line: &str) -> (&str, Vec<&str>) {
    match line.split_once(';') {
        Some((body, flags)) => (body.trim(), flags.split_whitespace().collect()),
        None => (line.trim(), Vec::new()),
    }
}

impl Lexicon {
    /// Every form that starts with this word, longest first (one lookup).
    pub fn forms(&self, word: &str) -> &[VerbForm] {
        self.phrases.get(word).map_or(&[], Vec::as_slice)
    }

    fn load() -> Lexicon {
        let mut verbs: Map<String, Vec<VerbForm>> = Map::default();
        let mut phrases: Map<String, Vec<VerbForm>> = Map::default();
        let mut noun_first: Map<String, VerbForm> = Map::default();
        for line in data_lines(include_str!(concat!(env!("OUT_DIR"), "/speech-verbs.txt"))) {
            let (body, flags) = split_flags(line);
            let flags = VerbFlags {
                object: flags.contains(&"obj"),
                weak: flags.contains(&"weak"),
                after: flags.contains(&"after"),
                quoted: flags.contains(&"quoted"),
                to: flags.contains(&"to"),
                request: flags.contains(&"request"),
                judges: ["judges", "as", "complement", "thing"]
                    .iter()
                    .any(|flag| flags.contains(flag)),
                judges_as: flags.contains(&"as"),
                complement: flags.contains(&"complement"),
                thing: flags.contains(&"thing"),
            };
            let forms: Vec<&str> = body.split('|').map(str::trim).collect();
            let lemma = forms[0].trim_start_matches('?').to_lowercase();
            for (i, form) in forms.iter().enumerate() {
                let (form, noun) = match form.strip_prefix('?') {
                    Some(form) => (form, true),
                    None => (*form, false),
                };
                let words: Vec<String> = form.split_whitespace().map(str::to_lowercase).collect();
                let participle = words[0].ends_with("ing") && !lemma.starts_with(&words[0]);
                let entry = VerbForm {
                    words: words.clone(),
                    participle,
                    bare: i == 0,
                    flags,
                };
                if noun {
                    noun_first.insert(words[0].clone(), entry);
                } else {
                    if words.len() == 1 {
                        verbs
                            .entry(words[0].clone())
                            .or_default()
                            .push(entry.clone());
                    }
                    phrases.entry(words[0].clone()).or_default().push(entry);
                }
            }
        }
        for forms in phrases.values_mut() {
            longest_first(forms, |f| f.words.len());
        }

        let mut titles: Map<String, Vec<Title>> = Map::default();
        for line in data_lines(include_str!(concat!(env!("OUT_DIR"), "/titles.txt"))) {
            let (body, flags) = split_flags(line);
            let gender = if flags.contains(&"m") {
                Some(Gender::Male)
            } else if flags.contains(&"f") {
                Some(Gender::Female)
            } else {
                None
            };
            let words: Vec<String> = body.split_whitespace().map(str::to_string).collect();
            titles
                .entry(words[0].to_lowercase())
                .or_default()
                .push(Title {
                    words,
                    gender,
                    honorific: flags.contains(&"honorific"),
                    capitalised_only: flags.contains(&"cap"),
                    common: flags.contains(&"common"),
                });
        }
        for list in titles.values_mut() {
            longest_first(list, |t| t.words.len());
        }

        let first_names = data_lines(include_str!(concat!(env!("OUT_DIR"), "/first-names.txt")))
            .filter_map(|line| {
                let (name, flags) = split_flags(line);
                let gender = match flags.first() {
                    Some(&"m") => Gender::Male,
                    Some(&"f") => Gender::Female,
                    _ => return None,
                };
                // ("Will ; m cap": a name that is also a common word counts only as written,
                // which is its token's lower-case form: see `text::will_is_a_name`.)
                let key = match flags.contains(&"cap") {
                    true => name.to_string(),
                    false => name.to_lowercase(),
                };
                Some((key, gender))
            })
            .collect();

        let mut countries = Vec::new();
        let mut places = Map::default();
        let mut demonyms = Map::default();
        let mut bodies = Map::default();
        for line in data_lines(include_str!(concat!(env!("OUT_DIR"), "/places.txt"))) {
            let mut parts = line.split(';').map(str::trim);
            let name = parts.next().unwrap_or_default().to_string();
            let index = countries.len();
            places.insert(name.to_lowercase(), index);
            for demonym in parts.next().unwrap_or_default().split(',') {
                let demonym = demonym.trim().to_lowercase();
                if !demonym.is_empty() {
                    demonyms.insert(demonym, index);
                }
            }
            for seat in parts.next().unwrap_or_default().split(',') {
                let seat = seat.trim().to_lowercase();
                if !seat.is_empty() {
                    places.insert(seat, index);
                }
            }
            for body in parts.next().unwrap_or_default().split(',') {
                let body = body.trim();
                if !body.is_empty() {
                    bodies.insert(body.to_lowercase(), (index, body.to_string()));
                }
            }
            countries.push(Country { name });
        }

        let mut org_words = Set::default();
        let mut org_acronyms = Set::default();
        let mut regions = Set::default();
        let mut place_words = Set::default();
        for line in data_lines(include_str!(concat!(env!("OUT_DIR"), "/organizations.txt"))) {
            if let Some(word) = line.strip_prefix("word ") {
                org_words.insert(word.trim().to_string());
            } else if let Some(acronym) = line.strip_prefix("acronym ") {
                org_acronyms.insert(acronym.trim().to_string());
            } else if let Some(region) = line.strip_prefix("region ") {
                regions.insert(region.trim().to_lowercase());
            } else if let Some(word) = line.strip_prefix("place ") {
                place_words.insert(word.trim().to_string());
            }
        }

        let org_words_lower = org_words.iter().map(|w| w.to_lowercase()).collect();
        // (Unsorted: only asked whether it holds a word.)
        let noun_first_bare: Vec<String> = noun_first
            .keys()
            .filter(|w| !w.ends_with('s'))
            .cloned()
            .collect();
        Lexicon {
            org_words_lower,
            verbs,
            phrases,
            noun_first,
            noun_first_bare,
            titles,
            first_names,
            places,
            bodies,
            demonyms,
            countries,
            org_words,
            org_acronyms,
            regions,
            place_words,
        }
    }
}

/// Prepositions of place and circumstance that open a phrase, never a clause's subject:
/// "said aboard his plane as he crossed Nevada", "Outside Carrier, the mood was grim".
pub(crate) fn is_place_preposition(lower: &str) -> bool {
    const WORDS: &[&str] = &[
        "aboard",
        "above",
        "across",
        "along",
        "alongside",
        "amid",
        "amidst",
        "around",
        "atop",
        "behind",
        "below",
        "beneath",
        "beside",
        "between",
        "beyond",
        "inside",
        "near",
        "outside",
        "throughout",
        "toward",
        "towards",
        "underneath",
        "via",
        "within",
    ];
    WORDS.contains(&lower)
}

/// Lower-case function words that never start a name even when capitalised.
pub(crate) fn is_function_word(lower: &str) -> bool {
    matches!(
        lower,
        "the"
            | "a"
            | "an"
            | "and"
            | "or"
            | "but"
            | "in"
            | "on"
            | "at"
            | "of"
            | "for"
            | "to"
            | "from"
            | "with"
            | "by"
            | "as"
            | "if"
            | "when"
            | "while"
            | "after"
            | "before"
            | "since"
            | "however"
            | "meanwhile"
            | "still"
            | "yet"
            | "so"
            | "then"
            | "also"
            | "this"
            | "that"
            | "these"
            | "those"
            | "it"
            | "its"
            | "his"
            | "her"
            | "their"
            | "our"
            | "my"
            | "your"
            | "he"
            | "she"
            | "they"
            | "we"
            | "i"
            | "you"
            | "there"
            | "here"
            | "what"
            | "which"
            | "who"
            | "whom"
            | "whose"
            | "where"
            | "why"
            | "how"
            | "not"
            | "no"
            | "yes"
            | "all"
            | "some"
            | "many"
            | "most"
            | "more"
            | "other"
            | "such"
            | "during"
            | "among"
            | "amid"
            | "under"
            | "over"
            | "about"
            | "into"
            | "because"
            | "although"
            | "though"
            | "despite"
            | "instead"
            | "according"
            | "is"
            | "was"
            | "are"
            | "were"
            | "be"
            | "been"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "do"
            | "does"
            | "did"
            | "now"
            | "today"
            | "earlier"
            | "later"
            | "last"
            | "next"
            | "first"
            | "each"
            | "every"
            | "both"
            | "either"
            | "neither"
            | "any"
            | "only"
            | "even"
            | "just"
            | "like"
            | "unlike"
            | "until"
            | "unless"
            | "whether"
            | "through"
            | "against"
            | "without"
            | "within"
            | "between"
            | "toward"
            | "towards"
            | "up"
            | "down"
            | "out"
            | "off"
            | "again"
            | "further"
            | "once"
            | "well"
            | "indeed"
            | "overall"
            | "nonetheless"
            | "nevertheless"
            | "moreover"
            | "furthermore"
            | "additionally"
            | "ultimately"
            | "finally"
            | "instead,"
            | "asked"
            | "speaking"
    )
}

/// Days and months: capitalised, never names of speakers.
pub(crate) fn is_calendar_word(lower: &str) -> bool {
    matches!(
        lower,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan."
            | "feb."
            | "mar."
            | "apr."
            | "jun."
            | "jul."
            | "aug."
            | "sep."
            | "sept."
            | "oct."
            | "nov."
            | "dec."
    )
}

/// Orders a short list longest first, keeping the file's order among equals (an insertion
/// sort: the lists hold a few entries, and it spares the wasm a stable sort's code).
fn longest_first<T>(list: &mut [T], len: impl Fn(&T) -> usize) {
    for i in 1..list.len() {
        let mut j = i;
        while j > 0 && len(&list[j - 1]) < len(&list[j]) {
            list.swap(j - 1, j);
            j -= 1;
        }
    }
}
