//! Issues: tagging each statement with the issues it speaks to, from a taxonomy (built-in or
//! the user's own) and, when the taxonomy covers little of the article, from themes the
//! article's statements share.

use crate::hash::{Map, Set};

use serde::{Deserialize, Serialize};

use crate::analysis::Issue;
use crate::attribution::Found;
use crate::text::{Doc, TokenKind};

mod generated {
    include!(concat!(env!("OUT_DIR"), "/taxonomy.rs"));
}

/// A set of issues with the words that signal them. Format: docs/issues-format.md.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Taxonomy {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub about: String,
    pub issues: Vec<TaxonomyIssue>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TaxonomyIssue {
    pub id: String,
    pub label: String,
    #[serde(default)]
    pub description: String,
    /// Words and phrases; matched on word stems, case-insensitively.
    #[serde(default)]
    pub cues: Vec<String>,
    /// A word followed within three words by another ("join ... NATO").
    #[serde(default)]
    pub near: Vec<NearCue>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NearCue {
    pub words: Vec<String>,
    pub then: Vec<String>,
}

/// The built-in taxonomy, parsed once.
pub fn builtin_taxonomy() -> &'static Taxonomy {
    static BUILTIN: std::sync::OnceLock<Taxonomy> = std::sync::OnceLock::new();
    BUILTIN.get_or_init(Taxonomy::builtin)
}

/// The id of the issue for statements no issue covers.
pub const OTHER: &str = "other";

impl Taxonomy {
    /// The built-in taxonomy for foreign-affairs and security news (data/taxonomy.json,
    /// compiled into constants by build.rs).
    pub fn builtin() -> Taxonomy {
        let strings = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        Taxonomy {
            name: generated::BUILTIN_NAME.to_string(),
            about: generated::BUILTIN_ABOUT.to_string(),
            issues: generated::BUILTIN_ISSUES
                .iter()
                .map(|(id, label, description, cues, near)| TaxonomyIssue {
                    id: id.to_string(),
                    label: label.to_string(),
                    description: description.to_string(),
                    cues: strings(cues),
                    near: near
                        .iter()
                        .map(|(words, then)| NearCue {
                            words: strings(words),
                            then: strings(then),
                        })
                        .collect(),
                })
                .collect(),
        }
    }

    /// Reads a taxonomy; the error says what is wrong, for the user.
    pub fn from_json(json: &str) -> Result<Taxonomy, String> {
        let taxonomy: Taxonomy =
            serde_json::from_str(json).map_err(|e| format!("the taxonomy is not valid: {e}"))?;
        taxonomy.checked()
    }

