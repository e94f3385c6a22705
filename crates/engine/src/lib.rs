//! quotelens engine: finds the statements of a news article — direct quotes, mixed quotes and
//! reported speech — and attributes each to its speaker.
//!
//! The engine is pure: text in, [`Analysis`] out. It does no I/O, knows nothing of the DOM or of
//! colours, and cannot fail: what it cannot make sense of becomes a warning.
//!
//! ```
//! let analysis = quotelens_engine::analyze("Headline\n“We will win,” Jane Doe said.", &Default::default());
//! assert_eq!(analysis.statements.len(), 1);
//! assert_eq!(analysis.speakers[0].name, "Jane Doe");
//! ```

mod analysis;
mod attribution;
mod entities;
mod hash;
pub mod issues;
mod lexicon;
mod text;

use crate::hash::Map;

pub use analysis::*;
pub use issues::{IssueMatcher, Taxonomy, TaxonomyIssue};

use attribution::Found;
use entities::{parse_np, Entities, Mention, Pronoun};
use text::Doc;

/// The built-in default article (the Geneva talks, January 2022).
pub const SEED_ARTICLE: &str = include_str!("../data/seed-article.txt");

/// Texts longer than this are analysed up to this point; the rest is kept but not analysed,
/// and a warning says so.
pub const MAX_ANALYSED_BYTES: usize = 16 * 1024 * 1024;

/// How to analyse.
#[derive(Debug, Clone, Default)]
pub struct Config {
    /// The issue taxonomy; None means the built-in one.
    pub taxonomy: Option<Taxonomy>,
    /// Group statements the taxonomy leaves untagged into themes found in the article.
    pub discover_issues: bool,
    /// Analyse on the calling thread only. Otherwise a text of 64 KB or more is analysed on
    /// two threads where the platform has them (not in WebAssembly); the result is the same
    /// either way.
    pub one_thread: bool,
}

/// Analyses a text. Never panics on any input; problems become warnings.
pub fn analyze(text: &str, config: &Config) -> Analysis {
    analyze_with_progress(text, config, &mut |_| {})
}

/// Analyses a text, telling `progress` how far it got (percent, rising, ending at 100): for
/// long articles analysed in a worker while the page shows a progress bar.
pub fn analyze_with_progress(
    text: &str,
    config: &Config,
    progress: &mut dyn FnMut(u8),
) -> Analysis {
    let two_threads = !config.one_thread && text.len() >= PARALLEL_BYTES;
    let mut warnings = Vec::new();
    let analysed = if text.len() > MAX_ANALYSED_BYTES {
        let mut cut = MAX_ANALYSED_BYTES;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        warnings.push(format!(
            "the text is {} MB; only its first {} MB were analysed",
            text.len() / (1024 * 1024),
            MAX_ANALYSED_BYTES / (1024 * 1024)
        ));
        &text[..cut]
    } else {
        text
    };
    let doc = Doc::new(analysed);
    let offsets = Offsets::new(text);
    warnings.extend(text_warnings(&doc));

    progress(25);
    // The names in the text and the statements are found apart (both only read the text),
    // on two threads where there are two and the text is long enough to gain from it.
    let (found, entities) = beside(
        two_threads,
        || {
            attribution::find_statements(&doc, &mut |done, total| {
                progress(25 + (55 * done / total.max(1)) as u8)
            })
        },
        || Entities::collect(&doc),
    );
    progress(80);
    let taxonomy = config
        .taxonomy
        .as_ref()
        .unwrap_or_else(|| issues::builtin_taxonomy());
    let ids: Vec<String> = (0..found.len()).map(statement_id).collect();
    // The speakers here; beside them, what needs only the statements' words: the
    // taxonomy's issues and the runs.
    let ((speakers, mut statements), (mut issues, mut issues_of, runs)) = beside(
        two_threads,
        || {
            let (speakers, speaker_of) = resolve_speakers(&doc, entities, &found, &offsets);
            let statements = build_statements(&doc, &found, &speakers, &speaker_of, &offsets);
            (speakers, statements)
        },
        || {
            let mut issues_of = vec![Vec::new(); found.len()];
            let issues = issues::tag(&doc, taxonomy, &mut issues_of, &found);
            let runs = build_runs(&doc, &found, &ids, &offsets);
            (issues, issues_of, runs)
        },
    );
    progress(90);
    let speaker_names: Vec<String> = speakers.iter().map(|s| s.name.clone()).collect();
    issues::complete(
        &mut issues,
        &mut issues_of,
        &doc,
        &found,
        config.discover_issues,
        &speaker_names,
    );
    for ((statement, id), issues) in statements.iter_mut().zip(ids).zip(issues_of) {
        statement.id = id;
        statement.issues = issues;
    }
    progress(100);

    Analysis {
        schema: SCHEMA.to_string(),
        paragraphs: doc
            .paragraphs
            .iter()
            .map(|p| offsets.span(p.clone()))
            .collect(),
        warnings,
        speakers,
        issues,
        statements,
        runs,
    }
}

/// Texts shorter than this are analysed on one thread: starting a second costs more than
/// it saves on them.
const PARALLEL_BYTES: usize = 64 * 1024;

/// Runs `a` here and `b` on a thread of its own when `parallel` and a thread can be
/// started, else one after the other; either way, the same results.
#[cfg(not(target_arch = "wasm32"))]
fn beside<A, B>(parallel: bool, a: impl FnOnce() -> A, b: impl FnOnce() -> B + Send) -> (A, B)
where
    B: Send,
{
    if !parallel {
        return (a(), b());
    }
    let slot = std::sync::Mutex::new(Some(b));
    let take = || slot.lock().unwrap_or_else(|p| p.into_inner()).take();
    std::thread::scope(|scope| {
        let other = std::thread::Builder::new().spawn_scoped(scope, || take().map(|b| b()));
        let a = a();
        let b = match other.map(|handle| handle.join()) {
            Ok(Ok(Some(b))) => b,
            // (A panic there is passed on as it would be on one thread.)
            Ok(Err(panic)) => std::panic::resume_unwind(panic),
            // (No thread could be started: `b` runs here.)
            Ok(Ok(None)) | Err(_) => take().expect("b has not run")(),
        };
        (a, b)
    })
}

/// In WebAssembly an analysis has one thread: `a`, then `b`.
#[cfg(target_arch = "wasm32")]
fn beside<A, B>(_parallel: bool, a: impl FnOnce() -> A, b: impl FnOnce() -> B) -> (A, B) {
    (a(), b())
}

/// The noun of a bare definite phrase ("the people", "The officials"), when it is one.
fn bare_noun(text: &str) -> Option<&str> {
    entities::after_the(text)
        .filter(|noun| !noun.contains(' ') && noun.starts_with(char::is_lowercase))
}

fn text_warnings(doc: &Doc) -> Vec<String> {
    let mut warnings = Vec::new();
    if doc.text.trim().is_empty() {
        warnings.push("the text is empty".to_string());
        return warnings;
    }
    let mut unclosed = doc.unclosed.clone();
    unclosed.dedup();
    for paragraph in unclosed.iter().take(5) {
        warnings.push(format!(
            "a quotation mark opened in paragraph {paragraph} is never closed; the quotation was ended with the paragraph"
        ));
    }
    if unclosed.len() > 5 {
        warnings.push(format!(
            "{} more paragraphs have unclosed quotation marks",
            unclosed.len() - 5
        ));
    }
    let mut stray = doc.stray.clone();
    stray.dedup();
    if !stray.is_empty() {
        let list: Vec<String> = stray.iter().take(5).map(|p| p.to_string()).collect();
        warnings.push(format!(
            "closing quotation marks with no opening mark in paragraph(s) {}",
            list.join(", ")
        ));
    }
    if !looks_english(doc) {
        warnings.push(
            "the text does not look like English; the rules are written for English news"
                .to_string(),
        );
    }
    warnings
}

/// Enough common English function words among the words of the text.
fn looks_english(doc: &Doc) -> bool {
    let mut words = 0;
    let mut common = 0;
    for (index, token) in doc.tokens.iter().enumerate().take(5000) {
        if token.kind() != text::TokenKind::Word {
            continue;
        }
        words += 1;
        if matches!(
            doc.lower(index),
            "the"
                | "of"
                | "and"
                | "to"
                | "a"
                | "in"
                | "that"
                | "is"
                | "was"
                | "he"
                | "for"
                | "it"
                | "with"
                | "as"
                | "his"
                | "on"
                | "be"
                | "at"
                | "by"
                | "said"
                | "has"
                | "had"
                | "not"
                | "are"
                | "but"
                | "from"
                | "have"
                | "they"
                | "she"
                | "will"
                | "an"
        ) {
            common += 1;
        }
    }
    words < 8 || common * 100 >= words * 12
}

/// The head of "the fund", "the commission": "the" and one word for a kind of body that a
/// text names once and then refers back to. (Not "the group", "the network", "the company":
/// too many things are.)
fn definite_head(text: &str) -> Option<&str> {
    let phrase = entities::after_the(text)?;
    // ("the weather service": up to two words before the body's word.)
    let head = phrase.rsplit(' ').next()?;
    if phrase.split(' ').count() > 3 {
        return None;
    }
    // ("the force": the police named before.)
    if phrase.eq_ignore_ascii_case("force") || phrase.eq_ignore_ascii_case("police force") {
        return Some("police");
    }
    [
        "fund",
        "commission",
        "committee",
        "foundation",
        "institute",
        "department",
        "court",
        "agency",
        "council",
        "bank",
        "university",
        "college",
        "ministry",
        "union",
        "association",
        "federation",
        "bureau",
        "board",
        "authority",
        "tribunal",
        "legislature",
        "assembly",
        "service",
        "palace",
        // ("the zoo said" after "Chester Zoo", "the trust" after "Kent Valley NHS Trust".)
        "zoo",
        "museum",
        "trust",
        "hospital",
        "centre",
        "center",
        "club",
        "league",
    ]
    .iter()
    .any(|body| head.eq_ignore_ascii_case(body))
    .then_some(phrase)
}

/// Does a common-noun source stand for two people named before: "the two", "both men"?
fn names_a_pair(text: &str) -> bool {
    [
        "the two",
        "the pair",
        "the two men",
        "the two women",
        "both men",
        "both women",
        "the couple",
        "the duo",
    ]
    .iter()
    .any(|pair| text.eq_ignore_ascii_case(pair))
}

/// Can a common-noun source name the one person who holds its role: "the governor",
/// "Governor" do; "a governor", "his lawyer" (someone else's) and "the president of the
/// union" (of a body the role's holders may not lead) do not.
fn names_a_holder(text: &str) -> bool {
    let first = text.split(' ').next().unwrap_or_default();
    // ("her daughter" after "her daughter, Clare Vance,": a relation or a role owned by a
    // pronoun, in two words, is the one named with the same words before, when one was.)
    if entities::owned_by_pronoun(text) {
        return text.split(' ').count() == 2;
    }
    // ("the former first lady and senator" names someone with both roles: a holder of one
    // is not enough.)
    !text
        .split(' ')
        .any(|w| matches!(w, "of" | "for" | "at" | "and"))
        // ("one GOP source", "another aide": someone new, not the holder named before.)
        && ![
            "a", "an", "one", "another", "its", "our", "my", "your", "some", "several", "many",
            "two", "three", "other",
        ]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
        && !first.ends_with("'s")
        && !first.ends_with("’s")
}

/// Do the reported words (no quotation) open with "it" and its own plans: "it would
/// appeal", "it plans to"? (Not "it would be", "it will take": an "it" of no one.)
fn reports_own_plans(doc: &Doc, statement: &attribution::Found) -> bool {
    let first = doc.token_at(statement.envelope().start);
    let word = |t: usize| {
        if t < doc.tokens.len() {
            doc.lower(t)
        } else {
            ""
        }
    };
    statement.kind == StatementKind::Indirect
        && word(first) == "it"
        && (matches!(word(first + 1), "would" | "will")
            && !matches!(
                word(first + 2),
                "be" | "take" | "make" | "cost" | "mean" | "happen" | "depend" | "require" | "not"
            )
            || matches!(word(first + 1), "plans" | "planned" | "intends" | "expects")
                && word(first + 2) == "to")
}

/// The body named by a single name of no person that opens a statement's words: "Boeing" in
/// "Boeing will lay off 17,000 workers, the company said".
fn subject_body(
    doc: &Doc,
    entities: &mut Entities,
    statement: &attribution::Found,
) -> Option<usize> {
    let envelope = statement.envelope();
    let end = doc.token_at(envelope.end);
    let first = attribution::leading_connectives(doc, doc.token_at(envelope.start), end);
    let run = entities::capitalised_run(doc, first, end);
    if run.len() != 1 || run.end >= end || !doc.is_word(run.end) || doc.is_capitalised(run.end) {
        return None;
    }
    let np = parse_np(doc, run);
    let lex = lexicon::lexicon();
    let lower = doc.lower(first);
    // (Nor a common word capitalised because it opens the words: "Prices will ease".)
    let place = lex.first_names.contains_key(lower)
        || issues::common_words().contains(lower)
        || entities::plural_common_opening(doc, first)
        || lex.regions.contains(lower)
        || lex.places.contains_key(lower)
        || entities::country_of(lower).is_some();
    if place
        || np.name.len() != 1
        || np.role.is_some()
        || np.pronoun.is_some()
        || np.kind == Some(SpeakerKind::Person)
    {
        return None;
    }
    let entity = entities.entity_for(&np);
    let e = &mut entities.entities[entity];
    if !matches!(e.kind, SpeakerKind::Unknown | SpeakerKind::Organization) || e.name.len() != 1 {
        return None;
    }
    e.kind = SpeakerKind::Organization;
    e.it_body = true;
    // (A mention, if the text had none there, for "the company" later on.)
    let at = entities
        .mentions
        .partition_point(|m| m.tokens.start < first);
    if entities
        .mentions
        .get(at)
        .is_none_or(|m| m.tokens.start != first)
    {
        entities.mentions.insert(
            at,
            Mention {
                tokens: np.tokens.clone(),
                entity,
                sentence: statement.sentence,
                located: false,
                possessive: false,
                owns_role: false,
            },
        );
    }
    Some(entity)
}

/// "A former waiter said he ...": a source named by a word for someone who does something
/// ("waiter", "resident"), whose reported words open with "he" or "she": Some, with the
/// gender that tells.
fn self_described(
    doc: &Doc,
    np: &entities::Np,
    statement: &attribution::Found,
) -> Option<Option<lexicon::Gender>> {
    let head = np.text.rsplit(' ').next()?.to_lowercase();
    // (Not a business or a paper: "A newspaper said he ...".)
    if !entities::occupation_like(&head)
        || head.ends_with("paper")
        || head.ends_with("maker")
        || entities::BUSINESS_WORDS.contains(&head.as_str())
        || entities::is_document_noun(&head)
        || entities::is_org_word(&head)
        || entities::is_body_noun(&head)
    {
        return None;
    }
    let first = doc.token_at(statement.envelope().start);
    match doc.lower(first) {
        "he" => Some(Some(lexicon::Gender::Male)),
        "she" => Some(Some(lexicon::Gender::Female)),
        _ => None,
    }
}