    /// The taxonomy when its ids are usable: present and unique.
    pub fn checked(self) -> Result<Taxonomy, String> {
        let mut ids = Set::default();
        for issue in &self.issues {
            if issue.id.trim().is_empty() {
                return Err("an issue of the taxonomy has an empty id".into());
            }
            if !ids.insert(issue.id.as_str()) {
                return Err(format!("the issue id {:?} appears twice", issue.id));
            }
        }
        Ok(self)
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// Folds a word to a crude stem so that plurals and verb endings match: "troops" and "troop",
/// "deploying" and "deployed", "treaties" and "treaty".
pub fn stem(word: &str) -> String {
    let mut out = String::new();
    stem_into(word, &mut out);
    out
}

/// Appends the stem of `word` to `out` (no allocation beyond `out`'s growth).
fn stem_into(word: &str, out: &mut String) {
    let start = out.len();
    crate::text::push_lowercase(out, word);
    let ends = |out: &String, suffix: &str| out[start..].ends_with(suffix);
    for possessive in ["’s", "'s", "’", "'"] {
        if ends(out, possessive) {
            out.truncate(out.len() - possessive.len());
        }
    }
    let count = |out: &String| {
        let stem = &out[start..];
        if stem.is_ascii() {
            stem.len()
        } else {
            stem.chars().count()
        }
    };
    let len = count(out);
    if len > 4 && ends(out, "ies") {
        out.truncate(out.len() - 3);
        out.push('y');
    } else if len > 4 && ends(out, "sses") {
        out.truncate(out.len() - 2);
    } else if len > 3 && ends(out, "s") && !ends(out, "ss") && !ends(out, "us") && !ends(out, "is")
    {
        out.truncate(out.len() - 1);
    }
    let len = count(out);
    if len > 5 && ends(out, "ing") {
        out.truncate(out.len() - 3);
    } else if len > 4 && ends(out, "ed") {
        out.truncate(out.len() - 2);
    }
    if count(out) > 3 && ends(out, "e") {
        out.pop();
    }
}

/// The words of a text as `stems` splits them: runs of letters, digits, hyphens and
/// apostrophes, without hyphens and apostrophes at either end.
fn words_of(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    // The length of the word character at `i`, or None for a separator.
    let word_char = move |i: usize| -> Option<usize> {
        let b = bytes[i];
        if b.is_ascii() {
            (b.is_ascii_alphanumeric() || b == b'-' || b == b'\'').then_some(1)
        } else {
            let c = text[i..].chars().next()?;
            (c.is_alphanumeric() || c == '’').then(|| c.len_utf8())
        }
    };
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() {
            let start = at;
            while at < bytes.len() {
                match word_char(at) {
                    Some(len) => at += len,
                    None => break,
                }
            }
            let word = text[start..at].trim_matches(|c: char| c == '-' || c == '\'' || c == '’');
            if at == start {
                // A separator: step over it.
                at += text[at..].chars().next().map_or(1, char::len_utf8);
            }
            if !word.is_empty() {
                return Some(word);
            }
        }
        None
    })
}

/// The stems of the words of a text, in order. A hyphenated word is one word.
pub fn stems(text: &str) -> Vec<String> {
    words_of(text).map(stem).collect()
}

/// The stems of a text, reusable from text to text: each distinct word is stemmed once (an
/// article repeats its words), every stem is kept in one buffer, and tagging every statement
/// of a long article allocates nothing per word.
#[derive(Default)]
struct StemList<'t> {
    /// Every stem computed so far, one after another.
    buf: String,
    /// Each word seen, with the index of its stem in `stems` (a map type the engine already
    /// uses, to spare the wasm another instantiation).
    known: Map<&'t str, u32>,
    /// The same for words of eight bytes or fewer (most words), keyed by their bytes read as
    /// a number: a look-up without hashing a string or comparing one.
    short: Map<u64, u32>,
    /// Where each stem lies in `buf`, and the cues that may start at it (an index into the
    /// matcher's `starts`, or `NO_CUE`): looked up once per distinct word, not per use.
    stems: Vec<(u32, u32, u32)>,
    /// The stems of the current text, in order (indices into `stems`).
    words: Vec<u32>,
}

impl<'t> StemList<'t> {
    /// Forgets the current text (the stems already computed are kept).
    fn clear(&mut self) {
        self.words.clear();
    }

    /// The index of a word's stem, stemming it the first time it is seen.
    fn stem_id(&mut self, word: &'t str, matcher: &Matcher) -> u32 {
        // (A word holds no NUL byte, so the zeros after a short one tell lengths apart.)
        let short = (word.len() <= 8).then(|| {
            let mut bytes = [0u8; 8];
            bytes[..word.len()].copy_from_slice(word.as_bytes());
            u64::from_le_bytes(bytes)
        });
        let known = match short {
            Some(key) => self.short.get(&key),
            None => self.known.get(word),
        };
        if let Some(&index) = known {
            return index;
        }
        let start = self.buf.len();
        stem_into(word, &mut self.buf);
        let cues = matcher
            .by_first
            .get(&self.buf[start..])
            .map_or(NO_CUE, |&cues| cues as u32);
        self.stems.push((start as u32, self.buf.len() as u32, cues));
        let index = (self.stems.len() - 1) as u32;
        match short {
            Some(key) => self.short.insert(key, index),
            None => self.known.insert(word, index),
        };
        index
    }

    fn push_text(&mut self, text: &'t str, matcher: &Matcher) {
        for word in words_of(text) {
            let index = self.stem_id(word, matcher);
            self.words.push(index);
        }
    }