/// The author of a document named as a source, after "by" or "from": "a statement released
/// by the ministry", "a report from the agency", "a letter signed by Ada Wren", "figures from
/// the Labor Department".
fn document_author(doc: &Doc, mention: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    // (In lower case past the first word: "Ireland's Data Protection Commission" is a
    // body's name.)
    let head = (mention.start..mention.end.min(mention.start + 8)).find(|&t| {
        let w = doc.lower(t);
        (t == mention.start || !doc.is_capitalised(t))
            && (entities::is_document_noun(w)
                || entities::is_data_noun(w)
                || matches!(w, "forecast" | "projections")
                // ("a paper published Thursday in the Astrophysical Journal Letters".)
                || matches!(w, "paper" | "research" | "article")
                    && t + 1 < mention.end
                    && matches!(doc.lower(t + 1), "published" | "released"))
    })?;
    // (Not a word that qualifies the noun after it: "Britain's data watchdog".)
    let next = head + 1;
    if next < mention.end
        && doc.is_word(next)
        && !doc.is_capitalised(next)
        && !doc.lower(next).ends_with("ed")
        && !matches!(
            doc.lower(next),
            "by" | "from" | "of" | "on" | "in" | "for" | "to" | "at" | "written" | "sent"
        )
    {
        return None;
    }
    // ("according to its latest forecast", "the agency's new report": the owner before it,
    // with no name between.)
    let plain_before = |from: usize| {
        (from..head).all(|u| doc.is_word(u) && !doc.is_capitalised(u) && doc.lower(u) != "by")
    };
    if matches!(doc.lower(mention.start), "its" | "their" | "his" | "her")
        && plain_before(mention.start + 1)
    {
        return Some(mention.start..mention.start + 1);
    }
    if let Some(owner) = (mention.start..head).find(|&u| {
        let w = doc.word(u);
        (w.ends_with("’s") || w.ends_with("'s")) && plain_before(u + 1)
    }) {
        return Some(mention.start..owner + 1);
    }
    let mut t = head + 1;
    if t < mention.end
        && matches!(
            doc.lower(t),
            "released"
                | "issued"
                | "published"
                | "sent"
                | "signed"
                | "written"
                | "posted"
                | "filed"
                | "commissioned"
                | "conducted"
                | "unsealed"
        )
    {
        t += 1;
        // ("a report released on Monday by the agency": past when it appeared.)
        t = attribution::when_end(doc, t, mention.end);
    }
    let by = t < mention.end && matches!(doc.lower(t), "by" | "from");
    // (The words before the document only qualify it: "a new statement", "a joint report".)
    let plain = (mention.start..head)
        .all(|u| doc.is_word(u) && !doc.is_capitalised(u) || u == mention.start);
    // ("a study published on Monday in Nature Medicine": the document, not where or when
    // it appeared.)
    // (Not "a statement posted on the website GunBroker.com": the site's.)
    let placed = t + 1 < mention.end
        && matches!(doc.lower(t), "on" | "to")
        && !lexicon::is_calendar_word(doc.lower(t + 1));
    if !by && !placed && t > head + 1 && (mention.start < head || doc.lower(head) == "research") {
        return Some(mention.start..head + 1);
    }
    // ("figures released by the US company last week": not when they appeared.)
    let author_end = (t + 2..mention.end)
        .find(|&u| attribution::when_end(doc, u, mention.end) == mention.end)
        .unwrap_or(mention.end);
    (by && plain && t + 1 < mention.end && doc.is_word(t + 1)).then_some(t + 1..author_end)
}

/// The noun phrase a statement's source names.
/// The pronoun a possessive stands as: "his" -> "he", "its" -> "it".
fn possessive_pronoun(lower: &str) -> Option<Pronoun> {
    match lower {
        "his" => Some(Pronoun::He),
        "her" => Some(Pronoun::She),
        "their" => Some(Pronoun::They),
        "its" => Some(Pronoun::It),
        _ => None,
    }
}

fn source_np(doc: &Doc, mention: std::ops::Range<usize>) -> entities::Np {
    // ("Davis himself once said": the name, not its emphasis.)
    let mention = match mention.len() > 1
        && matches!(
            doc.lower(mention.end - 1),
            "himself" | "herself" | "themselves" | "itself"
        ) {
        true => mention.start..mention.end - 1,
        false => mention,
    };
    // An expletive subject ("There's still time for X to ..., even after dismissing ...")
    // names nobody.
    if matches!(doc.lower(mention.start), "there" | "there's" | "there’s") {
        return entities::Np::default();
    }
    // "RNC spokesman Ivo Lund on Thursday evening said": a time right after the name is no
    // part of it (one inside a phrase is: "voters going to the polls on Sunday").
    let time = (mention.start + 1..mention.end).find(|&t| {
        let w = doc.lower(t);
        let next_is_time = t + 1 < mention.end && {
            let next = doc.lower(t + 1);
            lexicon::is_calendar_word(next) || matches!(next, "year" | "week" | "month")
        };
        matches!(w, "on" | "last" | "this" | "early" | "late" | "earlier")
            && next_is_time
            && doc.is_capitalised(t - 1)
    });
    let mention = match time {
        Some(t) if t > mention.start => mention.start..t,
        _ => mention,
    };
    // "a statement released by the ministry", "a letter from his doctor": a document speaks
    // for whoever issued it.
    if let Some(author) = document_author(doc, mention.clone()) {
        return source_np(doc, author);
    }
    // "their chants of “...”": a possessive pronoun stands for its owner, as the pronoun does.
    if mention.len() == 1 {
        if let Some(pronoun) = possessive_pronoun(doc.lower(mention.start)) {
            return entities::Np {
                pronoun: Some(pronoun),
                plural: pronoun == Pronoun::They,
                tokens: mention,
                ..entities::Np::default()
            };
        }
    }
    let mut np = parse_np(doc, mention.clone());
    let relative = (mention.start + 1..mention.end)
        .find(|&t| matches!(doc.lower(t), "who" | "whom" | "whose" | "which" | "that"));
    // A name inside a relative clause of the source is someone else: "Current and former
    // officials who spoke with The Huffington Post" are officials.
    // ("Voters who supported Ada Wren": a plural capitalised only because it opens the
    // sentence is a common noun too.)
    // ("A couple from Hartlepool who won ... on the EuroMillions": someone named by a common
    // noun, whatever place the words before "who" name.)
    let common = |head: &entities::Np, relative: usize| {
        relative > mention.start + 1
            && matches!(doc.lower(mention.start), "a" | "an" | "another")
            && doc.is_word(mention.start + 1)
            && !doc.is_capitalised(mention.start + 1)
            && head.role.is_none()
    };
    if let Some(relative) = relative.filter(|_| !np.name.is_empty()) {
        let mut head = parse_np(doc, mention.start..relative);
        if relative == mention.start + 1 && entities::plural_common_opening(doc, mention.start) {
            head.name = Default::default();
        }
        if common(&head, relative) {
            head = entities::Np {
                tokens: head.tokens,
                ..entities::Np::default()
            };
        }
        if head.name.is_empty() {
            np = head;
        }
    }
    // "critics", "local engineers", "a 2019 studio veteran", "the designer": a person or
    // group named by common nouns speaks as itself.
    let nominal = |np: &mut entities::Np, words: std::ops::Range<usize>| {
        // ("the crowd’s cries of": a possessive speaks without its "’s".)
        let plain = words.clone().all(|t| {
            entities::strip_possessive(doc.word(t))
                .chars()
                .all(|c| c.is_alphanumeric() || c == '-')
        });
        if plain {
            let last = entities::strip_possessive(doc.lower(words.end - 1));
            np.nominal = true;
            np.plural = last.ends_with('s') && !last.ends_with("ss");
            np.text = entities::nominal_text(doc, &words.collect::<Vec<_>>());
        }
    };
    let unnamed = |np: &entities::Np| np.name.is_empty() && !np.nominal && np.pronoun.is_none();
    if unnamed(&np) {
        nominal(&mut np, mention.clone());
    }
    // Punctuation in a relative clause about a person leaves its head: "Another Muslim who
    // worshiped here and who didn't want to be named".
    // (Also after a role: "Another nurse who worked at the clinic and who didn't ...".)
    let punctuated = mention.clone().any(|t| {
        !entities::strip_possessive(doc.word(t))
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-')
    });
    let role_only = np.name.is_empty() && np.pronoun.is_none() && np.role.is_some() && punctuated;
    if let Some(relative) =
        relative.filter(|&t| (unnamed(&np) || role_only) && doc.lower(t) == "who")
    {
        let mut head = parse_np(doc, mention.start..relative);
        if common(&head, relative) {
            head = entities::Np {
                tokens: head.tokens,
                ..entities::Np::default()
            };
        }
        if unnamed(&head) {
            nominal(&mut head, mention.start..relative);
        }
        np = head;
    }
    // "Paris, who used to work on Capitol Hill, said": a place does not take "who"; the name
    // is a person's.
    let who_at = |t: usize| t < doc.tokens.len() && doc.lower(t) == "who";
    if np.kind == Some(SpeakerKind::Country)
        && (who_at(mention.end) || who_at(mention.end + 1) && doc.is_punct(mention.end, ","))
    {
        np.kind = Some(SpeakerKind::Person);
        np.name = mention
            .clone()
            .filter(|&t| doc.is_word(t))
            .map(|t| doc.word(t).to_string())
            .collect::<Vec<_>>()
            .into();
        np.affiliation = None;
    }
    // ("Drivers and shop owners on Castle Road say": people named by plural common nouns,
    // then where they are, are a group of their own, not the place.)
    let place_at = (mention.start + 1..mention.end.saturating_sub(1)).find(|&t| {
        matches!(
            doc.lower(t),
            "on" | "in" | "near" | "along" | "across" | "around" | "from"
        )
    });
    // (Not a country or its capital, which a group there speaks for: "Officials in Kyiv".)
    let country = |at: usize| entities::country_of(doc.lower(at + 1)).is_some();
    if let Some(at) = place_at.filter(|&at| !np.name.is_empty() && !country(at)) {
        let head = doc.lower(at - 1);
        let common = (mention.start..at).all(|t| {
            doc.is_word(t)
                && (!doc.is_capitalised(t)
                    || t == mention.start && entities::plural_common_opening(doc, t))
        });
        if common
            && head.ends_with('s')
            && !head.ends_with("ss")
            && doc.is_capitalised(at + 1)
            && !lexicon::is_function_word(head)
        {
            np = entities::Np {
                tokens: np.tokens.clone(),
                kind: Some(SpeakerKind::Unknown),
                ..entities::Np::default()
            };
            nominal(&mut np, mention.clone());
        }
    }
    // ("U.S. regulators said", "Chinese scientists say": a people's plural noun after a
    // country, a group of that country.)
    let last = mention.end - 1;
    if np.name.is_empty()
        && !np.nominal
        && np.pronoun.is_none()
        && np.affiliation.is_some()
        && mention.len() >= 2
        && doc.is_word(last)
        && !doc.is_capitalised(last)
        && doc.lower(last).ends_with('s')
        && !lexicon::is_function_word(doc.lower(last))
    {
        np.nominal = true;
        np.plural = true;
        np.kind = Some(SpeakerKind::Unknown);
        np.text = doc.text[doc.tokens[mention.start].start()..doc.tokens[last].end()].to_string();
    }
    np
}

/// "Critics say ...", "Companies note ...": a plural word capitalised only because it opens
/// the sentence, written nowhere else with a capital inside a sentence and no one's surname,
/// is a group named by a common noun, not a name.
fn plural_noun_opening(
    doc: &Doc,
    entities: &Entities,
    np: &entities::Np,
    mention: std::ops::Range<usize>,
    sentence: usize,
) -> bool {
    let [word] = &np.name[..] else {
        return false;
    };
    let start = doc.sentences[sentence].tokens.start;
    mention.len() == 1
        && np.role.is_none()
        && matches!(np.kind, None | Some(SpeakerKind::Unknown))
        && mention.start == attribution::leading_connectives(doc, start, mention.start + 1)
        && !entities.names_someone(&word.to_lowercase())
        && entities::plural_common_opening(doc, mention.start)
}

/// Resolves each statement's source to an entity and returns the speakers (those who say
/// something) and, per statement, the index of its speaker.
fn resolve_speakers(
    doc: &Doc,
    mut entities: Entities,
    found: &[Found],
    offsets: &Offsets,
) -> (Vec<Speaker>, Vec<Option<usize>>) {
    let mut entity_of: Vec<Option<usize>> = vec![None; found.len()];
    // (Per statement: was its source a name? See `headline_quote_speakers`.)
    let mut named = vec![false; found.len()];
    for (index, statement) in found.iter().enumerate() {
        if let Some(parent) = statement.continues {
            entity_of[index] = entity_of.get(parent).copied().flatten();
            continue;
        }
        let Some(source) = statement.source.clone() else {
            continue;
        };
        // A relative "who" speaks for the noun phrase it stands for.
        let mention = statement.refers_to.clone().unwrap_or(source.clone());
        let mut np = source_np(doc, mention.clone());
        named[index] = !np.nominal && !np.name.is_empty();
        if plural_noun_opening(doc, &entities, &np, mention.clone(), statement.sentence) {
            np = entities::Np {
                nominal: true,
                plural: true,
                kind: Some(SpeakerKind::Unknown),
                text: np.name.last().cloned().unwrap_or_default(),
                tokens: np.tokens,
                ..entities::Np::default()
            };
        }
        // "PENCE:" in a transcript is Pence.
        if attribution::is_transcript(doc, statement) {
            np.name = np.name.iter().map(|word| title_case(word)).collect();
            np.kind = Some(SpeakerKind::Person);
        }
        // "the fund", "the commission": the one body named with that word.
        let body = (np.nominal && !np.plural)
            .then(|| {
                definite_head(&np.text)
                    .and_then(|head| entities.body_named_by(head))
                    .or_else(|| {
                        entities::body_endings(&np.text)
                            .and_then(|endings| entities.body_before(doc, source.start, endings))
                    })
            })
            .flatten();
        // ("Boeing will lay off 17,000 workers, the company said": the single name that
        // opens the words the company reports is the company.)
        let body = body.or_else(|| {
            (np.nominal && !np.plural && statement.kind != StatementKind::Direct)
                .then(|| entities::body_endings(&np.text))
                .flatten()
                .and_then(|_| subject_body(doc, &mut entities, statement))
        });
        let spoke_as = bare_noun(&np.text)
            .filter(|_| np.nominal && np.name.is_empty())
            .and_then(|noun| {
                entity_of[..index]
                    .iter()
                    .rev()
                    .take(20)
                    .flatten()
                    .copied()
                    .find(|&e| {
                        let entity = &entities.entities[e];
                        // (A body is not the person who speaks for it: "according to the
                        // agency" after "an agency spokeswoman said".)
                        let body_for_person =
                            entity.kind == SpeakerKind::Person && entities::is_body_noun(noun);
                        // (Not a group named by what it is close to: "the network said"
                        // after "Sources close to the network said".)
                        let named_by_noun = |name: &str| {
                            let mut before = ["", ""];
                            for word in name.split(' ') {
                                if word.eq_ignore_ascii_case(noun) {
                                    let owner = match before[1].eq_ignore_ascii_case("the") {
                                        true => before[0],
                                        false => before[1],
                                    };
                                    return !matches!(
                                        owner,
                                        "to" | "with"
                                            | "about"
                                            | "at"
                                            | "near"
                                            | "from"
                                            | "by"
                                            | "on"
                                    );
                                }
                                before = [before[1], word];
                            }
                            false
                        };
                        entity.name.len() == 1
                            && !body_for_person
                            && entity.name[0].len() > np.text.len()
                            && named_by_noun(&entity.name[0])
                    })
            });
        // ("In a statement, a representative for Morrow said ... “...,” the statement said":
        // a document named before speaks for whoever spoke in it.)
        let issuer = np
            .nominal
            .then(|| bare_noun(&np.text))
            .flatten()
            .filter(|noun| matches!(*noun, "statement" | "letter" | "memo" | "release" | "email"))
            .and_then(|noun| {
                let issued = |t: usize| {
                    doc.lower(t) == noun
                        && doc.tokens[t].quote().is_none()
                        && matches!(
                            doc.lower(t - 1),
                            "a" | "an" | "his" | "her" | "its" | "their" | "joint" | "written"
                        )
                };
                found[..index]
                    .iter()
                    .zip(&entity_of[..index])
                    .rev()
                    .take_while(|(earlier, _)| earlier.sentence + 6 >= statement.sentence)
                    .find_map(|(earlier, &entity)| {
                        // (Not a document the words report: "The Times said Cook provided a
                        // written statement".)
                        // The latest one named decides.
                        let words = doc.sentences[earlier.sentence].tokens.clone();
                        let t = (words.start + 1..words.end).find(|&t| issued(t))?;
                        let reported = earlier.envelope().contains(&doc.tokens[t].start());
                        Some(entity.filter(|_| !reported))
                    })
                    .flatten()
            });
        // ("The mayor of Chamonix, Eric Fournier, speaking to reporters, said": the person
        // named in apposition to the role.)
        let appositive = (np.nominal && np.role.is_some() && np.name.is_empty() && !np.plural)
            .then(|| appositive_person(doc, source.clone()))
            .flatten();
        // ("the Italian said": the gender a nationality standing for a person tells, if any.)
        // (Opening a sentence too: "The German admitted", not a name "The German".)
        // (Not one that qualifies a noun: "The Romanian hacker ... admitting".)
        // (Or after an age: "the 29-year-old Jamaican said".)
        let aged = usize::from(source.len() == 3 && doc.lower(source.start + 1).ends_with("-old"));
        let nationality = (np.role.is_none()
            && source.len() == 2 + aged
            && doc.lower(source.start) == "the"
            && (source.end >= doc.tokens.len()
                || !doc.is_word(source.end)
                || attribution::finite_verb_like(doc, source.end)))
        .then(|| nationality_gender(doc.word(source.start + 1 + aged)))
        .flatten();
        // ("the forward said", "the Democrat said": an epithet for someone named before.)
        // ("the world No. 1 said": a ranking.)
        let ranked = source.len() >= 3
            && source.len() <= 5
            && doc.lower(source.start) == "the"
            && doc.lower(source.end - 2) == "no."
            && doc.tokens[source.end - 1].kind() == text::TokenKind::Number;
        let epithet = (source.len() == 2 && doc.lower(source.start) == "the")
            .then(|| epithet_gender(doc.lower(source.start + 1)))
            .flatten()
            .or(ranked.then_some(None));
        // ("“...,” its chair said" after "Student group Hatikwa said ...": the owner an
        // unnamed role's "its" stands for is the body it works for.)
        if np.nominal && np.name.is_empty() && np.role.is_some() && np.affiliation.is_none() {
            let owner = possessive_pronoun(doc.lower(mention.start))
                .filter(|p| matches!(p, Pronoun::It | Pronoun::They));
            let body = owner
                .and_then(|p| {
                    let bytes = statement.envelope();
                    let content = doc.token_at(bytes.start)..doc.token_at(bytes.end);
                    entities.resolve_pronoun(p, mention.start, statement.sentence, content)
                })
                .filter(|&e| entities.entities[e].kind == SpeakerKind::Organization);
            if let Some(body) = body {
                np.affiliation = Some(entities.entities[body].display_name());
            }
        }
        let entity = match np.pronoun {
            Some(Pronoun::Other) => None,
            Some(pronoun) => {
                let bytes = statement.envelope();
                let content = doc.token_at(bytes.start)..doc.token_at(bytes.end);
                entities
                    .resolve_pronoun(pronoun, source.start, statement.sentence, content)
                    // ("Connexa said ... Passwords were not affected, it said.": a name that
                    // just spoke and that "it" stands for is a body's.)
                    .or_else(|| {
                        (pronoun == Pronoun::It)
                            .then(|| entities.name_speaking_as_it(source.start, statement.sentence))
                            .flatten()
                    })
            }
            // "the forward said" after "Salah ... scored twice": an epithet for the person
            // named before, unless someone named holds it as a role.
            None if epithet.is_some() => np
                .role
                .as_deref()
                .and_then(|role| entities.holder_before(role, source.start))
                .or_else(|| {
                    entities.epithet_person(
                        doc,
                        source.start,
                        statement.sentence,
                        epithet.flatten(),
                    )
                })
                .or_else(|| (np.nominal || !np.name.is_empty()).then(|| entities.entity_for(&np))),
            None if np.name.is_empty() && !np.nominal => None,
            // A lone title word that is a named person's surname is that surname: "King
            // says" after "Billie Jean King".
            None if np.nominal && entities.is_surname(&np.text) => {
                np.name = [std::mem::take(&mut np.text)].into();
                np.nominal = false;
                np.role = None;
                Some(entities.entity_for(&np))
            }
            None if body.is_some() => body,
            None if issuer.is_some() => issuer,
            // ("The mayor of Chamonix, Eric Fournier, speaking to reporters, said": the
            // person named in apposition to the role.)
            None if appositive.is_some() => appositive.map(|person| entities.entity_for(&person)),
            // "the Italian said", "the Frenchman said": a nationality standing for someone
            // named before, as "the 24-year-old" does.
            None if nationality.is_some() => entities
                .aged_person_before(
                    doc,
                    source.start,
                    statement.sentence,
                    nationality.flatten(),
                    nationality_country(doc.word(source.start + 1 + aged)),
                )
                .or_else(|| Some(entities.entity_for(&np))),
            // "The 24-year-old said": someone named before.
            // (Not "A 34-year-old mother of three said": someone new.)
            None if np.nominal
                && !np.plural
                && np.text.contains("-year-old")
                && !matches!(doc.lower(source.start), "a" | "an") =>
            {
                // (The head noun: "the 34-year-old mother of three".)
                let head = np.text.split(" of ").next().unwrap_or_default();
                let noun = head.rsplit(' ').next().unwrap_or_default();
                // (A relation's gender from the titles: "mother", "son"; or the plain nouns.)
                let titled = lexicon::lexicon()
                    .titles
                    .get(noun)
                    .and_then(|titles| titles.iter().find(|t| t.words.len() == 1))
                    .and_then(|title| title.gender);
                let gender = titled.or(match noun {
                    "woman" | "girl" => Some(lexicon::Gender::Female),
                    "man" | "boy" => Some(lexicon::Gender::Male),
                    _ => np.gender,
                });
                entities
                    .aged_person_before(doc, source.start, statement.sentence, gender, None)
                    .or_else(|| Some(entities.entity_for(&np)))
            }
            // "the two", "both men": the pair named last.
            None if np.nominal && names_a_pair(&np.text) => {
                match entities.latest_pair(source.start, statement.sentence) {
                    Some(pair) => Some(pair),
                    None => Some(entities.entity_for(&np)),
                }
            }
            // "the people said" after "people familiar with the plans", "the officials" after
            // "two senior officials": a group (or one person) by its bare noun is the one that
            // spoke last with that noun.
            None if spoke_as.is_some() => spoke_as,
            // "the governor", "Governor": the one named person who holds that role.
            // (Not the second of two roles: "the former first lady and senator".)
            None if np.nominal
                && names_a_holder(&np.text)
                && !(source.start > 0 && doc.lower(source.start - 1) == "and") =>
            {
                np.role
                    .as_deref()
                    .and_then(|role| entities.holder_before(role, source.start))
                    .filter(|&holder| {
                        !entities::owned_by_pronoun(&np.text)
                            || entities.named_after(doc, holder, &np.text, source.start)
                    })
                    .or_else(|| Some(entities.entity_for(&np)))
            }
            // ("A spokeswoman for the police said ... She added": someone new in a role, whom
            // a later "he" or "she" may stand for. A definite one is someone named, or not
            // told: "The front-runner and former secretary of state said".)
            // ("One former waiter said he had not been paid": so is someone named by what
            // they do, who says "he" or "she" of themselves.)
            None if np.nominal
                && !np.plural
                && np.name.is_empty()
                && (np.role.is_some() || self_described(doc, &np, statement).is_some())
                && np.tokens.start < doc.tokens.len()
                && matches!(doc.lower(np.tokens.start), "a" | "an" | "one" | "another") =>
            {
                let mut person = np.clone();
                person.kind = Some(SpeakerKind::Person);
                person.gender = person
                    .gender
                    .or(self_described(doc, &np, statement).flatten());
                Some(entities.entity_for(&person))
            }
            None => Some(entities.entity_for(&np)),
        };
        entity_of[index] = entity;
        // "Agrivo said it would appeal": a single name of unknown kind that reports its own
        // plans as "it" is a body.
        if let Some(entity) = entity.filter(|_| {
            np.name.len() == 1 && np.pronoun.is_none() && reports_own_plans(doc, statement)
        }) {
            let e = &mut entities.entities[entity];
            let first_name = lexicon::lexicon()
                .first_names
                .contains_key(&e.name[0].to_lowercase());
            if e.kind == SpeakerKind::Unknown && e.name.len() == 1 && !first_name {
                e.kind = SpeakerKind::Organization;
                e.it_body = true;
            }
        }
        if let Some(entity) = entity {
            // ("“...,” he said. “...,” she said.": whom "he" stood for is a man, whom a later
            // "she" does not stand for, though no first name told.)
            let gender = &mut entities.entities[entity].gender;
            match np.pronoun {
                Some(Pronoun::He) => *gender = gender.or(Some(lexicon::Gender::Male)),
                Some(Pronoun::She) => *gender = gender.or(Some(lexicon::Gender::Female)),
                _ => {}
            }
            entities.entities[entity].spoke = true;
            entities.speaking.push(Mention {
                tokens: source.clone(),
                entity,
                sentence: statement.sentence,
                located: false,
                possessive: false,
                owns_role: false,
            });
        }
    }
    headline_quote_speakers(doc, found, &named, &mut entity_of, &mut entities);
    // Every mention of each entity, for the speakers' mention lists.
    let mut mentions_of: Map<usize, Vec<std::ops::Range<usize>>> = Map::default();
    // (Only speakers' mentions are listed: most entities say nothing.)
    for m in entities.mentions.iter().chain(&entities.speaking) {
        if !entities.entities[m.entity].spoke {
            continue;
        }
        let range = doc.tokens[m.tokens.start].start()..doc.tokens[m.tokens.end - 1].end();
        mentions_of.entry(m.entity).or_default().push(range);
    }
    // Speakers are the entities that say something, in order of their first statement.
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut speaker_index: Map<usize, usize> = Map::default();
    let mut used_ids: Map<String, usize> = Map::default();
    for entity in entity_of.iter().flatten() {
        if speaker_index.contains_key(entity) {
            continue;
        }
        let e = &entities.entities[*entity];
        let name = if e.name.is_empty() {
            e.role
                .clone()
                .unwrap_or_else(|| "unnamed source".to_string())
        } else {
            e.display_name()
        };
        let mut id = slug(&name);
        let count = used_ids.entry(id.clone()).or_insert(0);
        *count += 1;
        if *count > 1 {
            id = format!("{id}-{count}");
        }
        // (One mention inside another is the same one read twice: "European Commission
        // spokesman Karl Lund" and "spokesman Karl Lund" in it; the longer one is kept.)
        let mut mentions = mentions_of.remove(entity).unwrap_or_default();
        mentions.sort_unstable_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        let mut reached = 0;
        mentions.retain(|m| {
            let outside = m.end > reached;
            reached = reached.max(m.end);
            outside
        });
        speaker_index.insert(*entity, speakers.len());
        // ("a lawyer representing the family", "the head of the dockers union": one holder of
        // a person's role is a person, though nothing else is told.)
        let role_head = e
            .role
            .as_deref()
            .and_then(|r| r.rsplit(' ').next())
            .unwrap_or("");
        let holder = e.kind == SpeakerKind::Unknown
            && !e.plural
            && !e.thing
            && !role_head.is_empty()
            && !role_head.ends_with('s')
            && {
                let head = role_head.to_lowercase();
                !entities::is_document_noun(&head) && !entities::is_body_noun(&head)
            }
            // (Not a body whose name ends on a title word: "Citizens for Tax Justice".)
            && !(role_head.starts_with(char::is_uppercase) && name.ends_with(role_head))
            // (The role heads the phrase: not "official data".)
            && {
                let words: Vec<&str> = name.split(' ').collect();
                let at = words.iter().rposition(|w| {
                    entities::strip_possessive(w).eq_ignore_ascii_case(role_head)
                });
                at.is_some_and(|at| {
                    words.get(at + 1).is_none_or(|next| {
                        matches!(*next, "of" | "for" | "at" | "from" | "in" | "with" | "to" | "who")
                            || next.ends_with("ing")
                    })
                })
            };
        speakers.push(Speaker {
            id,
            name,
            kind: if holder { SpeakerKind::Person } else { e.kind },
            role: e.role.as_deref().map(spelled_out),
            affiliation: e.affiliation.as_deref().map(|affiliation| {
                // ("Federation president Ole Lund" after "the Norwegian Chess Federation": a
                // body's last word alone is the one body the text names with it.)
                // (Not an acronym, and the body's name ends on the word: "Senate" is not the
                // "Senate Democrats".)
                let whole = (!affiliation.contains(' ')
                    && affiliation.bytes().any(|b| b.is_ascii_lowercase())
                    && entities::is_org_word(affiliation))
                .then(|| entities.body_named_by(affiliation))
                .flatten()
                .filter(|&body| {
                    let name = &entities.entities[body].name;
                    name.last().is_some_and(|w| w == affiliation)
                        // ("The Chicago Teachers Union" opening a sentence: its article
                        // before two words of its own.)
                        && (name[0] != "The" || name.len() >= 4)
                        && !matches!(name[0].as_str(), "Democratic" | "Republican")
                        && !name.iter().any(|w| w == "and")
                });
                whole.map_or_else(
                    || affiliation.to_string(),
                    |body| entities.entities[body].display_name(),
                )
            }),
            mentions: mentions.into_iter().map(|m| offsets.span(m)).collect(),
        });
    }
    let speaker_of = entity_of
        .iter()
        .map(|e| e.and_then(|e| speaker_index.get(&e).copied()))
        .collect();
    (speakers, speaker_of)
}