    fn len(&self) -> usize {
        self.words.len()
    }

    fn get(&self, i: usize) -> &str {
        let (start, end, _) = self.stems[self.words[i] as usize];
        &self.buf[start as usize..end as usize]
    }

    /// The cues that may start at the i-th word, if any.
    fn cues_at(&self, i: usize) -> Option<usize> {
        let cues = self.stems[self.words[i] as usize].2;
        (cues != NO_CUE).then_some(cues as usize)
    }
}

/// The stems of a document's tokens, each token split and stemmed once however many
/// statements it frames or belongs to. A token's words are what `words_of` finds in it, so a
/// run of tokens gives the words of its text.
struct TokenStems<'d, 't> {
    doc: &'d Doc<'t>,
    list: StemList<'t>,
    /// Per token, in four bytes (a megabyte of news has some 200,000 tokens): the index of
    /// its one stem (most tokens are one word), `NOT_SEEN`, `NO_WORDS`, or `SEVERAL` plus an
    /// index into `several`.
    of_token: Vec<u32>,
    /// The stems of tokens with several words ("trade-space", "don't"): ranges of `flat`.
    several: Vec<(u32, u32)>,
    flat: Vec<u32>,
}

const NOT_SEEN: u32 = u32::MAX;
const NO_WORDS: u32 = u32::MAX - 1;
const SEVERAL: u32 = 1 << 31;

impl<'d, 't> TokenStems<'d, 't> {
    fn new(doc: &'d Doc<'t>) -> TokenStems<'d, 't> {
        TokenStems {
            doc,
            list: StemList::default(),
            of_token: vec![NOT_SEEN; doc.tokens.len()],
            several: Vec::new(),
            flat: Vec::new(),
        }
    }

    /// Appends the stems of a token to the current text.
    fn push_token(&mut self, token: usize, matcher: &Matcher) {
        let mut code = self.of_token[token];
        if code == NOT_SEEN {
            code = self.read_token(token, matcher);
            self.of_token[token] = code;
        }
        match code {
            NO_WORDS => {}
            single if single & SEVERAL == 0 => self.list.words.push(single),
            several => {
                let (start, end) = self.several[(several & !SEVERAL) as usize];
                self.list
                    .words
                    .extend_from_slice(&self.flat[start as usize..end as usize]);
            }
        }
    }

    /// Splits and stems a token the first time it is asked for: its code in `of_token`.
    fn read_token(&mut self, token: usize, matcher: &Matcher) -> u32 {
        let text: &'t str = self.doc.text;
        let word = &text[self.doc.tokens[token].range()];
        let is_word = matches!(
            self.doc.tokens[token].kind(),
            TokenKind::Word | TokenKind::Number
        );
        if !is_word {
            // Punctuation and quotation marks have no words.
            return NO_WORDS;
        }
        if word.bytes().all(|b| b.is_ascii_alphanumeric()) {
            // Most tokens are one plain word: no need to split them.
            return self.list.stem_id(word, matcher);
        }
        let start = self.flat.len() as u32;
        for word in words_of(word) {
            let index = self.list.stem_id(word, matcher);
            self.flat.push(index);
        }
        match &self.flat[start as usize..] {
            [] => NO_WORDS,
            [one] => {
                let one = *one;
                self.flat.truncate(start as usize);
                one
            }
            _ => {
                self.several.push((start, self.flat.len() as u32));
                SEVERAL | (self.several.len() - 1) as u32
            }
        }
    }

    /// Appends the stems of the tokens inside a byte range.
    fn push_range(&mut self, range: &std::ops::Range<usize>, matcher: &Matcher) {
        let first = self.doc.token_at(range.start);
        let last = self.doc.token_at(range.end);
        for token in first..last {
            self.push_token(token, matcher);
        }
    }
}

/// A taxonomy compiled for matching: phrases and near-cues indexed by their first stem, so
/// that each word of a text costs one lookup.
struct Matcher {
    /// The cues by their first stem: an index into `starts`. (A map type the engine already
    /// instantiates: each new one costs the wasm a kilobyte or two.)
    by_first: Map<String, usize>,
    starts: Vec<Cues>,
}