/// A stable id from a name: lower-case ASCII letters and digits joined by hyphens.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            c => c,
        };
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    if out.is_empty() {
        "speaker".to_string()
    } else {
        out
    }
}

fn build_statements(
    doc: &Doc,
    found: &[Found],
    speakers: &[Speaker],
    speaker_of: &[Option<usize>],
    offsets: &Offsets,
) -> Vec<Statement> {
    found
        .iter()
        .enumerate()
        .map(|(index, f)| {
            let envelope = f.envelope();
            let token_span = |r: &std::ops::Range<usize>| {
                doc.tokens[r.start].start()..doc.tokens[r.end - 1].end()
            };
            Statement {
                // (Set by the caller, which has them made already.)
                id: String::new(),
                kind: f.kind,
                speaker: speaker_of[index].map(|s| speakers[s].id.clone()),
                source: f.source.as_ref().map(|s| offsets.span(token_span(s))),
                cue: f.cue.as_ref().map(|c| offsets.span(token_span(c))),
                content: offsets.span(envelope),
                fragments: if f.pieces.len() > 1 {
                    f.pieces.iter().map(|p| offsets.span(p.clone())).collect()
                } else {
                    Vec::new()
                },
                continues: f.continues.filter(|_| !f.separate).map(statement_id),
                issues: Vec::new(),
                paragraph: f.paragraph,
            }
        })
        .collect()
}