/// No cue starts at this stem.
const NO_CUE: u32 = u32::MAX;

/// What may start at one stem.
#[derive(Default)]
struct Cues {
    /// (the phrase's stems, issue).
    phrases: Vec<(Vec<String>, usize)>,
    /// (stems that must follow within three words, issue).
    near: Vec<(Set<String>, usize)>,
}

impl Matcher {
    fn new(taxonomy: &Taxonomy) -> Matcher {
        let mut cues: Map<String, Cues> = Map::default();
        for (index, issue) in taxonomy.issues.iter().enumerate() {
            for cue in &issue.cues {
                let words = stems(cue);
                if let Some(first) = words.first() {
                    cues.entry(first.clone())
                        .or_default()
                        .phrases
                        .push((words, index));
                }
            }
            for cue in &issue.near {
                let then: Set<String> = cue.then.iter().map(|w| stem(w)).collect();
                for word in &cue.words {
                    cues.entry(stem(word))
                        .or_default()
                        .near
                        .push((then.clone(), index));
                }
            }
        }
        let mut by_first = Map::default();
        let mut starts = Vec::new();
        for (first, start) in cues {
            by_first.insert(first, starts.len());
            starts.push(start);
        }
        Matcher { by_first, starts }
    }

    /// Indices of the issues whose cues occur in these stems.
    fn matches(&self, words: &StemList, out: &mut Set<usize>) {
        for i in 0..words.len() {
            let Some(cues) = words.cues_at(i) else {
                continue;
            };
            let cues = &self.starts[cues];
            for (phrase, issue) in &cues.phrases {
                if words.len() >= i + phrase.len()
                    && phrase
                        .iter()
                        .enumerate()
                        .all(|(k, p)| words.get(i + k) == p)
                {
                    out.insert(*issue);
                }
            }
            for (then, issue) in &cues.near {
                if (i + 1..(i + 4).min(words.len())).any(|k| then.contains(words.get(k))) {
                    out.insert(*issue);
                }
            }
        }
    }
}

/// A taxonomy compiled once for matching many texts: used to tag statements after the analysis
/// (an issue a reader adds, a statement a reader marks).
pub struct IssueMatcher {
    matcher: Matcher,
}

impl IssueMatcher {
    pub fn new(taxonomy: &Taxonomy) -> IssueMatcher {
        IssueMatcher {
            matcher: Matcher::new(taxonomy),
        }
    }

    /// Indices (into the taxonomy's issues) of the issues whose cues occur in the text, sorted.
    pub fn issues_in(&self, text: &str) -> Vec<usize> {
        let mut hits = Set::default();
        let mut words = StemList::default();
        words.push_text(text, &self.matcher);
        self.matcher.matches(&words, &mut hits);
        let mut hits: Vec<usize> = hits.into_iter().collect();
        hits.sort_unstable();
        hits
    }
}

/// The tokens of the sentence that frames a statement, outside its own and the other
/// statements' content: "In Geneva, X said ..." speaks to what the sentence is about.
fn framing<'d, 't: 'd>(
    doc: &'d Doc<'t>,
    statement: &Found,
    all: &'d [&Found],
) -> impl Iterator<Item = usize> + use<'d, 't> {
    doc.sentences[statement.sentence]
        .tokens
        .clone()
        .filter(move |&token| {
            let range = doc.tokens[token].range();
            !all.iter().any(|f| {
                f.pieces
                    .iter()
                    .any(|p| p.start <= range.start && range.end <= p.end)
            })
        })
}