/// The id of the statement at this index: "s1", "s2", ... (written without the formatting
/// machinery: it runs for every statement).
fn statement_id(index: usize) -> String {
    let mut digits = [0u8; 20];
    let mut n = index + 1;
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let mut id = String::with_capacity(1 + digits.len() - at);
    id.push('s');
    id.extend(digits[at..].iter().map(|&d| d as char));
    id
}

/// Cuts each paragraph into flat runs at every statement and source boundary.
/// (From the statements as found, with their ids: the speakers are not needed.)
fn build_runs(doc: &Doc, found: &[Found], ids: &[String], offsets: &Offsets) -> Vec<Run> {
    // Boundaries in code points; statements' pieces and sources.
    // (start, end, statement, is_source)
    let mut covers: Vec<(usize, usize, usize, bool)> = Vec::with_capacity(found.len() * 2);
    for (index, statement) in found.iter().enumerate() {
        for piece in &statement.pieces {
            covers.push((
                offsets.char_at(piece.start),
                offsets.char_at(piece.end),
                index,
                false,
            ));
        }
        if let Some(source) = &statement.source {
            let (start, end) = (
                doc.tokens[source.start].start(),
                doc.tokens[source.end - 1].end(),
            );
            covers.push((offsets.char_at(start), offsets.char_at(end), index, true));
        }
    }
    // Every piece lies within one paragraph: placed by paragraph (in statement order within
    // one, a counting sort), each paragraph's pieces are one slice of them.
    let starts: Vec<usize> = doc
        .paragraphs
        .iter()
        .map(|p| offsets.char_at(p.start))
        .collect();
    let paragraph_of =
        |c: &(usize, usize, usize, bool)| starts.partition_point(|&s| s <= c.0).saturating_sub(1);
    // first[p]..first[p + 1]: where paragraph p's pieces go.
    let mut first = vec![0; doc.paragraphs.len() + 1];
    for c in &covers {
        first[paragraph_of(c) + 1] += 1;
    }
    for p in 1..first.len() {
        first[p] += first[p - 1];
    }
    let mut placed = vec![(0, 0, 0, false); covers.len()];
    let mut next = first.clone();
    for c in covers {
        let p = paragraph_of(&c);
        placed[next[p]] = c;
        next[p] += 1;
    }
    // (Each piece adds at most two cuts, so at most two runs, to its paragraph's one.)
    let mut runs = Vec::with_capacity(doc.paragraphs.len() + placed.len() * 2);
    let mut cuts = Vec::new();
    let (mut by_start, mut active) = (Vec::new(), Vec::new());
    let (mut slot, mut at) = (Vec::new(), Vec::new());
    for (paragraph, range) in doc.paragraphs.iter().enumerate() {
        let p_start = starts[paragraph];
        let p_end = offsets.char_at(range.end);
        let inside = &placed[first[paragraph]..first[paragraph + 1]];
        cuts.clear();
        cuts.extend([p_start, p_end]);
        for c in inside {
            cuts.push(c.0.clamp(p_start, p_end));
            cuts.push(c.1.clamp(p_start, p_end));
        }
        cuts.sort_unstable();
        cuts.dedup();
        // Code points back to bytes for the runs' text, walking the paragraph once (the cuts
        // are in order).
        // (In an ASCII paragraph, code points are bytes.)
        let ascii = doc.text[range.clone()].is_ascii();
        let mut chars = doc.text[range.clone()].char_indices().map(|(b, _)| b);
        let mut at_char = p_start;
        let mut byte_of = |char_offset: usize| {
            if ascii {
                return range.start + (char_offset - p_start);
            }
            let skip = char_offset - at_char;
            at_char = char_offset;
            if skip == 0 {
                chars.clone().next()
            } else {
                chars.nth(skip - 1);
                chars.clone().next()
            }
            .map_or(range.end, |b| range.start + b)
        };
        let mut start_byte = byte_of(p_start);
        // The pieces covering each run, swept in order of their starts: a paragraph with
        // thousands of statements (a long text without line breaks) is not read once a run.
        // Every piece's ends are cuts, so one that starts at or before a run and ends after
        // its start covers it.
        // (Each piece starts at a cut: the pieces are placed by that cut, a counting sort, as
        // they were by paragraph above; no sort of their own in the wasm.)
        // (Placed, `slot[cut]` is where the pieces starting at the next cut begin.)
        slot.clear();
        slot.resize(cuts.len() + 1, 0);
        at.clear();
        at.extend(inside.iter().map(|c| cuts.partition_point(|&x| x < c.0)));
        for &cut in &at {
            slot[cut + 1] += 1;
        }
        for k in 1..slot.len() {
            slot[k] += slot[k - 1];
        }
        by_start.clear();
        by_start.resize(inside.len(), 0);
        for (k, &cut) in at.iter().enumerate() {
            by_start[slot[cut]] = k;
            slot[cut] += 1;
        }
        active.clear();
        let mut from = 0;
        for (cut, pair) in cuts.windows(2).enumerate() {
            let (start, end) = (pair[0], pair[1]);
            let end_byte = byte_of(end);
            active.extend_from_slice(&by_start[from..slot[cut]]);
            from = slot[cut];
            active.retain(|&k| inside[k].1 > start);
            // (In the paragraph's order of pieces, as statements are numbered.)
            if active.len() > 1 {
                active.sort_unstable();
            }
            let mut statement_ids = Vec::new();
            let mut source_ids = Vec::new();
            for c in active.iter().map(|&k| &inside[k]) {
                let id = ids[c.2].clone();
                if c.3 {
                    source_ids.push(id);
                } else {
                    statement_ids.push(id);
                }
            }
            runs.push(Run {
                start,
                end,
                text: doc.text[start_byte..end_byte].to_string(),
                paragraph,
                statements: statement_ids,
                sources: source_ids,
            });
            start_byte = end_byte;
        }
    }
    runs
}