/// Tags each statement with the taxonomy's issues (in `issues_of`, one list per statement)
/// and returns the issues used, in taxonomy order. (What needs the speakers comes after, in
/// `complete`: this part runs beside their resolution.)
pub(crate) fn tag(
    doc: &Doc,
    taxonomy: &Taxonomy,
    issues_of: &mut [Vec<String>],
    found: &[Found],
) -> Vec<Issue> {
    // The built-in taxonomy's matcher is built once; a user's taxonomy is compiled per call.
    static BUILTIN_MATCHER: std::sync::OnceLock<Matcher> = std::sync::OnceLock::new();
    let own;
    let matcher = if std::ptr::eq(taxonomy, builtin_taxonomy()) {
        BUILTIN_MATCHER.get_or_init(|| Matcher::new(builtin_taxonomy()))
    } else {
        own = Matcher::new(taxonomy);
        &own
    };
    let mut used = vec![false; taxonomy.issues.len()];
    // The statements by sentence (a sort, not a map: one look-up per statement).
    let mut by_sentence: Vec<&Found> = found.iter().collect();
    by_sentence.sort_by_key(|f| f.sentence);
    let sentence_of: Vec<usize> = by_sentence.iter().map(|f| f.sentence).collect();
    let mut words = TokenStems::new(doc);
    let mut hits = Set::default();
    for (index, statement_issues) in issues_of.iter_mut().enumerate() {
        hits.clear();
        words.list.clear();
        for piece in &found[index].pieces {
            words.push_range(piece, matcher);
        }
        matcher.matches(&words.list, &mut hits);
        words.list.clear();
        let statement_found = &found[index];
        let sentence = statement_found.sentence;
        let same_sentence = &by_sentence[sentence_of.partition_point(|&s| s < sentence)
            ..sentence_of.partition_point(|&s| s <= sentence)];
        for token in framing(doc, statement_found, same_sentence) {
            words.push_token(token, matcher);
        }
        matcher.matches(&words.list, &mut hits);
        let mut sorted: Vec<usize> = hits.iter().copied().collect();
        sorted.sort_unstable();
        for &hit in &sorted {
            used[hit] = true;
        }
        *statement_issues = sorted
            .iter()
            .map(|&i| taxonomy.issues[i].id.clone())
            .collect();
    }
    taxonomy
        .issues
        .iter()
        .zip(&used)
        .filter(|(_, used)| **used)
        .map(|(issue, _)| Issue {
            id: issue.id.clone(),
            label: issue.label.clone(),
        })
        .collect()
}

/// After `tag`: themes discovered among the statements it left untagged (when asked, and
/// not named after a speaker), then "Other" for any statement still without an issue.
pub(crate) fn complete(
    issues: &mut Vec<Issue>,
    issues_of: &mut [Vec<String>],
    doc: &Doc,
    found: &[Found],
    discover: bool,
    speaker_names: &[String],
) {
    let untagged = issues_of.iter().filter(|s| s.is_empty()).count();
    if discover && issues_of.len() >= 4 && untagged * 2 >= issues_of.len() {
        let taken: Set<String> = issues.iter().map(|i| i.id.clone()).collect();
        issues.extend(discover_themes(
            issues_of,
            doc,
            found,
            &taken,
            speaker_names,
        ));
    }
    if issues_of.iter().any(|s| s.is_empty()) {
        issues.push(Issue {
            id: OTHER.to_string(),
            label: "Other".to_string(),
        });
        for statement_issues in issues_of.iter_mut().filter(|s| s.is_empty()) {
            statement_issues.push(OTHER.to_string());
        }
    }
}

pub(crate) fn common_words() -> &'static Set<String> {
    static COMMON: std::sync::OnceLock<Set<String>> = std::sync::OnceLock::new();
    COMMON.get_or_init(|| {
        include_str!(concat!(env!("OUT_DIR"), "/common-words.txt"))
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| stem(l.trim()))
            .collect()
    })
}