/// One row per statement: statement, speaker, role, affiliation, kind, cue, content, issues
/// (labels joined by "; "), paragraph. Shared by the CLI and the app's CSV export.
pub fn csv_rows(analysis: &Analysis) -> Vec<Vec<String>> {
    analysis
        .statements
        .iter()
        .map(|statement| {
            let speaker = statement
                .speaker
                .as_deref()
                .and_then(|id| analysis.speaker(id));
            let labels = analysis.issue_labels(statement);
            vec![
                statement.id.clone(),
                speaker.map(|s| s.name.clone()).unwrap_or_default(),
                speaker.and_then(|s| s.role.clone()).unwrap_or_default(),
                speaker
                    .and_then(|s| s.affiliation.clone())
                    .unwrap_or_default(),
                statement.kind.as_str().to_string(),
                statement
                    .cue
                    .as_ref()
                    .map(|c| c.text.clone())
                    .unwrap_or_default(),
                statement.content.text.clone(),
                labels.join("; "),
                statement.paragraph.to_string(),
            ]
        })
        .collect()
}

/// Quotes a CSV field when it needs it (RFC 4180).
pub fn csv_field(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

/// The person a source's role is in apposition to, named right after it between commas: "The
/// mayor of Chamonix, Eric Fournier, speaking to reporters, said".
fn appositive_person(doc: &Doc, source: std::ops::Range<usize>) -> Option<entities::Np> {
    let comma = source.end;
    if comma + 3 >= doc.tokens.len() || !doc.is_punct(comma, ",") {
        return None;
    }
    let sentence_end = doc.tokens.len().min(comma + 8);
    let run = entities::capitalised_run(doc, comma + 1, sentence_end);
    if run.len() < 2 || run.end >= doc.tokens.len() || !doc.is_punct(run.end, ",") {
        return None;
    }
    // (Not a party's label: "Republican of New York".)
    if run.clone().any(|t| doc.lower(t) == "of") {
        return None;
    }
    let np = entities::parse_np(doc, run);
    (np.kind == Some(SpeakerKind::Person) && np.name.len() >= 2 && np.role.is_none()).then_some(np)
}

/// A nationality that stands for a person ("Italian", "Frenchman", "Dutchwoman") with the
/// gender it tells, if any; None for any other word.
pub(crate) fn nationality_gender(word: &str) -> Option<Option<lexicon::Gender>> {
    let lower = word.to_lowercase();
    // (One person: not "the Russians", "the Saudis".)
    if lower.ends_with('s') && lower != "swiss" {
        return None;
    }
    let demonyms = &lexicon::lexicon().demonyms;
    if let Some(stem) = lower.strip_suffix("woman") {
        return (!stem.is_empty()).then_some(Some(lexicon::Gender::Female));
    }
    if let Some(stem) = lower.strip_suffix("man") {
        let known = [
            "french", "dutch", "english", "welsh", "irish", "scots", "swiss",
        ];
        // (Not "German", "Omani": a people whose name ends so.)
        if known.contains(&stem) {
            return Some(Some(lexicon::Gender::Male));
        }
    }
    (demonyms.contains_key(lower.as_str())
        || matches!(
            lower.as_str(),
            "spaniard" | "swede" | "dane" | "finn" | "pole" | "scot"
        ))
    .then_some(None)
}

/// The country a nationality standing for a person names ("Swede" -> Sweden, "Frenchman"
/// -> France), if the lexicon knows it.
pub(crate) fn nationality_country(word: &str) -> Option<usize> {
    let lower = word.to_lowercase();
    let demonym = match lower.as_str() {
        "spaniard" => "spanish",
        "swede" => "swedish",
        "dane" => "danish",
        "finn" => "finnish",
        "pole" => "polish",
        "scot" => "scottish",
        _ => lower
            .strip_suffix("woman")
            .or_else(|| lower.strip_suffix("man").filter(|stem| stem.len() > 3))
            .unwrap_or(&lower),
    };
    lexicon::lexicon().demonyms.get(demonym).copied()
}

/// "Coach defends tactics: ‘I’d do it again’" over "“I’d do it again,” the Portuguese told
/// reporters": a quotation in the headline whose source names no one (a role, a pronoun, or
/// none) is said by whoever says the same words in the article.
fn headline_quote_speakers(
    doc: &Doc,
    found: &[Found],
    named: &[bool],
    entity_of: &mut [Option<usize>],
    entities: &mut Entities,
) {
    let words = |bytes: std::ops::Range<usize>| text::letters_lower(&doc.text[bytes]);
    // (A headline is short: only its first few statements are looked at, which keeps the
    // pass linear on a text of one line.)
    for index in 0..found.len().min(4) {
        let statement = &found[index];
        if statement.paragraph > 0 {
            break;
        }
        if statement.kind != StatementKind::Direct || named[index] || statement.continues.is_some()
        {
            continue;
        }
        let quoted = words(statement.envelope());
        if quoted.chars().nth(9).is_none() {
            continue;
        }
        let said_by = found
            .iter()
            .zip(entity_of.iter())
            .skip(index + 1)
            .filter(|(body, _)| body.paragraph > 0)
            .find_map(|(body, &entity)| {
                entity.filter(|_| words(body.envelope()).contains(quoted.as_str()))
            });
        let Some(said_by) = said_by else {
            continue;
        };
        entity_of[index] = Some(said_by);
        if let Some(source) = &statement.source {
            for m in entities.speaking.iter_mut().filter(|m| m.tokens == *source) {
                m.entity = said_by;
            }
        }
    }
}

/// A word that news uses for a person named before, not for an office ("the forward", "the
/// actress", "the Republican"), with the gender it tells, if any; None for any other word.
fn epithet_gender(lower: &str) -> Option<Option<lexicon::Gender>> {
    match lower {
        "actress" => Some(Some(lexicon::Gender::Female)),
        // ("the pontiff said" after "Pope Leo XIV".)
        "pontiff" => Some(Some(lexicon::Gender::Male)),
        "monarch" => Some(None),
        "forward" | "striker" | "midfielder" | "defender" | "goalkeeper" | "winger"
        | "quarterback" | "pitcher" | "actor" | "singer" | "rapper" | "comedian" | "novelist"
        | "filmmaker" | "billionaire" | "tycoon" | "democrat" | "republican" => Some(None),
        _ => None,
    }
}

/// A role with its abbreviated titles written out, as a reader says them: "Gov." ->
/// "Governor", "Lt. Gov." -> "Lieutenant Governor", "Det. Sgt." -> "Detective Sergeant".
fn spelled_out(role: &str) -> String {
    const SHORT: &[(&str, &str)] = &[
        ("Gov.", "Governor"),
        ("Sen.", "Senator"),
        ("Rep.", "Representative"),
        ("Sgt.", "Sergeant"),
        ("Det.", "Detective"),
        ("Lt.", "Lieutenant"),
        ("Capt.", "Captain"),
        ("Gen.", "General"),
        ("Col.", "Colonel"),
        ("Maj.", "Major"),
        ("Adm.", "Admiral"),
        ("Cpl.", "Corporal"),
        ("Pvt.", "Private"),
        ("Cmdr.", "Commander"),
        ("Brig.", "Brigadier"),
        ("Insp.", "Inspector"),
        ("Supt.", "Superintendent"),
        ("Prof.", "Professor"),
        ("Prof", "Professor"),
        ("Cllr", "Councillor"),
        ("Cllr.", "Councillor"),
        ("Rev.", "Reverend"),
        ("Atty.", "Attorney"),
    ];
    role.split(' ')
        .map(|word| {
            SHORT
                .iter()
                .find(|(short, _)| *short == word)
                .map_or(word, |&(_, long)| long)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// "PENCE" -> "Pence", "O'NEILL" -> "O'neill" (close enough for a transcript label).
fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for (i, c) in word.chars().enumerate() {
        if i == 0 {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names and the statements found on two threads give what one thread gives.
    #[test]
    fn two_threads_give_what_one_gives() {
        let mut text = String::new();
        for (i, surname) in ["Blake", "Okafor", "Lindqvist", "Moreau", "Tanaka"]
            .iter()
            .cycle()
            .take(40)
            .enumerate()
        {
            text.push_str(&SEED_ARTICLE.replace("Blinken", surname));
            text.push_str(&format!("\n“Round {i} is over,” {surname} said.\n"));
        }
        assert!(text.len() > PARALLEL_BYTES);
        let one = analyze(
            &text,
            &Config {
                one_thread: true,
                ..Config::default()
            },
        );
        let two = analyze(&text, &Config::default());
        assert!(one.statements.len() > 400);
        assert_eq!(one, two);
    }
}