/// Groups untagged statements by shared salient terms (words and two-word phrases that are
/// not common English and not speakers' names) into at most eight themes.
fn discover_themes(
    issues_of: &mut [Vec<String>],
    doc: &Doc,
    found: &[Found],
    taken: &Set<String>,
    speaker_names: &[String],
) -> Vec<Issue> {
    let common = common_words();
    let names: Set<String> = speaker_names.iter().flat_map(|n| stems(n)).collect();
    // Candidate terms per statement, with a surface form to name them by.
    let mut surface: Map<String, Map<String, usize>> = Map::default();
    let mut terms_of: Vec<Set<String>> = Vec::new();
    for (index, statement_issues) in issues_of.iter().enumerate() {
        let mut terms = Set::default();
        if !statement_issues.is_empty() {
            terms_of.push(terms);
            continue;
        }
        let mut text = String::new();
        for piece in &found[index].pieces {
            text.push_str(&doc.text[piece.clone()]);
            text.push(' ');
        }
        let raw: Vec<&str> = text
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .filter(|w| !w.is_empty())
            .collect();
        // Words that name organisations ("club", "ministry") name actors, not issues.
        let org_words = &crate::lexicon::lexicon().org_words_lower;
        let salient = |w: &str| {
            let s = stem(w);
            let lower = w.to_lowercase();
            let singular = lower.strip_suffix('s').unwrap_or(&lower);
            w.chars().count() >= 4
                && w.chars().all(|c| c.is_alphabetic() || c == '-')
                && !common.contains(&s)
                && !names.contains(&s)
                && !crate::lexicon::is_function_word(&lower)
                && !org_words.contains(lower.as_str())
                && !org_words.contains(singular)
        };
        for (k, word) in raw.iter().enumerate() {
            if !salient(word) || word.chars().next().is_some_and(char::is_uppercase) && k > 0 {
                continue;
            }
            let s = stem(word);
            *surface
                .entry(s.clone())
                .or_default()
                .entry(word.to_lowercase())
                .or_default() += 1;
            terms.insert(s);
            if let Some(next) = raw.get(k + 1) {
                if salient(next) {
                    let phrase = format!("{} {}", stem(word), stem(next));
                    let form = format!("{} {}", word.to_lowercase(), next.to_lowercase());
                    *surface
                        .entry(phrase.clone())
                        .or_default()
                        .entry(form)
                        .or_default() += 1;
                    terms.insert(phrase);
                }
            }
        }
        terms_of.push(terms);
    }
    // Document frequency of each term among untagged statements.
    let mut df: Map<&str, usize> = Map::default();
    for terms in &terms_of {
        for term in terms {
            *df.entry(term.as_str()).or_default() += 1;
        }
    }
    let mut themes: Vec<Issue> = Vec::new();
    let mut covered = vec![false; issues_of.len()];
    for _ in 0..8 {
        // The term shared by most statements not yet covered; phrases win ties.
        let best = df
            .iter()
            .filter(|(_, &n)| n >= 2)
            .map(|(term, _)| {
                let gain = terms_of
                    .iter()
                    .zip(&covered)
                    .filter(|(terms, covered)| !**covered && terms.contains(*term))
                    .count();
                (gain, term.contains(' '), *term)
            })
            .filter(|(gain, _, _)| *gain >= 2)
            .max_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)).then(b.2.cmp(a.2)));
        let Some((gain, _, term)) = best else { break };
        // A two-word phrase that holds the word and covers most of the same statements names
        // the theme better ("opening hours" rather than "opening").
        let gain_of = |candidate: &str| {
            terms_of
                .iter()
                .zip(&covered)
                .filter(|(terms, covered)| !**covered && terms.contains(candidate))
                .count()
        };
        let phrase = df
            .keys()
            .filter(|candidate| candidate.contains(' ') && candidate.split(' ').any(|w| w == term))
            .map(|candidate| (gain_of(candidate), *candidate))
            .filter(|(phrase_gain, _)| *phrase_gain >= 2 && *phrase_gain * 3 >= gain * 2)
            .max();
        let term = phrase.map_or(term, |(_, p)| p).to_string();
        let label = surface
            .get(&term)
            .and_then(|forms| forms.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))))
            .map(|(form, _)| form.clone())
            .unwrap_or_else(|| term.clone());
        let id = format!("theme-{}", crate::slug(&label));
        if taken.contains(&id) || themes.iter().any(|t| t.id == id) {
            df.remove(term.as_str());
            continue;
        }
        for (index, terms) in terms_of.iter().enumerate() {
            if terms.contains(&term) {
                covered[index] = true;
                issues_of[index].push(id.clone());
            }
        }
        themes.push(Issue { id, label });
        df.remove(term.as_str());
    }
    themes
}
