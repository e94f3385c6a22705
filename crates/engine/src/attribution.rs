//! The rules that find statements: a cue (a speech verb, "according to", a colon, a dash), the
//! source it names, and the content it reports.
//!
//! Rules run sentence by sentence on the tokens outside quotations (the frame); quotations are
//! content, never frame, so speech reported inside a quotation stays part of it.

use std::ops::Range;

use crate::analysis::{SpeakerKind, StatementKind};
use crate::entities::{
    is_nominal_head, is_title_word, name_particle, pronoun, strip_possessive, title_at, Pronoun,
};
use crate::lexicon::{is_calendar_word, is_function_word, is_place_preposition, lexicon, VerbForm};
use crate::text::{Doc, TokenKind};

/// A statement as the rules find it, before speakers are resolved. Offsets are bytes.
#[derive(Debug, Clone)]
pub(crate) struct Found {
    pub kind: StatementKind,
    /// Content pieces in text order (one unless the cue interrupts the sentence).
    pub pieces: Vec<Range<usize>>,
    /// Tokens of the cue, or None for a continuation.
    pub cue: Option<Range<usize>>,
    /// Tokens of the source mention.
    pub source: Option<Range<usize>>,
    pub sentence: usize,
    pub paragraph: usize,
    /// Index (into the list of found statements) of the statement this one continues.
    pub continues: Option<usize>,
    /// A quotation opening a later paragraph with no cue: it shares the speaker of the
    /// statement in `continues` but is a statement of its own, not a piece of that one.
    pub separate: bool,
    /// For a relative "who" as the source: the name it stands for.
    pub refers_to: Option<Range<usize>>,
}

impl Found {
    /// A statement of its own (not a continuation), with its cue.
    fn cued(
        kind: StatementKind,
        pieces: Vec<Range<usize>>,
        cue: Range<usize>,
        source: Option<Range<usize>>,
        sentence: usize,
        paragraph: usize,
    ) -> Found {
        Found {
            kind,
            pieces,
            cue: Some(cue),
            source,
            sentence,
            paragraph,
            continues: None,
            separate: false,
            refers_to: None,
        }
    }

    pub fn envelope(&self) -> Range<usize> {
        self.pieces[0].start..self.pieces[self.pieces.len() - 1].end
    }
}

/// A speech verb in the frame of a sentence.
#[derive(Debug, Clone)]
struct Cue {
    /// First token of the cue including auxiliaries ("has" of "has hinted").
    start: usize,
    /// The verb's own tokens.
    verb: Range<usize>,
    form: Option<&'static VerbForm>,
    /// "according to".
    according: bool,
    /// A noun after a possessive ("Trump’s claim that"): the possessor speaks.
    owner: bool,
}

/// Finds every statement of the text, in text order.
/// `progress` hears (sentences done, sentences) now and then.
pub(crate) fn find_statements(doc: &Doc, progress: &mut dyn FnMut(usize, usize)) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    // A transcript has several speakers' lines; one "UPDATE:" makes none.
    let transcript = doc
        .sentences
        .iter()
        .filter(|s| transcript_label(doc, s.tokens.clone()).is_some())
        .take(2)
        .count()
        == 2;
    let mixed = mixed_transcript_speakers(doc);
    let (interview, answers) = match interview(doc) {
        Some(labelled) => (Some(labelled), Vec::new()),
        None => match plain_interview(doc) {
            Some((who, answers)) => (Some(Some(who)), answers),
            None => (None, Vec::new()),
        },
    };
    for (index, sentence) in doc.sentences.iter().enumerate() {
        if index % 512 == 0 {
            progress(index, doc.sentences.len());
        }
        let range = sentence.tokens.clone();
        let before = found.len();
        let cues = find_cues(doc, range.clone());
        // Only cues that introduce a statement cut the content of the cue before them.
        let mut producing: Vec<(&Cue, Option<Found>)> = cues
            .iter()
            .filter_map(|cue| {
                attribute(doc, cue, range.clone(), None, index).map(|f| (cue, Some(f)))
            })
            .collect();
        for k in 0..producing.len() {
            let cue = producing[k].0;
            // The next cue ends this one's content only when it starts a new part of the
            // sentence (", saying", ", with X saying", ", according to", "; Y said"); a cue
            // inside reported words ("said that Y described ...") belongs to them.
            let next_frame = producing
                .get(k + 1)
                .map(|(c, _)| frame_start(doc, c, range.start))
                .filter(|&start| starts_new_part(doc, start, range.start));
            let statement = match next_frame {
                None => producing[k].1.take(),
                Some(_) => attribute(doc, cue, range.clone(), next_frame, index),
            };
            if let Some(statement) = statement {
                // A second cue reporting the same words ("..., he said, adding") adds nothing.
                let envelope = statement.envelope();
                // A quotation first taken for a continuation gets its own cue in the next
                // sentence (“Is it a show?” Lena Ortiz said.): the cue wins, in place.
                // (Only the statement just before can be it: a look back of one keeps the
                // pass linear.)
                let uncued = before
                    .checked_sub(1)
                    .filter(|&p| found[p].cue.is_none() && found[p].envelope() == envelope);
                // A trailing attribution reports the whole clause before it, speech verbs
                // included: "Clinton had told officials that ..., the source added." The
                // statements inside its words are part of them.
                // (Not "according to" after a quotation with a cue of its own: in "“...,” Ada
                // Wren told members, according to a recording." the recording is where the
                // words were heard, Ada Wren who said them.)
                let quoted_inside = |cue: &Range<usize>| {
                    lower(doc, cue.start) == "according"
                        && found[before..].iter().any(|f| {
                            f.kind == StatementKind::Direct
                                && f.cue.is_some()
                                && f.source.is_some()
                                && overlaps(&f.envelope(), &envelope)
                        })
                };
                // (Not a second cue for the very words another reported: "“...,” said Ada
                // Wren, who wrote about him for a magazine.")
                let trailing = statement.cue.as_ref().is_some_and(|cue| {
                    !quoted_inside(cue)
                        && !found[before..].iter().any(|f| f.envelope() == envelope)
                        && trailing_attribution(doc, &statement, cue, range.end)
                        && found[before..].iter().all(|f| {
                            let inner = f.envelope();
                            !overlaps(&inner, &envelope)
                                || inner.start >= envelope.start
                                    && inner.end <= envelope.end
                                    && f.cue
                                        .as_ref()
                                        .is_some_and(|c| doc.tokens[c.start].start() < envelope.end)
                        })
                });
                // (Or its last part, reopened in a paragraph of its own, gets a cue there: the
                // continuation keeps the parts before.)
                let reopened = before.checked_sub(1).filter(|&p| {
                    let prior = found[p].envelope();
                    found[p].cue.is_none()
                        && prior.start < envelope.start
                        && prior.end >= envelope.end
                        && found[p].pieces.iter().any(|r| r.end <= envelope.start)
                });
                if let Some(prior) = uncued {
                    found[prior] = statement;
                } else if let Some(prior) = reopened {
                    found[prior].pieces.retain(|r| r.end <= envelope.start);
                    found.push(statement);
                } else if trailing {
                    let mut k = before;
                    while k < found.len() {
                        if overlaps(&found[k].envelope(), &envelope) {
                            found.remove(k);
                        } else {
                            k += 1;
                        }
                    }
                    found.push(statement);
                } else if !found[before..].iter().any(|f| {
                    overlaps(&f.envelope(), &envelope)
                        // ("Asked whether she would complain, Ana shrugged": a cue inside
                        // words already reported is part of them.)
                        || statement.cue.as_ref().is_some_and(|c| {
                            let at = doc.tokens[c.start].start();
                            f.envelope().contains(&at)
                        })
                }) {
                    found.push(statement);
                }
            }
        }
        // "their chants of “Ted! Ted!”", "to cries of “Lock her up!”": what a crowd shouts.
        for statement in chanted_quotations(doc, range.clone(), index) {
            let envelope = statement.envelope();
            if !found[before..]
                .iter()
                .any(|f| overlaps(&f.envelope(), &envelope))
            {
                found.push(statement);
            }
        }
        // ("Asked which county he liked, he demurred: “...”": also after another statement.)
        if let Some(statement) = verb_colon_quotation(doc, range.clone(), index) {
            let envelope = statement.envelope();
            if !found[before..]
                .iter()
                .any(|f| overlaps(&f.envelope(), &envelope))
            {
                found.push(statement);
            }
        }
        if found.len() == before {
            // ("Clinton: 547." is a tally, not words.)
            if let Some(statement) = dash_or_colon_headline(doc, range.clone(), index)
                .filter(|statement| has_words(doc, statement))
            {
                found.push(statement);
            }
        }
        // A quotation standing as its own paragraph, signed in the next: "“...”" / "- Ellis."
        // The signature replaces the continuation the quotation was first taken for.
        if found.len() == before {
            if let Some(statement) = signed_quotation(doc, range.clone(), index) {
                let envelope = statement.envelope();
                match found.last_mut() {
                    Some(last) if last.envelope() == envelope && last.cue.is_none() => {
                        *last = statement
                    }
                    Some(last) if overlaps(&last.envelope(), &envelope) => {}
                    _ => found.push(statement),
                }
            }
        }
        if found.len() == before {
            if let Some(statement) = gesture_quotation(doc, range.clone(), index) {
                found.push(statement);
            }
        }
        if found.len() == before && (transcript || !mixed.is_empty() || interview.is_some()) {
            let labels = Labels {
                mixed: &mixed,
                interview: interview.as_ref(),
                answers: &answers,
            };
            if let Some(statement) = transcript_line(doc, range.clone(), index, &found, &labels)
                .filter(|statement| has_words(doc, statement))
            {
                found.push(statement);
            }
        }
        if found.len() == before {
            if let Some(statement) = continuation(doc, range.clone(), index, &found) {
                // A quotation that a colon introduction already reported is not continued.
                let envelope = statement.envelope();
                if !found
                    .iter()
                    .rev()
                    .take(3)
                    .any(|f| overlaps(&f.envelope(), &envelope))
                {
                    found.push(statement);
                }
            }
        }
        // A colon introduction: "He told reporters:" and the quotation in the next paragraph.
        if found.len() == before && range.end > range.start && doc.is_punct(range.end - 1, ":") {
            if let Some(statement) = colon_introduction(doc, &cues, range.clone(), index) {
                found.push(statement);
            }
        }
    }
    headline_quotes_said_below(doc, &mut found);
    // Text order; `continues` refers to positions, so it is mapped through the sort.
    let mut order: Vec<usize> = (0..found.len()).collect();
    order.sort_unstable_by_key(|&i| (found[i].pieces[0].start, i));
    let mut position = vec![0; found.len()];
    for (new, &old) in order.iter().enumerate() {
        position[old] = new;
    }
    let mut slots: Vec<Option<Found>> = found.into_iter().map(Some).collect();
    let mut sorted: Vec<Found> = order.iter().filter_map(|&i| slots[i].take()).collect();
    for statement in &mut sorted {
        statement.continues = statement.continues.map(|parent| position[parent]);
    }
    sorted
}

/// "‘It’s like living in a sauna’: Tenants sue landlord" over "“It’s like living in a
/// sauna,” said Denise Cortez": a quotation before a colon in the headline, with no cue of
/// its own, is a statement when the article reports the same words below (whose speaker
/// `headline_quote_speakers` gives it).
fn headline_quotes_said_below(doc: &Doc, found: &mut Vec<Found>) {
    let headline_end = doc
        .sentences
        .iter()
        .position(|s| doc.tokens[s.tokens.start].paragraph() > 0)
        .unwrap_or(doc.sentences.len());
    // (A headline is short: a text of one line has no body to look in, and only the first
    // few quotations are looked at, which keeps the pass linear.)
    if headline_end == doc.sentences.len() {
        return;
    }
    let headline = doc
        .quotes
        .iter()
        .take_while(|q| doc.tokens[q.open_token].paragraph() == 0)
        .take(4);
    for quote in headline {
        let Some(close) = quote.close_token else {
            continue;
        };
        if close + 1 >= doc.tokens.len()
            || !doc.is_punct(close + 1, ":")
            || found
                .iter()
                .any(|f| overlaps(&f.envelope(), &quote.pieces[0]))
        {
            continue;
        }
        let words = crate::text::letters_lower(&doc.text[quote.pieces[0].clone()]);
        if words.chars().nth(9).is_none() {
            continue;
        }
        let said_below = found.iter().any(|f| {
            f.paragraph > 0
                && f.kind != StatementKind::Indirect
                && crate::text::letters_lower(&doc.text[f.envelope()]).contains(words.as_str())
        });
        let sentence =
            (0..headline_end).find(|&s| doc.sentences[s].tokens.contains(&quote.open_token));
        if let Some(sentence) = sentence.filter(|_| said_below) {
            found.push(Found::cued(
                StatementKind::Direct,
                quote.pieces.clone(),
                close + 1..close + 2,
                None,
                sentence,
                0,
            ));
        }
    }
}

/// Has the statement a letter in its words?
fn has_words(doc: &Doc, statement: &Found) -> bool {
    statement
        .pieces
        .iter()
        .any(|piece| doc.text[piece.clone()].chars().any(char::is_alphabetic))
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

fn lower<'d>(doc: &'d Doc, token: usize) -> &'d str {
    doc.lower(token)
}

/// Does this speech verb form stand at `t`, all its words, before `end` ("going on", not
/// "going" alone)?
/// Do all the words of `form` stand from `t`? Its first word is the one the form was looked
/// up by (`Lexicon::forms`), so only the rest are compared.
fn form_at(doc: &Doc, form: &VerbForm, t: usize, end: usize) -> bool {
    t + form.words.len() <= end
        && is_frame_word(doc, t)
        && form.words[1..]
            .iter()
            .enumerate()
            .all(|(k, word)| is_frame_word(doc, t + 1 + k) && lower(doc, t + 1 + k) == word)
}

/// The length of "quoted by <agent> as saying" at `t` (the agent a few words: "Reuters",
/// "state media", "the Interfax news agency"), when it stands there before `end`.
fn quoted_by_as_saying(doc: &Doc, t: usize, end: usize) -> Option<usize> {
    if t + 4 >= end || !is_frame_word(doc, t + 1) || lower(doc, t + 1) != "by" {
        return None;
    }
    let as_at = (t + 3..end.min(t + 9))
        .take_while(|&u| is_frame_word(doc, u))
        .find(|&u| lower(doc, u) == "as")?;
    (as_at + 1 < end && is_frame_word(doc, as_at + 1) && lower(doc, as_at + 1) == "saying")
        .then_some(as_at + 2 - t)
}

fn is_frame_word(doc: &Doc, token: usize) -> bool {
    doc.tokens[token].quote().is_none() && doc.tokens[token].kind() == TokenKind::Word
}

/// A finite auxiliary or modal: "has", "would", "was", "did".
fn is_finite_aux(word: &str) -> bool {
    matches!(
        word,
        "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "could"
            | "should"
            | "may"
            | "might"
            | "can"
            | "must"
            | "is"
            | "was"
            | "were"
            | "are"
            | "am"
            | "did"
            | "does"
            | "do"
    )
}

pub(crate) fn is_aux(word: &str) -> bool {
    is_finite_aux(word)
        || matches!(
            word,
            "be" | "been"
                | "being"
                | "also"
                | "then"
                | "later"
                | "further"
                | "previously"
                | "again"
                | "already"
                | "repeatedly"
                | "once"
                | "reportedly"
                | "allegedly"
                | "publicly"
                | "privately"
                | "recently"
                | "often"
                | "frequently"
                | "simply"
                | "bluntly"
                | "flatly"
                | "quickly"
                | "firmly"
                | "clearly"
                | "explicitly"
                | "openly"
                | "even"
                | "still"
                | "long"
                | "separately"
                | "first"
                | "initially"
                | "originally"
                | "finally"
                | "eventually"
                | "subsequently"
                | "ultimately"
                | "immediately"
                | "quietly"
                | "angrily"
                | "proudly"
                | "sharply"
                | "strongly"
                | "directly"
                | "specifically"
                | "personally"
                | "formally"
                | "officially"
                | "emphatically"
                | "candidly"
                | "jokingly"
        )
}

fn is_negation(word: &str) -> bool {
    matches!(
        word,
        "not" | "never" | "n't" | "no" | "neither" | "nor" | "cannot"
    ) || word.ends_with("n't")
        || word.ends_with("n\u{2019}t")
}

/// A subject pronoun with "is" or "are" run in: "he’s", "it's", "they’re".
fn is_subject_contraction(word: &str) -> bool {
    use crate::entities::Pronoun;
    (word.contains('’') || word.contains('\''))
        && matches!(
            pronoun(word),
            Some(Pronoun::He | Pronoun::She | Pronoun::It | Pronoun::They)
        )
}

fn is_be(word: &str) -> bool {
    matches!(
        word,
        "is" | "was" | "were" | "are" | "am" | "be" | "been" | "being"
    )
}

/// A speech verb's form right before another speech verb that agrees with it as its subject
/// is a noun, the head of that subject: "The AP report says", "Media reports said", "news
/// reports say". A verb is never followed by a finite verb, but a noun in -s may be its
/// object ("officials report claims of ..."): a plural, a pronoun, "to" or an auxiliary before
/// the bare form keeps it a verb then.
fn heads_subject(doc: &Doc, t: usize, range: Range<usize>) -> bool {
    if !is_frame_word(doc, t) || t + 1 >= range.end || !is_frame_word(doc, t + 1) {
        return false;
    }
    let lex = lexicon();
    let (word, next) = (lower(doc, t), lower(doc, t + 1));
    // (A bare form that is mostly a noun is the verb here: "Two reports state that".)
    let next_forms = lex.verbs.get(next).map(Vec::as_slice).or_else(|| {
        lex.noun_first
            .get(next)
            .filter(|_| !next.ends_with('s'))
            .map(std::slice::from_ref)
    });
    let (Some(forms), Some(next_forms)) = (lex.verbs.get(word), next_forms) else {
        return false;
    };
    let Some(form) = forms.iter().find(|f| f.words.len() == 1) else {
        return false;
    };
    // (Of the forms in -s, only some are also plural nouns: "says praise" is a verb and its
    // object.)
    let plural = is_plural_noun_form(word);
    let prev = if t > range.start {
        lower(doc, t - 1)
    } else {
        ""
    };
    let keeps_verb = is_aux(prev)
        || matches!(prev, "to" | "they" | "we" | "i" | "you" | "he" | "she" | "it" | "who" | "not")
        // ("claims alleged fraud": an adjective.)
        || next == "alleged";
    let agrees = next_forms.iter().any(|f| {
        let finite = f.words.len() == 1 && !f.participle;
        let ends_s = !f.bare && next.ends_with('s');
        finite
            && if form.bare {
                // "report says" (a noun in -s may also be an object: see above), "report said".
                !(f.bare || ends_s && prev.ends_with('s'))
            } else {
                // "reports say", "reports said".
                plural && !ends_s
            }
    });
    (form.bare || plural) && agrees && !keeps_verb
}

/// A word after which a form that is mostly a noun ("states") is the verb: a document, a
/// pronoun, an adverb.
fn states_subject(word: &str) -> bool {
    names_a_message(word)
        || matches!(
            word,
            "it" | "he"
                | "she"
                | "which"
                | "that"
                | "also"
                | "clearly"
                | "explicitly"
                | "law"
                | "bill"
                | "rule"
                | "policy"
                | "constitution"
                | "section"
                | "article"
                | "provision"
                | "document"
                | "complaint"
                | "lawsuit"
                | "filing"
                | "order"
                | "ruling"
                | "agreement"
                | "website"
                | "study"
        )
}

/// "seized on Trump’s claim that ...": the possessor of a speech verb's noun, and the clause
/// after "that". Only where the noun phrase does not open the clause: in "Ada Wren’s claim
/// that the pier is safe is false" the clause runs into the sentence's own verb.
fn owner_report(
    doc: &Doc,
    cue: &Cue,
    range: Range<usize>,
    end: usize,
) -> Option<(Vec<Range<usize>>, Range<usize>)> {
    let last = cue.start - 1;
    let mut first = last;
    if doc.is_capitalised(last) {
        while first > range.start && is_frame_word(doc, first - 1) && doc.is_capitalised(first - 1)
        {
            first -= 1;
        }
        // (The sentence's first word is capitalised anyway: "Politifact seized on ..." is no
        // name with the possessor.)
        while first < last && first == range.start && !doc.is_capitalised(first + 1) {
            first += 1;
        }
    } else {
        first = (last.saturating_sub(3).max(range.start)..last)
            .rev()
            .find(|&t| is_frame_word(doc, t) && matches!(lower(doc, t), "the" | "a" | "an"))?;
    }
    if leading_connectives(doc, range.start, first) == first {
        return None;
    }
    let (pieces, _) = clause_after(doc, cue, cue.verb.end, end)?;
    Some((pieces, first..last + 1))
}

/// A speech verb's form in -s that is also a plural noun: "reports", "claims".
fn is_plural_noun_form(word: &str) -> bool {
    matches!(
        word,
        "reports"
            | "claims"
            | "comments"
            | "notes"
            | "remarks"
            | "tweets"
            | "posts"
            | "replies"
            | "answers"
            | "promises"
    )
}

/// The light verb of "made the claim that", "repeated his bitter charges that": the token
/// of a verb that asserts what its object says, up to three words (a determiner, adjectives)
/// before the noun at `t`.
fn light_verb_before(doc: &Doc, t: usize, floor: usize) -> Option<usize> {
    let mut u = t;
    for _ in 0..4 {
        if u <= floor || !is_frame_word(doc, u - 1) || doc.is_capitalised(u - 1) {
            return None;
        }
        u -= 1;
        let w = lower(doc, u);
        if matches!(
            w,
            "made"
                | "make"
                | "makes"
                | "repeated"
                | "repeats"
                | "renewed"
                | "reiterated"
                | "leveled"
                | "levelled"
                | "issued"
        ) {
            // (Not an infinitive: in "prompted his wife to make a comment that ...", the one
            // who speaks is the object of another verb.)
            return (u == floor || lower(doc, u - 1) != "to").then_some(u);
        }
        let modifier = matches!(
            w,
            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "similar" | "similarly"
        ) || !is_function_word(w)
            && !lexicon().verbs.contains_key(w)
            && !matches!(w, "him" | "them" | "us" | "me" | "it" | "you");
        if !modifier {
            return None;
        }
    }
    None
}

/// A verb that only reports words: no listener, request or judgement ("stating", "saying").
fn plain_saying(form: &VerbForm) -> bool {
    let f = form.flags;
    !(f.object || f.request || f.judges || f.judges_as || f.complement || f.thing || f.to)
}

/// Speech verbs, "according to" and their auxiliaries, in the frame of a sentence.
fn find_cues(doc: &Doc, range: Range<usize>) -> Vec<Cue> {
    let lex = lexicon();
    let mut cues = Vec::new();
    let mut t = range.start;
    while t < range.end {
        if !is_frame_word(doc, t) {
            t += 1;
            continue;
        }
        let word = lower(doc, t);
        // "according to X" and "in the words of X" opening a sentence (inside one, it names
        // whose few words follow: "he was, in the words of an aide, ‘the torchbearer’").
        let according = if word == "according" && t + 1 < range.end && lower(doc, t + 1) == "to" {
            2
        } else if word == "in"
            && leading_connectives(doc, range.start, t + 1) == t
            && t + 4 < range.end
            && (t + 1..t + 4).all(|u| is_frame_word(doc, u))
            && lower(doc, t + 1) == "the"
            && lower(doc, t + 2) == "words"
            && lower(doc, t + 3) == "of"
        {
            4
        } else if word == "in"
            && leading_connectives(doc, range.start, t + 1) == t
            && t + 3 < range.end
            && (t + 1..t + 3).all(|u| is_frame_word(doc, u))
            && matches!(lower(doc, t + 1), "his" | "her" | "their")
            && lower(doc, t + 2) == "words"
            && doc.is_punct(t + 3, ",")
        {
            // "In her words, ...": the words' owner is inside the cue (see `attribute`).
            3
        } else {
            0
        };
        if according > 0 {
            cues.push(Cue {
                start: t,
                verb: t..t + according,
                form: None,
                according: true,
                owner: false,
            });
            t += according;
            continue;
        }
        // "states" is mostly the plural noun ("the Warsaw Pact states that joined", "swing
        // states that"): a verb only after a document, a pronoun or an adverb ("The law
        // states that", "a memo that states", "it clearly states").
        // (Looked up only for a word in -s that is no verb form: one lookup a word.)
        let noun_first = || {
            lex.noun_first.get(word).filter(|_| {
                t > range.start && {
                    let before = lower(doc, t - 1);
                    states_subject(before)
                        // (A bare form after a plural subject or "to": "the Saudis state
                        // in the white paper", "to state that".)
                        || !word.ends_with('s')
                            && is_frame_word(doc, t - 1)
                            && (matches!(before, "to" | "they" | "we" | "i" | "you")
                                || before.ends_with('s') && !before.ends_with("ss"))
                }
            })
        };
        let forms = lex.forms(word);
        // ("was quoted by Reuters as saying": the form with its agent inside.)
        let quoted_by = (word == "quoted")
            .then(|| quoted_by_as_saying(doc, t, range.end))
            .flatten();
        let form = match forms.iter().find(|form| {
            form_at(doc, form, t, range.end)
                || quoted_by.is_some() && form.words.len() == 3 && form.words[2] == "saying"
        }) {
            Some(form) => Some(form),
            None if forms.is_empty()
                && (word.ends_with('s') || lex.noun_first_bare.iter().any(|w| w == word)) =>
            {
                noun_first()
            }
            None => None,
        };
        let Some(form) = form else {
            t += 1;
            continue;
        };
        // Capitalised inside a sentence, it is part of a name ("the Washington Post"), except
        // in a headline, where every word is capitalised.
        if t > range.start
            && doc.is_capitalised(t)
            && doc.tokens[t].paragraph() > 0
            && !matches!(
                doc.tokens[t - 1].kind(),
                TokenKind::Open(_) | TokenKind::Close(_)
            )
            && !doc.is_punct(t - 1, ":")
        {
            t += 1;
            continue;
        }
        // A speech verb's noun before "that" may be the cue. After a light verb ("made the
        // claim that", "repeated his charges that") the two are the cue; after a possessive
        // ("Trump’s claim that", "the mayor's warning that") the possessor said what follows.
        let before_that = form.words.len() == 1 && t + 1 < range.end && lower(doc, t + 1) == "that";
        let noun_form = !form.participle && (form.bare || form.words[0].ends_with('s'));
        let possessed = t > range.start + 1
            && (form.bare || is_plural_noun_form(word) || matches!(word, "warning" | "warnings"))
            && is_frame_word(doc, t - 1)
            && (lower(doc, t - 1).ends_with("’s") || lower(doc, t - 1).ends_with("'s"))
            && !is_subject_contraction(lower(doc, t - 1));
        let noun_cue = if !before_that {
            None
        } else if let Some(light) = light_verb_before(doc, t, range.start).filter(|_| noun_form) {
            Some((light, false))
        } else {
            possessed.then_some((t, true))
        };
        if let Some((start, owner)) = noun_cue {
            cues.push(Cue {
                start,
                verb: t..t + 1,
                form: Some(form),
                according: false,
                owner,
            });
            t += 1;
            continue;
        }
        // After a determiner or a possessive, a bare form is a noun: "his home state", "the
        // report", "Clinton's call".
        let noun = form.bare
            && t > range.start
            && is_frame_word(doc, t - 1)
            && (matches!(
                lower(doc, t - 1),
                "the" | "his" | "her" | "its" | "their" | "our" | "my" | "your" | "this" | "home"
            ) || lower(doc, t - 1).ends_with("'s")
                || lower(doc, t - 1).ends_with("\u{2019}s")
                // ("New York state is shortchanging ...": after a singular name, "state"
                // does not agree; it is the noun.)
                || form.words[0] == "state"
                    && doc.is_capitalised(t - 1)
                    && !lower(doc, t - 1).ends_with('s'));
        // "ruled out", "ruled that out": another verb.
        let next =
            |k: usize| (t + k < range.end && is_frame_word(doc, t + k)).then(|| lower(doc, t + k));
        let phrasal = matches!(form.words[0].as_str(), "rule" | "ruled")
            && (next(1) == Some("out")
                || matches!(next(1), Some("that" | "it" | "this" | "them")) && next(2) == Some("out"))
            // "went on to win", "has gone on a tour": to go on doing something else.
            || form.words.len() == 2
                && form.words[1] == "on"
                && matches!(form.words[0].as_str(), "go" | "goes" | "went" | "going" | "gone")
                && match next(2) {
                    Some("to") => next(3).is_some_and(|w| {
                        matches!(
                            w,
                            "win" | "become" | "serve" | "lose" | "beat" | "defeat" | "lead"
                                | "play" | "earn" | "take" | "make" | "build" | "found" | "work"
                                | "run" | "join" | "star" | "marry" | "have" | "be" | "finish"
                        )
                    }),
                    // (But "went on the record", "went on that ...", "went on about".)
                    Some("that" | "about") => false,
                    Some(w) => !(matches!(w, "the" | "record") && next(3) == Some("record")),
                    None => false,
                }
            // "will insist on being ...": a demand for a thing, not words.
            || matches!(form.words[0].as_str(), "insist" | "insists" | "insisted" | "insisting")
                && matches!(next(1), Some("on" | "upon"))
                && next(2).is_some_and(|w| {
                    w.ends_with("ing") || matches!(w, "a" | "an" | "the" | "his" | "her" | "their")
                });
        // "pledged delegates": a participle that names a kind of delegate.
        // ("faced calls to resign", "ignored calls for", "rejected claims of": after a past
        // verb and before "to", "for" or "of", the noun.)
        let compound = form.words[0] == "pledged"
            && t + 1 < range.end
            && matches!(lower(doc, t + 1), "delegate" | "delegates")
            || matches!(form.words[0].as_str(), "calls" | "claims")
                && t > range.start
                && is_frame_word(doc, t - 1)
                && {
                    let before = lower(doc, t - 1);
                    before.len() > 4 && before.ends_with("ed")
                        || matches!(before, "face" | "faces" | "facing")
                }
                // (But "renewed calls for a truce" are the subject's own.)
                && light_verb_before(doc, t, range.start).is_none()
                && matches!(next(1), Some("to" | "for" | "of"));
        if noun || phrasal || compound || heads_subject(doc, t, range.clone()) {
            t += 1;
            continue;
        }
        let verb = t..t + quoted_by.unwrap_or(form.words.len());
        // A noun, not a verb: "a demand that", "the report", "his claims".
        let prev = (t > range.start).then(|| lower(doc, t - 1));
        // ("a letter that says": after "this" or "that", only a bare form is a noun.)
        let after_determiner = prev.is_some_and(|p| {
            matches!(p, "this" | "that") && form.bare
                || matches!(
                p,
                "a" | "an"
                    | "the"
                    | "these"
                    | "those"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "our"
                    | "my"
                    | "your"
                    | "whose"
                    | "any"
                    | "no"
                    | "every"
                    | "each"
                    | "such"
            ) || (p.ends_with("’s") || p.ends_with("'s"))
                && !is_subject_contraction(p)
                // "his past comments", "racist and sexist remarks": a form in -s after an
                // adjective that describes words is a plural noun (not "Daily News claims").
                // (But "media says": no noun.)
                || !form.bare
                    && form.words[0].ends_with('s')
                    && !doc.is_capitalised(t - 1)
                    && !matches!(form.words[0].as_str(), "says" | "insists" | "argues" | "warns")
                    && matches!(
                        p,
                        "past"
                            | "recent"
                            | "latest"
                            | "earlier"
                            | "previous"
                            | "prior"
                            | "repeated"
                            | "numerous"
                            | "various"
                            | "controversial"
                            | "inflammatory"
                            | "offensive"
                            | "racist"
                            | "sexist"
                            | "derogatory"
                            | "disparaging"
                            | "misleading"
                            | "false"
                            | "investigative"
                            | "media"
                            | "news"
                    )
                // ("an investigative report", "a news release": a bare form after a word
                // that cannot be its plural subject.)
                // (But "the media say": no noun.)
                || form.bare
                    && !doc.is_capitalised(t - 1)
                    && matches!(p, "investigative" | "media" | "news")
                    && !matches!(form.words[0].as_str(), "say" | "insist" | "argue" | "warn")
                // ("anti-Latino remarks", "pro-Trump comments")
                || form.words[0].ends_with('s')
                    && (p.starts_with("anti-") || p.starts_with("pro-"))
                // ("The 140-page report, released ...": a bare form after a measure in one
                // word is a noun.)
                || form.bare
                    && !p.ends_with('s')
                    && p.split_once('-').is_some_and(|(n, _)| {
                        !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
                            || crate::entities::is_number_word(n)
                    })
                // "his first claims", "the new report"; but "The employee first said".
                // ("a widely read column": an adverb in -ly after a determiner.)
                || (matches!(
                    p,
                    "new" | "first" | "final" | "only" | "top" | "favorite" | "favourite"
                        | "latest" | "best" | "worst" | "own" | "recent" | "earlier"
                        | "previous" | "past" | "repeated" | "frequent" | "initial"
                        | "original" | "last"
                ) || is_ly_adverb(p))
                    && t >= range.start + 2
                    && is_frame_word(doc, t - 2)
                    && (matches!(
                        lower(doc, t - 2),
                        "a" | "an" | "the" | "its" | "his" | "her" | "their" | "our" | "my"
                    ) || lower(doc, t - 2).ends_with("’s")
                        || lower(doc, t - 2).ends_with("'s"))
        });
        // ("the many reasons that", "some claims that": a form in -s after a quantity is a
        // plural noun; "Many say" is a verb. So after a verb that takes it as its object,
        // also past an adjective: "made bitter charges that", "denied claims that".)
        let object_verb = |w: &str| {
            is_irregular_past(w)
                || matches!(
                    w,
                    "leveled" | "levelled" | "denied" | "dismissed" | "rejected" | "filed"
                )
        };
        let counted = !form.bare
            && form.words.len() == 1
            && form.words[0].ends_with('s')
            && t > range.start
            && (matches!(
                prev,
                Some("many" | "several" | "few" | "other" | "some" | "all" | "both" | "most")
            ) || prev.is_some_and(object_verb)
                || t > range.start + 1
                    && is_frame_word(doc, t - 1)
                    && !doc.is_capitalised(t - 1)
                    && !is_function_word(lower(doc, t - 1))
                    && object_verb(lower(doc, t - 2)));
        // ("Officials report claims of abuse": a form in -s right after a cue is its
        // object.)
        let object_of_cue = !form.bare
            && form.words.len() == 1
            && form.words[0].ends_with('s')
            && cues.last().is_some_and(|c: &Cue| c.verb.end == t);
        if counted || object_of_cue {
            t = verb.end;
            continue;
        }
        // "sooner than expected", "as predicted,", "All told,": a set phrase, not a cue.
        let set_phrase = prev == Some("than")
            // "Having said that, ...".
            || prev == Some("having")
                && verb.end + 1 < range.end
                && matches!(lower(doc, verb.end), "that" | "this" | "so")
                && doc.is_punct(verb.end + 1, ",")
            || prev == Some("all")
                && form.words[0] == "told"
                && verb.end < range.end
                && doc.is_punct(verb.end, ",")
            || prev == Some("as")
                // ("quoted him as saying “...”" is no set phrase.)
                && !(form.participle && form.words[0].ends_with("ing"))
                && (verb.end >= range.end || !is_frame_word(doc, verb.end));
        // ("is recalling more than 2 million bottles": a product recalled, counted, is no
        // memory.)
        let number = |k: usize| k < range.end && doc.tokens[k].kind() == TokenKind::Number;
        // ("Drug maker recalls blood pressure pills", "recalled 600,000 vehicles": goods
        // taken back, not a memory told.)
        let goods = |k: usize| {
            matches!(
                lower(doc, k),
                "bottles"
                    | "pills"
                    | "tablets"
                    | "capsules"
                    | "vehicles"
                    | "cars"
                    | "trucks"
                    | "products"
                    | "units"
                    | "batches"
                    | "packs"
                    | "packets"
                    | "jars"
                    | "cans"
                    | "devices"
                    | "phones"
                    | "toys"
                    | "doses"
                    | "medicines"
                    | "drugs"
                    | "models"
            )
        };
        let recalled_goods = form.words[0].starts_with("recall")
            && verb.end < range.end
            && (number(verb.end)
                || matches!(
                    lower(doc, verb.end),
                    "more" | "nearly" | "about" | "over" | "almost" | "some"
                ) && (number(verb.end + 1) || number(verb.end + 2))
                || (verb.end..range.end.min(verb.end + 6))
                    .take_while(|&k| is_frame_word(doc, k))
                    .any(goods));
        if after_determiner || set_phrase || recalled_goods {
            t = verb.end;
            continue;
        }
        // Auxiliaries and adverbs before the verb.
        let mut start = t;
        let mut negated = false;
        let mut be = false;
        // "has, however, revealed": a one-word insertion between the auxiliary and the verb.
        if start >= range.start + 4
            && doc.is_punct(start - 1, ",")
            && doc.is_punct(start - 3, ",")
            && is_frame_word(doc, start - 2)
            && matches!(
                lower(doc, start - 2),
                "however" | "though" | "meanwhile" | "too"
            )
            && is_frame_word(doc, start - 4)
            && is_aux(lower(doc, start - 4))
        {
            start -= 3;
        }
        while start > range.start && is_frame_word(doc, start - 1) {
            let w = lower(doc, start - 1);
            if is_negation(w) {
                negated = true;
            } else if w == "to" && start >= range.start + 2 && lower(doc, start - 2) == "used" {
                // ("As my husband used to say, “...”": a habit of speech.)
                start -= 2;
                continue;
            } else if is_be(w) {
                be = true;
            } else if !(is_aux(w)
                || (is_ly_adverb(w) && w.len() > 4 && !doc.is_capitalised(start - 1))
                // ("would only say that", "will simply say")
                || matches!(w, "only" | "just" | "simply" | "merely" | "even" | "still")
                // ("had earlier said", "Wren later told", "has again warned")
                || matches!(
                    w,
                    "earlier" | "later" | "again" | "already" | "often" | "once" | "always"
                )
                // ("has since said", "has long argued")
                || matches!(w, "since" | "long")
                    && start >= range.start + 2
                    && matches!(lower(doc, start - 2), "has" | "have" | "had"))
            {
                break;
            }
            start -= 1;
        }
        // "was told", "were reported": passive; "declined to comment", "refused to say".
        // ("was asked whether ...": a question put to the subject; see asked_without_asker.)
        // ("is quoted as saying" reports its subject's words.)
        let passive =
            be && !form.participle && !matches!(form.words[0].as_str(), "asked" | "quoted");
        // A past participle that is not the past tense ("written", "sworn", "shown") is a
        // verb only after "has", "have" or "had": "the bloc issue written guarantees" is not.
        let bare_participle = (form.words[0].ends_with("en") || form.words[0].ends_with("wn"))
            && !(start..t).any(|a| matches!(lower(doc, a), "has" | "have" | "had"));
        let refused = t >= range.start + 2
            && lower(doc, t - 1) == "to"
            && matches!(
                lower(doc, t - 2),
                "declined"
                    | "refused"
                    | "declines"
                    | "refuses"
                    | "declining"
                    | "refusing"
                    | "unwilling"
                    | "unable"
                    | "reluctant"
                    | "failed"
                    | "wants"
                    | "want"
                    | "wanted"
                    | "asked"
                    | "expected"
                    | "able"
                    | "going"
                    | "plans"
                    | "planned"
            );
        // ("is likely to say" has not said it yet; "voters are more likely to say that" is a
        // poll's finding of what they said.)
        let likely = t >= range.start + 3
            && lower(doc, t - 1) == "to"
            && lower(doc, t - 2) == "likely"
            && !matches!(lower(doc, t - 3), "more" | "less" | "most" | "least");
        if !(negated || passive || refused || likely || bare_participle) {
            cues.push(Cue {
                start: if lower(doc, start) == "also" && start == t - 1 {
                    t - 1
                } else {
                    start
                },
                verb: verb.clone(),
                form: Some(form),
                according: false,
                owner: false,
            });
        }
        t = verb.end;
    }
    cues
}

fn starts_new_part(doc: &Doc, start: usize, sentence_start: usize) -> bool {
    // (A closing mark after a comma ends a part too: `“a witness,” and then tweeted`.)
    let separator = |t: usize| {
        doc.is_punct(t, ",")
            || doc.is_punct(t, ";")
            || is_dash(doc, t)
            || t > sentence_start && closes_after_comma(doc, t)
    };
    separator(start)
        || start > sentence_start && separator(start - 1)
        // "but suggesting that": a participle joined to the words before.
        || is_frame_word(doc, start)
            && matches!(lower(doc, start), "and" | "but")
            && start + 1 < doc.tokens.len()
            && is_frame_word(doc, start + 1)
            && lower(doc, start + 1).ends_with("ing")
        || start > sentence_start + 1
            && matches!(
                lower(doc, start - 1),
                "and" | "but" | "while" | "whereas" | "though" | "although"
            )
            && separator(start - 2)
}

/// Where the frame of a cue starts, for cutting the content of an earlier cue before it.
fn frame_start(doc: &Doc, cue: &Cue, sentence_start: usize) -> usize {
    let mut start = cue.start;
    // ", saying that": the frame starts at the comma.
    if cue.form.is_some_and(|f| f.participle) || cue.according {
        // `“corrupt,” noting that`: the closing mark stays with the earlier words.
        if start > sentence_start + 1 && closes_after_comma(doc, start - 1) {
            return start;
        }
        while start > sentence_start && !doc.is_punct(start - 1, ",") && start + 6 > cue.start {
            start -= 1;
            if lower(doc, start) == "with" {
                break;
            }
            // "... - while chanting, “...”": the part starts at the conjunction.
            if start + 1 == cue.start
                && matches!(lower(doc, start), "while" | "before" | "after" | "by")
                && start > sentence_start
                && (is_dash(doc, start - 1) || doc.is_punct(start - 1, ","))
            {
                return start;
            }
            // "... - and arguing that", "... “on paper” but suggesting that": the part
            // starts at the conjunction.
            if matches!(lower(doc, start), "and" | "but")
                && start > sentence_start
                && (is_dash(doc, start - 1)
                    || doc.is_punct(start - 1, ";")
                    || start + 1 == cue.start)
            {
                return start;
            }
        }
        if start > sentence_start && doc.is_punct(start - 1, ",") {
            start -= 1;
        }
        return start;
    }
    if let Some(subject) = subject_left(doc, sentence_start, cue.start) {
        start = subject.start;
    }
    // ("..., though she noted that ...": the conjunction opens the frame.)
    if start > sentence_start + 1
        && matches!(lower(doc, start - 1), "though" | "although")
        && doc.is_punct(start - 2, ",")
    {
        start -= 1;
    }
    if start > sentence_start && doc.is_punct(start - 1, ",") {
        start -= 1;
    }
    start
}

const DETERMINERS: &[&str] = &[
    "the", "a", "an", "some", "several", "many", "two", "three", "four", "one", "another", "other",
    "most", "few", "his", "her", "their", "its", "our", "my", "senior", "top", "former",
];

/// A word that may stand between a subject and its verb without being part of either: "A
/// and B both said", "..., which together vowed".
pub(crate) fn floats_after_subject(word: &str) -> bool {
    matches!(word, "all" | "both" | "together" | "jointly")
}

/// The subject noun phrase ending just before `end` (the cue), if there is one.
pub(crate) fn subject_left(doc: &Doc, sentence_start: usize, end: usize) -> Option<Range<usize>> {
    if let Some(subject) = relative_subject_left(doc, sentence_start, end) {
        return Some(subject);
    }
    let subject = subject_np_left(doc, sentence_start, end)?;
    // (A phrase that opens with a preposition is no subject: "officers with no knowledge of
    // the case but with experience in war zones chafed".)
    if is_frame_word(doc, subject.start)
        && matches!(
            lower(doc, subject.start),
            "with" | "in" | "on" | "for" | "by" | "from" | "during" | "without"
        )
    {
        // (The noun phrase it belongs to, when it opens the clause.)
        return long_subject(doc, sentence_start, end).filter(|whole| {
            whole.start < subject.start
                && is_frame_word(doc, whole.start)
                && !matches!(
                    lower(doc, whole.start),
                    "with" | "in" | "on" | "for" | "by" | "from" | "during" | "without"
                )
        });
    }
    // "Sanders’ campaign said": a plural possessor, its apostrophe a token of its own.
    // (Only before a common noun for people or a body: in "Reuters’ Ada Wren said" the
    // possessor is where she works, not part of her name.)
    // (The rare apostrophe is tested first: this runs for every subject.)
    let t = subject.start;
    // ("Patients' groups", "Farmers' unions": plural heads too.)
    let common = || {
        // (Before what qualifies it: "Farmers' groups in both countries".)
        let end = (t + 1..subject.end)
            .find(|&u| matches!(lower(doc, u), "in" | "of" | "at" | "from" | "across"))
            .unwrap_or(subject.end);
        let head = strip_possessive(lower(doc, end - 1));
        let singular = head.strip_suffix('s').unwrap_or(head);
        subject.clone().all(|u| !doc.is_capitalised(u))
            && (is_nominal_head(head) || is_nominal_head(singular) || singular == "group")
    };
    if t < sentence_start + 2 || !plural_possessive_mark(doc, t - 1) || !common() {
        return Some(subject);
    }
    let mut start = t - 2;
    while start > sentence_start
        && is_frame_word(doc, start - 1)
        && doc.is_capitalised(start - 1)
        && doc.is_capitalised(start)
    {
        start -= 1;
    }
    if start > sentence_start && is_frame_word(doc, start - 1) && lower(doc, start - 1) == "the" {
        start -= 1;
    }
    Some(start..subject.end)
}

/// "..., an official who asked not to be named said.": a noun phrase after a comma and a
/// relative clause about it (no punctuation in it) right before the verb; the phrase before
/// "who" is the subject.
/// ("Ada Wren, the pollster who founded the site, tweeted": the name the phrase is about.)
fn relative_subject_left(doc: &Doc, sentence_start: usize, end: usize) -> Option<Range<usize>> {
    let who = (end.saturating_sub(14).max(sentence_start + 2)..end)
        .rev()
        .take_while(|&t| is_frame_word(doc, t))
        .find(|&t| lower(doc, t) == "who")?;
    // (A finite verb after the clause: not "the leader who secured independence from
    // British rule".)
    let verb = lower(doc, end);
    if who + 2 > end || !(is_aux(verb) || is_speech_verb(verb)) {
        return None;
    }
    let subject = subject_np_left(doc, sentence_start, who)?;
    let comma = subject.start.checked_sub(1)?;
    if comma <= sentence_start
        || !doc.is_punct(comma, ",")
        || !DETERMINERS.contains(&lower(doc, subject.start))
    {
        return None;
    }
    let name = subject_np_left(doc, sentence_start, comma).filter(|name| {
        name.clone().all(|t| doc.is_capitalised(t))
            && (name.start == sentence_start
                || matches!(doc.tokens[name.start - 1].kind(), TokenKind::Close(_))
                || doc.is_punct(name.start - 1, ","))
    });
    Some(name.unwrap_or(subject))
}

/// At `t`, the apostrophe of a plural possessive written after the word ("Sanders’",
/// "the Democrats'"), which the tokenizer leaves as punctuation when it closes no quotation.
pub(crate) fn plural_possessive_mark(doc: &Doc, t: usize) -> bool {
    t > 0
        && t + 1 < doc.tokens.len()
        && doc.tokens[t].kind() == TokenKind::Punct
        && matches!(doc.word(t), "’" | "'")
        && doc.is_word(t - 1)
        && doc.tokens[t - 1].end() == doc.tokens[t].start()
        && doc.word(t - 1).ends_with(['s', 'S'])
        && doc.tokens[t + 1].start() > doc.tokens[t].end()
        && doc.is_word(t + 1)
}

fn subject_np_left(doc: &Doc, sentence_start: usize, end: usize) -> Option<Range<usize>> {
    // "Wren in her speech called": where the words were said, between the subject and the
    // verb.
    if let Some(setting) = (end.saturating_sub(4)..end.saturating_sub(2))
        .find(|&t| t > sentence_start && setting_at(doc, t) && is_setting_noun(doc, end - 1))
    {
        return subject_left(doc, sentence_start, setting);
    }
    if end <= sentence_start {
        return None;
    }
    let head = end - 1;
    // "Jason Chaffetz (R-Utah) said": skip a parenthesis before the verb.
    if doc.is_punct(head, ")") {
        let open = (sentence_start..head)
            .rev()
            .take(12)
            .find(|&t| doc.is_punct(t, "("))?;
        if open == sentence_start {
            return None;
        }
        let inner = subject_left(doc, sentence_start, open)?;
        return Some(inner.start..end);
    }
    // "Humphrey, who calls the plan a “farce,” said": the comma sits inside the closing mark
    // of a quotation in an insertion.
    if let TokenKind::Close(q) = doc.tokens[head].kind() {
        let open = doc.quotes[q].open_token;
        if head > sentence_start && doc.is_punct(head - 1, ",") && open > sentence_start {
            return fronted_subject(doc, sentence_start, head);
        }
        return None;
    }
    // "who in 2010 said": a year between the subject and the verb.
    if head > sentence_start + 1
        && doc.tokens[head].kind() == TokenKind::Number
        && doc.tokens[head].quote().is_none()
        && is_frame_word(doc, head - 1)
        && matches!(lower(doc, head - 1), "in" | "since")
    {
        return subject_left(doc, sentence_start, head - 1);
    }
    // "Ivo Lund — a teacher from Salem — says": an appositive between dashes.
    if is_dash(doc, head) {
        let open = (sentence_start + 1..head)
            .rev()
            .take(15)
            .find(|&t| is_dash(doc, t))?;
        let first = open + 1;
        let appositive = first < head
            && (first + 1..head).all(|t| doc.tokens[t].quote().is_none())
            && (doc.tokens[first].kind() == TokenKind::Number
                || is_frame_word(doc, first)
                    && (!doc.is_capitalised(first)
                        || matches!(lower(doc, first), "a" | "an" | "the")
                        // ("Ada Wren - Ivo's partner and co-host - told": an owner.)
                        || strip_possessive(doc.word(first)) != doc.word(first)));
        // ("Many speakers at the service — including ... — said": a noun phrase that opens
        // the clause may be common.)
        let opens = |n: &Range<usize>| leading_connectives(doc, sentence_start, n.start) == n.start;
        let name = subject_left(doc, sentence_start, open)
            .filter(|n| doc.is_capitalised(n.end - 1) || opens(n))
            .or_else(|| clause_np_left(doc, sentence_start, open).filter(opens))?;
        let last = name.end - 1;
        let opens = opens(&name);
        return (appositive && is_frame_word(doc, last) && (doc.is_capitalised(last) || opens))
            .then_some(name);
    }
    if !is_frame_word(doc, head) {
        // "Jane Doe, a spokeswoman for the ministry, said": an appositive before the verb.
        if doc.is_punct(head, ",") {
            return appositive_subject(doc, sentence_start, head)
                .or_else(|| fronted_subject(doc, sentence_start, head))
                .or_else(|| {
                    // “...,” the assailant, John Doe, told ...: the clause starts after the
                    // quotation.
                    // (Only a quotation that opens the sentence.)
                    let close = (sentence_start..head).rev().find(|&t| {
                        matches!(doc.tokens[t].kind(), TokenKind::Close(q) if doc.quotes[q].open_token == sentence_start)
                    })?;
                    let start = if doc.is_punct(close + 1, ",") {
                        close + 2
                    } else {
                        close + 1
                    };
                    (start < head)
                        .then(|| fronted_subject(doc, start, head))
                        .flatten()
                });
        }
        return None;
    }
    let head_word = lower(doc, head);
    // "The Times on Saturday wrote", "who last year said": a time between the subject and
    // the verb.
    let period = matches!(head_word, "year" | "week" | "month")
        && head > sentence_start
        && matches!(lower(doc, head - 1), "last" | "this");
    if is_calendar_word(head_word)
        || period
        || matches!(head_word, "today" | "yesterday" | "tonight")
    {
        let mut t = head;
        while t > sentence_start
            && matches!(
                lower(doc, t - 1),
                "on" | "last" | "this" | "early" | "late" | "earlier" | "later"
            )
        {
            t -= 1;
        }
        // ("Priebus Thursday told": a weekday right after a name.)
        let weekday = matches!(
            head_word,
            "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
        );
        if t == head && weekday && t > sentence_start && doc.is_capitalised(t - 1) {
            return subject_left(doc, sentence_start, t);
        }
        if t < head && t > sentence_start {
            return subject_left(doc, sentence_start, t);
        }
    }
    // "Ada Wren and Ivo Brandt both said", "..., Tom Reyl (D-N.J.) all said": a quantifier
    // floating after the subject.
    // ("Wren and Brandt have both argued": after an auxiliary, before the participle.)
    if floats_after_subject(head_word)
        && head > sentence_start + 1
        && is_frame_word(doc, head - 1)
        && is_finite_aux(lower(doc, head - 1))
    {
        return subject_left(doc, sentence_start, head - 1);
    }
    // ("The elders — whose party ... — both suggested": after an insertion between dashes.)
    if floats_after_subject(head_word)
        && head > sentence_start
        && (doc.is_punct(head - 1, ")")
            || is_dash(doc, head - 1)
            || is_frame_word(doc, head - 1)
                && (doc.is_capitalised(head - 1)
                    || lower(doc, head - 1).ends_with('s')
                    || matches!(lower(doc, head - 1), "which" | "who")))
    {
        if let Some(subject) = subject_left(doc, sentence_start, head) {
            return Some(subject);
        }
        if !matches!(head_word, "all" | "both") {
            return None;
        }
    }
    if pronoun(head_word).is_some() || is_quantifier_subject(head_word) {
        return Some(head..end);
    }
    let capitalised =
        doc.is_capitalised(head) && !is_calendar_word(head_word) && !is_function_word(head_word);
    let nominal = is_nominal_head(strip_possessive(head_word));
    if !capitalised && !nominal {
        // "the New York businessman said", "Ivana Trump's brief said", "the clip says": a
        // definite or possessive noun phrase ending on a common noun.
        if !is_function_word(head_word) && !is_aux(head_word) && !is_ly_adverb(head_word) {
            let mut t = head;
            while t > sentence_start && t + 6 > head {
                let w = lower(doc, t - 1);
                if !is_frame_word(doc, t - 1) {
                    break;
                }
                // ("As one employee told ...": after "as", an indefinite one too.)
                let indefinite_after_as = matches!(w, "a" | "an" | "one")
                    && t >= sentence_start + 2
                    && lower(doc, t - 2) == "as";
                // ("a snub that fans called “outrageous”": "that" before a plural is the
                // relative pronoun.)
                let plural = head_word.ends_with('s') && !head_word.ends_with("ss");
                if matches!(w, "the" | "its" | "his" | "her" | "their" | "my" | "our")
                    || matches!(w, "this" | "that") && !plural
                    || w.ends_with("’s")
                    || w.ends_with("'s")
                    || indefinite_after_as
                {
                    let mut start = t - 1;
                    // The possessor of "Ivana Trump's brief".
                    while start > sentence_start
                        && is_frame_word(doc, start - 1)
                        && doc.is_capitalised(start - 1)
                        && (w.ends_with("’s") || w.ends_with("'s"))
                    {
                        start -= 1;
                    }
                    // ("the mayor's allies said": the determiner of a common possessor.)
                    if start > sentence_start
                        && start == t - 1
                        && (w.ends_with("’s") || w.ends_with("'s"))
                        && is_frame_word(doc, start - 1)
                        && matches!(
                            lower(doc, start - 1),
                            "the" | "his" | "her" | "their" | "its"
                        )
                    {
                        start -= 1;
                    }
                    return Some(start..end);
                }
                // ("lobbying firms", "the ruling party": an -ing word right before the noun
                // modifies it.)
                if (is_function_word(w) || is_aux(w))
                    && !ordinal_adjective(doc, t - 1, sentence_start)
                    || is_ly_adverb(w)
                    || w.ends_with("ing") && t != head
                {
                    break;
                }
                t -= 1;
            }
        }
        // "But critics say", "civil rights activists say": a bare plural noun, perhaps with
        // modifiers, that opens the clause. (Plurals without -s too: "At least 20 people
        // said".)
        let irregular_plural = is_plural_without_s(head_word);
        if (head_word.ends_with('s') && !head_word.ends_with("ss") || irregular_plural)
            && !is_function_word(head_word)
        {
            let mut start = modifiers_start(doc, sentence_start, head);
            // "some friends", "many voters": a quantifier before the plural.
            if start > sentence_start
                && matches!(
                    lower(doc, start - 1),
                    "some" | "many" | "most" | "several" | "few" | "other" | "all" | "both"
                )
            {
                start -= 1;
            }
            let opens_clause = start == sentence_start
                || leading_connectives(doc, sentence_start, end) == start
                || matches!(
                    lower(doc, start - 1),
                    "which"
                        | "that"
                        | "while"
                        | "although"
                        | "though"
                        | "because"
                        | "since"
                        | "if"
                        | "when"
                        | "whereas"
                        | "as"
                );
            // ("At least 20 dockers said", "More than a dozen members said": a quantity.)
            let lead = with_quantity(doc, sentence_start, start..end).start;
            let quantity = lead < start
                && (lead == sentence_start
                    || leading_connectives(doc, sentence_start, end) == lead);
            let start = if quantity { lead } else { start };
            // ("Media reports said": "reports" heads the subject; see `heads_subject`.)
            if (opens_clause || quantity)
                && (!lexicon().verbs.contains_key(head_word)
                    || heads_subject(doc, head, sentence_start..end + 1))
            {
                return Some(start..end);
            }
        }
        // "Carter however said": an adverb between the subject and the verb.
        if matches!(head_word, "however" | "though" | "too") && head > sentence_start {
            return subject_left(doc, sentence_start, head);
        }
        // "a spokesman for the campaign said": look back for "for"/"of" after a nominal
        // (the phrase ends on a noun: "The Court of Appeals overruled and" is no subject).
        let mut t = head;
        while t > sentence_start && t + 6 > head && !is_function_word(head_word) {
            t -= 1;
            if matches!(lower(doc, t), "for" | "of" | "at" | "with") && t > sentence_start {
                let inner = subject_left(doc, sentence_start, t);
                if let Some(inner) = inner.filter(|i| is_nominal_head(lower(doc, i.end - 1))) {
                    return Some(inner.start..end);
                }
                break;
            }
            if !is_frame_word(doc, t) {
                break;
            }
        }
        return clause_np_left(doc, sentence_start, end);
    }
    let mut start = head;
    while start > sentence_start {
        let t = start - 1;
        // "A 2013 report said": a year after the determiner of a nominal head.
        let year = nominal
            && t > sentence_start
            && doc.tokens[t].kind() == TokenKind::Number
            && doc.tokens[t].quote().is_none()
            && is_frame_word(doc, t - 1)
            && DETERMINERS.contains(&lower(doc, t - 1));
        if year {
            start = t;
            continue;
        }
        // ("a spokesperson for the steelworkers' union said": past a plural possessor's
        // apostrophe before a common noun.)
        if nominal && t > sentence_start && plural_possessive_mark(doc, t) {
            start = t;
            continue;
        }
        if !is_frame_word(doc, t) {
            break;
        }
        let w = lower(doc, t);
        let cap = doc.is_capitalised(t) && !is_function_word(w) && !is_calendar_word(w);
        if cap || is_title_word(strip_possessive(w)) || title_at(doc, t, end).is_some() {
            start = t;
            continue;
        }
        // A lower-case adjective before a title: "presidential nominee", "former president".
        // (Not a verb: "Ivo Ross said Mr. Obama told": "said" ends the subject.)
        if !is_function_word(w)
            && !is_aux(w)
            && !w.ends_with("ed")
            && !is_irregular_past(w)
            && !lexicon().verbs.contains_key(w)
            && start < end
            && is_title_word(lower(doc, start))
        {
            start = t;
            continue;
        }
        // "Secretary of State", "the Commission on Presidential Debates".
        // ("the Natural History Museum in London": where a body is.)
        if (matches!(w, "of" | "on")
            || w == "in"
                && crate::entities::is_org_word(doc.word(t - 1))
                && doc.is_capitalised(t + 1))
            && t > sentence_start
            && (doc.is_capitalised(t - 1) || w == "of" && is_title_word(lower(doc, t - 1)))
        {
            start = t;
            continue;
        }
        // ("a move Moldova's president hailed as": a name's possessive opens its noun
        // phrase as a determiner does.)
        let owner = lower(doc, start);
        if doc.is_capitalised(start)
            && strip_possessive(owner) != owner
            && !DETERMINERS.contains(&w)
            && strip_possessive(w) == w
        {
            break;
        }
        if DETERMINERS.contains(&w)
            || w.ends_with("’s")
            || w.ends_with("'s")
            || ((!nominal_stop(w)
                || ordinal_adjective(doc, t, sentence_start)
                || start == head && w.ends_with("ing") && !is_function_word(w) && !is_aux(w))
                && start < head + 1
                && nominal
                && w.len() > 2
                && !w.ends_with("ed"))
        {
            // Lower-case modifiers of a nominal head ("a senior administration official").
            if nominal || DETERMINERS.contains(&w) || w.ends_with("’s") || w.ends_with("'s") {
                start = t;
                // "Mr. Morgan of the Sierra Club": go on past "of the".
                let of_before = t > sentence_start + 1
                    && matches!(lower(doc, t - 1), "of" | "for" | "at")
                    && (doc.is_capitalised(t - 2) || is_nominal_head(lower(doc, t - 2)));
                // ("a result his coach called “...”": a possessive determiner opens its noun
                // phrase as an article does.)
                if matches!(
                    w,
                    "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my"
                ) && !of_before
                {
                    break;
                }
                if of_before {
                    start = t - 1;
                }
                continue;
            }
        }
        // "Officials at Homeland Security": a nominal head before "at", "of" or "for".
        if matches!(w, "at" | "for" | "of")
            && t > sentence_start
            && is_nominal_head(lower(doc, t - 1))
        {
            start = t;
            continue;
        }
        break;
    }
    // "retired Air Force general Lloyd Newton said": one lower-case modifier at the start of
    // the clause belongs to the subject.
    if start > sentence_start {
        let t = start - 1;
        let boundary = t == sentence_start || !is_frame_word(doc, t - 1);
        let w = lower(doc, t);
        if boundary
            && is_frame_word(doc, t)
            && !doc.is_capitalised(t)
            && !is_function_word(w)
            && !is_aux(w)
            && !lexicon().verbs.contains_key(w)
            && w.ends_with("ed")
        {
            start = t;
        }
    }
    // A subject is a noun phrase at the start of a clause.
    Some(start..end)
}

/// "His first guest", "the last speaker", "their only lawyer": a word that is otherwise a
/// function word or an adverb ("first said") is an adjective after a determiner.
fn ordinal_adjective(doc: &Doc, t: usize, floor: usize) -> bool {
    t > floor
        && matches!(lower(doc, t), "first" | "last" | "next" | "only")
        && is_frame_word(doc, t - 1)
        && {
            let before = lower(doc, t - 1);
            matches!(
                before,
                "the" | "his" | "her" | "their" | "its" | "our" | "my"
            ) || before.ends_with("’s")
                || before.ends_with("'s")
        }
}

fn nominal_stop(word: &str) -> bool {
    is_function_word(word) || is_aux(word) || word.ends_with("ing")
}

pub(crate) fn is_dash(doc: &Doc, token: usize) -> bool {
    doc.tokens[token].kind() == TokenKind::Punct
        && matches!(doc.word(token), "–" | "—" | "―" | "-" | "--" | "−")
}

/// "Name, role, said": the name before an appositive ("Jane Doe, a spokeswoman for the
/// ministry, said"; "Smith, 56, who has served ..., told"); or the name that is the appositive
/// of a role ("The minister, Karel Dusek, said").
fn appositive_subject(doc: &Doc, sentence_start: usize, comma: usize) -> Option<Range<usize>> {
    let mut t = comma;
    let mut has_title = false;
    while t > sentence_start && t + 40 > comma {
        t -= 1;
        if doc.is_punct(t, ",") {
            // Several commas inside one appositive ("Smith, 56, who ..."): keep going while
            // the part after this comma does not look like the name.
            let segment_start = t + 1;
            // "Jillian Chase, 27, a nurse, said": the age between name and appositive.
            let age = t >= sentence_start + 3
                && doc.tokens[t - 1].kind() == TokenKind::Number
                && doc.is_punct(t - 2, ",");
            let name = subject_left(doc, sentence_start, t).or_else(|| {
                age.then(|| subject_left(doc, sentence_start, t - 2))
                    .flatten()
            });
            // (A hometown or its state is no name: "Ada Wren, 59, of Salem, Ore., who ...".)
            // (Only after a comma: "Of Carson, Levine, who ..., said" opens with a topic.)
            let of_after_comma = |u: usize| {
                u > sentence_start
                    && is_frame_word(doc, u)
                    && matches!(lower(doc, u), "of" | "from")
                    && doc.is_punct(u - 1, ",")
            };
            let place = name.as_ref().is_some_and(|n| {
                n.start > sentence_start
                    && (of_after_comma(n.start - 1)
                        || n.len() <= 2
                            && doc.is_punct(n.start - 1, ",")
                            && (n.start.saturating_sub(5).max(sentence_start)..n.start)
                                .any(of_after_comma))
            });
            let name = name.filter(|_| !place);
            if let Some(name) = name.clone() {
                let last_word = (name.start..name.end)
                    .rev()
                    .find(|&u| doc.is_word(u))
                    .unwrap_or(name.end - 1);
                let head = lower(doc, last_word);
                let cap = doc.is_capitalised(last_word) || pronoun(head).is_some();
                // "McConnell, R-Ky., said": a party and state label is an appositive.
                let party_label = comma - segment_start <= 3
                    && (segment_start..comma).any(|u| {
                        let w = doc.word(u);
                        w.len() >= 3
                            && (w.starts_with("R-") || w.starts_with("D-") || w.starts_with("I-"))
                    });
                if cap && party_label {
                    return Some(name);
                }
                let first = lower(doc, segment_start);
                let appositive_start = has_title
                    || matches!(
                        first,
                        "a" | "an"
                            | "the"
                            | "who"
                            | "whose"
                            | "which"
                            | "now"
                            | "then"
                            | "himself"
                            | "herself"
                            | "also"
                    )
                    || doc.tokens[segment_start].kind() == TokenKind::Number
                    // "Mary Susan, clad in a red cape, said": a participle phrase.
                    || !doc.is_capitalised(segment_start)
                        && (first.ends_with("ed")
                            || matches!(first, "clad" | "known" | "born" | "flanked" | "seen"))
                    || first.ends_with("’s")
                    || first.ends_with("'s")
                    // "Dianne Feinstein, Democrat of California, said"; "Ann Lee, Professor
                    // of Law at Yale, said".
                    || doc.is_capitalised(segment_start)
                        && segment_start + 2 < comma
                        && comma - segment_start <= 8
                        && matches!(lower(doc, segment_start + 1), "of" | "from");
                let role_of = doc.is_capitalised(segment_start)
                    && matches!(lower(doc, segment_start + 1), "of" | "from");
                if cap && appositive_start && (!doc.is_capitalised(segment_start) || role_of)
                    || cap && has_title
                {
                    // ("Citizenship and Immigration Services, the agency that ..., said": a
                    // body's name with "and" in it; "Ada Wren and Ivo Lund, the owners, said":
                    // joined names.)
                    let mut lead = name.start;
                    while lead >= sentence_start + 2
                        && is_frame_word(doc, lead - 1)
                        && matches!(lower(doc, lead - 1), "and" | "&")
                        && is_frame_word(doc, lead - 2)
                        && doc.is_capitalised(lead - 2)
                    {
                        lead -= 2;
                        while lead > sentence_start
                            && is_frame_word(doc, lead - 1)
                            && doc.is_capitalised(lead - 1)
                        {
                            lead -= 1;
                        }
                    }
                    let name = lead..name.end;
                    // ("As John Cornyn, the No. 2 in the leadership, put it: ...": after an
                    // "as" that opens the sentence.)
                    let after_as = |lead: usize| {
                        lower(doc, lead - 1) == "as"
                            && leading_connectives(doc, sentence_start, lead - 1) == lead - 1
                    };
                    let at_clause_start = lead == sentence_start
                        || leading_connectives(doc, sentence_start, lead) == lead
                        || !is_frame_word(doc, lead - 1)
                        || after_as(lead);
                    if at_clause_start {
                        // "Ada Wren, the president of the fund, a group that ..., said": a
                        // common noun phrase found first is itself an appositive of a name.
                        let common = !doc.is_capitalised(lead)
                            || matches!(lower(doc, lead), "the" | "a" | "an")
                                && lead + 1 < name.end
                                && !doc.is_capitalised(lead + 1);
                        if common && lead > sentence_start + 1 && doc.is_punct(lead - 1, ",") {
                            let named = subject_left(doc, sentence_start, lead - 1).filter(|n| {
                                doc.is_capitalised(n.end - 1)
                                    && leading_connectives(doc, sentence_start, n.start) == n.start
                            });
                            if let Some(named) = named {
                                return Some(named);
                            }
                        }
                        return Some(name);
                    }
                    // "The actor and director Pim Voskuil, a resident, said"; "Minnesota
                    // state delegate Mary Susan, a nurse, said".
                    let opening = leading_connectives(doc, sentence_start, lead);
                    if roles_joined(doc, opening, lead) || name_modifiers(doc, opening, lead) {
                        return Some(opening..name.end);
                    }
                }
            }
            // "The minister, Karel Dusek, said": the name is the appositive.
            // ("Another pollster, Ada Wren of Clemson University, said": "of" and a body or
            // a place after the name.)
            // (A modifier of a title may open it: "The other candidate, former Secretary of
            // State Ada Wren, said".)
            let named_from = (segment_start..comma.min(segment_start + 2))
                .take_while(|&u| {
                    is_frame_word(doc, u)
                        && matches!(
                            lower(doc, u),
                            "former"
                                | "then"
                                | "acting"
                                | "retired"
                                | "outgoing"
                                | "interim"
                                | "the"
                        )
                })
                .last()
                .map_or(segment_start, |u| u + 1);
            // (And a role in lower case before the name: "Her collaborator, producer Dev
            // Anand, said".)
            let named_from = (named_from..comma.min(named_from + 2))
                .take_while(|&u| {
                    is_frame_word(doc, u)
                        && !doc.is_capitalised(u)
                        && !is_function_word(lower(doc, u))
                        && !is_aux(lower(doc, u))
                })
                .last()
                .filter(|&u| u + 2 < comma && doc.is_capitalised(u + 1))
                .map_or(named_from, |u| u + 1);
            let segment_is_name = comma > named_from
                && (named_from..comma).all(|u| {
                    doc.is_capitalised(u)
                        || u > segment_start + 1
                            && u + 1 < comma
                            && is_frame_word(doc, u)
                            && lower(doc, u) == "of"
                            && doc.is_capitalised(u + 1)
                        // ("Brazil's president, Luiz Inácio Lula da Silva, said".)
                        || u > named_from
                            && u + 1 < comma
                            && is_frame_word(doc, u)
                            && name_particle(lower(doc, u))
                            && (doc.is_capitalised(u + 1) || name_particle(lower(doc, u + 1)))
                });
            // ("His main rival, Elena Kostic of the centre-left Democratic Union, says": a name
            // "of" or "at" a body named with "the" and words in lower case before it.)
            let name_of_body = || {
                (named_from + 2..comma.min(named_from + 5))
                    .find(|&u| is_frame_word(doc, u) && matches!(lower(doc, u), "of" | "at"))
                    .is_some_and(|of| {
                        (named_from..of).all(|u| doc.is_capitalised(u))
                            && of + 3 < comma
                            && comma - of <= 7
                            && lower(doc, of + 1) == "the"
                            && (of + 2..comma)
                                .all(|u| is_frame_word(doc, u) && !is_function_word(lower(doc, u)))
                            && doc.is_capitalised(comma - 1)
                    })
            };
            let segment_is_name = segment_is_name || name_of_body();
            let role_before = t > sentence_start && is_nominal_head(lower(doc, t - 1));
            // "His guest, Jane Lopez, said": a determined common noun before the name.
            let determined_noun = t > sentence_start + 1
                && is_frame_word(doc, t - 1)
                && !doc.is_capitalised(t - 1)
                && !is_function_word(lower(doc, t - 1))
                && is_frame_word(doc, t - 2)
                && (matches!(
                    lower(doc, t - 2),
                    "his" | "her" | "their" | "its" | "our" | "my" | "your" | "the" | "a" | "an"
                        | "one"
                )
                    // ("Clinton's husband, Bill, said": a named owner.)
                    || doc.is_capitalised(t - 2)
                        && strip_possessive(doc.word(t - 2)) != doc.word(t - 2)
                    // ("One Republican presidential hopeful, Carly Fiorina, says": modifiers
                    // between a determiner that opens the clause and the noun.)
                    || {
                        let first = leading_connectives(doc, sentence_start, t);
                        first + 2 < t
                            && t - first <= 5
                            && matches!(
                                lower(doc, first),
                                "a" | "an" | "the" | "one" | "his" | "her" | "their" | "its"
                            )
                            && (first + 1..t).all(|u| {
                                is_frame_word(doc, u)
                                    && (!is_function_word(lower(doc, u))
                                        || ordinal_adjective(doc, u, first))
                            })
                    });
            // "A lawyer for the news outlets, David Lee, said": a determined noun phrase that
            // opens the clause, with its prepositional phrase.
            let determined_phrase = || {
                let first = leading_connectives(doc, sentence_start, t);
                t >= first + 3
                    && t - first <= 9
                    && (matches!(
                        lower(doc, first),
                        "his" | "her" | "their" | "its" | "our" | "my" | "the" | "a" | "an"
                    )
                        // ("Ukraine's ambassador to Berlin, Oleksii Makeiev, said": a named
                        // owner.)
                        || doc.is_capitalised(first)
                            && strip_possessive(doc.word(first)) != doc.word(first))
                    && (first..t).all(|u| is_frame_word(doc, u) && !is_aux(lower(doc, u)))
                    && (first + 1..t).any(|u| {
                        matches!(lower(doc, u), "for" | "of" | "at" | "to" | "with")
                            && u > first + 1
                            && is_nominal_head(lower(doc, u - 1))
                    })
            };
            // "One of them, UnitedHealth Group, said": a part of a group, named after it.
            let part_of_group = || {
                let first = leading_connectives(doc, sentence_start, t);
                t >= first + 3
                    && t - first <= 6
                    && (crate::entities::is_number_word(lower(doc, first))
                        || matches!(
                            lower(doc, first),
                            "one" | "some" | "many" | "several" | "most" | "each" | "both" | "none"
                        ))
                    && lower(doc, first + 1) == "of"
                    && (first..t).all(|u| is_frame_word(doc, u))
            };
            if segment_is_name
                && (role_before || determined_noun || determined_phrase() || part_of_group())
            {
                // ("Ada Wren and her husband, Ivo Lund, said": both speak.)
                let pair_start = leading_connectives(doc, sentence_start, t);
                let joined = determined_noun
                    && t >= pair_start + 4
                    && lower(doc, t - 3) == "and"
                    && is_kin_or_circle(lower(doc, t - 1))
                    && doc.is_capitalised(t - 4)
                    && (pair_start..t - 3).all(|u| is_frame_word(doc, u) && doc.is_capitalised(u));
                if joined {
                    return Some(pair_start..comma);
                }
                return Some(segment_start..comma);
            }
            // ("Ada Wren, 59, of Salem, Ore., said": a hometown and its state go on.)
            let hometown = matches!(lower(doc, segment_start), "of" | "from")
                && segment_start + 1 < comma
                && doc.is_capitalised(segment_start + 1);
            let part_end = (segment_start..comma)
                .find(|&u| doc.is_punct(u, ","))
                .unwrap_or(comma);
            let state = part_end - segment_start <= 3
                && (segment_start..part_end).all(|u| !doc.is_word(u) || doc.is_capitalised(u))
                && (t.saturating_sub(4).max(sentence_start)..t).any(of_after_comma);
            if doc.tokens[segment_start].kind() == TokenKind::Number
                || lower(doc, segment_start) == "who"
                || hometown
                || state
            {
                continue;
            }
            return None;
        }
        if doc.tokens[t].quote().is_some()
            || matches!(
                doc.tokens[t].kind(),
                TokenKind::Open(_) | TokenKind::Close(_)
            )
        {
            return None;
        }
        if is_frame_word(doc, t)
            && (is_title_word(lower(doc, t)) || title_at(doc, t, comma).is_some())
        {
            has_title = true;
        }
    }
    None
}

/// "Humphrey, who calls the plan a farce, said", "One former aide, speaking on condition of
/// anonymity, said", "In a statement, Gov. Ann Lee, a Republican, said": the noun phrase that
/// makes the first comma-delimited part of the clause (after introductory phrases) is the
/// subject of a verb that follows a comma, when what comes between is not a verb phrase.
fn fronted_subject(doc: &Doc, sentence_start: usize, comma: usize) -> Option<Range<usize>> {
    let mut segment = leading_connectives(doc, sentence_start, comma);
    for _ in 0..3 {
        let end = (segment..comma).find(|&u| doc.is_punct(u, ","))?;
        if end == segment
            || (segment..end).any(|u| {
                doc.tokens[u].quote().is_some()
                    || matches!(
                        doc.tokens[u].kind(),
                        TokenKind::Open(_) | TokenKind::Close(_)
                    )
            })
        {
            return None;
        }
        let first = lower(doc, segment);
        // An introductory phrase ("In a statement,", "On Tuesday,", "Asked about it,").
        let introductory = is_calendar_word(first)
            || opens_setting(first)
            || matches!(
                first,
                "asked"
                    | "speaking"
                    | "earlier"
                    | "later"
                    | "meanwhile"
                    | "still"
                    | "instead"
                    | "separately"
                    | "overall"
                    | "today"
                    | "yesterday"
                    | "now"
            );
        if introductory {
            segment = end + 1;
            continue;
        }
        // ("The mayor spoke and she, too, said": a second clause's subject after "and".)
        if let Some(and) = (segment + 2..end.saturating_sub(1)).rev().find(|&u| {
            is_frame_word(doc, u)
                && matches!(lower(doc, u), "and" | "but")
                && (doc.is_capitalised(u + 1)
                    || matches!(lower(doc, u + 1), "he" | "she" | "they" | "we" | "i"))
                && has_verb_like(doc, segment, u)
        }) {
            segment = and + 1;
        }
        let first = lower(doc, segment);
        // "The head of the academy, Maria Lopes, said": a name in apposition is the fuller
        // mention.
        // ("Another expert, Dr. Ada Lind of the Nordic Institute, noted": the name before
        // the body it is of.)
        let name_end = (end + 1..comma)
            .find(|&u| !(is_frame_word(doc, u) && doc.is_capitalised(u)))
            .filter(|&u| {
                u > end + 1
                    && matches!(lower(doc, u), "of" | "at")
                    && (u + 1..comma).all(|v| {
                        is_frame_word(doc, v)
                            && (doc.is_capitalised(v)
                                || matches!(lower(doc, v), "the" | "of" | "in" | "and"))
                    })
            })
            .unwrap_or(comma);
        let name_between = end + 1 < name_end
            && (end + 1..name_end).all(|u| is_frame_word(doc, u) && doc.is_capitalised(u));
        if name_between
            && (matches!(first, "the" | "a" | "an" | "one" | "another")
                || !doc.is_capitalised(segment))
        {
            return Some(end + 1..name_end);
        }
        // ("Former prosecutor and New York City Mayor Rudy Giuliani": a role joined by
        // "and" before the name belongs to the subject.)
        let whole = |np: &Range<usize>| {
            np.end == end && (np.start == segment || roles_joined(doc, segment, np.start))
        };
        // ("The union backed Ada Wren, who, ..., said": a clause, a past verb with its object,
        // is no subject.)
        let clause = (segment + 1..end.saturating_sub(1)).any(|u| {
            let w = lower(doc, u);
            is_frame_word(doc, u)
                && !doc.is_capitalised(u)
                && w.len() > 4
                && w.ends_with("ed")
                && !w.contains('-')
                && is_frame_word(doc, u + 1)
                && (doc.is_capitalised(u + 1) || opens_determined_np(lower(doc, u + 1)))
        });
        if clause {
            return None;
        }
        let subject = subject_left(doc, segment, end)
            .filter(whole)
            .or_else(|| clause_np_left(doc, segment, end).filter(whole))?;
        // What follows the subject is an insertion (appositive, relative clause, participle,
        // adverb), not a verb phrase of its own ("The plan is dead, said ..." has no subject
        // before the comma).
        let next = end + 1;
        let w = lower(doc, next);
        let verb_phrase = !is_frame_word(doc, next)
            || is_aux(w) && !matches!(w, "also" | "then" | "now" | "later" | "once" | "still")
            || matches!(w, "and" | "or" | "but" | "nor")
            || lexicon().verbs.contains_key(w) && !w.ends_with("ing");
        return (!verb_phrase).then_some(segment.min(subject.start)..subject.end);
    }
    None
}

/// Are the tokens `from..to` a role and the words that qualify it before a name: capitalised
/// places and bodies, or "state", "former", "deputy" ("Minnesota state delegate", "Former
/// Pennsylvania governor")?
fn name_modifiers(doc: &Doc, from: usize, to: usize) -> bool {
    to > from
        && to <= from + 4
        && (from..to).all(|t| {
            is_frame_word(doc, t)
                && (doc.is_capitalised(t) && !is_function_word(lower(doc, t))
                    || is_nominal_head(lower(doc, t))
                    // (The word right before the name is its role: "state delegate".)
                    || t + 1 == to && !is_function_word(lower(doc, t)) && !is_aux(lower(doc, t))
                    || matches!(
                        lower(doc, t),
                        "state" | "former" | "deputy" | "assistant" | "senior" | "chief" | "county"
                            | "city" | "federal" | "local" | "then"
                    ))
        })
}

/// Words that qualify a name at `lead` and open the clause, after its start or a comma: "At a
/// rally, Trump's primary rival | Marco Rubio (R-Fla.) said". The word before the name is
/// its role, in lower case.
fn role_words_before(doc: &Doc, start: usize, subject: &Range<usize>) -> Option<usize> {
    let lead = subject.start;
    let mut from = lead;
    while from > start && from + 5 > lead && is_frame_word(doc, from - 1) && {
        let w = lower(doc, from - 1);
        !is_function_word(w)
            && !is_aux(w)
            && !matches!(w, "neither" | "nor" | "either" | "or" | "and" | "both")
            && (doc.is_capitalised(from - 1)
                || w.ends_with("'s")
                || w.ends_with("’s")
                || !finite_verb_like(doc, from - 1))
    } {
        from -= 1;
    }
    // ("the mayor's chief rival Ivo Brandt": a determiner opens them.)
    if from < lead
        && from > start
        && is_frame_word(doc, from - 1)
        && matches!(
            lower(doc, from - 1),
            "the" | "his" | "her" | "their" | "its"
        )
    {
        from -= 1;
    }
    // ("As the urban planner Jan Gehl once put it, ...": after an "as" that opens the
    // sentence.)
    let after_as = || {
        from > start
            && is_frame_word(doc, from - 1)
            && lower(doc, from - 1) == "as"
            && leading_connectives(doc, start, from - 1) == from - 1
    };
    (from < lead
        && subject.clone().any(|t| doc.is_capitalised(t))
        && !doc.is_capitalised(lead - 1)
        && (from == leading_connectives(doc, start, lead)
            || doc.is_punct(from - 1, ",")
            || after_as()))
    .then_some(from)
}

/// Are the tokens `from..to` a role and "and" ("Former prosecutor and", "the actor and"),
/// before a role (at `to`) or after one?
fn roles_joined(doc: &Doc, from: usize, to: usize) -> bool {
    to > from + 1
        && to <= from + 5
        && lower(doc, to - 1) == "and"
        && (from..to - 1).all(|t| is_frame_word(doc, t))
        && (from..=to).any(|t| is_nominal_head(lower(doc, t)))
        && !(from..to - 1).any(|t| is_function_word(lower(doc, t)) && lower(doc, t) != "the")
}

/// A lower-case particle inside a person's name: "Veronique de Rugy", "Lula da Silva",
/// "Frans van der Berg".
/// The subject noun phrase starting at `start` (after the cue: "said Blinken", "said the
/// ministry", "said union leader Nia Pryce", "according to a spokesman for the campaign").
fn subject_right(doc: &Doc, start: usize, end: usize) -> Option<Range<usize>> {
    if start >= end || !is_frame_word(doc, start) {
        return None;
    }
    let first = lower(doc, start);
    if matches!(pronoun(first), Some(p) if p != crate::entities::Pronoun::Other) {
        return Some(start..start + 1);
    }
    // ("said that online messages ...": after the verb, "that" opens its clause.)
    if first == "that" {
        return None;
    }
    // ("said one, Omar Reyes, outside": one of those just named, and the name.)
    if matches!(first, "one" | "another") && start + 2 < end && doc.is_punct(start + 1, ",") {
        let name = start + 2;
        let last = (name..end)
            .take_while(|&u| is_frame_word(doc, u) && doc.is_capitalised(u))
            .last()?;
        return (!is_function_word(lower(doc, name))).then_some(name..last + 1);
    }
    // "one of those advisers", "some of his aides": a part of a group.
    if matches!(
        first,
        "one" | "two" | "three" | "some" | "many" | "several" | "most" | "both" | "each" | "none"
    ) && start + 2 < end
        && lower(doc, start + 1) == "of"
    {
        let inner = subject_right(doc, start + 2, end)?;
        return Some(start..inner.end);
    }
    let mut t = start;
    if DETERMINERS.contains(&first) {
        t += 1;
    }
    // Modifiers and role words, then a capitalised name.
    let mut saw_head = false;
    let mut saw_name = false;
    while t < end && t < start + 12 {
        // ("said the dockers' union": past a plural possessor's apostrophe.)
        if t > start && plural_possessive_mark(doc, t) {
            t += 1;
            continue;
        }
        // ("said Local 1187 president Ana Holt": a branch's number.)
        if saw_name
            && doc.tokens[t].kind() == TokenKind::Number
            && doc.is_capitalised(t - 1)
            && crate::entities::numbered_name(lower(doc, t - 1))
        {
            t += 1;
            continue;
        }
        if !is_frame_word(doc, t) {
            break;
        }
        let w = lower(doc, t);
        let cap = doc.is_capitalised(t) && !is_calendar_word(w) && !is_function_word(w);
        if let Some((len, _)) = title_at(doc, t, end) {
            saw_head = true;
            t += len;
            continue;
        }
        if cap || w.ends_with("’s") || w.ends_with("'s") {
            saw_name |= cap;
            t += 1;
            continue;
        }
        if is_nominal_head(strip_possessive(w)) {
            saw_head = true;
            t += 1;
            continue;
        }
        // ("said Veronique de Rugy": a particle inside a name.)
        // ("said Frans van der Berg": two particles.)
        if (w == "of" || name_particle(w))
            && saw_name
            && (t + 1 < end && doc.is_capitalised(t + 1)
                || name_particle(w)
                    && t + 2 < end
                    && name_particle(lower(doc, t + 1))
                    && doc.is_capitalised(t + 2))
        {
            t += 1;
            continue;
        }
        // ("according to the Kenya National Commission on Human Rights": "on" after a word
        // for a body goes on with its name.)
        if w == "on"
            && saw_name
            && t + 1 < end
            && doc.is_capitalised(t + 1)
            && !is_calendar_word(lower(doc, t + 1))
            && crate::entities::is_org_word(doc.word(t - 1))
        {
            t += 1;
            continue;
        }
        // ("said Ada Lind of the Alliance of Tenants for Fair Rent": "for" inside a body's
        // name.)
        if w == "for"
            && saw_name
            && t + 1 < end
            && doc.is_capitalised(t + 1)
            && (start..t)
                .rev()
                .find(|&u| lower(doc, u) == "the")
                .is_some_and(|the| crate::entities::body_of_before(doc, the + 1..t))
        {
            t += 1;
            continue;
        }
        // ("said Ada Wren of the University of Cambridge": "the" and a body's name.)
        if w == "of"
            && saw_name
            && t + 2 < end
            && lower(doc, t + 1) == "the"
            && (t + 2..end.min(t + 6))
                .take_while(|&u| is_frame_word(doc, u) && doc.is_capitalised(u))
                .any(|u| crate::entities::is_org_word(doc.word(u)))
        {
            t += 2;
            continue;
        }
        // ("according to the secretary of state's office": a role's own body.)
        if w == "of"
            && saw_head
            && t + 2 < end
            && (t + 1..t + 3).all(|u| is_frame_word(doc, u))
            && strip_possessive(lower(doc, t + 1)) != lower(doc, t + 1)
            && is_nominal_head(lower(doc, t + 2))
        {
            t += 3;
            continue;
        }
        // A lower-case modifier only before a head: "regional" in "the regional fire service".
        // (After a determiner an adverb too: "said a visibly angry Ada Wren".)
        if !saw_name
            && !is_function_word(w)
            && !is_aux(w)
            && !w.ends_with("ing")
            && (!is_ly_adverb(w) || t > start && DETERMINERS.contains(&first))
        {
            let mut u = t + 1;
            while u < end
                && u < t + 4
                && (plural_possessive_mark(doc, u)
                    || is_frame_word(doc, u)
                        && !is_nominal_head(lower(doc, u))
                        && !doc.is_capitalised(u)
                        && !is_function_word(lower(doc, u)))
            {
                u += 1;
            }
            // ... or before a name: "said retired neurosurgeon Ben Carson".
            let name_after = u > t + 1
                && u < end
                && is_frame_word(doc, u)
                && doc.is_capitalised(u)
                && !is_function_word(lower(doc, u))
                && !is_calendar_word(lower(doc, u));
            // ... or one word for someone who does something before a full name: "said
            // pianist Ethan Iverson".
            // ("said co-author Ana de Souza": a particle inside the name.)
            let name_word = |v: usize| {
                is_frame_word(doc, v)
                    && doc.is_capitalised(v)
                    && !is_function_word(lower(doc, v))
                    && !is_calendar_word(lower(doc, v))
            };
            let occupation = u == t + 1
                && u + 1 < end
                && crate::entities::occupation_like(w)
                && name_word(u)
                && (name_word(u + 1)
                    || u + 2 < end && name_particle(lower(doc, u + 1)) && name_word(u + 2));
            if u < end
                && is_frame_word(doc, u)
                && (is_nominal_head(lower(doc, u))
                    || title_at(doc, u, end).is_some()
                    || name_after
                    || occupation)
            {
                t = u;
                continue;
            }
        }
        break;
    }
    if !(saw_head || saw_name) {
        return determined_np_right(doc, start, end);
    }
    // "for the campaign": a nominal's organisation.
    if saw_head && !saw_name && t + 1 < end && matches!(lower(doc, t), "for" | "of" | "at") {
        let mut u = t + 1;
        while u < end
            && is_frame_word(doc, u)
            && (doc.is_capitalised(u) || matches!(lower(doc, u), "the"))
        {
            u += 1;
        }
        if u > t + 1 && doc.is_capitalised(u - 1) {
            t = u;
        } else if u > t + 1 && lower(doc, u - 1) == "the" {
            // ("said a lawyer for the family", "the head of the dockers union": a body or a
            // group named by common nouns.)
            let body = (u..end.min(u + 3))
                .take_while(|&v| noun_like(doc, v) && !doc.is_capitalised(v))
                .last()
                .filter(|&v| {
                    let w = lower(doc, v);
                    crate::entities::is_body_noun(w) || matches!(w, "family" | "board" | "group")
                });
            if let Some(last) = body {
                t = last + 1;
            }
        }
    }
    (t > start).then_some(start..t)
}

/// Words that open a noun phrase of common nouns: "the designer", "a 2008 campaign veteran",
/// "one former aide", "some party strategists".
fn opens_determined_np(word: &str) -> bool {
    DETERMINERS.contains(&word)
        || matches!(
            word,
            "this"
                | "that"
                | "these"
                | "those"
                | "all"
                | "both"
                | "each"
                | "every"
                | "five"
                | "six"
                | "seven"
                | "eight"
                | "nine"
                | "ten"
                | "dozens"
                | "hundreds"
        )
}

/// A word that can end (head) or sit inside a noun phrase of common nouns: not a function
/// word, an auxiliary, an adverb, a gerund or a speech verb.
fn noun_like(doc: &Doc, token: usize) -> bool {
    if doc.tokens[token].kind() == TokenKind::Number && doc.tokens[token].quote().is_none() {
        return true;
    }
    if !is_frame_word(doc, token) {
        return false;
    }
    let w = lower(doc, token);
    !is_function_word(w)
        && !is_aux(w)
        && !is_ly_adverb(w)
        && (!w.ends_with("ing") || is_ing_noun(w))
        && !is_calendar_word(w)
        && !lexicon().verbs.contains_key(w)
}

/// A word in -ing that is a noun or a noun's modifier, not a participle: "the lobbying
/// firms", "a polling firm".
fn is_ing_noun(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "lobbying",
        "polling",
        "building",
        "meeting",
        "hearing",
        "briefing",
        "spending",
        "funding",
        "housing",
        "training",
        "marketing",
        "planning",
        "banking",
        "mining",
        "shipping",
        "fishing",
        "ruling",
        "wedding",
        "consulting",
        "advertising",
        "broadcasting",
        "publishing",
        "manufacturing",
        "engineering",
        "accounting",
        "nursing",
        "thing",
        "king",
        "ring",
        "wing",
        "spring",
        "ceiling",
        "clothing",
        "fundraising",
        "organizing",
        "ranking",
        "governing",
    ];
    WORDS.contains(&word)
}

/// "said the designer, who ...", "said a 2008 campaign veteran.": after an inverted cue, a
/// determiner, modifiers and a head noun, up to the end of the phrase.
fn determined_np_right(doc: &Doc, start: usize, end: usize) -> Option<Range<usize>> {
    if !opens_determined_np(lower(doc, start)) {
        return None;
    }
    let mut t = start + 1;
    // (A past tense after a noun ends the phrase: "said the event brought back memories" has
    // a clause after the verb, not its subject; "said the retired teacher" does.)
    let past = |t: usize| {
        let w = lower(doc, t);
        is_irregular_past(w) || w.len() > 4 && w.ends_with("ed") && !w.ends_with("eed")
    };
    while t < end && t < start + 7 && noun_like(doc, t) && !(t > start + 1 && past(t)) {
        t += 1;
    }
    let ends_phrase = t >= end
        || doc.tokens[t].kind() == TokenKind::Punct
        || matches!(doc.tokens[t].kind(), TokenKind::Open(_))
        || is_frame_word(doc, t)
            && matches!(
                lower(doc, t),
                "who"
                    | "in"
                    | "at"
                    | "on"
                    | "during"
                    | "after"
                    | "from"
                    | "with"
                    | "and"
                    | "to"
                    | "when"
                    | "as"
                    | "outside"
                    | "before"
                    | "while"
            );
    (t > start + 1 && ends_phrase).then_some(start..t)
}

/// "Some party strategists said", "People briefed on the plan said", ", respondents said,":
/// a noun phrase of common nouns opening a clause (at the start of the sentence, after its
/// connectives or after a comma), with no verb in it.
fn clause_np_left(doc: &Doc, sentence_start: usize, end: usize) -> Option<Range<usize>> {
    let head = end - 1;
    // ("a study published Monday reported", "a report released last week in Geneva found":
    // when a participle's noun phrase was published.)
    let timed = |t: usize| is_frame_word(doc, t) && is_when_word(lower(doc, t));
    let time = |t: usize| when_end(doc, t, end) > t;
    // ("One tweet said": a noun that can be a verb; see `heads_subject`.)
    if !noun_like(doc, head)
        && !heads_subject(doc, head, sentence_start..end + 1)
        && !(head > sentence_start + 2 && time(head - 1) && lower(doc, head - 2).ends_with("ed")
            || head > sentence_start + 1 && timed(head) && lower(doc, head - 1).ends_with("ed"))
    {
        return None;
    }
    let mut start = head;
    let mut words = 1;
    while start > sentence_start && words < 9 {
        let t = start - 1;
        if !is_frame_word(doc, t) && doc.tokens[t].kind() != TokenKind::Number {
            break;
        }
        let w = lower(doc, t);
        let inside = noun_like(doc, t)
            || opens_determined_np(w)
            // ("a report released last week": a noun after "a" before its participle.)
            || t > sentence_start
                && matches!(lower(doc, t - 1), "a" | "an" | "the")
                && !is_aux(w)
                && lower(doc, t + 1).ends_with("ed")
            || matches!(
                w,
                "of" | "in" | "at" | "for" | "from" | "on" | "with" | "close" | "familiar"
            )
            // "sources close to the campaign".
            || w == "to" && t > sentence_start && matches!(lower(doc, t - 1), "close" | "closer")
            // "An aide to Sen. Ada Wren": a role that serves someone (not "an admission that
            // aides to Wren ...": a clause of its own).
            || w == "to"
                && t > sentence_start + 1
                && matches!(
                    lower(doc, t - 1),
                    "aide" | "aides" | "adviser" | "advisers" | "advisor" | "advisors"
                )
                && !doc.is_capitalised(t - 1)
                && lower(doc, t - 2) != "that"
            // "People briefed on the plan": a participle after a noun.
            // ("a report released last week found": a noun after "a", though it may be a
            // verb.)
            || (w.ends_with("ed")
                && t > sentence_start
                && (noun_like(doc, t - 1)
                    || t > sentence_start + 1
                        && is_frame_word(doc, t - 1)
                        && matches!(lower(doc, t - 2), "a" | "an" | "the")))
            || time(t) && t > sentence_start && lower(doc, t - 1).ends_with("ed")
            || timed(t) && t > sentence_start + 1 && matches!(lower(doc, t - 1), "on" | "last" | "this" | "earlier")
            // "About 52 percent", "nearly half".
            || matches!(
                w,
                "about" | "nearly" | "almost" | "roughly" | "around" | "over" | "just" | "only"
            ) && (doc.tokens[t + 1].kind() == TokenKind::Number
                || matches!(lower(doc, t + 1), "half" | "all" | "two-thirds" | "one-third"));
        if !inside {
            break;
        }
        start = t;
        words += 1;
    }
    // Back over a determiner-less preposition at the start: "In Iowa voters said" is a setting.
    if matches!(
        lower(doc, start),
        "of" | "in" | "at" | "for" | "from" | "on"
    ) {
        return None;
    }
    let boundary = start == sentence_start
        || !is_frame_word(doc, start - 1) && doc.tokens[start - 1].kind() != TokenKind::Number
        || leading_connectives(doc, sentence_start, start) == start
        || matches!(
            lower(doc, start - 1),
            "and"
                | "but"
                | "however"
                | "yet"
                | "because"
                | "which"
                | "that"
                | "now"
                | "when"
                | "after"
                | "before"
                | "since"
                | "although"
                | "though"
                | "once"
                | "until"
        );
    (boundary && start <= head).then_some(start..end)
}

/// The main subject of a sentence, for participles and infinitives: the subject of its first
/// verb, found as the first name or pronoun at the start of a clause.
/// Common irregular past forms, for finding a sentence's first verb ("put out a statement").
/// A participle negated by "un-", an adjective rather than a verb: "left rates unchanged",
/// "unopposed", "unharmed" (not "unveiled", "unleashed": verbs of their own; nor "under-").
fn negated_participle(word: &str) -> bool {
    word.starts_with("un")
        && !word.starts_with("under")
        && !matches!(
            word,
            "unveiled"
                | "unleashed"
                | "unearthed"
                | "unlocked"
                | "unsealed"
                | "unfolded"
                | "unloaded"
                | "unpacked"
                | "unraveled"
                | "unravelled"
                | "unified"
                | "united"
                | "unplugged"
                | "unwrapped"
        )
}

pub(crate) fn is_irregular_past(word: &str) -> bool {
    matches!(
        word,
        "put"
            | "sent"
            | "gave"
            | "made"
            | "took"
            | "got"
            | "held"
            | "kept"
            | "brought"
            | "began"
            | "sought"
            | "spoke"
            | "met"
            | "led"
            | "won"
            | "lost"
            | "left"
            | "came"
            | "went"
            | "ran"
            | "sat"
            | "stood"
            | "struck"
            | "drew"
            | "threw"
            | "saw"
            | "felt"
            | "paid"
            | "sold"
            | "bought"
            | "caught"
            | "fought"
            | "hit"
            | "cut"
            | "became"
            | "grew"
            | "chose"
            | "wore"
            | "broke"
            | "rode"
            | "flew"
            | "built"
            | "spent"
            | "told"
            | "said"
            | "thought"
            | "knew"
            | "found"
            | "wrote"
            | "heard"
            | "understood"
            | "meant"
            | "taught"
            | "fell"
            | "rose"
            | "shook"
            | "shot"
            | "sang"
            | "stole"
            | "swore"
            | "withdrew"
            | "forgot"
            | "froze"
            | "drove"
            | "fled"
            | "overcame"
            | "undertook"
            | "upheld"
            | "wept"
            | "stuck"
            | "shrank"
            | "sank"
            | "swam"
            | "drank"
            | "ate"
            | "forgave"
            | "hid"
            | "dealt"
            | "dug"
            | "fed"
            | "lent"
            | "slept"
            | "slid"
            | "spun"
            | "sprang"
            | "swept"
            | "swung"
            | "tore"
            | "woke"
            | "arose"
            | "awoke"
            | "clung"
            | "crept"
            | "rang"
            | "shone"
            | "strode"
            | "underwent"
            | "withheld"
            | "withstood"
            | "overtook"
            | "overthrew"
            | "oversaw"
            | "rebuilt"
            | "foresaw"
            | "mistook"
            | "forbade"
            | "hurt"
            | "stung"
            | "quit"
            | "shut"
            | "bled"
            | "bent"
    )
}

fn main_subject(doc: &Doc, range: Range<usize>, before: usize) -> Option<Range<usize>> {
    // The subject of the first verb of the sentence: "Dean, a former chairman, poked at ...".
    // (Not a verb of a relative clause between commas: "Sanders, who has made ..., went".)
    let mut relative = false;
    let first_verb = (range.start + 1..before).find(|&t| {
        if doc.is_punct(t, ",") {
            relative = t + 1 < before && matches!(lower(doc, t + 1), "who" | "which" | "whose");
            return false;
        }
        // (Not a word after a determiner: "In a widely read column, ...".)
        let determined = |u: usize| matches!(lower(doc, u), "a" | "an" | "the");
        let after_determiner = determined(t - 1)
            || t >= range.start + 2 && is_ly_adverb(lower(doc, t - 1)) && determined(t - 2);
        !relative && !after_determiner && is_frame_word(doc, t) && !doc.is_capitalised(t) && {
            let w = lower(doc, t);
            matches!(
                w,
                "has"
                    | "have"
                    | "had"
                    | "is"
                    | "was"
                    | "were"
                    | "are"
                    | "will"
                    | "would"
                    | "did"
                    | "does"
                    | "can"
                    | "could"
            ) || (w.ends_with("ed") && w.len() > 3)
                || w.ends_with("n't")
                || w.ends_with("n’t")
                || is_irregular_past(w)
                || lexicon().verbs.contains_key(w)
                // ("The mayor attacks Clinton and claims": a present tense between a noun
                // and the start of its object.)
                // (Not a possessive: "BBC Radio 4's Today programme".)
                || w.ends_with('s')
                    && !w.ends_with("ss")
                    && !w.ends_with("'s")
                    && !w.ends_with("’s")
                    && !is_function_word(w)
                    && t + 1 < before
                    && is_frame_word(doc, t - 1)
                    && !is_function_word(lower(doc, t - 1))
                    && is_frame_word(doc, t + 1)
                    && (doc.is_capitalised(t + 1)
                        || matches!(
                            lower(doc, t + 1),
                            "the" | "a" | "an" | "his" | "her" | "their" | "its"
                        ))
        }
    });
    if let Some(verb) = first_verb {
        // (Connectives before it: "But Brandt only briefly explained". Not a thing someone
        // owns: "its fortunes rose ..., citing".)
        let opens = |subject: &Range<usize>| {
            let lead = subject.start;
            let owned_thing = matches!(lower(doc, lead), "its" | "his" | "her" | "their")
                && !is_nominal_head(lower(doc, subject.end - 1))
                && !is_kin_or_circle(lower(doc, subject.end - 1));
            !owned_thing
                && (lead == range.start
                    || leading_connectives(doc, range.start, lead + 1) == lead
                    || doc.is_punct(lead - 1, ","))
        };
        // "The senator from Vermont said ...": the noun phrase that opens the sentence.
        // (An adverb may stand between: "Dean, a medical doctor, then appeared".)
        let mut verb = adverbs_before(doc, range.start + 1, verb);
        // (Or a day: "The office of Gov. Ada Wren on Tuesday denied ..., calling".)
        if verb > range.start + 2 && is_calendar_word(lower(doc, verb - 1)) {
            verb -= 1;
            if lower(doc, verb - 1) == "on" {
                verb -= 1;
            }
        }
        let subject = subject_left(doc, range.start, verb)
            .filter(opens)
            .or_else(|| clause_np_left(doc, range.start, verb).filter(opens))
            .or_else(|| {
                // "Sanders, who has made ..., went on to praise ..., citing".
                doc.is_punct(verb - 1, ",")
                    .then(|| appositive_subject(doc, range.start, verb - 1))
                    .flatten()
            });
        if subject.is_some() {
            return subject;
        }
    }
    let opening = leading_connectives(doc, range.start, before);
    let mut t = opening;
    while t < before {
        if !is_frame_word(doc, t) {
            t += 1;
            continue;
        }
        let w = lower(doc, t);
        // (After a quotation that opens the sentence: "“...,” Blige sings ... before asking".)
        let clause_start = t == opening
            || doc.is_punct(t - 1, ",")
            || matches!(doc.tokens[t - 1].kind(), TokenKind::Close(_))
            || matches!(lower(doc, t - 1), "and" | "but" | "however" | "then");
        if clause_start {
            if matches!(pronoun(w), Some(p) if p != crate::entities::Pronoun::Other) {
                return Some(t..t + 1);
            }
            let run = crate::entities::capitalised_run(doc, t, before);
            let run = if run.is_empty() && matches!(w, "the" | "a" | "an") {
                let inner = crate::entities::capitalised_run(doc, t + 1, before);
                if inner.is_empty() {
                    inner
                } else {
                    t..inner.end
                }
            } else {
                run
            };
            if !run.is_empty() && run.end < before {
                let next = lower(doc, run.end);
                // "Hastily leaving the stage, Trump ...": an adverb opening a participle.
                let adverb = run.len() == 1 && is_ly_adverb(w) && next.ends_with("ing");
                // Followed by a verb-like word, not by a comma (a fronted phrase).
                if !adverb
                    && (!doc.is_punct(run.end, ",") && !is_function_word(next) || is_aux(next))
                {
                    return Some(run);
                }
            }
        }
        t += 1;
    }
    None
}

/// Is this statement's frame a comma, its source and its cue (in either order) after its
/// words, at the end of the sentence: "..., the source added." / "..., said Mr. Lund on
/// Friday."?
fn trailing_attribution(doc: &Doc, statement: &Found, cue: &Range<usize>, end: usize) -> bool {
    let Some(source) = &statement.source else {
        return false;
    };
    let words_end = doc.token_at(statement.envelope().end);
    let frame = cue.start.min(source.start)..cue.end.max(source.end);
    // (The comma may sit inside the closing mark: “... perspective,” Ada Wren added.)
    // (Up to the end of the sentence, but for a few words or a relative clause about the
    // speaker: "..., said an official who asked not to be named.")
    // (Or the writer's clause of context after a comma: "..., the ministry said Wednesday,
    // as Berlin seeks to ...".)
    let context = || {
        (frame.end..end.min(frame.end + 4))
            .find(|&t| !is_frame_word(doc, t))
            .is_some_and(|comma| {
                doc.is_punct(comma, ",")
                    && comma + 1 < end
                    && matches!(lower(doc, comma + 1), "as" | "while" | "amid" | "after")
            })
    };
    let tail = end.saturating_sub(frame.end) <= 5
        || {
            let who = (frame.end < end && doc.is_punct(frame.end, ",")) as usize + frame.end;
            speaker_relative(doc, cue.start, who, end)
        }
        || context();
    // (The source next to the verb, or a relative clause about it between them: ", two aides
    // who attended the meeting said.")
    let adjacent = source.end == cue.start
        || cue.end == source.start
        || source.end < cue.start
            && lower(doc, source.end) == "who"
            && (source.end..cue.start).all(|t| is_frame_word(doc, t));
    if words_end > 0
        && words_end == frame.start
        && closes_after_comma(doc, words_end - 1)
        && adjacent
        && tail
    {
        return true;
    }
    let Some(comma) = (words_end..cue.start.min(source.start)).find(|&t| doc.is_punct(t, ","))
    else {
        return false;
    };
    // (Only closing marks between the words and the comma.)
    (words_end..comma).all(|t| matches!(doc.tokens[t].kind(), TokenKind::Close(_)))
        && frame.start == comma + 1
        && adjacent
        && tail
}

/// A list of names that ends with `last` after "and": "Ada Wren (D-Ore.), Ivo Brandt
/// (D-Ohio) and Tom Reyl", each of its names capitalised.
fn named_list(doc: &Doc, floor: usize, last: Range<usize>) -> Option<Range<usize>> {
    // (Each name short: ", and Hillary Clinton said" after a whole clause joins clauses.)
    let named = |np: &Range<usize>| np.len() <= 8 && np.clone().any(|t| doc.is_capitalised(t));
    // ("Ward and other security experts": the last may be the others.)
    if !named(&last) && !matches!(lower(doc, last.start), "other" | "others") {
        return None;
    }
    let and = last.start - 1;
    let mut first = subject_left(doc, floor, and)
        .filter(named)
        .filter(|np| np.end == and)?;
    while first.start > floor + 1 && doc.is_punct(first.start - 1, ",") {
        match subject_left(doc, floor, first.start - 1).filter(named) {
            Some(earlier) if earlier.end + 1 == first.start => first = earlier,
            _ => break,
        }
    }
    Some(first.start..last.end)
}

/// Verbs whose object did what the infinitive after it says: "forced Stumpf to admit". (Not
/// "urged" or "asked": the one urged may never have said it.)
const OBJECT_CONTROL: &[&str] = &[
    "force",
    "forced",
    "forces",
    "forcing",
    "compel",
    "compelled",
    "compels",
    "compelling",
    "persuade",
    "persuaded",
    "persuades",
    "persuading",
    "convince",
    "convinced",
    "convinces",
    "convincing",
    "prompt",
    "prompted",
    "prompts",
    "prompting",
    "got",
    "led",
];

/// The object of a verb of control before the "to" at `to` ("forced Stumpf, who ..., to
/// admit"): the one who speaks the infinitive.
fn object_controller(doc: &Doc, floor: usize, to: usize) -> Option<Range<usize>> {
    let verb = (floor.max(to.saturating_sub(25))..to)
        .rev()
        .find(|&t| is_frame_word(doc, t) && OBJECT_CONTROL.contains(&lower(doc, t)))?;
    // In the passive the subject is the one: "Mr. Reyl was prompted to say".
    if verb + 1 == to && verb > floor && is_be(lower(doc, verb - 1)) {
        let mut be = verb - 1;
        while be > floor && is_aux(lower(doc, be - 1)) {
            be -= 1;
        }
        return subject_left(doc, floor, be);
    }
    let object = subject_right(doc, verb + 1, to)?;
    // The object reaches the "to", or an insertion between commas does.
    let reaches = object.end == to
        || doc.is_punct(object.end, ",")
            && doc.is_punct(to - 1, ",")
            && (object.end + 1..to - 1).all(|t| !doc.is_punct(t, "."));
    (reaches && pronoun(lower(doc, object.start)).is_none()).then_some(object)
}

/// The source without where its words were said: "Ada Wren in an interview with the Herald
/// said", "Wren in her speech called" are Ada Wren's and Wren's.
fn without_setting(doc: &Doc, source: Range<usize>) -> Range<usize> {
    let setting = (source.start + 1..source.end.saturating_sub(2)).find(|&t| {
        setting_at(doc, t) && (t + 2..source.end.min(t + 4)).any(|u| is_setting_noun(doc, u))
    });
    source.start..setting.unwrap_or(source.end)
}

/// "in her speech", "during an interview": at `t`, "in" or "during" and a determiner, after a
/// name.
fn setting_at(doc: &Doc, t: usize) -> bool {
    t > 0
        && matches!(lower(doc, t), "in" | "during")
        && doc.is_capitalised(t - 1)
        && matches!(
            lower(doc, t + 1),
            "a" | "an" | "the" | "his" | "her" | "their" | "its"
        )
}

/// A word for an occasion or a text in which words are said.
fn is_setting_noun(doc: &Doc, t: usize) -> bool {
    // (A list rather than a `match`: asked rarely, and smaller in the wasm.)
    const SETTINGS: &[&str] = &[
        "speech",
        "interview",
        "statement",
        "remarks",
        "letter",
        "address",
        "tweet",
        "post",
        "email",
        "memo",
        "appearance",
        "briefing",
        "conversation",
        "call",
        "message",
        "video",
        "column",
        "op-ed",
        "testimony",
        "debate",
        "rally",
        "book",
    ];
    SETTINGS.contains(&lower(doc, t))
}

/// "a person familiar with the talks": the source runs on through what it knows about, up to
/// the end of the phrase.
fn familiar_with(doc: &Doc, subject: Range<usize>, end: usize) -> Range<usize> {
    let knows = |a: usize| {
        a + 1 < end
            && is_frame_word(doc, a)
            && is_frame_word(doc, a + 1)
            && crate::entities::knows_about(lower(doc, a), lower(doc, a + 1))
    };
    // (The adjective may already close the noun phrase: "a person familiar".)
    let t = if subject.end > subject.start + 1 && knows(subject.end - 1) {
        subject.end - 1
    } else {
        subject.end
    };
    if t + 2 < end && knows(t) {
        let stop = (t + 2..end.min(t + 10))
            .find(|&u| !is_frame_word(doc, u) || finite_verb_like(doc, u))
            .unwrap_or(end);
        if stop > t + 2 && (stop == end || !is_frame_word(doc, stop)) {
            return subject.start..stop;
        }
    }
    subject
}

/// The part of a sentence inside the parentheses that hold the cue, or the whole sentence when
/// the cue is outside any (or the parenthesis lies in another quotation, or holds only the
/// frame: "“...” (she said)" reports the words outside).
fn inside_parentheses(doc: &Doc, range: Range<usize>, cue: &Cue) -> Range<usize> {
    let at = cue.start;
    let mut depth = 0;
    let mut open = None;
    for t in (range.start..at).rev() {
        if doc.is_punct(t, ")") {
            depth += 1;
        } else if doc.is_punct(t, "(") {
            if depth == 0 {
                open = Some(t);
                break;
            }
            depth -= 1;
        }
    }
    let Some(open) = open.filter(|&o| doc.tokens[o].quote() == doc.tokens[at].quote()) else {
        return range;
    };
    let close = (at..range.end)
        .find(|&t| doc.is_punct(t, ")"))
        .unwrap_or(range.end);
    // (A frame alone: the cue, a subject of a few words, perhaps "as".)
    let words = (open + 1..close).filter(|&t| doc.is_word(t)).count();
    if words <= cue.verb.end - cue.start + 3 {
        return range;
    }
    open + 1..close.max(at + 1)
}

/// Builds the statement a cue introduces, if it introduces one.
fn attribute(
    doc: &Doc,
    cue: &Cue,
    range: Range<usize>,
    next_frame: Option<usize>,
    sentence: usize,
) -> Option<Found> {
    let paragraph = doc.tokens[range.start].paragraph();
    // "... (the actual number is lower, according to Factcheck.org)": a cue inside
    // parentheses reports only what they hold.
    let range = inside_parentheses(doc, range, cue);
    // ("“poison pill” measures added by Republicans": a participle with its agent is passive;
    // "added by way of explanation" and "said by telephone" are not.)
    if cue.start == cue.verb.start
        && cue.verb.end + 1 < range.end
        && is_frame_word(doc, cue.verb.end)
        && lower(doc, cue.verb.end) == "by"
        && !matches!(
            lower(doc, cue.verb.end + 1),
            "way"
                | "telephone"
                | "phone"
                | "cellphone"
                | "email"
                | "e-mail"
                | "text"
                | "video"
                | "videoconference"
                | "satellite"
                | "letter"
                | "mail"
                | "fax"
                | "conference"
        )
        && {
            // (A question keeps its asker: "Asked by a reporter whether ...".)
            let verb = lower(doc, cue.verb.end - 1);
            (verb.ends_with("ed") || is_irregular_past(verb))
                && !matches!(verb, "asked" | "questioned" | "pressed" | "quoted")
        }
    {
        return None;
    }
    // ("Once he has said his piece, ...": an idiom, no words reported.)
    if cue.verb.end + 1 < range.end
        && matches!(
            lower(doc, cue.verb.end),
            "his" | "her" | "their" | "my" | "our" | "your" | "its"
        )
        && lower(doc, cue.verb.end + 1) == "piece"
    {
        return None;
    }
    let content_end = next_frame
        .unwrap_or(range.end)
        .min(range.end)
        .max(cue.verb.end);
    let make = |pieces: Vec<Range<usize>>, source: Option<Range<usize>>| -> Option<Found> {
        let pieces: Vec<Range<usize>> = pieces.into_iter().filter(|p| p.start < p.end).collect();
        // ("Nobody said ...", "Neither Wren nor Brandt would say ...", "None of the officials
        // would say ...": no one speaks.)
        if pieces.is_empty() || source.as_ref().is_some_and(|s| names_nobody(doc, s)) {
            return None;
        }
        Some(Found::cued(
            kind_of(doc, &pieces),
            pieces,
            cue.start..cue.verb.end,
            source.map(|s| without_setting(doc, s)),
            sentence,
            paragraph,
        ))
    };

    if cue.according {
        // "In her words, the plan was “a disaster.”": the owner of the words speaks.
        if cue.verb.len() == 3 && lower(doc, cue.verb.start) == "in" {
            let owner = cue.verb.start + 1..cue.verb.start + 2;
            let mut from = cue.verb.end;
            if from < content_end && doc.is_punct(from, ",") {
                from += 1;
            }
            return make(content_after(doc, from, content_end, false)?, Some(owner));
        }
        let subject = subject_right(doc, cue.verb.end, range.end)
            .or_else(|| according_source(doc, cue.verb.end, range.end))?;
        // ("According to the Office of Rail and Road, ...": a name that goes on past "and"
        // up to the comma.)
        let subject = {
            let and = subject.end;
            let name_end = (and + 1..range.end)
                .find(|&t| !(is_frame_word(doc, t) && doc.is_capitalised(t)))
                .unwrap_or(range.end);
            let joined = and + 1 < range.end
                && is_frame_word(doc, and)
                && lower(doc, and) == "and"
                && name_end > and + 1
                && name_end < range.end
                && doc.is_punct(name_end, ",");
            if joined {
                subject.start..name_end
            } else {
                subject
            }
        };
        // "According to a statement from the White House, ...": the source runs on through a
        // phrase of its own up to the comma; at the end of the sentence, through "from X" or
        // "by X" ("..., according to a statement issued by the mayor.").
        // ("a court document", "a campaign memo": a compound ending in a word for a text.)
        let subject = match lower(doc, subject.end.min(range.end - 1)) {
            "document" | "documents" | "filing" | "filings" | "memo" | "records" | "letter"
            | "report" | "statement" | "complaint" | "transcript" | "release" | "figures"
            | "data" | "statistics" | "estimates"
                if subject.end < range.end && is_frame_word(doc, subject.end) =>
            {
                subject.start..subject.end + 1
            }
            _ => subject,
        };
        // "According to White House pool reports, ...", "..., according to Pentagon budget
        // documents.": common nouns after a name, up to the comma or the end of the
        // sentence, finish the source's noun phrase.
        let compound = (subject.end..range.end.min(subject.end + 3))
            .take_while(|&t| {
                let w = lower(doc, t);
                is_frame_word(doc, t)
                    && !doc.is_capitalised(t)
                    && !is_function_word(w)
                    && !is_aux(w)
                    && !w.ends_with("ed")
                    && !is_irregular_past(w)
                    && !is_ly_adverb(w)
            })
            .last()
            .map_or(subject.end, |t| t + 1);
        let subject = if compound > subject.end
            && doc.tokens[subject.end - 1].capitalised
            && (compound + 1 < range.end && doc.is_punct(compound, ",")
                || compound + 1 == range.end && doc.is_punct(compound, "."))
        {
            subject.start..compound
        } else {
            subject
        };
        let mut link = match lower(doc, subject.end.min(range.end - 1)) {
            "issued" | "released" | "filed" | "published" | "written" | "signed" | "sent"
            | "posted" | "prepared" | "familiar" | "close" | "unsealed" | "obtained" => {
                subject.end + 1
            }
            _ => subject.end,
        };
        // ("According to the indictment unsealed Tuesday, ...", "a report released on Monday
        // by the agency": when the text appeared.)
        let published = link > subject.end && lower(doc, link - 1) != "close";
        if published {
            link = when_end(doc, link, range.end);
        }
        let stop = (link..range.end.min(subject.end + 10)).find(|&t| !is_frame_word(doc, t));
        let trailing = cue.start > range.start;
        // ("a person familiar with the talks": who the source is.)
        let familiar_with = link > 0
            && link < range.end
            && crate::entities::knows_about(lower(doc, link - 1), lower(doc, link));
        let subject = match stop {
            Some(end)
                if published
                    && end == link
                    && (doc.is_punct(end, ",") || trailing && end + 1 == range.end) =>
            {
                subject.start..end
            }
            // ("According to a study in The Lancet, ...": where a document appeared.)
            Some(comma)
                if comma > link + 1
                    && doc.is_punct(comma, ",")
                    && (matches!(lower(doc, link), "from" | "by" | "of" | "at" | "for")
                        || familiar_with
                        || lower(doc, link) == "in"
                            && link == subject.end
                            && (crate::entities::is_document_noun(lower(doc, link - 1))
                                || matches!(lower(doc, link - 1), "paper" | "article")))
                    && !(link..comma).any(|t| finite_verb_like(doc, t)) =>
            {
                subject.start..comma
            }
            Some(end)
                if trailing
                    && end > link + 1
                    && end + 1 == range.end
                    && doc.is_punct(end, ".")
                    && (matches!(lower(doc, link), "from" | "by") || familiar_with)
                    && !(link..end).any(|t| finite_verb_like(doc, t)) =>
            {
                subject.start..end
            }
            _ => subject,
        };
        // "According to X, ..." or "..., according to X."
        let lead = leading_connectives(doc, range.start, cue.start);
        // (A relative clause about the source is no part of what it said: "According to
        // Ada Wren, who runs the harbor, the port ...".)
        let after_source = |mut from: usize| {
            if from < range.end && doc.is_punct(from, ",") {
                from += 1;
                if from < range.end
                    && is_frame_word(doc, from)
                    && matches!(lower(doc, from), "who" | "which")
                {
                    if let Some(comma) = (from + 1..content_end.min(from + 20))
                        .find(|&t| doc.is_punct(t, ",") && doc.tokens[t].quote().is_none())
                    {
                        from = comma + 1;
                    }
                }
                // (Nor an appositive role: "According to Ada Wren, an analyst at Harbor
                // Capital, the banks ...".)
                // (A relative clause may close it: "According to Ada Wren, a close friend of
                // the mayor's who died in 2000, the mayor ...".)
                if from < range.end && matches!(lower(doc, from), "a" | "an" | "the") {
                    let relative = (from + 1..content_end.min(from + 10)).find(|&t| {
                        is_frame_word(doc, t) && matches!(lower(doc, t), "who" | "whose")
                    });
                    let comma = (from + 1..content_end.min(from + 10 + relative.map_or(0, |_| 10)))
                        .find(|&t| {
                            // (Past a year in the relative: "who died in 2000,".)
                            let year =
                                relative.is_some() && doc.tokens[t].kind() == TokenKind::Number;
                            !is_frame_word(doc, t) && !year
                        })
                        .filter(|&t| doc.is_punct(t, ","));
                    let role = comma.is_some_and(|comma| {
                        let role_end = relative.unwrap_or(comma);
                        (from + 1..role_end).any(|t| {
                            is_title_word(strip_possessive(lower(doc, t)))
                                || is_kin_or_circle(lower(doc, t))
                        }) && !(from + 1..role_end).any(|t| finite_verb_like(doc, t))
                    });
                    if let Some(comma) = comma.filter(|_| role) {
                        from = comma + 1;
                    }
                }
            }
            from
        };
        if lead == cue.start {
            let from = after_source(subject.end);
            return make(content_after(doc, from, content_end, false)?, Some(subject));
        }
        // ("..., according to the country's disaster agency, AFAD, which said ...": a name
        // set off after a common noun is the source's own.)
        let subject = {
            let comma = subject.end;
            let run = (comma + 2 < range.end
                && doc.is_punct(comma, ",")
                && !doc.is_capitalised(comma - 1))
            .then(|| crate::entities::capitalised_run(doc, comma + 1, range.end.min(comma + 6)))
            .filter(|run| {
                !run.is_empty()
                    && run.end < range.end
                    && (doc.is_punct(run.end, ",")
                        || run.end + 1 == range.end && doc.is_punct(run.end, "."))
            });
            match run {
                Some(run) => subject.start..run.end,
                None => subject,
            }
        };
        let mut end = cue.start;
        if end > range.start && doc.is_punct(end - 1, ",") {
            end -= 1;
        }
        // "The port, according to Wren, would reopen": inside the clause, the clause around
        // it in two fragments.
        // (Not an appositive, a relative or a comparison about the source: "according to
        // an analysis by Ada Wren, a former aide", "according to the Harbor Fund, more than".)
        let resumes = end < cue.start
            && subject.end + 1 < content_end
            && doc.is_punct(subject.end, ",")
            && is_frame_word(doc, subject.end + 1)
            && !matches!(
                lower(doc, subject.end + 1),
                "a" | "an"
                    | "who"
                    | "whose"
                    | "whom"
                    | "which"
                    | "more"
                    | "less"
                    | "than"
                    | "as"
                    | "its"
                    | "his"
                    | "her"
                    | "their"
                    | "one"
                    | "both"
                    | "including"
                    | "although"
                    | "though"
                    | "while"
                    | "whereas"
                    | "because"
                    | "but"
            )
            // (Nor a second verb of the sentence's subject: "..., according to their
            // attorneys, and said they came away with ...".)
            && !(lower(doc, subject.end + 1) == "and"
                && subject.end + 2 < range.end
                && finite_verb_like(doc, subject.end + 2));
        let resumed = resumes
            .then(|| content_after(doc, after_source(subject.end), content_end, false))
            .flatten();
        if let Some(after) = resumed {
            let before = content_before(doc, range.start, end, 1)?;
            return make(before.into_iter().chain(after).collect(), Some(subject));
        }
        return make(content_before(doc, range.start, end, 3)?, Some(subject));
    }

    if cue.owner {
        return owner_report(doc, cue, range.clone(), content_end)
            .and_then(|(pieces, owner)| make(pieces, Some(owner)));
    }
    if let Some(found) = asked_without_asker(doc, cue, range.clone(), content_end) {
        return make(found.0, found.1);
    }
    if (cue.start..cue.verb.start).any(|a| is_be(lower(doc, a)))
        && lower(doc, cue.verb.start) == "asked"
    {
        return None;
    }
    let form = cue.form?;
    let infinitive = form.bare && cue.start > range.start && lower(doc, cue.start - 1) == "to";
    // "it's fair to say that", "hard to say whether": the writer's hedge, no one's words.
    if infinitive
        && cue.start > range.start + 1
        && matches!(
            lower(doc, cue.start - 2),
            "fair"
                | "safe"
                | "hard"
                | "easy"
                | "difficult"
                | "accurate"
                | "impossible"
                | "possible"
                | "reasonable"
                | "needless"
                | "suffice"
        )
    {
        return None;
    }
    // "is stressing that": a participle after a form of "be" is a finite verb (also run into
    // its pronoun: "He’s claiming that").
    let progressive = (cue.start..cue.verb.start).any(|a| is_be(lower(doc, a)))
        || cue.start > range.start && is_subject_contraction(lower(doc, cue.start - 1));
    // (“A,” Tester said, referring to the excuse, “b.”: a participle of the narrative
    // between two parts of one quotation is no statement of its own.)
    if is_frame_participle(lower(doc, cue.verb.start))
        && comma_before(doc, cue.start)
        && matches!(doc.tokens[range.start].kind(), TokenKind::Open(_))
        && resumed_after_insertion(doc, cue.verb.end, range.end).is_some()
    {
        return None;
    }
    if (form.participle && !progressive) || infinitive {
        // ", saying that ...", "with X saying that ...", "to remind leaders that ...".
        let with_subject = (!infinitive)
            .then(|| with_subject(doc, range.start, cue.start))
            .flatten();
        let after_comma = cue.start > range.start
            && (comma_before(doc, cue.start)
                || matches!(
                    lower(doc, cue.start - 1),
                    "while" | "before" | "after" | "and" | "but" | "by" | "upon" | "beyond"
                        | "besides"
                )
                // ("aside from saying he wants ...", "other than saying ...": words the
                // subject did say.)
                || cue.start > range.start + 1
                    && matches!(
                        (lower(doc, cue.start - 2), lower(doc, cue.start - 1)),
                        ("aside" | "apart", "from") | ("other", "than")
                    )
                // ("was criticized for saying that ...": what the subject is blamed or
                // praised for having said.)
                || lower(doc, cue.start - 1) == "for"
                    && plain_saying(form)
                    && cue.verb.end < range.end
                    && lower(doc, cue.verb.end) == "that"
                || names_a_message(lower(doc, cue.start - 1))
                // ("held up a sign saying “...”": what a sign says, its holder says.)
                || lower(doc, cue.verb.start) == "saying"
                    && matches!(
                        lower(doc, cue.start - 1),
                        "sign" | "signs" | "banner" | "banners" | "placard" | "placards"
                    )
                // ("an email to supporters stating ...": the message's addressee between.)
                // (Only a plain verb of saying: "a letter to the mayor criticizing the
                // plan" and "asking that ..." describe the letter; "a memo to employees
                // explaining the deal, “...”" has an object, not the words.)
                || plain_saying(form)
                    && (matches!(lower(doc, cue.verb.start), "saying" | "stating")
                        || cue.verb.end < range.end
                            && (doc.is_punct(cue.verb.end, ",")
                                || doc.is_punct(cue.verb.end, ":")
                                || lower(doc, cue.verb.end) == "that"
                                || matches!(doc.tokens[cue.verb.end].kind(), TokenKind::Open(_))))
                    && (cue.start.saturating_sub(5).max(range.start + 1)..cue.start - 1).any(|u| {
                    // ("emailed supporters saying: “...”": a verb that sends a message, and
                    // its addressee.)
                    (lower(doc, u) == "to" && names_a_message(lower(doc, u - 1))
                        || sends_message(lower(doc, u)))
                        && (u..cue.start).all(|v| is_frame_word(doc, v))
                })
                // ("released a statement Wednesday saying ...", "a series of tweets early
                // Friday saying")
                || cue.start > range.start + 2
                    && is_calendar_word(lower(doc, cue.start - 1))
                    && (names_a_message(lower(doc, cue.start - 2))
                        || matches!(lower(doc, cue.start - 2), "early" | "late" | "last")
                            && names_a_message(lower(doc, cue.start - 3))));
        // ("Chanting “...,” the protesters gathered": opening the sentence before its
        // quotation; see `fronted_participle`.)
        let opens_quoting = || {
            cue.verb.end < range.end
                && matches!(doc.tokens[cue.verb.end].kind(), TokenKind::Open(_))
                && leading_connectives(doc, range.start, cue.start) == cue.start
        };
        if with_subject.is_none() && !after_comma && !infinitive && !opens_quoting() {
            return None;
        }
        // "While saying that he respects her, Lund went on to doubt ...": a participle
        // clause that opens the sentence ends at the comma before the main clause, whose
        // subject speaks.
        let fronted = (!infinitive)
            .then(|| fronted_participle(doc, range.clone(), cue))
            .flatten();
        // ("Ada Wren, after saying she would not run, bought airtime": an insertion after
        // the subject ends at the comma before the sentence's own verb.)
        let inserted = (with_subject.is_none() && fronted.is_none() && !infinitive)
            .then(|| insertion_subject(doc, range.clone(), cue.start))
            .flatten();
        let content_end = match (&fronted, &inserted) {
            (Some(f), _) => f.0,
            (None, Some(_)) => insertion_end(doc, cue.verb.end, content_end),
            // ("with 50 percent saying she is prepared, compared with ...": the words of a
            // "with" clause end where the frame goes on.)
            (None, None) => match &with_subject {
                // ("With Ada Wren saying “...,” the vote failed": a "with" phrase that opens
                // the sentence ends at its comma.)
                Some(subject)
                    if subject.start > range.start
                        && lower(doc, subject.start - 1) == "with"
                        && leading_connectives(doc, range.start, subject.start - 1)
                            == subject.start - 1 =>
                {
                    (cue.verb.end + 1..content_end)
                        .find(|&t| {
                            doc.is_punct(t, ",") && doc.tokens[t].quote().is_none()
                                || closes_after_comma(doc, t)
                        })
                        .map_or(content_end, |t| {
                            if closes_after_comma(doc, t) {
                                t + 1
                            } else {
                                t
                            }
                        })
                }
                Some(subject) => {
                    let end =
                        reported_end(doc, range.start, subject.start, cue.verb.end, content_end);
                    // ("with Berlin calling it “overdue” and Paris warning of “a disaster”":
                    // the words end where a second subject's participle of speech begins.)
                    let with =
                        subject.start > range.start && lower(doc, subject.start - 1) == "with";
                    (cue.verb.end + 1..end)
                        .filter(|_| with)
                        .find(|&t| {
                            is_frame_word(doc, t)
                                && lower(doc, t) == "and"
                                && (t + 2..end.min(t + 5)).any(|u| {
                                    let w = lower(doc, u);
                                    w.ends_with("ing")
                                        && lexicon().verbs.contains_key(w)
                                        && (t + 1..u).all(|v| second_subject_word(doc, v))
                                })
                        })
                        .unwrap_or(end)
                }
                // ("..., declaring it “a super Tuesday” and said it was ...": the subject's
                // second verb of speech reports words of its own; "arguing that it hurt him
                // and exposed a weakness" goes on.)
                // (Not after "that": "arguing that it showed “intent” and indicated ..." may
                // go on with the clause's own subject.)
                None if lower(doc, cue.verb.end.min(content_end - 1)) == "that" => content_end,
                None => (cue.verb.end + 3..content_end)
                    .find(|&t| {
                        joined_speech_clause(doc, t, content_end, false)
                            && lexicon().verbs.get(lower(doc, t + 1)).is_some_and(|forms| {
                                forms.iter().any(|f| {
                                    !(f.participle || f.bare || f.flags.weak) && f.words.len() == 1
                                })
                            })
                    })
                    .unwrap_or(content_end)
                    // (A second verb of a subordinate clause's subject ends with the clause:
                    // "Though she called ... and called for X, Clinton restricted ...".)
                    .min(reported_end(
                        doc,
                        range.start,
                        cue.verb.start,
                        cue.verb.end,
                        content_end,
                    )),
            },
        };
        let (pieces, explicit) = match clause_after(doc, cue, cue.verb.end, content_end) {
            Some(found) => found,
            None if infinitive => (quoted_object(doc, cue, content_end)?, true),
            None => (object_report(doc, cue, content_end)?, true),
        };
        // (A bare clause only with a pronoun for its subject: "rushed to TV to say he did
        // not represent the party".)
        let pronoun_clause = pieces.first().is_some_and(|piece| {
            let first = doc.token_at(piece.start);
            plain_saying(form)
                && first < doc.tokens.len()
                && matches!(
                    lower(doc, first).split(['’', '\'']).next().unwrap_or(""),
                    "he" | "she" | "they" | "we" | "i"
                )
        });
        // (Or "say" and a clause with a noun phrase, after an act done in the past: "went on
        // television to say the pier was closed"; not what is yet to be said, "is expected to
        // say", "plans to say", nor a hedge, "too early to say".)
        let done_to_say = infinitive
            && lower(doc, cue.verb.start) == "say"
            && pieces.first().is_some_and(|piece| {
                let first = doc.token_at(piece.start);
                first < doc.tokens.len()
                    && matches!(
                        lower(doc, first),
                        "the" | "a" | "an" | "his" | "her" | "their" | "its"
                    )
                    && (first + 1..doc.token_at(piece.end - 1))
                        .any(|u| is_aux(lower(doc, u)) || finite_verb_like(doc, u))
            })
            && {
                let window = cue.start.saturating_sub(5).max(range.start)..cue.start - 1;
                let past = window.clone().find(|&u| {
                    let w = lower(doc, u);
                    is_frame_word(doc, u)
                        && !doc.is_capitalised(u)
                        && (is_irregular_past(w) || w.len() > 4 && w.ends_with("ed"))
                });
                past.is_some_and(|p| {
                    let passive = p > range.start && is_be(lower(doc, p - 1));
                    let unsaid = matches!(
                        lower(doc, p),
                        "expected"
                            | "planned"
                            | "hoped"
                            | "wanted"
                            | "declined"
                            | "refused"
                            | "tried"
                            | "needed"
                    );
                    !(passive || unsaid)
                })
            };
        if infinitive && !explicit && !pronoun_clause && !done_to_say {
            return None;
        }
        let source = with_subject
            .or(fronted.map(|f| f.1))
            .or_else(|| {
                infinitive
                    .then(|| object_controller(doc, range.start, cue.start - 1))
                    .flatten()
            })
            .or_else(|| {
                infinitive
                    .then(|| response_owner(doc, range.clone(), cue.start))
                    .flatten()
            })
            .or_else(|| gerund_subject(doc, range.clone(), cue.start))
            .or_else(|| chained_subject(doc, range.clone(), cue.start))
            .or_else(|| insertion_subject(doc, range.clone(), cue.start))
            .or_else(|| coordinated_subject(doc, range.clone(), cue.start))
            .or_else(|| {
                main_subject(doc, range.clone(), cue.start)
                    .map(|main| event_subject(doc, &main, cue.start).unwrap_or(main))
            })
            .or_else(|| opening_subject(doc, range.clone(), cue.start))
            // ("A letter calling for his resignation was signed ...": the noun the participle
            // qualifies.)
            .or_else(|| {
                participle_in_subject(doc, cue)
                    .then(|| leading_connectives(doc, range.start, cue.start)..cue.start)
                    .filter(|subject| subject.start < subject.end)
            })
            // ("Shares of Target plunged ..., citing weaker spending": the company cites, not
            // its shares.)
            .map(|subject| {
                let of = subject.start + 1;
                let shares = of + 1 < subject.end
                    && matches!(lower(doc, subject.start), "shares" | "stock" | "stocks")
                    && lower(doc, of) == "of";
                if shares {
                    let the = usize::from(lower(doc, of + 1) == "the");
                    of + 1 + the..subject.end
                } else {
                    subject
                }
            });
        return make(pieces, source);
    }

    // A finite verb: its subject stands before it ("Blinken said") or after it ("said Blinken").
    let opens_clause = |s: &Range<usize>| {
        let lead = s.start;
        let nominative =
            s.len() == 1 && matches!(lower(doc, lead), "he" | "she" | "they" | "we" | "i");
        nominative
            || lead == range.start
            || leading_connectives(doc, range.start, lead) == lead
            || !is_frame_word(doc, lead - 1)
            || matches!(
                lower(doc, lead - 1),
                "and"
                    | "but"
                    | "that"
                    | "which"
                    | "as"
                    | "after"
                    | "when"
                    | "while"
                    | "because"
                    | "since"
                    | "so"
                    | "though"
                    | "although"
                    | "if"
                    | "whether"
                    | "where"
                    | "yet"
                    | "before"
                    | "until"
                    | "once"
                    | "now"
                    | "then"
                    | "later"
                    | "meanwhile"
                    // ("Even China, a close ally, said": a focus word.)
                    | "even"
            )
            || setting_before(doc, range.start, s)
            // ("..., a move Moldova's president hailed as “...”": after "a" and a noun, whose
            // subject an owner or "the" opens, before a verb that names what it speaks of.)
            || (form.flags.complement || form.flags.judges || form.flags.judges_as)
                && lead >= range.start + 2
                && matches!(lower(doc, lead - 2), "a" | "an" | "the")
                // (A noun after "a", though it may be a verb: "a charge", "a claim".)
                && !doc.is_capitalised(lead - 1)
                && is_frame_word(doc, lead - 1)
                && !is_function_word(lower(doc, lead - 1))
                && !is_aux(lower(doc, lead - 1))
                && (matches!(lower(doc, lead), "the" | "his" | "her" | "their" | "its")
                    || doc.is_capitalised(lead) && {
                        let owner = (lead..s.end).find(|&t| !doc.is_capitalised(t));
                        owner.is_some_and(|t| t > lead && strip_possessive(lower(doc, t - 1)) != lower(doc, t - 1))
                    })
    };
    // "People briefed on the talks said": when the phrase before the verb does not open the
    // clause ("the talks"), the whole noun phrase that does may.
    // "a New York Times report": after a singular indefinite subject a bare form ("report")
    // does not agree, so it is a noun.
    let agrees = |s: &Range<usize>| {
        !(form.bare
            && cue.start == cue.verb.start
            && s.clone()
                .filter(|&t| is_frame_word(doc, t))
                .any(|t| matches!(lower(doc, t), "a" | "an" | "another" | "each" | "every")))
    };
    // "led to what aide Ivo Lund called “the beginning of a new era”": the subject of a free
    // relative speaks the quoted complement (and the noun it may modify: "what Wren called a
    // “let a thousand flowers bloom” approach").
    if form.flags.quoted {
        let what = (cue.start.saturating_sub(10).max(range.start)..cue.start)
            .rev()
            .take_while(|&t| is_frame_word(doc, t) || doc.is_punct(t, ","))
            .find(|&t| lower(doc, t) == "what");
        let subject = what.and_then(|what| {
            subject_left(doc, range.start, cue.start)
                .filter(|s| s.start == what + 1)
                .or_else(|| {
                    // ("what former employees have called": a plain noun phrase.)
                    let words = what + 1..cue.start;
                    (!words.is_empty() && words.clone().all(|t| is_frame_word(doc, t)))
                        .then_some(words)
                })
        });
        if let Some(subject) = subject {
            let mut from = skip_adjuncts(doc, cue.verb.end, content_end);
            // ("what Ada Wren described as a “piece of history”")
            if from + 1 < content_end && is_frame_word(doc, from) && lower(doc, from) == "as" {
                from += 1;
            }
            let quote = (from..content_end.min(from + 3))
                .take_while(|&t| {
                    is_frame_word(doc, t) || matches!(doc.tokens[t].kind(), TokenKind::Open(_))
                })
                .find_map(|t| match doc.tokens[t].kind() {
                    TokenKind::Open(q) if quote_is_speechlike(doc, q) => Some(q),
                    _ => None,
                });
            let close = quote
                .and_then(|q| doc.quotes[q].close_token)
                .filter(|&c| c < content_end);
            if let Some(close) = close {
                // (The noun after the quotation only when a determiner opens the phrase: "a
                // “let a thousand flowers bloom” approach", not "“fraud” lead senators to".)
                let determined = from < close
                    && is_frame_word(doc, from)
                    && DETERMINERS.contains(&lower(doc, from));
                let mut last = close;
                while determined
                    && last + 1 < content_end
                    && last < close + 3
                    && is_frame_word(doc, last + 1)
                    && !doc.is_capitalised(last + 1)
                    && !is_function_word(lower(doc, last + 1))
                    && !finite_verb_like(doc, last + 1)
                {
                    last += 1;
                }
                // ("the “fraudulent” nomination of Ada Wren": a complement with "of".)
                if determined
                    && last > close
                    && last + 2 < content_end
                    && lower(doc, last + 1) == "of"
                {
                    let mut u = last + 2;
                    if is_frame_word(doc, u) && DETERMINERS.contains(&lower(doc, u)) {
                        u += 1;
                    }
                    while u < content_end
                        && u < last + 8
                        && is_frame_word(doc, u)
                        && (doc.is_capitalised(u)
                            || !is_function_word(lower(doc, u)) && !finite_verb_like(doc, u))
                    {
                        u += 1;
                    }
                    if u > last + 2 {
                        last = u - 1;
                    }
                }
                return make(content_after(doc, from, last + 1, true)?, Some(subject));
            }
        }
    }
    // ("At a rally, Trump's rival Marco Rubio (R-Fla.) said": over role words before a name.)
    let with_roles = |s: Range<usize>| match role_words_before(doc, range.start, &s) {
        Some(from) if !opens_clause(&s) => from..s.end,
        _ => s,
    };
    let left = subject_left(doc, range.start, cue.start)
        .map(|s| with_quantity(doc, range.start, s))
        .filter(agrees)
        .map(with_roles)
        .filter(opens_clause)
        .or_else(|| {
            (cue.start > range.start)
                .then(|| clause_np_left(doc, range.start, cue.start))
                .flatten()
                .filter(agrees)
                .filter(opens_clause)
        })
        // ("A customer who lost $80,000 said": a sum is the object of a verb before it.)
        .filter(|s| {
            !(s.start > range.start && matches!(doc.word(s.start - 1), "$" | "£" | "€" | "¥"))
        })
        // ("which together vowed": an adverb is not a subject; "With leaders worried about
        // turnout, ...": nor a phrase that opens with a preposition.)
        .filter(|s| {
            !(s.len() == 1
                && matches!(
                    lower(doc, s.start),
                    "together" | "jointly" | "almost" | "nearly" | "just" | "only"
                ))
        })
        .filter(|s| {
            !(is_frame_word(doc, s.start)
                && matches!(
                    lower(doc, s.start),
                    "with" | "in" | "on" | "at" | "after" | "for" | "by" | "from" | "during"
                )
                // ("At least a dozen members said": a quantity, not a place.)
                && !(s.start + 1 < s.end
                    && lower(doc, s.start) == "at"
                    && matches!(lower(doc, s.start + 1), "least" | "most")))
        })
        .filter(|s| !clause_between(doc, s.end, cue, range.end));
    // "How he answers that question will decide ...", "Why she said it is unclear": a
    // question opening the sentence is its subject, not a report.
    let nominal_question = left.as_ref().is_some_and(|s| {
        s.start > range.start
            && is_frame_word(doc, s.start - 1)
            && matches!(lower(doc, s.start - 1), "how" | "why")
            && leading_connectives(doc, range.start, s.start) == s.start - 1
    });
    if nominal_question {
        return None;
    }
    // "Federal and state officials said", "RT and its defenders say": the subject found is the
    // last of joined noun phrases; the whole phrase opening the clause speaks.
    let left = match left {
        Some(subject)
            if subject.start > range.start + 1 && lower(doc, subject.start - 1) == "and" =>
        {
            // ("Regulators and environmental groups worried that": before any verb, two
            // short noun phrases opening the clause.)
            let first = leading_connectives(doc, range.start, subject.start);
            let and = subject.start - 1;
            let joined_nouns = first < and
                && and - first <= 3
                && (first..and).all(|t| {
                    is_frame_word(doc, t)
                        && !is_function_word(lower(doc, t))
                        && !finite_verb_like(doc, t)
                        && !is_ly_adverb(lower(doc, t))
                });
            // ("..., he and Mr. Allen said": a pronoun joined to a name.)
            let with_pronoun = (and > range.start
                && is_frame_word(doc, and - 1)
                && matches!(lower(doc, and - 1), "he" | "she" | "we" | "i" | "they"))
            .then(|| and - 1..subject.end);
            let list = named_list(doc, range.start, subject.clone()).map(with_roles);
            // (A list after "what" is the subject of a free relative, and so is not its last
            // name alone: "contradicted what Trump and Lewandowski said".)
            let after_what = list
                .as_ref()
                .is_some_and(|l| l.start > range.start && lower(doc, l.start - 1) == "what");
            let last_alone = (!after_what).then_some(subject.clone());
            matches!(lower(doc, cue.verb.start), "say" | "says" | "said")
                .then(|| long_subject(doc, range.start, cue.start))
                .flatten()
                .filter(|whole| whole.start < subject.start && whole.end >= subject.end)
                .or_else(|| {
                    body_name_with_and(doc, first, and, subject.end).then_some(first..subject.end)
                })
                .or_else(|| list.filter(opens_clause))
                .or_else(|| with_pronoun.filter(opens_clause))
                .or_else(|| joined_nouns.then_some(first..subject.end))
                .or(last_alone)
        }
        other => other,
    };
    // "Supporters who have heard from the campaign say ...": a long noun phrase opening the
    // clause, before "say" only.
    // Before another verb only with "that" or a quotation right after it ("A report by the
    // university found that ...", "Protesters marching through the streets chanted “...”"), and only a phrase that opens with a determiner or a name, whose
    // relative clause has a verb of its own ("A study that appeared in the journal found";
    // in "Republicans who agree that" and "the hacker whose work revealed that" the verb is
    // the relative clause's).
    let left = left.or_else(|| {
        if matches!(lower(doc, cue.verb.start), "say" | "says" | "said") {
            return long_subject(doc, range.start, cue.start);
        }
        let explicit = !form.participle
            && !is_plural_noun_form(lower(doc, cue.verb.start))
            && cue.verb.end < content_end
            && (lower(doc, cue.verb.end) == "that"
                // (A bare form before a quotation is a noun: "Clinton's reaction to the EPA
                // biofuel rule “could be ...”".)
                || !form.bare
                    && matches!(doc.tokens[cue.verb.end].kind(), TokenKind::Open(q) if quote_is_speechlike(doc, q)));
        // ("As a factory owner in Ohio told me, “...”": a short listener, a comma and the
        // quotation.)
        let listener_quotation = form.flags.object
            && !form.participle
            && (cue.verb.end + 1..content_end.min(cue.verb.end + 4))
                .find(|&t| !is_frame_word(doc, t))
                .is_some_and(|t| {
                    doc.is_punct(t, ",")
                        && t + 1 < content_end
                        && matches!(doc.tokens[t + 1].kind(), TokenKind::Open(q) if quote_is_speechlike(doc, q))
                });
        if !explicit && !listener_quotation {
            return None;
        }
        // (After an "as" that opens the sentence: see `as_clause` below.)
        let lead = leading_connectives(doc, range.start, cue.start);
        let from = if lead + 1 < cue.start && lower(doc, lead) == "as" {
            lead + 1
        } else {
            range.start
        };
        let subject = long_subject(doc, from, cue.start).filter(agrees)?;
        let first = lower(doc, subject.start);
        let opens = matches!(
            first,
            "a" | "an" | "the" | "its" | "his" | "her" | "their" | "our" | "one" | "another"
        ) || doc.is_capitalised(subject.start) && !is_function_word(first);
        let relative = subject
            .clone()
            .find(|&t| matches!(lower(doc, t), "who" | "whose" | "which" | "that"));
        let own_verb =
            relative.is_none_or(|r| (r + 1..subject.end).any(|t| finite_verb_like(doc, t)));
        // ("The mayor made bitter charges that ...": a past before the relative clause is
        // the sentence's verb, and the cue a noun.)
        let past = (subject.start..relative.unwrap_or(subject.end))
            .any(|t| is_irregular_past(lower(doc, t)));
        // (Nor a heading run into the sentence: "TEAM REFUSES TO STAY The team said".)
        let caps = |t: usize| {
            let w = doc.word(t);
            w.len() > 1 && w.chars().all(|c| c.is_uppercase())
        };
        let heading = (subject.start + 1..subject.end).any(|t| caps(t - 1) && caps(t));
        (opens && own_verb && !past && !heading).then_some(subject)
    });
    // "..., Alan Berg, who said ...": the source is "who", standing for the name before it.
    // (After a weak verb only with an object that reports: "Obama, who called the nominee
    // “unfit to serve”", not "a neighbour, who called 911".)
    let antecedent =
        if left.is_none() && (!form.flags.weak || object_report(doc, cue, content_end).is_some()) {
            who_antecedent(doc, range.start, cue.start)
        } else {
            None
        };
    let left = left.or_else(|| {
        antecedent.as_ref()?;
        let relative = relative_before(doc, range.start, cue.start)?;
        Some(relative..relative + 1)
    });
    let make = |pieces: Vec<Range<usize>>, source: Option<Range<usize>>| {
        make(pieces, source).map(|mut found| {
            found.refers_to = antecedent.clone();
            found
        })
    };
    if let Some(subject) = left.clone() {
        // ("When a woman shouted, Beck laughed": a time clause that ends with its verb reports
        // nothing; the main clause after the comma is not its words.)
        // (Past the rest of a noun phrase the subject was cut from: "After the coal miners'
        // union objected".)
        let mut opener = subject.start;
        while opener > range.start + 1
            && opener + 6 > subject.start
            && (is_frame_word(doc, opener - 1)
                || doc.word(opener - 1).chars().all(crate::text::is_apostrophe))
            && !matches!(
                lower(doc, opener - 1),
                "when" | "after" | "before" | "once" | "until"
            )
        {
            opener -= 1;
        }
        let time_clause = opener > range.start
            && matches!(
                lower(doc, opener - 1),
                "when" | "after" | "before" | "once" | "until" | "whenever"
            )
            && leading_connectives(doc, range.start, opener - 1) == opener - 1;
        if time_clause {
            let t = skip_adjuncts(doc, cue.verb.end, content_end);
            let quoted =
                t + 1 < content_end && matches!(doc.tokens[t + 1].kind(), TokenKind::Open(_));
            if t < content_end && doc.is_punct(t, ",") && !quoted {
                return None;
            }
        }
        // "As Ellis said last week, the port will ...": the clause after the comma.
        let as_clause = subject.start > range.start
            && lower(doc, subject.start - 1) == "as"
            && leading_connectives(doc, range.start, subject.start - 1) == subject.start - 1;
        if as_clause {
            // ("As the race went on, ...": time passing, not speech.)
            if matches!(
                lower(doc, cue.verb.start),
                "went" | "go" | "goes" | "going" | "gone"
            ) {
                return None;
            }
            let mut t = skip_adjuncts(doc, cue.verb.end, content_end);
            // "As one employee told Palo Alto Weekly, “...”": a short listener before the
            // comma.
            if cue.form.is_some_and(|f| f.flags.object) {
                let listener_end = (t..content_end.min(t + 6))
                    .find(|&u| !is_frame_word(doc, u) || lower(doc, u) == "that");
                if let Some(u) = listener_end.filter(|&u| u > t && doc.is_punct(u, ",")) {
                    t = u;
                }
            }
            // ("As she said that, the crowd cheered": what she said is not reported.)
            // ("As Ada Wren put it: “...”": a colon too.)
            if t + 1 < content_end && (doc.is_punct(t, ",") || doc.is_punct(t, ":")) {
                return make(content_after(doc, t + 1, content_end, true)?, Some(subject));
            }
            return None;
        }
        let content_end = reported_end(doc, range.start, subject.start, cue.verb.end, content_end);
        // “A,” Captain Marek said, “b.”: the quotation before the cue is a fragment.
        let after_quote = subject.start > range.start
            && matches!(doc.tokens[subject.start - 1].kind(), TokenKind::Close(_));
        let after = clause_after(doc, cue, cue.verb.end, content_end).filter(|(pieces, _)| {
            // After “A,” he says, only a second fragment right after the cue (and its comma)
            // is reported too: “A,” he says in the ad titled “B,” has only A.
            !after_quote
                || pieces.first().is_some_and(|piece| {
                    let first = doc.token_at(piece.start);
                    (first > 0 && first - 1 <= cue.verb.end + 1
                        || first > 1 && doc.is_punct(first - 2, ","))
                        && !second_act_between(doc, cue.verb.end, first)
                })
        });
        if let Some((pieces, explicit)) = after {
            if explicit || !form.flags.weak {
                let quoted_after = pieces.first().is_some_and(|piece| {
                    let first = doc.token_at(piece.start);
                    first > 0
                        && matches!(doc.tokens[first - 1].kind(), TokenKind::Open(q) if doc.quotes[q].pieces.first() == Some(piece))
                });
                if after_quote && quoted_after {
                    if let TokenKind::Close(q) = doc.tokens[subject.start - 1].kind() {
                        let mut all = doc.quotes[q].pieces.clone();
                        all.extend(pieces);
                        return make(all, Some(subject));
                    }
                }
                // "If the plan passes, he said, “we will all pay.”": a quotation that goes on
                // in lower case from words before the frame reports them with it (mixed).
                if quoted_after && !after_quote {
                    if let Some(before) =
                        resumed_sentence(doc, range.start, subject.start, cue.verb.end, &pieces)
                    {
                        let mut all = before;
                        all.extend(pieces);
                        return make(all, Some(subject));
                    }
                }
                return make(pieces, Some(subject));
            }
        }
        if let Some(pieces) = quoted_object(doc, cue, content_end) {
            return make(pieces, Some(subject));
        }
        // A "who" standing for a common noun phrase or without a comma reports only what
        // follows it: "... a serial liar and birther who has promised to ..." says nothing.
        let plain_who = antecedent
            .as_ref()
            .is_some_and(|np| !doc.is_punct(cue.start - 2, ",") || !doc.is_capitalised(np.end - 1));
        if plain_who {
            return None;
        }
        // (After a quotation the quotation is the words: "“...,” he recalled the president
        // telling him.")
        if let Some(pieces) = (!after_quote)
            .then(|| judged_object(doc, cue, content_end))
            .flatten()
        {
            return make(pieces, Some(subject));
        }
        // "a bill which critics said was unfair", "a charity that prosecutors said funded
        // ...": the relative clause around the cue is what they said.
        if let Some(pieces) = relative_report(doc, subject.start, cue, content_end) {
            return make(pieces, Some(subject));
        }
        // "“Is it all a show?” Lena Ortiz said.": the quotation ended the sentence before,
        // and this one is only its speaker and cue ("“A!” Ivo's niece, Ada Wren, said": a
        // role before the name too).
        let role_before = subject.start > range.start + 1
            && subject.start < range.start + 8
            && doc.is_punct(subject.start - 1, ",")
            && doc.is_capitalised(subject.start)
            && (matches!(
                lower(doc, range.start),
                "the" | "his" | "her" | "their" | "its"
            ) || (range.start..subject.start - 1)
                .any(|t| doc.is_capitalised(t) && strip_possessive(doc.word(t)) != doc.word(t)))
            && (range.start..subject.start - 1)
                .all(|t| is_frame_word(doc, t) && !is_aux(lower(doc, t)));
        if (subject.start == range.start || role_before)
            && range.start > 0
            && doc.tokens[range.start - 1].paragraph() == paragraph
        {
            if let TokenKind::Close(q) = doc.tokens[range.start - 1].kind() {
                let prior = doc.tokens[range.start - 2.min(range.start)].end();
                // (Not an amount: “$5-10 billion.”)
                let open = doc.quotes[q].open_token;
                let amount = (open + 1..range.start - 1).all(|t| {
                    !doc.is_word(t)
                        || doc
                            .word(t)
                            .chars()
                            .all(|c| c.is_ascii_digit() || ".,-".contains(c))
                        || matches!(
                            lower(doc, t),
                            "million" | "billion" | "trillion" | "thousand" | "percent"
                        )
                });
                let ended = doc.text[..prior].ends_with(['?', '!', '.']) && !amount;
                // (Not a verb that characterises its own object: "Lena Ortiz cast herself as
                // a champion" speaks of something else; "Ortiz asked as she left" does not.)
                let bare = !form.flags.quoted
                    || !(cue.verb.end..range.end)
                        .any(|t| is_frame_word(doc, t) && matches!(lower(doc, t), "as" | "that"));
                // (Nor a verb with words of its own: "Ivo Lund called the plan “Save the
                // Pier.”", "urged the crew to “stay home.”" After a judging verb, only a
                // listener and a setting may follow: "called the plan a disaster" has an
                // object.)
                // (A clause of the narrative opens with a subordinator; a setting with a
                // preposition too.)
                let narrative_at = |t: usize| {
                    is_frame_word(doc, t)
                        && matches!(
                            lower(doc, t),
                            "as" | "while" | "when" | "before" | "after" | "because"
                        )
                };
                let setting = |t: usize| {
                    narrative_at(t)
                        || doc.is_punct(t, ",")
                        || is_frame_word(doc, t)
                            && matches!(
                                lower(doc, t),
                                "to" | "in" | "on" | "at" | "during" | "from" | "with" | "into"
                            )
                };
                let after_listener = if form.flags.object {
                    listener_end(doc, cue.verb.end, range.end)
                } else {
                    cue.verb.end
                };
                let rest = skip_adjuncts(doc, after_listener, range.end);
                // (A quotation in a clause of the narrative after the cue is not its object:
                // "asks as a man walks by, saying “...”".)
                let narrative = (rest..range.end)
                    .find(|&t| narrative_at(t))
                    .unwrap_or(range.end);
                let quoted_after = (cue.verb.end..narrative)
                    .any(|t| matches!(doc.tokens[t].kind(), TokenKind::Open(_)));
                // (Nor words of its own after any verb: "Lena Ortiz bragged about her
                // father".)
                // (After a verb with a listener, its listener may follow: "Obama asked
                // Republican politicians".)
                let object = (form.flags.judges || !form.flags.object)
                    && rest < range.end
                    && is_frame_word(doc, rest)
                    && !setting(rest)
                    && !is_ly_adverb(lower(doc, rest));
                let alone = !quoted_after && !object;
                if ended && bare && alone {
                    return make(doc.quotes[q].pieces.clone(), Some(subject));
                }
            }
        }
        // "“...,” he said." / "The plan is dead, he said." / "However, he added, there was ..."
        // / "Hawaii, as one adviser pointed out, rarely gets ...": "as" belongs to the frame.
        let mut frame_start =
            if subject.start > range.start && lower(doc, subject.start - 1) == "as" {
                subject.start - 1
            } else {
                subject.start
            };
        // ("someone as wealthy as Mr. Trump claims to be": a comparison, not a frame.)
        if frame_start + 1 == subject.start
            && frame_start >= range.start + 2
            && is_frame_word(doc, frame_start - 2)
            && lower(doc, frame_start - 2) == "as"
        {
            return None;
        }

        // "As the chief executive, Ada Wren, put it, ...": a role between "as" and the name.
        let lead = leading_connectives(doc, range.start, frame_start);
        if frame_start > lead + 3
            && frame_start < lead + 10
            && doc.is_punct(frame_start - 1, ",")
            && lower(doc, lead) == "as"
            && (lead + 1..frame_start - 1).all(|t| is_frame_word(doc, t))
        {
            frame_start = lead;
        }
        // “A,” the assailant, John Doe, told ...: the role before the name is frame too.
        if frame_start > range.start + 3 && doc.is_punct(frame_start - 1, ",") {
            let close = (range.start..frame_start - 1)
                .rev()
                .take(8)
                .find(|&t| matches!(doc.tokens[t].kind(), TokenKind::Close(_)));
            if let Some(close) = close {
                // (The comma may sit inside the closing mark or after it.)
                let after = if doc.is_punct(close + 1, ",") {
                    close + 2
                } else {
                    close + 1
                };
                // (Or a question or an exclamation inside it: “A!” the mayor, Ada Wren,
                // said.)
                let comma = after == close + 2
                    || doc.is_punct(close - 1, ",")
                    || doc.is_punct(close - 1, "!")
                    || doc.is_punct(close - 1, "?");
                if comma
                    && after < frame_start - 1
                    && (after..frame_start - 1).all(|t| is_frame_word(doc, t))
                {
                    frame_start = after;
                }
            }
        }
        // "..., her label, Republic Records, said.", "..., the company's spokesman, Ivo Lund,
        // said.", "..., a coastguard spokeswoman, Femke Lund, told": a role in apposition
        // before the name is frame, not words.
        if frame_start > range.start + 3
            && doc.is_punct(frame_start - 1, ",")
            && doc.is_capitalised(frame_start)
        {
            let comma = (range.start..frame_start - 1)
                .rev()
                .take(6)
                .find(|&t| !is_frame_word(doc, t))
                .filter(|&t| doc.is_punct(t, ","));
            if let Some(comma) = comma {
                let role = comma + 1..frame_start - 1;
                let head = lower(doc, role.end - 1);
                let owned = matches!(
                    lower(doc, role.start),
                    "his" | "her" | "its" | "their" | "the" | "a" | "an"
                ) || strip_possessive(doc.word(role.start)) != doc.word(role.start);
                let role_word = is_title_word(strip_possessive(head))
                    || crate::entities::is_body_noun(head)
                    || matches!(head, "label" | "owner" | "publisher" | "parent");
                if role.len() >= 2
                    && owned
                    && role_word
                    && (role.start..role.end - 1).all(|t| !finite_verb_like(doc, t))
                {
                    frame_start = role.start;
                }
            }
        }
        // ("..., a plan announced earlier this year": a participle after a noun for a
        // measure is passive; the measure says nothing.)
        const MEASURES: &[&str] = &[
            "plan",
            "program",
            "programme",
            "policy",
            "proposal",
            "measure",
            "move",
            "decision",
            "step",
            "deal",
            "agreement",
            "initiative",
            "change",
            "rule",
            "effort",
            "project",
        ];
        let measure = subject.len() == 2
            && matches!(lower(doc, subject.start), "a" | "an" | "the")
            && MEASURES.contains(&lower(doc, subject.start + 1))
            && lower(doc, cue.verb.start).ends_with("ed");
        if measure {
            return None;
        }
        // "..., a spokesman told The Wall Street Journal.": the listener belongs to the frame.
        let frame_end = if form.flags.object {
            listener_end(doc, cue.verb.end, content_end)
        } else {
            cue.verb.end
        };
        // ("..., an accusation the organizers called absurd.": a verb that takes a complement
        // names something with it; it closes no words of its own, unless a pronoun stands for
        // them: "“A betrayal,” he called it.")
        let t = skip_adjuncts(doc, frame_end, content_end);
        let t = if t < content_end
            && matches!(
                lower(doc, t),
                "it" | "this" | "that" | "them" | "him" | "her"
            ) {
            t + 1
        } else {
            t
        };
        if form.flags.complement && t < content_end && is_frame_word(doc, t) {
            return None;
        }
        return parenthetical(doc, range.clone(), frame_start, frame_end, content_end)
            .filter(|pieces| {
                quoted_if_weak(doc, form, pieces, frame_end)
                    || after_its_words(doc, form, pieces, frame_start..frame_end, range.end)
            })
            .and_then(|pieces| make(pieces, Some(subject.clone())));
    }
    // "Kasich offered the man a job, then said he ...": a second verb after a comma and
    // "then".
    if cue.start > range.start + 2
        && doc.is_punct(cue.start - 1, ",")
        && lower(doc, cue.start) == "then"
        && !form.participle
    {
        if let Some(subject) = main_subject(doc, range.clone(), cue.start - 1) {
            if let Some((pieces, explicit)) = clause_after(doc, cue, cue.verb.end, content_end) {
                if explicit || !form.flags.weak {
                    return make(pieces, Some(subject));
                }
            }
        }
    }
    // "“...,” said Blinken." / "..., said a spokesman."
    // ("But, said Ellis, “...”": only connectives before the verb; see below.)
    let inverted = cue.start > range.start
        && leading_connectives(doc, range.start, cue.start) < cue.start
        && (doc.is_punct(cue.start - 1, ",")
            || matches!(doc.tokens[cue.start - 1].kind(), TokenKind::Close(_))
            || is_dash(doc, cue.start - 1));
    // ("The phone, called the Fold One, will ...": a verb that takes a complement names; it is
    // never said before its subject.)
    if inverted && !form.flags.complement {
        let subject = subject_right(doc, cue.verb.end, range.end)?;
        let subject = named_after_nominal(doc, subject.clone(), range.end).unwrap_or(subject);
        let subject = familiar_with(doc, subject, range.end);
        return parenthetical(doc, range.clone(), cue.start, subject.end, content_end)
            .filter(|pieces| quoted_if_weak(doc, form, pieces, subject.end))
            .and_then(|pieces| make(pieces, Some(subject)));
    }
    // "Said Ellis: “...”": the verb opens the sentence, its subject follows, then the words.
    let opens = cue.start == leading_connectives(doc, range.start, cue.start);
    // ("Said one diplomat familiar with the talks: “...”")
    if let Some(subject) = opens
        .then(|| subject_right(doc, cue.verb.end, range.end))
        .flatten()
        .map(|subject| familiar_with(doc, subject, range.end))
    {
        let mut t = subject.end;
        // "Said Ann Lee, who grew up here, “...”": past an insertion after the name, to the
        // comma before the quotation.
        if t < content_end && doc.is_punct(t, ",") {
            let open = (t + 1..content_end).find(|&u| doc.tokens[u].kind() != TokenKind::Word);
            if let Some(open) = open.filter(|&u| {
                matches!(doc.tokens[u].kind(), TokenKind::Punct)
                    && doc.is_punct(u, ",")
                    && u + 1 < content_end
                    && matches!(doc.tokens[u + 1].kind(), TokenKind::Open(_))
            }) {
                t = open;
            }
        }
        if t < content_end && (doc.is_punct(t, ":") || doc.is_punct(t, ",")) {
            t += 1;
        }
        if t < content_end && matches!(doc.tokens[t].kind(), TokenKind::Open(_)) {
            return make(content_after(doc, t, content_end, true)?, Some(subject));
        }
    }
    // "I laughed and said, “...”": the subject of the first of two joined verbs.
    // "She says people may not like it, but insists ...": a second verb of the sentence's
    // subject.
    if cue.start > range.start + 2
        && matches!(lower(doc, cue.start - 1), "but" | "and")
        && comma_before(doc, cue.start - 1)
        && !form.participle
    {
        if let Some(subject) = main_subject(doc, range.clone(), cue.start - 2) {
            if let Some((pieces, explicit)) = clause_after(doc, cue, cue.verb.end, content_end) {
                if explicit || !form.flags.weak {
                    return make(pieces, Some(subject));
                }
            }
            // "said he had not read the plan, but called it a “starting point.”"
            if let Some(pieces) = object_report(doc, cue, content_end) {
                return make(pieces, Some(subject));
            }
        }
    }
    // "The governor blasted Congress and said the state ...": the verb may have an object.
    // ("... but said the group could ...": the same with "but".)
    if cue.start > range.start + 1 && matches!(lower(doc, cue.start - 1), "and" | "but") {
        // (Back over an object that may hold a quotation: "called her “weak” and said".)
        let verb = (cue.start.saturating_sub(9).max(range.start + 1)..cue.start - 1)
            .rev()
            .take_while(|&t| {
                is_frame_word(doc, t)
                    || doc.tokens[t].quote().is_some()
                    || matches!(
                        doc.tokens[t].kind(),
                        TokenKind::Open(_) | TokenKind::Close(_)
                    )
            })
            .filter(|&t| is_frame_word(doc, t))
            .find(|&t| {
                let w = lower(doc, t);
                // (An irregular past joins only a past: "won over crowds with speeches and
                // promises to ..." has a noun.)
                let past_cue = !lower(doc, cue.verb.start).ends_with('s');
                !doc.is_capitalised(t)
                    && (w.ends_with("ed") && w.len() > 3 && !negated_participle(w)
                        || past_cue && is_irregular_past(w)
                        || lexicon().verbs.contains_key(w))
            });
        // Further back, the subject of the sentence's first verb, when no comma stands
        // between it and "and said": "Graham called both Trump and Clinton “crazy” and said
        // ...", "He also expressed concern about the primary system in New York and said ...".
        // (Not the subject of a clause inside the first verb's object: "rejected the idea that
        // the changes amounted to a shake-up and said ...".)
        let main_clause = |s: &Range<usize>| {
            s.start == range.start
                || !matches!(
                    lower(doc, s.start - 1),
                    "that" | "which" | "who" | "whether" | "if" | "because" | "since"
                )
        };
        let subject = verb
            .and_then(|verb| {
                subject_left(doc, range.start, verb)
                    .filter(opens_clause)
                    .filter(main_clause)
            })
            .or_else(|| {
                // (A finite verb in the tense of the first: "speeches and promises to ..."
                // and "can flag and report posts" are nouns and infinitives.)
                if form.bare || form.participle {
                    return None;
                }
                // (Commas only between joined verbs: "reversed themselves, rushed everyone
                // inside and said ...".)
                let list_comma = |t: usize| {
                    doc.is_punct(t, ",")
                        && t + 1 < cue.start
                        && is_frame_word(doc, t + 1)
                        && !doc.is_capitalised(t + 1)
                        && {
                            let w = lower(doc, t + 1);
                            w.len() > 4 && w.ends_with("ed") || is_irregular_past(w)
                        }
                };
                // (And the comma before a participle of speech: "celebrated with supporters,
                // declaring it “a super Tuesday” and said ...".)
                let participle_comma = |t: usize| {
                    doc.is_punct(t, ",")
                        && t + 1 < cue.start
                        && is_frame_word(doc, t + 1)
                        && lower(doc, t + 1).ends_with("ing")
                        && lexicon()
                            .verbs
                            .get(lower(doc, t + 1))
                            .is_some_and(|forms| forms.iter().any(|f| f.participle))
                };
                // (Not a comma inside a quotation: "referred to him as “a bright, able
                // leader” but described ...".)
                // (Nor past another frame: "“...,” said an official who oversaw ... and
                // described ..." is the official's.)
                main_subject(doc, range.clone(), cue.start - 1).filter(|subject| {
                    // (Past an appositive of the subject: "Karl Lund, a spokesman for the
                    // ministry, declined to comment but said ...".)
                    let from = if doc.is_punct(subject.end, ",") {
                        (subject.end + 1..cue.start.min(subject.end + 12))
                            .find(|&t| doc.is_punct(t, ",") && doc.tokens[t].quote().is_none())
                            .map_or(subject.end, |t| t + 1)
                    } else {
                        subject.end
                    };
                    !(from..cue.start).any(|t| {
                        doc.is_punct(t, ",")
                            && doc.tokens[t].quote().is_none()
                            && !list_comma(t)
                            && !participle_comma(t)
                            // (The appositive's closing comma may stand before the
                            // subject's own verb: "China, the largest emitter, said ...".)
                            || t > from
                                && is_frame_word(doc, t)
                                && matches!(lower(doc, t), "said" | "says")
                                && (doc.is_punct(t - 1, ",")
                                    || matches!(doc.tokens[t - 1].kind(), TokenKind::Close(_)))
                            // (Nor into a relative clause: "a ritual in which management sits
                            // down ... and tells them".)
                            || is_frame_word(doc, t) && matches!(lower(doc, t), "which" | "whom")
                            || doc.is_punct(t, ";")
                    }) && (!lower(doc, cue.verb.start).ends_with('s')
                        || first_verb_is_present(doc, subject.end, cue.start))
                })
            });
        if let Some(subject) = subject {
            // ("Though she called ... and called for X, Clinton ...": the words end with the
            // subordinate clause, as a first verb's do.)
            let content_end =
                reported_end(doc, range.start, subject.start, cue.verb.end, content_end);
            if let Some((pieces, explicit)) = clause_after(doc, cue, cue.verb.end, content_end) {
                if explicit || !form.flags.weak {
                    return make(pieces, Some(subject));
                }
            }
            // "said she admires the plan and thanked the council for its work".
            if let Some(pieces) = object_report(doc, cue, content_end) {
                return make(pieces, Some(subject));
            }
        }
    }
    None
}

/// A weak verb after its words ("..., he continued.", "..., his home state") reports them
/// only when they quote: "the borrowing continued" does not. Words on both sides of it ("X,
/// the panel concluded, Y") are reported as they are.
fn quoted_if_weak(doc: &Doc, form: &VerbForm, pieces: &[Range<usize>], frame_end: usize) -> bool {
    let frame_end = doc.tokens[frame_end - 1].end();
    !form.flags.weak
        || pieces.last().is_some_and(|piece| piece.end > frame_end)
        || kind_of(doc, pieces) != StatementKind::Indirect
}

/// "..., the study found.", "..., he thinks.": a verb that counts after its words (see
/// `VerbFlags::after`), its frame set off by a comma and ending the sentence. (Not over words
/// that report speech of their own: "X also said ..., the footage showed."; nor after "very":
/// "They should be very, very worried.")
fn after_its_words(
    doc: &Doc,
    form: &VerbForm,
    pieces: &[Range<usize>],
    frame: Range<usize>,
    sentence_end: usize,
) -> bool {
    form.flags.after
        && doc.is_punct(frame.start - 1, ",")
        && !matches!(lower(doc, frame.start), "very" | "so" | "too" | "really")
        && (frame.end..sentence_end).all(|t| doc.is_punct(t, "."))
        && !pieces
            .iter()
            .flat_map(|piece| doc.token_at(piece.start)..doc.token_at(piece.end))
            .any(|t| is_frame_word(doc, t) && is_speech_verb(lower(doc, t)))
}

/// Is the first verb after a subject (adverbs skipped) in the present tense ("says", "is")?
fn first_verb_is_present(doc: &Doc, from: usize, end: usize) -> bool {
    (from..end)
        .filter(|&t| is_frame_word(doc, t))
        .find(|&t| {
            let w = lower(doc, t);
            !is_ly_adverb(w) && !matches!(w, "also" | "still" | "again" | "now" | "then")
        })
        .is_some_and(|t| {
            let w = lower(doc, t);
            matches!(w, "is" | "has" | "does") || w.ends_with('s') && !w.ends_with("ss")
        })
}

/// The first of up to three words that modify the noun at `head` ("civil rights activists"):
/// back over words that are not function words, auxiliaries, adverbs or speech verbs.
fn modifiers_start(doc: &Doc, floor: usize, head: usize) -> usize {
    let mut first = head;
    while first > floor && first + 4 > head {
        let w = lower(doc, first - 1);
        if !is_frame_word(doc, first - 1)
            || is_function_word(w)
            || is_aux(w)
            || is_ly_adverb(w)
            || lexicon().verbs.contains_key(w)
        {
            break;
        }
        first -= 1;
    }
    first
}

/// Where a short listener after a verb like "told" ends, when the clause ends with it: "told
/// The Wall Street Journal.", "told her.", "told ABC's “Good Morning America.”"; otherwise
/// `from`.
fn listener_end(doc: &Doc, from: usize, end: usize) -> usize {
    let mut t = from;
    let determined = from < end && matches!(lower(doc, from), "the" | "a" | "an");
    while t < end && t < from + 8 {
        let token = &doc.tokens[t];
        let part_of_title = token.quote().is_some()
            || matches!(token.kind(), TokenKind::Open(_) | TokenKind::Close(_));
        let w = lower(doc, t);
        // "the television program", "a town hall": common nouns after a determiner.
        let noun = determined
            && t > from
            && !is_function_word(w)
            && !is_aux(w)
            && !is_ly_adverb(w)
            && !lexicon().verbs.contains_key(w);
        let listener_word = is_frame_word(doc, t)
            && (doc.is_capitalised(t)
                || noun
                || matches!(
                    lower(doc, t),
                    "the"
                        | "a"
                        | "an"
                        | "him"
                        | "her"
                        | "them"
                        | "me"
                        | "us"
                        | "reporters"
                        | "supporters"
                        | "journalists"
                        | "viewers"
                        | "voters"
                        | "lawmakers"
                        | "members"
                        | "colleagues"
                        | "friends"
                        // ("..., its chief executive told employees on Friday.")
                        | "staff"
                        | "employees"
                        | "workers"
                        | "investors"
                        | "analysts"
                        | "shareholders"
                        | "delegates"
                        | "residents"
                        | "students"
                        | "fans"
                        | "donors"
                        | "parents"
                        | "troops"
                        | "followers"
                        | "listeners"
                        | "readers"
                        // ("..., the streaming service told customers in an email.")
                        | "customers"
                        | "subscribers"
                        | "clients"
                        | "passengers"
                        | "patients"
                        | "users"
                        | "guests"
                        | "officials"
                ));
        if !(part_of_title || listener_word) {
            break;
        }
        t += 1;
    }
    // The sentence ends after the listener, perhaps after a short adjunct ("after the
    // confrontation", "on Monday").
    let mut after = t;
    if after < end
        && is_frame_word(doc, after)
        && matches!(
            lower(doc, after),
            "on" | "in" | "at" | "after" | "during" | "last" | "this"
        )
    {
        after += 1;
        while after < end && after < t + 5 && is_frame_word(doc, after) {
            after += 1;
        }
    }
    // (Or the insertion ends: "The solution, the partner told them, was simple.")
    let ends = |u: usize| {
        u >= end
            || matches!(doc.tokens[u].kind(), TokenKind::Close(_))
            || [".", "!", "?", ","]
                .iter()
                .any(|mark| doc.is_punct(u, mark))
    };
    let closes = ends(after) || after != t && ends(t);
    if t > from && closes {
        t
    } else {
        from
    }
}

/// "said his best friend at Lehigh, Bruce Turry, who ...": a common noun phrase behind the
/// verb, then the name it stands for, set off by commas. The name speaks.
fn named_after_nominal(doc: &Doc, subject: Range<usize>, end: usize) -> Option<Range<usize>> {
    // (A capitalised owner may open it: "said Greenpeace's head of policy, Mike Childs".)
    if subject.clone().any(|t| {
        doc.is_capitalised(t)
            && !is_function_word(lower(doc, t))
            && strip_possessive(doc.word(t)) == doc.word(t)
    }) {
        return None;
    }
    // Over a short prepositional phrase ("at Lehigh") to the comma.
    let comma = (subject.end..(subject.end + 5).min(end)).find(|&t| doc.is_punct(t, ","))?;
    if (subject.end..comma).any(|t| !is_frame_word(doc, t)) {
        return None;
    }
    let run = crate::entities::capitalised_run(doc, comma + 1, end);
    let closed = run.end >= end || doc.is_punct(run.end, ",") || doc.is_punct(run.end, ".");
    (run.len() >= 2 && closed).then_some(run)
}

/// Content pieces with the source mention, if any.
type Attributed = (Vec<Range<usize>>, Option<Range<usize>>);

/// A question put to someone whose asker the sentence leaves out: "Asked on Monday whether
/// he would run, Ellis said ...", "..., she said when asked why", "Ellis was asked if ...".
/// The content is the question; the asker is the one "by" names, or nobody. Only a question
/// is reported: "asked about the vote" names a topic, "asked to lead" a request.
fn asked_without_asker(
    doc: &Doc,
    cue: &Cue,
    range: Range<usize>,
    content_end: usize,
) -> Option<Attributed> {
    if lower(doc, cue.verb.start) != "asked" || cue.verb.len() != 1 {
        return None;
    }
    let passive = (cue.start..cue.verb.start).any(|a| is_be(lower(doc, a)));
    let lead = leading_connectives(doc, range.start, cue.start);
    let fronted = cue.start == cue.verb.start
        && (lead == cue.start
            || lead + 1 == cue.start && matches!(lower(doc, lead), "when" | "whenever" | "once"));
    let trailing = cue.start == cue.verb.start
        && cue.start > range.start + 2
        && matches!(lower(doc, cue.start - 1), "when" | "whenever")
        && is_frame_word(doc, cue.start - 2);
    if !(passive || fronted || trailing) {
        return None;
    }
    let mut t = cue.verb.end;
    let asker = (t < content_end && lower(doc, t) == "by")
        .then(|| subject_right(doc, t + 1, content_end))
        .flatten();
    if let Some(asker) = &asker {
        t = asker.end;
    }
    // Over a setting ("on Fox News", "in an interview Monday") to the question itself.
    let limit = (t + 10).min(content_end);
    let from = (t..limit).find(|&u| {
        matches!(doc.tokens[u].kind(), TokenKind::Open(_))
            || is_frame_word(doc, u)
                && matches!(
                    lower(doc, u),
                    "whether" | "if" | "who" | "whom" | "what" | "why" | "how" | "which"
                )
    })?;
    // (A comma right before a quoted question is the frame's: "Ada Wren was asked, “...?”")
    let opens_quote =
        |u: usize| u + 1 == from && matches!(doc.tokens[from].kind(), TokenKind::Open(_));
    if (t..from).any(|u| doc.is_punct(u, ",") && !opens_quote(u) || doc.is_punct(u, ".")) {
        return None;
    }
    // A fronted question ends at the comma before the main clause.
    let mut end = content_end;
    if fronted && !passive {
        let comma = (from + 1..content_end).find(|&u| {
            doc.tokens[u].quote().is_none()
                && (doc.is_punct(u, ",") || closes_after_comma(doc, u))
                && !(u + 1 < content_end
                    && matches!(
                        lower(doc, u + 1),
                        "where" | "which" | "who" | "whom" | "whose" | "including" | "and" | "or"
                    ))
        });
        match comma {
            Some(comma) if matches!(doc.tokens[comma].kind(), TokenKind::Close(_)) => {
                end = comma + 1
            }
            Some(comma) => end = comma,
            None if content_end == range.end => return None,
            None => {}
        }
    }
    Some((content_after(doc, from, end, true)?, asker))
}

/// A quantifier that stands alone for people: "Many said ...", "others say ...".
pub(crate) fn is_quantifier_subject(word: &str) -> bool {
    matches!(
        word,
        "many" | "some" | "others" | "most" | "several" | "few" | "both" | "all" | "another"
    )
}

/// A noun for something sent or published whose words a participle can report: "issued a
/// statement saying that ...", "sent a letter warning ...". Its sender is the clause's subject.
fn names_a_message(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "statement",
        "statements",
        "letter",
        "letters",
        "email",
        "e-mail",
        "emails",
        "tweet",
        "tweets",
        "memo",
        "message",
        "release",
        "post",
        "op-ed",
        "editorial",
        "report",
        "reports",
        "resolution",
        "petition",
        "document",
        "documents",
        "filing",
        "complaint",
        "lawsuit",
        "ad",
        "ads",
    ];
    WORDS.contains(&word)
}

/// A verb that sends a message to someone: "emailed supporters saying ...".
fn sends_message(word: &str) -> bool {
    matches!(
        word,
        "emailed" | "e-mailed" | "texted" | "messaged" | "wrote" | "cabled" | "radioed"
    )
}

/// Whether a comma ends the words before token `t`, also inside a closing quotation mark
/// (`“corrupt,” noting that`).
fn comma_before(doc: &Doc, t: usize) -> bool {
    t > 0 && (doc.is_punct(t - 1, ",") || closes_after_comma(doc, t - 1))
}

/// Is token `t` a closing quotation mark right after a comma (`“corrupt,”`)?
pub(crate) fn closes_after_comma(doc: &Doc, t: usize) -> bool {
    if !matches!(doc.tokens[t].kind(), TokenKind::Close(_)) {
        return false;
    }
    // (Past the closing marks of quotations inside it: “... you called ‘miracles,’” she said.)
    let mut before = t;
    while before > 0 && doc.tokens[before - 1].kind() == TokenKind::OtherMark && before + 3 > t {
        before -= 1;
    }
    before > 0 && doc.is_punct(before - 1, ",")
}

/// "In a radio interview Lund said": a short setting opening the sentence with a preposition,
/// no comma after it, before a name that is the subject.
fn setting_before(doc: &Doc, start: usize, subject: &Range<usize>) -> bool {
    let first = leading_connectives(doc, start, subject.start);
    first + 2 <= subject.start
        && subject.start - first <= 7
        && doc.is_capitalised(subject.start)
        && doc.is_capitalised(subject.end - 1)
        && matches!(lower(doc, first), "in" | "at" | "on" | "during" | "after" | "before")
        && (first..subject.start).all(|t| {
            let w = lower(doc, t);
            is_frame_word(doc, t)
                && !is_aux(w)
                && !lexicon().verbs.contains_key(w)
                && !matches!(w, "how" | "what" | "why" | "that" | "which" | "who" | "whether")
        })
        // (The word before the name is lower case: "In Geneva Lund said" names the place.)
        && !doc.is_capitalised(subject.start - 1)
}

/// The name that opens the sentence as its subject, after a fronted setting ("On Sunday
/// morning Mr. Lund made ...", "On the left, Ada Wren, the author, compared ..."), with an
/// insertion between commas and adverbs before its verb ("Senator Ivo Lund of Ames, who
/// ..., gradually turned"). For a participle no other rule gives a subject.
fn opening_subject(doc: &Doc, range: Range<usize>, before: usize) -> Option<Range<usize>> {
    let mut t = leading_connectives(doc, range.start, before);
    if t < before
        && is_frame_word(doc, t)
        && matches!(
            lower(doc, t),
            "on" | "in" | "at" | "during" | "after" | "before" | "for"
        )
    {
        // Up to a comma, or to the first capitalised word that is no date.
        let limit = (t + 8).min(before);
        let mut u = t + 1;
        while u < limit && !doc.is_punct(u, ",") {
            if doc.is_capitalised(u) && !is_calendar_word(lower(doc, u)) {
                break;
            }
            u += 1;
        }
        t = if u < limit && doc.is_punct(u, ",") {
            u + 1
        } else {
            u
        };
    }
    if t >= before || !doc.is_capitalised(t) || is_function_word(lower(doc, t)) {
        return None;
    }
    let mut subject = crate::entities::capitalised_run(doc, t, before);
    if subject.is_empty() {
        return None;
    }
    // "Ted Cruz of Texas".
    if subject.end + 1 < before && lower(doc, subject.end) == "of" {
        let place = crate::entities::capitalised_run(doc, subject.end + 1, before);
        if !place.is_empty() {
            subject = subject.start..place.end;
        }
    }
    let mut next = subject.end;
    if next < before && doc.is_punct(next, ",") {
        next = (next + 1..(next + 30).min(before)).find(|&u| doc.is_punct(u, ","))? + 1;
    }
    next = next.max(subject.end);
    while next < before
        && is_frame_word(doc, next)
        && (is_manner_adverb(doc, next)
            || matches!(
                lower(doc, next),
                "earlier" | "later" | "also" | "then" | "still"
            ))
    {
        next += 1;
    }
    (next < before && finite_verb_like(doc, next)).then_some(subject)
}

/// Could the word at `t` be the finite verb of a clause: an auxiliary, a past, a speech verb
/// (not capitalised, not quoted)?
pub(crate) fn finite_verb_like(doc: &Doc, t: usize) -> bool {
    is_frame_word(doc, t) && !doc.is_capitalised(t) && {
        let w = lower(doc, t);
        is_aux(w) || w.ends_with("ed") || is_irregular_past(w) || lexicon().verbs.contains_key(w)
    }
}

/// Does a clause of its own stand between a subject found at the left and a verb after a
/// comma whose subject follows it, to the end of the clause ("Prices rose, rents fell, said
/// Lars Eik.", "The tax, which rose, is too high, said Lund")? Only a finite verb right after
/// the subject or an auxiliary outside a relative clause: "Ada Wren, a customer based in
/// Oslo, said" and "Ada Wren, who runs the port, said" have insertions about the subject.
fn clause_between(doc: &Doc, subject_end: usize, cue: &Cue, end: usize) -> bool {
    let cue_start = cue.start;
    if cue_start < subject_end + 2 || !doc.is_punct(cue_start - 1, ",") {
        return false;
    }
    let verb_at = |t: usize| {
        is_frame_word(doc, t) && !lower(doc, t).ends_with("ing") && finite_verb_like(doc, t)
    };
    // (An auxiliary is finite wherever it stands, unless a relative clause holds it: one that
    // runs to the next comma.)
    let mut relative = false;
    let auxiliary = (subject_end..cue_start - 1).any(|t| {
        let word = is_frame_word(doc, t).then(|| lower(doc, t));
        relative = !doc.is_punct(t, ",")
            && (relative
                || word.is_some_and(|w| {
                    matches!(
                        w,
                        "who" | "whose" | "which" | "that" | "where" | "when" | "whom"
                    )
                }));
        !relative && word.is_some_and(|w| is_aux(w) && !matches!(w, "being" | "been"))
    });
    let clause = verb_at(subject_end) || auxiliary;
    clause
        && subject_right(doc, cue.verb.end, end).is_some_and(|right| {
            right.end >= end || matches!(doc.tokens[right.end].kind(), TokenKind::Punct)
        })
}

/// "The Journal, citing documents, reported", "Mr. Lund, after initially saying ...": a
/// participle in an insertion right after the clause's subject.
fn insertion_subject(doc: &Doc, range: Range<usize>, cue_start: usize) -> Option<Range<usize>> {
    let mut comma = cue_start.checked_sub(1)?;
    if comma > range.start && is_frame_word(doc, comma) && is_ly_adverb(lower(doc, comma)) {
        comma -= 1;
    }
    if comma > range.start
        && is_frame_word(doc, comma)
        && matches!(
            lower(doc, comma),
            "after" | "before" | "while" | "when" | "upon"
        )
    {
        comma -= 1;
    }
    if comma <= range.start || !doc.is_punct(comma, ",") {
        return None;
    }
    subject_left(doc, range.start, comma).filter(|s| {
        leading_connectives(doc, range.start, s.start) == s.start
            && (doc.is_capitalised(s.end - 1) || pronoun(lower(doc, s.start)).is_some())
    })
}

/// Where an insertion that runs from `from` ends: at a comma followed by a finite verb
/// (perhaps after an adverb), or at `end`.
fn insertion_end(doc: &Doc, from: usize, end: usize) -> usize {
    (from..end.saturating_sub(1))
        .find(|&comma| {
            doc.is_punct(comma, ",") && doc.tokens[comma].quote().is_none() && {
                let mut t = comma + 1;
                while t + 1 < end && is_frame_word(doc, t) && is_ly_adverb(lower(doc, t)) {
                    t += 1;
                }
                is_frame_word(doc, t) && !doc.is_capitalised(t) && {
                    let w = lower(doc, t);
                    is_aux(w)
                        || w.ends_with("ed")
                        || is_irregular_past(w)
                        || lexicon()
                            .verbs
                            .get(w)
                            .is_some_and(|forms| forms.iter().any(|f| !f.participle && !f.bare))
                }
            }
        })
        .unwrap_or(end)
}

/// "While saying that ..., he continued": a participle after "while", "after", "before" or
/// "in" that opens the sentence. Returns the comma that ends its clause and the main
/// clause's subject (a pronoun or a name, followed by a verb).
fn fronted_participle(doc: &Doc, range: Range<usize>, cue: &Cue) -> Option<(usize, Range<usize>)> {
    // ("Chanting “education is a right,” the protesters gathered": a participle of speech
    // that opens the sentence with a quotation; the subject after it speaks.)
    if cue.verb.len() == 1
        && cue.verb.end < range.end
        && matches!(doc.tokens[cue.verb.end].kind(), TokenKind::Open(_))
        && lower(doc, cue.start).ends_with("ing")
        && leading_connectives(doc, range.start, cue.start) == cue.start
    {
        let TokenKind::Open(q) = doc.tokens[cue.verb.end].kind() else {
            return None;
        };
        let close = doc.quotes[q].close_token.filter(|&c| c + 2 < range.end)?;
        let t = if closes_after_comma(doc, close) {
            close + 1
        } else if doc.is_punct(close + 1, ",") {
            close + 2
        } else {
            return None;
        };
        let subject = subject_right(doc, t, range.end)?;
        return (subject.end < range.end && finite_verb_like(doc, subject.end))
            .then_some((close + 1, subject));
    }
    let opener = cue.start.checked_sub(1)?;
    if opener < range.start
        || !matches!(
            lower(doc, opener),
            "while" | "after" | "before" | "in" | "upon"
        )
    {
        return None;
    }
    // ("One month after announcing ...": a measure of time before "after".)
    let lead = leading_connectives(doc, range.start, opener);
    let timed = opener > lead
        && opener - lead <= 3
        && matches!(
            lower(doc, opener - 1),
            "month"
                | "months"
                | "week"
                | "weeks"
                | "day"
                | "days"
                | "year"
                | "years"
                | "hours"
                | "minutes"
                | "moments"
                | "shortly"
                | "soon"
                | "just"
                | "long"
                | "right"
        );
    if lead != opener && !timed {
        return None;
    }
    (cue.verb.end..range.end.saturating_sub(2)).find_map(|comma| {
        if !doc.is_punct(comma, ",") || doc.tokens[comma].quote().is_some() {
            return None;
        }
        let t = comma + 1;
        let subject = if matches!(pronoun(lower(doc, t)), Some(p) if p != crate::entities::Pronoun::Other) {
            t..t + 1
        } else {
            let run = crate::entities::capitalised_run(doc, t, range.end);
            if run.is_empty() {
                return None;
            }
            run
        };
        let mut next = subject.end;
        // ("..., Mr. Lund only occasionally mentioned": adverbs before the verb.)
        while next + 1 < range.end
            && is_frame_word(doc, next)
            && (is_ly_adverb(lower(doc, next)) || matches!(lower(doc, next), "still" | "also"))
        {
            next += 1;
        }
        (next < range.end && finite_verb_like(doc, next)).then_some((comma, subject))
    })
}

/// "His best response was to say ...", "Ada Wren’s answer is to insist ...": the owner of a
/// response that is the infinitive speaks.
fn response_owner(doc: &Doc, range: Range<usize>, cue_start: usize) -> Option<Range<usize>> {
    // (After a fronted clause too: "When pressed by Holt, his best response was to say".)
    let lead = leading_connectives(doc, range.start, cue_start);
    let lead = (lead..cue_start)
        .rev()
        .find(|&t| doc.is_punct(t, ","))
        .map_or(lead, |comma| comma + 1);
    // ... response was to | say
    if cue_start < lead + 4 || lower(doc, cue_start - 1) != "to" {
        return None;
    }
    let be = cue_start - 2;
    if !matches!(lower(doc, be), "was" | "is") {
        return None;
    }
    let noun = lower(doc, be - 1);
    let response = matches!(
        noun,
        "response" | "answer" | "reply" | "reaction" | "instinct" | "strategy" | "approach"
    );
    if !response || be - 1 > lead + 3 || !(lead..be).all(|t| is_frame_word(doc, t)) {
        return None;
    }
    let first = lower(doc, lead);
    if matches!(first, "his" | "her" | "their" | "its") {
        return Some(lead..lead + 1);
    }
    // "Ada Wren’s answer": the possessor's name.
    let owner_end = (lead..be - 1).find(|&t| {
        let w = lower(doc, t);
        w.ends_with("’s") || w.ends_with("'s")
    })?;
    (lead..=owner_end)
        .all(|t| doc.is_capitalised(t))
        .then_some(lead..owner_end + 1)
}

/// Does a count open at `t`: "at least 40", "at most a dozen", "up to 30", "as many as
/// 50", "roughly a third", "an estimated 2,000"?
fn opens_quantity(doc: &Doc, t: usize, end: usize) -> bool {
    let word = |u: usize| {
        if u < end && is_frame_word(doc, u) {
            lower(doc, u)
        } else {
            ""
        }
    };
    let amount = |u: usize| {
        u < end
            && (doc.tokens[u].kind() == TokenKind::Number && doc.tokens[u].quote().is_none()
                // ("up to 60mm", "at least 5km": a number with its unit.)
                || doc.is_word(u) && doc.word(u).starts_with(|c: char| c.is_ascii_digit())
                || crate::entities::is_number_word(word(u))
                || matches!(
                    word(u),
                    "one" | "half" | "dozens" | "hundreds" | "thousands"
                )
                || matches!(word(u), "a" | "an")
                    && matches!(
                        word(u + 1),
                        "third"
                            | "quarter"
                            | "fifth"
                            | "half"
                            | "dozen"
                            | "handful"
                            | "hundred"
                            | "thousand"
                            | "million"
                    ))
    };
    match (word(t), word(t + 1)) {
        ("at", "least" | "most") | ("up", "to") => amount(t + 2),
        ("as", "many" | "much" | "few" | "little") => word(t + 2) == "as" && amount(t + 3),
        ("an", "estimated") => amount(t + 2),
        ("roughly" | "approximately" | "around" | "some" | "almost" | "nearly", _) => amount(t + 1),
        _ => false,
    }
}

/// "At least 20 dockers", "more than a dozen members": the quantity before a subject belongs
/// to it.
fn with_quantity(doc: &Doc, floor: usize, subject: Range<usize>) -> Range<usize> {
    // (Over a number the subject left out: "at least 20 | dockers", "at least one | official";
    // over a part of a group: "some of | the candidates".)
    let mut start = subject.start;
    if start >= floor + 2
        && is_frame_word(doc, start - 2)
        && lower(doc, start - 1) == "of"
        && matches!(
            lower(doc, start - 2),
            "some"
                | "many"
                | "most"
                | "several"
                | "few"
                | "all"
                | "both"
                | "each"
                | "none"
                | "half"
        )
    {
        return start - 2..subject.end;
    }
    while start > floor
        && (doc.tokens[start - 1].kind() == TokenKind::Number
            || is_frame_word(doc, start - 1)
                && (crate::entities::is_number_word(lower(doc, start - 1))
                    || lower(doc, start - 1) == "one"))
    {
        start -= 1;
    }
    let quantity = start >= floor + 2
        && is_frame_word(doc, start - 2)
        && is_frame_word(doc, start - 1)
        && matches!(
            (lower(doc, start - 2), lower(doc, start - 1)),
            ("at", "least" | "most") | ("more" | "fewer" | "less", "than") | ("up", "to")
        );
    // ("As many as 50 people said".)
    let as_many_as = start >= floor + 3
        && (start - 3..start).all(|t| is_frame_word(doc, t))
        && lower(doc, start - 3) == "as"
        && matches!(lower(doc, start - 2), "many" | "much" | "few")
        && lower(doc, start - 1) == "as";
    if as_many_as {
        start - 3..subject.end
    } else if quantity {
        start - 2..subject.end
    } else {
        subject
    }
}

/// "Prosecutors charged the officer and Ada Wren fired her chief, acknowledging that ...": a
/// participle after two joined clauses goes with the nearer one, whose subject is a name
/// right after "and" with a past verb of its own.
fn coordinated_subject(doc: &Doc, range: Range<usize>, cue_start: usize) -> Option<Range<usize>> {
    if cue_start < range.start + 4 || !doc.is_punct(cue_start - 1, ",") {
        return None;
    }
    let floor = cue_start.saturating_sub(25).max(range.start + 2);
    (floor..cue_start - 2).rev().find_map(|and| {
        if !(is_frame_word(doc, and) && lower(doc, and) == "and") {
            return None;
        }
        let subject = subject_right(doc, and + 1, cue_start - 1)?;
        let verb = subject.end;
        let named = doc.is_capitalised(subject.start) && subject.end > subject.start;
        let past = verb + 1 < cue_start && is_frame_word(doc, verb) && {
            let w = lower(doc, verb);
            w.ends_with("ed") || is_irregular_past(w)
        };
        (named && past && has_verb_like(doc, range.start, and)).then_some(subject)
    })
}

/// "The Centers for Disease Control and Prevention warned": at `first..end`, one body's
/// name that goes on past the "and" at `and`: capitalised words with "of" or "for" after a
/// word for a body ("Centers", "Department"), no first name or title among them ("Secretary of State Ada Wren and Ivo Lund" are
/// two).
fn body_name_with_and(doc: &Doc, first: usize, and: usize, end: usize) -> bool {
    let lex = lexicon();
    let first = first + usize::from(first < and && lower(doc, first) == "the");
    let inner = |t: usize| matches!(lower(doc, t), "of" | "for");
    first < and
        && end > and + 1
        && doc.is_capitalised(first)
        && (first + 1..and).any(|t| {
            let head = lower(doc, t - 1);
            inner(t)
                && doc.is_capitalised(t - 1)
                && (lex.org_words_lower.contains(head)
                    || head
                        .strip_suffix('s')
                        .is_some_and(|one| lex.org_words_lower.contains(one)))
        })
        && (first..end).all(|t| {
            let w = lower(doc, t);
            is_frame_word(doc, t)
                && (t == and || inner(t) || doc.is_capitalised(t))
                && !lex.first_names.contains_key(w)
                && !is_title_word(w)
        })
}

/// "..., Vance said, adding that ..." / "..., said Vance, adding ...": a participle chained to
/// a finite speech verb shares its subject.
fn chained_subject(doc: &Doc, range: Range<usize>, cue_start: usize) -> Option<Range<usize>> {
    // ("..., the governor said, before clarifying that ...")
    let cue_start = if cue_start >= range.start + 3
        && matches!(lower(doc, cue_start - 1), "before" | "after" | "while")
    {
        cue_start - 1
    } else {
        cue_start
    };
    if cue_start < range.start + 2 || !doc.is_punct(cue_start - 1, ",") {
        return None;
    }
    // ("McConnell said in June 2012, citing ...": a date between.)
    // (Back over words, numbers and a parenthesis: "said Rep. Wren (D-Va.) at the time".)
    let floor = cue_start.saturating_sub(16).max(range.start);
    let mut t = cue_start - 1;
    // The comma of an appositive after the speaker: "said Ada Wren, a spokeswoman for the
    // port, adding that ..." (one appositive, opening with an article).
    let mut appositive = None;
    let verb = loop {
        if t <= floor {
            return None;
        }
        t -= 1;
        if doc.is_punct(t, ")") {
            t = (t.saturating_sub(8).max(floor)..t)
                .rev()
                .find(|&k| doc.is_punct(k, "("))?;
            continue;
        }
        if appositive.is_none()
            && doc.is_punct(t, ",")
            && t > floor
            && matches!(lower(doc, t + 1), "a" | "an" | "the")
            && is_frame_word(doc, t - 1)
            && doc.is_capitalised(t - 1)
        {
            appositive = Some(t);
            continue;
        }
        if !is_frame_word(doc, t) && doc.tokens[t].kind() != TokenKind::Number {
            return None;
        }
        let finite = lexicon()
            .verbs
            .get(lower(doc, t))
            .is_some_and(|forms| forms.iter().any(|f| !f.participle));
        if finite {
            break t;
        }
    };
    let mut first = verb;
    while first > range.start && is_frame_word(doc, first - 1) && is_aux(lower(doc, first - 1)) {
        first -= 1;
    }
    // (Not after a subject's appositive: in "The chancellor, Ana Holt, defended the plan,
    // saying ..." the comma closes it.)
    if first > range.start + 2 && doc.is_punct(first - 1, ",") {
        if let Some(subject) = appositive_subject(doc, range.start, first - 1) {
            return Some(subject);
        }
    }
    let inverted = first > range.start
        && (doc.is_punct(first - 1, ",")
            || matches!(doc.tokens[first - 1].kind(), TokenKind::Close(_)));
    if inverted {
        let right = subject_right(doc, verb + 1, cue_start - 1)?;
        // ("said Rep. Ada Wren (D-Va.) at the time, adding": a party label and a setting
        // between.)
        let mut t = right.end;
        if doc.is_punct(t, "(") {
            t = (t..cue_start - 1).find(|&k| doc.is_punct(k, ")"))? + 1;
        }
        let setting = t + 1 < cue_start
            && matches!(
                lower(doc, t),
                "at" | "on" | "in" | "during" | "after" | "before" | "from" | "with" | "last"
            )
            && cue_start - 1 - t <= 8
            && (t..cue_start - 1).all(|k| {
                is_frame_word(doc, k) && !is_aux(lower(doc, k))
                    || doc.tokens[k].kind() == TokenKind::Number
            });
        return (t + 1 == cue_start || setting || appositive == Some(t)).then_some(right);
    }
    // (Not inverted, the verb stands just before the comma: ", Vance said, adding".)
    if cue_start - 1 - verb > 5 {
        return None;
    }
    subject_left(
        doc,
        range.start,
        adverbs_before(doc, range.start + 1, first),
    )
    .filter(|s| s.start == range.start || !is_frame_word(doc, s.start - 1))
}

/// Where the adverbs standing right before the verb at `verb` begin ("only briefly
/// explained", "then appeared"), not before `floor`.
fn adverbs_before(doc: &Doc, floor: usize, verb: usize) -> usize {
    let mut verb = verb;
    while verb > floor && is_frame_word(doc, verb - 1) && !doc.is_capitalised(verb - 1) && {
        let w = lower(doc, verb - 1);
        matches!(
            w,
            "then"
                | "also"
                | "later"
                | "now"
                | "still"
                | "again"
                | "soon"
                | "instead"
                | "never"
                | "already"
                | "just"
                | "even"
                | "first"
        ) || is_ly_adverb(w) && w.len() >= 4
    } {
        verb -= 1;
    }
    verb
}

/// Where the words reported after "X said" end when the sentence goes on with a clause of its
/// own: "While Ramos said that ..., he appears ..." (a subordinate clause ends at its comma),
/// "..., but he gave ...", "She said ... and highlighted their ..." (a second verb of the
/// subject's).
/// At `t`, a noun phrase that sums up the words reported, the writer's ("..., a claim Brandt
/// disputed", "— an assertion the ministry denied").
fn sums_up_words(doc: &Doc, t: usize, end: usize) -> bool {
    // (Also after a word that grades it: "an apparent reference to", "a thinly veiled jab".)
    let graded = t + 2 < end
        && is_frame_word(doc, t + 1)
        && matches!(
            lower(doc, t + 1),
            "apparent" | "clear" | "obvious" | "veiled" | "implicit" | "tacit" | "rare" | "subtle"
        );
    let noun = t + 1 + usize::from(graded);
    noun < end
        && is_frame_word(doc, t)
        && is_frame_word(doc, noun)
        && matches!(lower(doc, t), "a" | "an")
        && matches!(
            lower(doc, noun),
            "claim"
                | "assertion"
                | "allegation"
                | "charge"
                | "accusation"
                | "statement"
                | "remark"
                | "comment"
                | "view"
                | "prediction"
                | "promise"
                | "pledge"
                | "figure"
                | "sentiment"
                | "point"
                | "position"
                | "stance"
                | "warning"
                | "reference"
                | "acknowledgment"
                | "acknowledgement"
                | "admission"
                | "concession"
                | "allusion"
                | "nod"
                | "jab"
                | "dig"
                | "swipe"
                | "rebuke"
                | "signal"
                | "finding"
                | "discovery"
                | "move"
                | "step"
                // ("said he would vote for it, a decision that angered many in his party".)
                | "decision"
                | "choice"
                | "reversal"
                | "shift"
                | "departure"
                | "suggestion"
                | "threat"
                | "vow"
        )
}

/// A subject that names nobody: "nobody", "no one", "none of ...", "neither X nor Y".
fn names_nobody(doc: &Doc, subject: &Range<usize>) -> bool {
    let first = subject.start;
    is_frame_word(doc, first)
        && match lower(doc, first) {
            "nobody" | "none" | "neither" => true,
            "no" => first + 1 < subject.end && lower(doc, first + 1) == "one",
            _ => false,
        }
}

/// Tokens that quote some words and hold no cue outside the quotation (a speech verb, or a
/// colon before it).
fn quotes_without_cue(doc: &Doc, from: usize, end: usize) -> bool {
    (from..end).any(|t| doc.tokens[t].quote().is_some())
        && !(from..end).any(|t| {
            doc.tokens[t].quote().is_none() && doc.is_punct(t, ":")
                || is_frame_word(doc, t) && is_speech_verb(lower(doc, t))
        })
}

fn reported_end(doc: &Doc, start: usize, subject: usize, from: usize, end: usize) -> usize {
    let lead = leading_connectives(doc, start, subject);
    let subordinate = lead < subject
        && is_frame_word(doc, lead)
        && matches!(
            lower(doc, lead),
            "while"
                | "although"
                | "though"
                | "when"
                | "as"
                | "because"
                | "if"
                | "after"
                | "before"
                | "since"
                | "whereas"
                | "until"
                | "once"
        )
        // (Not a subject after the subordinate clause: "After the vote, Ada Wren said, ...";
        // but "When the director, Ada Wren, said" is in it.)
        && (!doc.is_punct(subject - 1, ",") || (subject..from).any(|t| doc.is_punct(t, ",")));
    // "The Union, which contended that Ireland undertaxed the company, is ...": a relative
    // clause ends where the sentence's own verb follows a comma.
    let relative = is_frame_word(doc, subject) && matches!(lower(doc, subject), "who" | "which");
    let mut t = from;
    while t + 1 < end {
        // ("said the timing was not intentional; they only learned ...": a semicolon ends
        // reported words.)
        if doc.is_punct(t, ";") && doc.tokens[t].quote().is_none() && t > from {
            return t;
        }
        // A comma, or a closing mark with the comma inside it (“... Senate,” but he ...).
        let comma_close = t > from && closes_after_comma(doc, t);
        // (A dash before a participle of the frame too: "— asserting that ...".)
        let dash = is_dash(doc, t) && doc.tokens[t].quote().is_none();
        if doc.is_punct(t, ",") && doc.tokens[t].quote().is_none() || comma_close || dash {
            let cut = if comma_close { t + 1 } else { t };
            // (Not before a second quotation joined by "and": "Although he says he “loves
            // China,” and “people from China love me,” he ...".)
            let second_quotation = t + 2 < end
                && is_frame_word(doc, t + 1)
                && matches!(lower(doc, t + 1), "and" | "or")
                && matches!(doc.tokens[t + 2].kind(), TokenKind::Open(_));
            if subordinate && t > from + 2 && !dash && !second_quotation {
                return cut;
            }
            // (After a dash, only to the end of the sentence: "..., -- a position he has since
            // modified -- ..." goes on after it.)
            if t > from + 2
                && sums_up_words(doc, t + 1, end)
                && !(dash && (t + 1..end).any(|u| is_dash(doc, u)))
            {
                return cut;
            }
            // ("said the country “cannot meet its goals,” in an interview with a newspaper":
            // where the words were said, after them, is the frame's.)
            if t > from + 2
                && opens_trailing_setting(doc, t + 1, end)
                && (t + 2..end.min(t + 6))
                    .take_while(|&u| is_frame_word(doc, u))
                    .any(|u| is_occasion_word(lower(doc, u)))
            {
                return cut;
            }
            // (After a relative set off by a comma, a past too: "Ada Wren, who said ..., left
            // the room".)
            let past = |w: &str| w.ends_with("ed") || is_irregular_past(w);
            if relative
                && !dash
                && t > from + 2
                && is_frame_word(doc, t + 1)
                && (is_be(lower(doc, t + 1))
                    || matches!(lower(doc, t + 1), "has" | "have" | "had" | "will" | "would")
                    || subject > start
                        && doc.is_punct(subject - 1, ",")
                        && !doc.is_capitalised(t + 1)
                        && past(lower(doc, t + 1)))
            {
                return cut;
            }
            // "..., pointing to Cruz's wins", "..., compared with 41 percent", "..., while
            // others ...": the frame goes on, not the reported words.
            if t > from + 2 && t + 1 < end && is_frame_word(doc, t + 1) {
                let next = lower(doc, t + 1);
                // ("..., which he said were at his side": a relative with an attribution of
                // its own.)
                let attributed_relative = matches!(next, "which" | "who")
                    && (t + 2..end.min(t + 6)).any(|u| {
                        is_frame_word(doc, u)
                            && is_speech_verb(lower(doc, u))
                            // ("..., which a defence official described as": or a
                            // determiner's noun phrase.)
                            && (t + 2..u).all(|v| {
                                is_frame_word(doc, v)
                                    && (pronoun(lower(doc, v)).is_some()
                                        || doc.is_capitalised(v)
                                        || opens_determined_np(lower(doc, v))
                                        || v > t + 2
                                            && opens_determined_np(lower(doc, t + 2))
                                            && !is_function_word(lower(doc, v)))
                            })
                            && u > t + 2
                    });
                // (", implicitly putting his name on the line": the writer's comment on what
                // the words did; but ", possibly providing ..." is part of the claim.)
                let commented = matches!(
                    next,
                    "implicitly" | "tacitly" | "effectively" | "essentially" | "indirectly"
                ) && is_frame_word(doc, t + 2)
                    && lower(doc, t + 2).len() > 4
                    && lower(doc, t + 2).ends_with("ing");
                let frame_participle = is_frame_participle(next)
                    || commented
                    || matches!(next, "compared" | "while" | "whereas")
                    || attributed_relative
                    || next.ends_with("ing")
                        && lexicon()
                            .verbs
                            .get(next)
                            .is_some_and(|forms| forms.iter().any(|f| f.participle));
                if frame_participle && manner_aside(doc, t, end).is_none() {
                    return cut;
                }
            }
            // ("..., which would give police more time.": a relative running to the end of the
            // sentence is the writer's gloss.)
            if t > from + 2
                && t + 3 < end
                && is_frame_word(doc, t + 1)
                && lower(doc, t + 1) == "which"
                && (t + 2..end).all(|u| doc.tokens[u].quote().is_none() && !doc.is_punct(u, ","))
                // (Not one with a speaker of its own: "..., which she said was ...".)
                && !(is_frame_word(doc, t + 3) && is_speech_verb(lower(doc, t + 3)))
            {
                return cut;
            }
            // ("..., as have her rivals": the writer's comparison, a clause of its own.)
            if t > from + 2
                && t + 3 < end
                && is_frame_word(doc, t + 1)
                && lower(doc, t + 1) == "as"
                && is_frame_word(doc, t + 2)
                && matches!(
                    lower(doc, t + 2),
                    "have" | "has" | "had" | "did" | "do" | "does"
                )
            {
                return cut;
            }
            // ("..., but he said ...": a clause of the speaker's own; but "..., but she knows
            // that “...”" goes on with words quoted that no other cue reports.)
            if t + 3 < end
                && is_frame_word(doc, t + 1)
                && matches!(lower(doc, t + 1), "but" | "and")
                && is_frame_word(doc, t + 2)
                && (matches!(lower(doc, t + 2), "he" | "she")
                    && is_frame_word(doc, t + 3)
                    && !quotes_without_cue(doc, t + 3, end)
                    || is_speech_verb(lower(doc, t + 2)))
            {
                return cut;
            }
            // (", though she noted that ...": a concession with a frame of its own.)
            if t + 3 < end
                && is_frame_word(doc, t + 1)
                && matches!(lower(doc, t + 1), "though" | "although")
                && is_frame_word(doc, t + 2)
                && matches!(lower(doc, t + 2), "he" | "she" | "they")
                && is_frame_word(doc, t + 3)
                && is_speech_verb(lower(doc, t + 3))
            {
                return cut;
            }
            // ("Experts say the data are unreliable, and officials concede the point": a
            // second clause with a subject and a speech verb of its own.)
            let second_speaker = t + 4 < end
                && is_frame_word(doc, t + 1)
                && matches!(lower(doc, t + 1), "but" | "and" | "while")
                && (t + 3..end.min(t + 6)).any(|v| {
                    is_frame_word(doc, v)
                        && lexicon()
                            .verbs
                            .get(lower(doc, v))
                            .is_some_and(|forms| forms.iter().any(|f| !f.participle))
                        && !lower(doc, v).ends_with("ed")
                        && (t + 2..v).all(|u| noun_like(doc, u) || lower(doc, u) == "the")
                });
            if second_speaker {
                return cut;
            }
        }
        if t > from + 2 && joined_speech_clause(doc, t, end, true) {
            return t;
        }
        if t > from + 2 && second_speaker_at(doc, t, end) {
            return t;
        }
        t += 1;
    }
    end
}

/// "Wren said the plan was good and Brandt said it was bad": at `t`, "and", "but" or "while"
/// without a comma, then a subject of its own and a finite verb of speech.
fn second_speaker_at(doc: &Doc, t: usize, end: usize) -> bool {
    if !(t + 3 < end
        && is_frame_word(doc, t)
        && matches!(lower(doc, t), "and" | "but" | "while")
        && t > 0
        && is_frame_word(doc, t - 1)
        && !doc.is_capitalised(t - 1))
    {
        return false;
    }
    // (Not an adverb of the first subject's second verb: "and never called a donor"; nor a
    // second clause of the same verb: "and that one was found nearby".)
    const NOT_A_SUBJECT: &[&str] = &[
        "that", "if", "whether", "what", "how", "why", "never", "also", "then", "still", "later",
        "again", "even", "just", "only", "almost", "nearly", "often", "always", "ever", "soon",
        "now", "not",
    ];
    let first = lower(doc, t + 1);
    if is_ly_adverb(first) || NOT_A_SUBJECT.contains(&first) {
        return false;
    }
    (t + 2..end.min(t + 7)).any(|v| {
        // ("and others have said": auxiliaries before the verb.)
        let mut verb_start = v;
        while verb_start > t + 2 && is_aux(lower(doc, verb_start - 1)) {
            verb_start -= 1;
        }
        v + 1 < end
            && is_frame_word(doc, v)
            && is_speech_verb(lower(doc, v))
            && (t + 1..verb_start).all(|u| is_frame_word(doc, u) && !finite_verb_like(doc, u))
            && subject_left(doc, t + 1, verb_start)
                .is_some_and(|s| s.start == t + 1 && s.end == verb_start)
    })
}

/// "..., and said ...", "but repeatedly says ...", "but declined to say ...": at `t`, "and"
/// or "but" joins a second verb of the subject's that reports words of its own (or a past
/// tense with an object of its own: "and thanked the crowd", when `past` allows it).
fn joined_speech_clause(doc: &Doc, t: usize, end: usize, past: bool) -> bool {
    if !(t + 2 < end
        && is_frame_word(doc, t)
        && matches!(lower(doc, t), "and" | "but")
        && is_frame_word(doc, t + 1))
    {
        return false;
    }
    // ("and repeatedly says": adverbs before the verb.)
    let mut v = t + 1;
    while v + 2 < end
        && is_frame_word(doc, v + 1)
        && (is_ly_adverb(lower(doc, v)) || matches!(lower(doc, v), "then" | "also"))
    {
        v += 1;
    }
    let verb = lower(doc, v);
    // ("police shootings and protests demands that": a plural noun before the verb.)
    let noun_before_verb = verb.ends_with('s') && {
        let next = lower(doc, v + 1);
        next.ends_with('s') && !next.ends_with("ss") && lexicon().verbs.contains_key(next)
            || is_aux(next)
    };
    // ("but did not say why", "but declined to say": the subject's own verb, negated.)
    let negated = matches!(
        verb,
        "did"
            | "does"
            | "do"
            | "would"
            | "will"
            | "could"
            | "didn’t"
            | "didn't"
            | "doesn’t"
            | "doesn't"
            | "wouldn’t"
            | "wouldn't"
            | "won’t"
            | "won't"
            | "declined"
            | "refused"
    ) && {
        let mut u = v + 1;
        while u + 1 < end && matches!(lower(doc, u), "not" | "never" | "to") {
            u += 1;
        }
        (u > v + 1 || verb.ends_with("n’t") || verb.ends_with("n't"))
            && is_frame_word(doc, u)
            && lexicon()
                .verbs
                .get(lower(doc, u))
                .is_some_and(|forms| forms.iter().any(|f| f.bare))
    };
    // ("but declined to give a timeline": the subject's refusal to tell. Not "and refused to
    // drop the gun", what the words report.)
    let refused = matches!(verb, "declined" | "refused")
        && lower(doc, v + 1) == "to"
        && matches!(
            lower(doc, v + 2),
            "give"
                | "provide"
                | "elaborate"
                | "discuss"
                | "specify"
                | "detail"
                | "disclose"
                | "identify"
                | "name"
                | "release"
                | "reveal"
                | "share"
                | "explain"
        );
    let speech = is_speech_verb(verb) && !noun_before_verb || negated || refused;
    let past_with_object = past
        && verb.ends_with("ed")
        && verb.len() > 4
        && matches!(
            lower(doc, v + 1),
            "the" | "their" | "his" | "her" | "its" | "a" | "an"
        );
    speech || past_with_object
}

/// A finite form of a speech verb ("said", "insists"), not "saying" or "say".
fn is_speech_verb(word: &str) -> bool {
    lexicon()
        .verbs
        .get(word)
        .is_some_and(|forms| forms.iter().any(|f| !f.participle && !f.bare))
}

/// "according to people close to the campaign", "according to recent polls", "according to
/// him": whatever noun phrase follows "according to", up to the end of its phrase.
fn according_source(doc: &Doc, start: usize, end: usize) -> Option<Range<usize>> {
    let mut t = start;
    while t < end
        && t < start + 16
        && (is_frame_word(doc, t)
            || doc.tokens[t].kind() == TokenKind::Number && doc.tokens[t].quote().is_none())
        && !matches!(lower(doc, t), "who" | "which" | "that" | "and" | "but")
    {
        t += 1;
    }
    let ends_phrase = t >= end || !is_frame_word(doc, t);
    (t > start && ends_phrase).then_some(start..t)
}

/// Does the word at `t` open a reported question after this cue: "if" or "whether" after any
/// speech verb, a question word after "ask" or "wonder" ("asked who leads the party")?
fn opens_question(doc: &Doc, cue: &Cue, t: usize) -> bool {
    let w = lower(doc, t);
    if matches!(w, "if" | "whether") {
        return true;
    }
    let verb = lower(doc, cue.verb.start);
    let asks = verb.starts_with("ask") || verb.starts_with("wonder");
    asks && matches!(
        w,
        "who" | "what" | "why" | "how" | "when" | "where" | "which"
    )
}

/// "which critics said was unfair": a relative pronoun before the subject and a verb right
/// after the cue. The pieces are the pronoun and the verb phrase.
fn relative_report(doc: &Doc, subject: usize, cue: &Cue, end: usize) -> Option<Vec<Range<usize>>> {
    let relative = subject.checked_sub(1)?;
    if !is_frame_word(doc, relative) || !matches!(lower(doc, relative), "which" | "that" | "who") {
        return None;
    }
    let next = cue.verb.end;
    if next >= end || !is_frame_word(doc, next) {
        return None;
    }
    let w = lower(doc, next);
    let verb = is_aux(w)
        || matches!(w, "would" | "could" | "should" | "might" | "must" | "will")
        || w.ends_with("ed") && w.len() > 3;
    if !verb {
        return None;
    }
    let last = (next..end)
        .find(|&u| doc.is_punct(u, ",") && doc.tokens[u].quote().is_none() || doc.is_punct(u, ";"))
        .unwrap_or(end);
    let mut after = content_after(doc, next, last, false)?;
    let mut pieces = vec![doc.tokens[relative].range()];
    pieces.append(&mut after);
    Some(pieces)
}

/// "..., said Alan Berg, a doctor from Hale, who said he ...": the person a "who" before the
/// cue stands for, the nearest name before it that is not a place named after a preposition;
/// without a name, the noun phrase just before it ("a young child, who said", "teachers
/// unions who said").
fn who_antecedent(doc: &Doc, start: usize, cue_start: usize) -> Option<Range<usize>> {
    let who = relative_before(doc, start, cue_start)?;
    if lower(doc, who) == "which" {
        return which_antecedent(doc, start, who);
    }
    if lower(doc, who) == "that" {
        if let Some(message) = message_before(doc, start, who) {
            return Some(message);
        }
    }
    let comma = doc.is_punct(who - 1, ",");
    let np_end = if comma { who - 1 } else { who };
    let name = named_antecedent(doc, start, who, comma);
    if name.is_some() {
        return name;
    }
    let head = np_end - 1;
    let last = lower(doc, head);
    if !is_frame_word(doc, head)
        || doc.is_capitalised(head)
        || pronoun(last).is_some()
        || is_function_word(last)
        || matches!(last, "those" | "anyone" | "everyone" | "someone" | "people")
    {
        return None;
    }
    // ("said one Democrat familiar with the discussion, who added": the person who knows
    // about it, not what they know about.)
    let knower = |np: Range<usize>| {
        let knows = np.start >= start + 3
            && crate::entities::knows_about(lower(doc, np.start - 2), lower(doc, np.start - 1));
        knows
            .then(|| subject_left(doc, start, np.start - 2))
            .flatten()
            .map_or(np.clone(), |person| person.start..np.end)
    };
    // ("The dockers carried signs that said": not past the clause's verb.)
    let found = subject_left(doc, start, np_end)
        .filter(|np| {
            np.end == np_end
                && !(np.start + 1..np_end - 1)
                    .any(|t| !doc.is_capitalised(t) && finite_verb_like(doc, t))
        })
        .or_else(|| {
            // A noun with its modifiers and determiner ("a young child, who said"), or a bare
            // plural ("powerful teachers unions who said"), after the clause's verb.
            let first = modifiers_start(doc, start, head);
            let first = (first..head)
                .rev()
                .find(|&t| !doc.is_capitalised(t) && finite_verb_like(doc, t))
                .map_or(first, |verb| verb + 1);
            let determiner = first > start
                && is_frame_word(doc, first - 1)
                && matches!(
                    lower(doc, first - 1),
                    "a" | "an"
                        | "the"
                        | "this"
                        | "that"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                        | "another"
                        | "one"
                        | "some"
                        | "many"
                        | "several"
                );
            if determiner {
                Some(first - 1..np_end)
            } else {
                (last.ends_with('s') && !last.ends_with("ss")).then_some(first..np_end)
            }
        });
    found.map(knower)
}

/// The relative "who" or "which" before a cue, across an adverb ("which together vowed").
fn relative_before(doc: &Doc, start: usize, cue_start: usize) -> Option<usize> {
    let mut who = cue_start.checked_sub(1)?;
    loop {
        if who > start
            && matches!(
                lower(doc, who),
                "together" | "jointly" | "also" | "later" | "first" | "then" | "previously"
            )
        {
            who -= 1;
            continue;
        }
        // ("Ada Wren, who, in a statement on Friday, said": a setting set off by commas.)
        if doc.is_punct(who, ",") {
            let open = (who.saturating_sub(10).max(start + 1)..who)
                .rev()
                .take_while(|&u| {
                    is_frame_word(doc, u)
                        || doc.tokens[u].kind() == TokenKind::Number
                            && doc.tokens[u].quote().is_none()
                        || doc.is_punct(u, ",")
                })
                .find(|&u| doc.is_punct(u, ","));
            if let Some(open) = open.filter(|&o| o + 1 < who && opens_setting(lower(doc, o + 1))) {
                who = open - 1;
                continue;
            }
        }
        // A time: "who in 2010 said", "who last year said", "who on Monday said".
        let w = lower(doc, who);
        let number =
            doc.tokens[who].kind() == TokenKind::Number && doc.tokens[who].quote().is_none();
        let time_word = is_frame_word(doc, who)
            && (is_calendar_word(w) || matches!(w, "year" | "week" | "month"));
        if who > start + 1 && (number || time_word) {
            let before = lower(doc, who - 1);
            if matches!(before, "in" | "since" | "on" | "last" | "this") {
                who -= 2;
                continue;
            }
            if time_word && is_calendar_word(w) {
                who -= 1;
                continue;
            }
        }
        break;
    }
    (who >= start + 2
        && is_frame_word(doc, who)
        && (matches!(lower(doc, who), "who" | "which")
            || lower(doc, who) == "that" && noun_before_that(doc, start, who)))
    .then_some(who)
}

/// A relative "that" at `that`: after a message ("a letter from his doctor that says") or a
/// noun ("the dockers that said"), not after a verb or a pronoun ("told them that").
fn noun_before_that(doc: &Doc, start: usize, that: usize) -> bool {
    if message_before(doc, start, that).is_some() {
        return true;
    }
    let w = lower(doc, that - 1);
    is_frame_word(doc, that - 1)
        && !doc.is_capitalised(that - 1)
        && !is_function_word(w)
        && pronoun(w).is_none()
        && !finite_verb_like(doc, that - 1)
        && !w.ends_with("ly")
        && !matches!(
            w,
            "so" | "such" | "now" | "given" | "means" | "fact" | "idea" | "view" | "one"
        )
}

/// "a letter that says", "a letter from his doctor Friday that says": the message a relative
/// "that" at `that` stands for, past a phrase with "from" or "by" and a time; the phrase up
/// to before the time.
fn message_before(doc: &Doc, start: usize, that: usize) -> Option<Range<usize>> {
    let mut end = that;
    while end > start + 1 && is_frame_word(doc, end - 1) && is_time_word(lower(doc, end - 1)) {
        end -= 1;
    }
    let message = (end.saturating_sub(6).max(start)..end)
        .rev()
        .find(|&t| is_frame_word(doc, t) && names_a_message(lower(doc, t)))?;
    let plain = message + 1 == end
        || matches!(lower(doc, message + 1), "from" | "by")
            && (message + 2..end).all(|t| is_frame_word(doc, t) && !finite_verb_like(doc, t));
    if !plain {
        return None;
    }
    let first = modifiers_start(doc, start, message);
    let first = if first > start && DETERMINERS.contains(&lower(doc, first - 1)) {
        first - 1
    } else {
        first
    };
    Some(first..end)
}

/// A word of a time: "Friday", "afternoon", "morning", "night", "evening".
fn is_time_word(word: &str) -> bool {
    is_calendar_word(word) || matches!(word, "morning" | "afternoon" | "evening" | "night")
}

/// The body, country or group a "which" after a comma stands for: "the United States, which
/// vowed", "China and the United States, which together vowed". Only a name: "the plan,
/// which said" has no speaker.
fn which_antecedent(doc: &Doc, start: usize, which: usize) -> Option<Range<usize>> {
    if which < start + 2 {
        return None;
    }
    // "released a letter which says": a message speaks for itself, with or without a comma.
    let comma = doc.is_punct(which - 1, ",");
    let message = |t: usize| is_frame_word(doc, t) && names_a_message(lower(doc, t));
    if !comma && !message(which - 1) {
        return None;
    }
    let mut end = if comma { which - 1 } else { which };
    // "the Associated Press report, which notes, “...”": a message speaks for itself.
    if message(end - 1) {
        let first = modifiers_start(doc, start, end - 1);
        let first = if first > start && DETERMINERS.contains(&lower(doc, first - 1)) {
            first - 1
        } else {
            first
        };
        return Some(first..end);
    }
    // ("the United States, the world's two biggest polluters, which": past an appositive.)
    if !(is_frame_word(doc, end - 1) && doc.is_capitalised(end - 1)) {
        let comma = (end.saturating_sub(9).max(start + 1)..end)
            .rev()
            .find(|&t| doc.is_punct(t, ","))?;
        if !DETERMINERS.contains(&lower(doc, comma + 1)) {
            return None;
        }
        end = comma;
    }
    let name_start = |last: usize| {
        let mut first = last;
        while first > start
            && is_frame_word(doc, first - 1)
            && (doc.is_capitalised(first - 1) || lower(doc, first - 1) == "of")
        {
            first -= 1;
        }
        if first > start && lower(doc, first - 1) == "the" {
            first -= 1;
        }
        first
    };
    if !(is_frame_word(doc, end - 1) && doc.is_capitalised(end - 1)) {
        return None;
    }
    let mut first = name_start(end - 1);
    // ("China and the United States": names joined by "and".)
    if first > start + 1
        && lower(doc, first - 1) == "and"
        && is_frame_word(doc, first - 2)
        && doc.is_capitalised(first - 2)
    {
        first = name_start(first - 2);
    }
    Some(first..end)
}

/// The name a "who" at `who` stands for (see `who_antecedent`); without a comma before "who",
/// only a name right before it.
fn named_antecedent(doc: &Doc, start: usize, who: usize, comma: bool) -> Option<Range<usize>> {
    if !comma {
        let k = who - 1;
        if !(is_frame_word(doc, k) && doc.is_capitalised(k)) {
            return None;
        }
    }
    let mut k = who - 1;
    let mut fallback = None;
    while k > start && k + 20 > who {
        k -= 1;
        if !(is_frame_word(doc, k) && doc.is_capitalised(k)) {
            continue;
        }
        let mut first = k;
        while first > start
            && is_frame_word(doc, first - 1)
            && (doc.is_capitalised(first - 1) || lower(doc, first - 1) == "of")
        {
            first -= 1;
        }
        while first < k && is_function_word(lower(doc, first)) {
            first += 1;
        }
        let name = doc.text[doc.tokens[first].start()..doc.tokens[k].end()].to_lowercase();
        let place = lexicon().regions.contains(&name)
            || lexicon().places.contains_key(&name)
            || lexicon().bodies.contains_key(&name);
        // A whole noun phrase (a comma after it), not a modifier ("a Senate colleague").
        let whole = doc.is_punct(k + 1, ",") || !comma && k + 1 == who;
        let after_preposition = first > start
            && matches!(
                lower(doc, first - 1),
                "from" | "in" | "of" | "at" | "on" | "for"
            );
        if !place && !is_function_word(lower(doc, first)) && whole {
            // "a fisherman from Hale, who": a place after a preposition in an appositive
            // yields to the name before it, if there is one; "from Mike Lee, who" does not.
            if !after_preposition {
                return Some(first..k + 1);
            }
            fallback = fallback.or(Some(first..k + 1));
        }
        k = first;
    }
    fallback
}

/// A preposition or subordinator that opens a setting ("In a statement,", "When asked,"), not
/// a subject.
fn opens_setting(word: &str) -> bool {
    matches!(
        word,
        "in" | "on"
            | "at"
            | "after"
            | "before"
            | "during"
            | "for"
            | "with"
            | "by"
            | "from"
            | "as"
            | "when"
            | "while"
            | "if"
            | "since"
            | "although"
            | "though"
            | "because"
    )
}

/// "A strong majority of primary voters say", "A court document filed Thursday says",
/// "those who back her opponents say": the whole of the clause before the verb is its subject
/// when it opens the sentence (after connectives), has no comma or quotation, and has no verb
/// of its own before a relative "who"/"that"/"which".
fn long_subject(doc: &Doc, start: usize, cue_start: usize) -> Option<Range<usize>> {
    // (A party label before the verb is not part of the clause: "... Warren (D-MA) said".)
    let cue_start = match cue_start.checked_sub(1) {
        Some(close) if doc.is_punct(close, ")") => (close.saturating_sub(5)..close)
            .rev()
            .find(|&t| doc.is_punct(t, "("))
            .unwrap_or(cue_start),
        _ => cue_start,
    };
    let first = leading_connectives(doc, start, cue_start);
    if first >= cue_start || cue_start - first > 24 || !is_frame_word(doc, first) {
        return None;
    }
    let opener = lower(doc, first);
    // ("Not everyone finds that ...", "No one said that ...": nobody speaks.)
    let nobody = matches!(opener, "not" | "nobody" | "none")
        || opener == "no" && first + 1 < cue_start && lower(doc, first + 1) == "one";
    if nobody
        || opens_setting(opener)
        || matches!(opener, "what" | "how" | "why" | "it" | "there" | "this")
    {
        return None;
    }
    // "... opened two depots last spring and says": a second verb of the sentence, not the
    // end of a subject. ("The dockers that said ...": the verb of a relative clause.)
    if matches!(
        lower(doc, cue_start - 1),
        "and" | "but" | "or" | "that" | "which"
    ) {
        return None;
    }
    let mut relative = false;
    let mut words = 0;
    for t in first..cue_start {
        let word_like = is_frame_word(doc, t)
            || doc.tokens[t].kind() == TokenKind::Number && doc.tokens[t].quote().is_none()
            // ("A customer who lost $80,000 said": a currency sign before its sum.)
            || t + 1 < cue_start
                && matches!(doc.word(t), "$" | "£" | "€" | "¥")
                && doc.tokens[t + 1].kind() == TokenKind::Number;
        // ("Some voters who have listened to him, on television or at rallies, say": commas
        // inside a relative clause.)
        let inside_relative = relative && doc.is_punct(t, ",");
        if !word_like && !inside_relative {
            return None;
        }
        words += usize::from(word_like);
        if words > 18 {
            return None;
        }
        let w = lower(doc, t);
        if matches!(w, "who" | "that" | "which") && t > first {
            relative = true;
        }
        // ("filed", "dated" may modify the noun; a speech verb like "called" may not, but a
        // bare form before another word is a noun: "state officials".)
        // ("A source familiar with the mayor’s thinking says": a form of a verb after a
        // possessive is a noun.)
        let owned = t > first && {
            let before = lower(doc, t - 1);
            before.ends_with("’s")
                || before.ends_with("'s")
                || matches!(
                    before,
                    "his" | "her" | "their" | "its" | "our" | "my" | "your"
                )
        };
        // (A capitalised word inside the phrase is a name's: "The Associated Press".)
        let named = t > first && doc.is_capitalised(t);
        let verb = is_aux(w) && !matches!(w, "also" | "even" | "still" | "long" | "once")
            || !owned && !named && {
                // (All of a form's words: "going" alone is not "going on".)
                let here = lexicon()
                    .forms(w)
                    .iter()
                    .filter(|f| form_at(doc, f, t, cue_start));
                let mut here = here.peekable();
                here.peek().is_some()
                    && !(t + 1 < cue_start && here.all(|f| f.bare) && is_frame_word(doc, t + 1))
            }
            || t == first && matches!(w, "he" | "she" | "they" | "we" | "i")
            // ("The statement also referenced the impact it said ...": a past after an
            // adverb is the sentence's verb, and a pronoun right before the cue is its
            // subject.)
            || t > first
                && w.ends_with("ed")
                && matches!(lower(doc, t - 1), "also" | "then" | "never" | "later")
            // ("Ivo Lund released a letter which says": a past right after a name.)
            || t > first
                && (w.ends_with("ed") || is_irregular_past(w))
                && is_frame_word(doc, t - 1)
                && doc.is_capitalised(t - 1)
                && !is_function_word(lower(doc, t - 1))
                // ("... the American Legion obtained by The Associated Press": passive.)
                && !(t + 1 < cue_start && lower(doc, t + 1) == "by")
            || t > first
                && t + 1 == cue_start
                && matches!(w, "it" | "he" | "she" | "they" | "we" | "i");
        if verb && !relative {
            return None;
        }
    }
    // The insertion after the relative clause ("..., for instance,") is not part of who
    // speaks.
    let end = (first..cue_start)
        .find(|&t| doc.is_punct(t, ","))
        .unwrap_or(cue_start);
    // "Saturday at the party convention Sen. Elizabeth Warren said": a setting without a
    // comma before a titled name; the name speaks.
    let last_lower = (first..end)
        .rev()
        .find(|&t| is_frame_word(doc, t) && !doc.is_capitalised(t));
    if let Some(lowest) = last_lower {
        let tail = lowest + 1;
        let titled = tail + 1 < end
            && is_frame_word(doc, tail)
            && lexicon().titles.contains_key(lower(doc, tail))
            && !matches!(
                lower(doc, lowest),
                "of" | "for" | "and" | "the" | "from" | "with" | "to" | "by"
            );
        if titled {
            return Some(tail..end);
        }
    }
    Some(first..end)
}

/// "with X saying": the X.
fn with_subject(doc: &Doc, sentence_start: usize, cue_start: usize) -> Option<Range<usize>> {
    // "quoted the president as saying “...”": whom the writer quotes.
    if cue_start >= sentence_start + 3 && lower(doc, cue_start - 1) == "as" {
        let quoted = (cue_start.saturating_sub(8).max(sentence_start)..cue_start - 2)
            .rev()
            .take_while(|&t| is_frame_word(doc, t))
            .find(|&t| matches!(lower(doc, t), "quoted" | "quotes" | "quoting" | "quote"));
        if let Some(verb) = quoted {
            if lower(doc, verb + 1) != "by" {
                return Some(verb + 1..cue_start - 1);
            }
            // ("The minister was quoted by Reuters as saying": the passive's subject speaks,
            // not its agent.)
            let be = verb - 1;
            if be > sentence_start && is_be(lower(doc, be)) {
                let first = leading_connectives(doc, sentence_start, be);
                let plain = (first..be).all(|t| is_frame_word(doc, t) && !doc.is_punct(t, ","));
                return (first < be && be <= first + 8 && plain).then_some(first..be);
            }
        }
    }
    let mut t = cue_start;
    while t > sentence_start && t + 8 > cue_start {
        t -= 1;
        // ("with Berlin calling it “overdue” and Paris warning of ...": a second subject
        // of the "with" phrase, after "and".)
        if lower(doc, t) == "and"
            && t + 1 < cue_start
            && t + 4 >= cue_start
            && (t + 1..cue_start).all(|u| second_subject_word(doc, u))
            && (t.saturating_sub(30).max(sentence_start)..t).any(|u| lower(doc, u) == "with")
        {
            return Some(t + 1..cue_start);
        }
        if lower(doc, t) == "with" {
            // (A noun phrase, not a clause: "pleading with officers not to shoot and begging"
            // has no "with X saying".)
            let phrase = (t + 1..cue_start).all(|u| !matches!(lower(doc, u), "not" | "to"));
            return (t + 1 < cue_start && phrase).then_some(t + 1..cue_start);
        }
        // "footage of Ada Wren asking, “...”": a recording of someone speaking.
        if lower(doc, t) == "of"
            && t > sentence_start
            && matches!(
                lower(doc, t - 1),
                "footage" | "video" | "clip" | "recording" | "audio" | "tape" | "film"
            )
        {
            return (t + 1 < cue_start).then_some(t + 1..cue_start);
        }
        // ("with 30 percent of voters saying": a number in the phrase.)
        let number = doc.tokens[t].kind() == TokenKind::Number && doc.tokens[t].quote().is_none();
        if !is_frame_word(doc, t) && !number {
            return None;
        }
    }
    None
}

/// "The video shows her pleading with officers and begging them to stop": a participle joined
/// by "and" to a gerund whose subject (a pronoun or a name) stands right before it, with no
/// comma between.
fn gerund_subject(doc: &Doc, range: Range<usize>, cue_start: usize) -> Option<Range<usize>> {
    if cue_start < range.start + 3 || lower(doc, cue_start - 1) != "and" {
        return None;
    }
    let gerund = (range.start + 1..cue_start - 1)
        .rev()
        .take_while(|&t| !doc.is_punct(t, ","))
        .filter(|&t| is_frame_word(doc, t) && lower(doc, t).ends_with("ing"))
        .last()?;
    let owner = gerund - 1;
    (is_frame_word(doc, owner)
        && (matches!(lower(doc, owner), "her" | "his" | "their" | "him" | "them")
            || doc.is_capitalised(owner) && !is_function_word(lower(doc, owner))))
    .then_some(owner..owner + 1)
}

/// A second act of speech between a cue and a quotation ("sings to them before asking,
/// “...”"): the quotation is that act's, not a second fragment of the first.
fn second_act_between(doc: &Doc, from: usize, to: usize) -> bool {
    (from + 1..to).any(|u| {
        is_frame_word(doc, u)
            && lexicon().verbs.contains_key(lower(doc, u))
            && matches!(lower(doc, u - 1), "before" | "after" | "then" | "and")
    })
}

/// Content around a cue that follows its words: before it ("“A,” he said."), and after it when
/// the cue interrupts the sentence ("“A,” he said, “b.”", "However, he added, there was ...").
/// `frame_start` is the first token of the subject and cue, `frame_end` the first after them.
/// "Brandt’s nephew", "the company’s chief executive": an owner, then a role within three
/// words (an appositive after a speaker named behind the verb).
fn owner_role(doc: &Doc, t: usize, end: usize) -> bool {
    let owner = (t..end.min(t + 3))
        .take_while(|&u| is_frame_word(doc, u))
        .find(|&u| crate::entities::strip_possessive(lower(doc, u)).len() < lower(doc, u).len());
    owner.is_some_and(|owner| {
        (owner + 1..end.min(owner + 4))
            .take_while(|&u| is_frame_word(doc, u))
            .any(|u| crate::entities::title_at(doc, u, end).is_some())
    })
}

fn parenthetical(
    doc: &Doc,
    range: Range<usize>,
    frame_start: usize,
    frame_end: usize,
    content_end: usize,
) -> Option<Vec<Range<usize>>> {
    // "... told MSNBC's “Morning Joe” that nobody would question ...": "that" before a
    // pronoun opens a clause inside other words; its verb reports nothing that came before.
    if frame_start + 1 < frame_end
        && is_frame_word(doc, frame_start)
        && lower(doc, frame_start) == "that"
        && is_frame_word(doc, frame_start + 1)
        && (crate::entities::pronoun(lower(doc, frame_start + 1)).is_some()
            || matches!(
                lower(doc, frame_start + 1),
                "nobody"
                    | "no"
                    | "none"
                    | "everyone"
                    | "everybody"
                    | "someone"
                    | "somebody"
                    | "anyone"
                    | "anybody"
            ))
    {
        return None;
    }
    let mut end = frame_start;
    while end > range.start && (doc.is_punct(end - 1, ",") || is_dash(doc, end - 1)) {
        end -= 1;
    }
    let ends_on_quote =
        end > range.start && matches!(doc.tokens[end - 1].kind(), TokenKind::Close(_));
    // ("the “Avatar” star posted": a quotation after a determiner names something in the
    // subject; it was not said.)
    if let TokenKind::Close(q) = doc.tokens[end.max(1) - 1].kind() {
        let open = doc.quotes[q].open_token;
        if ends_on_quote
            && end == frame_start
            && end >= 2
            && !doc.is_punct(end - 2, ",")
            && !doc.is_punct(end - 2, "!")
            && !doc.is_punct(end - 2, "?")
            && open > range.start
            && is_frame_word(doc, open - 1)
            && matches!(
                lower(doc, open - 1),
                "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our"
            )
        {
            return None;
        }
    }
    let mut t = skip_adjuncts(doc, frame_end, content_end);
    if t < content_end && doc.is_punct(t, ":") {
        // "After the ruling, she told the court:" introduces what follows, not what precedes.
        return None;
    }
    // Words before the cue that open with a preposition are a setting ("After the ruling"),
    // not reported words.
    let first = leading_connectives(doc, range.start, end);
    let adverbial = opens_with_setting(doc, first, end);
    // The words before the cue are what was said only if the cue closes its clause ("...,
    // he said." / "..., he said, adding"); "In her book, Clinton noted the clot" has an object.
    // ("..., said an official who asked not to be named.": a relative clause about the
    // speaker named behind the verb closes it too.)
    let closed = t >= content_end
        || doc.tokens[t].kind() != TokenKind::Word
            && !matches!(doc.tokens[t].kind(), TokenKind::Number)
        || doc.tokens[t].quote().is_some()
        || speaker_relative(doc, frame_start, t, content_end);
    // (Nor words that stop on a subordinator: in "It shows an officer aiming a gun while
    // police shout at him", "police" opens a clause inside the sentence.)
    let dangling = end > range.start
        && end == frame_start
        && is_frame_word(doc, end - 1)
        && SUBORDINATORS.contains(&lower(doc, end - 1));
    if dangling {
        return None;
    }
    // (Nor words before an "as" that no comma sets off: in "The chancellor defended the rise
    // as business groups warned of job losses" it opens a clause of its own; "..., and as
    // Comey noted, people ..." is set off after it.)
    if frame_start > range.start
        && is_frame_word(doc, frame_start)
        && lower(doc, frame_start) == "as"
        && is_frame_word(doc, frame_start - 1)
        && !(t < content_end && doc.is_punct(t, ","))
    {
        return None;
    }
    // ("... struck a hopeful note: the team, he said, was ...": the words after a colon are
    // the reported ones, those before it the narrative's.)
    // (Only where those name someone, the one the cue's pronoun stands for: in "The plan is
    // simple: cut taxes, he said." all of it was said; "...: cuts, said Ivo Lund" names its
    // speaker in the cue.)
    let pronoun_source = (frame_start..frame_end)
        .any(|u| is_frame_word(doc, u) && matches!(lower(doc, u), "he" | "she" | "they"));
    let opening = (range.start..end)
        .filter(|_| pronoun_source)
        .rev()
        .find(|&u| doc.is_punct(u, ":") && doc.tokens[u].quote().is_none())
        .filter(|&colon| {
            (range.start..colon).any(|u| {
                is_frame_word(doc, u) && {
                    let w = lower(doc, u);
                    doc.is_capitalised(u) && !is_function_word(w) || is_title_word(w)
                }
            })
        })
        .map_or(range.start, |u| u + 1);
    // (There the subject of the words may be all of them: "a warning: the city, she said,
    // was ...".)
    let min_words = if opening > range.start { 1 } else { 3 };
    let before = (end > opening && !adverbial && (closed || ends_on_quote))
        .then(|| content_before(doc, opening, end, min_words))
        .flatten();
    let comma = t < content_end && doc.is_punct(t, ",");
    if comma {
        t += 1;
    }
    let mut after = None;
    if t < content_end {
        match doc.tokens[t].kind() {
            // A second fragment of the quotation: “A,” he said, “b.”
            // (After a comma or right after the cue: “A,” he says in the ad titled “B” has
            // only A.)
            // (Not after a second act of speech: “A,” she sings before asking them, “B?”)
            TokenKind::Open(q)
                if ends_on_quote
                    && (comma || t == frame_end && quote_is_speechlike(doc, q))
                    && !second_act_between(doc, frame_end, t) =>
            {
                after = Some(doc.quotes[q].pieces.clone())
            }
            // “A,” he said, but “b” / and still “b”: the quotation goes on after a conjunction.
            TokenKind::Word
                if comma
                    && ends_on_quote
                    && matches!(lower(doc, t), "but" | "and")
                    && resumed_quote(doc, t + 1, content_end).is_some() =>
            {
                after = resumed_quote(doc, t + 1, content_end);
            }
            // “A,” said Ruiz, a pastor in Ames, “and b.”: an appositive or a participle after
            // the speaker, then the sentence goes on in quotation marks (lower case).
            TokenKind::Word
                if comma
                    && ends_on_quote
                    && resumed_after_insertion(doc, t, content_end).is_some() =>
            {
                after = resumed_after_insertion(doc, t, content_end);
            }
            TokenKind::Word if comma && doc.tokens[t].quote().is_none() => {
                let next = lower(doc, t);
                // (Nor the narrative's next step after a frame that opens the sentence: "Ada
                // Wren hinted at a shakeup, then took it back", "Ivo Lund spoke first, and
                // the crowd cheered". Inside reported words it goes on: "The fee, she said,
                // and the tax are too high".)
                let opening = end <= range.start || is_connective_span(doc, range.start, end);
                let narrative_step = opening && matches!(next, "and" | "but" | "or");
                // ("..., she added, revoking clearances would be ...": a gerund that is the
                // subject of the rest.)
                let gerund_subject = next.ends_with("ing")
                    && !is_frame_participle(next)
                    && !lexicon().verbs.contains_key(next)
                    && (t + 2..content_end.min(t + 6))
                        .take_while(|&u| is_frame_word(doc, u))
                        .any(|u| is_finite_aux(lower(doc, u)));
                // ("..., the club announced on Saturday, two days before the tournament
                // begins": a measure of time, then "before" or "after".)
                let unit = duration_unit(doc, t, content_end).or_else(|| {
                    (matches!(next, "a" | "an")
                        && t + 1 < content_end
                        && is_time_unit(lower(doc, t + 1)))
                    .then_some(t + 1)
                });
                let timed = unit.is_some_and(|u| {
                    u + 1 < content_end
                        && matches!(lower(doc, u + 1), "before" | "after" | "later" | "earlier")
                });
                let goes_on = (!next.ends_with("ing") || gerund_subject)
                    && !narrative_step
                    && !timed
                    && !matches!(
                        next,
                        "who"
                            | "whose"
                            | "which"
                            | "then"
                            | "according"
                            | "in"
                            | "on"
                            | "at"
                            | "as"
                            | "when"
                            | "while"
                            | "after"
                            | "before"
                            | "even"
                            // ("..., Ada Wren said on Sunday, despite a rise in cases": the
                            // narrative's setting, as "in" and "after" are.)
                            | "despite"
                            | "amid"
                            | "following"
                            | "during"
                            // ("..., his office said, hours after ...": a time.)
                            | "hours"
                            | "days"
                            | "weeks"
                            | "minutes"
                            | "moments"
                            | "shortly"
                    );
                // "..., said Robert Ford, a former ambassador": after a speaker named behind
                // the verb, a determiner opens an appositive, not the rest of the sentence.
                let inverted = lexicon().verbs.contains_key(lower(doc, frame_start));
                let appositive = inverted
                    && matches!(
                        next,
                        "a" | "an" | "the" | "his" | "her" | "their" | "its" | "one" | "now"
                    )
                    || sums_up_words(doc, t, content_end)
                    || inverted && owner_role(doc, t, content_end);
                // (Or a role without one, the sentence going on after it if it does: "The fee,
                // said Ada Wren, president of the board, is too high.")
                let role = inverted && crate::entities::title_at(doc, t, content_end).is_some();
                if goes_on && role && !ends_on_quote {
                    let comma = (t + 1..content_end)
                        .find(|&u| doc.is_punct(u, ",") && doc.tokens[u].quote().is_none());
                    if let Some(comma) = comma.filter(|&c| finite_verb_like(doc, c + 1)) {
                        after = content_after(doc, comma + 1, content_end, false);
                    }
                } else if goes_on && !appositive && !ends_on_quote {
                    after = content_after(doc, t, content_end, false);
                }
            }
            _ => {}
        }
    }
    // (A frame inside the words is set off by commas, dashes or a quotation: in "the
    // programs she has proposed, she needs ..." it is a relative clause's.)
    let set_off = end < frame_start
        || ends_on_quote
        || (frame_start.saturating_sub(6).max(range.start)..frame_start)
            .rev()
            .find(|&t| !is_frame_word(doc, t))
            .is_some_and(|t| doc.is_punct(t, ",") || is_dash(doc, t));
    match (before, after) {
        (Some(_), Some(_)) if !set_off => None,
        (Some(mut before), Some(after)) => {
            before.extend(after);
            Some(before)
        }
        (Some(_), None) if only_subordinate(doc, range.start, end) => None,
        (Some(before), None) => Some(before),
        (None, Some(after)) if end <= range.start || is_connective_span(doc, range.start, end) => {
            Some(after)
        }
        // "The plan, she said, was never on the table": a short subject before the cue.
        (None, Some(after)) if !adverbial => {
            let mut before = content_before(doc, range.start, end, 1)?;
            before.extend(after);
            Some(before)
        }
        // "In Miami, the mayor said, the plan is seen as a threat": the setting stays out.
        (None, Some(after)) => Some(after),
        _ => None,
    }
}

/// Does a relative clause about a speaker named behind the verb start at `t` and run to the
/// end of the sentence: "..., said an official who asked not to be named."?
fn speaker_relative(doc: &Doc, frame_start: usize, t: usize, end: usize) -> bool {
    t < end
        && is_frame_word(doc, t)
        && matches!(lower(doc, t), "who" | "whose")
        && is_frame_word(doc, frame_start)
        && lexicon().verbs.contains_key(lower(doc, frame_start))
        && (t + 1..end).all(|u| doc.tokens[u].quote().is_none())
}

/// A participle of the narrative around a quotation, not an act of speech of its own:
/// "pointing to", "citing", "referring to".
fn is_frame_participle(word: &str) -> bool {
    matches!(
        word,
        "pointing"
            | "citing"
            | "highlighting"
            | "echoing"
            | "referring"
            | "prompting"
            | "underscoring"
            | "signaling"
            | "signalling"
            | "speaking"
    )
}

/// The quotation that resumes a sentence after an insertion that starts at `t` and ends at a
/// comma: ", speaking of politicians, “and leave ...”". The insertion holds no quotation and
/// no speech verb, and the quotation opens in lower case, so it cannot start a sentence.
fn resumed_after_insertion(doc: &Doc, t: usize, end: usize) -> Option<Vec<Range<usize>>> {
    let limit = (t + 30).min(end);
    let comma = (t + 1..limit).find(|&u| {
        doc.is_punct(u, ",")
            && u + 1 < end
            && matches!(doc.tokens[u + 1].kind(), TokenKind::Open(_))
    })?;
    let plain = (t..comma).all(|u| {
        matches!(doc.tokens[u].kind(), TokenKind::Word | TokenKind::Number)
            || doc.is_punct(u, ",")
            || doc.is_punct(u, "'")
    }) && !(t..comma).any(|u| {
        // (A capitalised word is a name's: "the UCLA Anderson Forecast".)
        !doc.is_capitalised(u)
            && lexicon().verbs.contains_key(lower(doc, u))
            && !is_frame_participle(lower(doc, u))
    });
    let TokenKind::Open(q) = doc.tokens[comma + 1].kind() else {
        return None;
    };
    let first = (comma + 2 < end).then_some(comma + 2)?;
    let lower_case = doc.text[doc.tokens[first].range()]
        .chars()
        .next()
        .is_some_and(char::is_lowercase);
    (plain && lower_case).then(|| doc.quotes[q].pieces.clone())
}

/// "called the plan “a disgrace”": for verbs that characterise, the object with a quotation
/// in it is the content. A quotation of capitalised words only is a title, not speech.
fn quoted_object(doc: &Doc, cue: &Cue, end: usize) -> Option<Vec<Range<usize>>> {
    if !cue.form?.flags.quoted || cue.verb.end >= end {
        return None;
    }
    // (The quotation of a participle after the object is the participle's: "forced to defend
    // not paying him, saying, “...”".)
    let first_quote = (cue.verb.end..end).find(
        |&t| matches!(doc.tokens[t].kind(), TokenKind::Open(q) if quote_is_speechlike(doc, q)),
    )?;
    // (A quotation after another speech verb is that verb's: "thanked Miami and said ..., a
    // man yelled “Stay there!”".)
    let clause_break = |t: usize| {
        doc.is_punct(t, ",") || is_frame_word(doc, t) && matches!(lower(doc, t), "and" | "but")
    };
    if (cue.verb.end..first_quote).any(|t| {
        speech_participle_after(doc, t)
            || is_frame_word(doc, t)
                && is_speech_verb(lower(doc, t))
                && (cue.verb.end..t).any(clause_break)
    }) {
        return None;
    }
    // The object ends with its quotation when the sentence goes on with a participle or a
    // second verb: "called Cruz the “ultimate hypocrite,” linking to ...", "... “careless,”
    // and said ...". ("called it “weak” and “slow”" goes on with a second quotation.)
    let mut end = end;
    // A second speech verb joined by "and" reports words of its own: "to accuse the campaign
    // of being “duped” and encourage Americans to ...".
    if let Some(and) = (first_quote..end).find(|&t| {
        is_frame_word(doc, t)
            && lower(doc, t) == "and"
            && t + 1 < end
            && is_frame_word(doc, t + 1)
            && lexicon()
                .verbs
                .get(lower(doc, t + 1))
                .is_some_and(|forms| forms.iter().any(|f| !f.participle))
    }) {
        end = and;
    }
    let first_close = (cue.verb.end..end)
        .find_map(|t| match doc.tokens[t].kind() {
            TokenKind::Open(q) => doc.quotes[q].close_token,
            _ => None,
        })
        .filter(|&close| close < end);
    if let Some(close) = first_close {
        let mut next = close + 1;
        if next < end && doc.is_punct(next, ",") {
            next += 1;
        }
        // ("... “provocative” and a “grave threat” to ..." goes on with a second quotation
        // after a few words.)
        let quote_follows = |from: usize| {
            (from..end.min(from + 4))
                .find(|&t| !(doc.is_word(t) && is_frame_word(doc, t)))
                .is_some_and(|t| matches!(doc.tokens[t].kind(), TokenKind::Open(_)))
        };
        let goes_on = next < end
            && (is_dash(doc, next)
                || is_frame_word(doc, next)
                    && (lower(doc, next).ends_with("ing")
                        || is_speech_verb(lower(doc, next))
                        || matches!(lower(doc, next), "and" | "but" | "while")
                            && !quote_follows(next + 1)));
        if goes_on {
            end = close + 1;
        }
        // ("called the budget “a fantasy” at the meeting": the setting is not the words.)
        if let Some(setting) =
            (close + 1..end).find(|&t| is_frame_word(doc, t) && opens_trailing_setting(doc, t, end))
        {
            end = setting;
        }
        // "a film she describes as “a whisper”", "The package, which an official described as
        // “urgent,” arrived": the object is the relative clause's antecedent; the words are
        // the quotation after "as".
        if lower(doc, cue.verb.end) == "as" && first_quote == cue.verb.end + 1 {
            return content_after(doc, cue.verb.end + 1, close + 1, false);
        }
    }
    content_after(doc, cue.verb.end, end, false)
}

/// What a verb that characterises or judges reports through its object: a quotation in it,
/// or the object itself.
fn object_report(doc: &Doc, cue: &Cue, end: usize) -> Option<Vec<Range<usize>>> {
    quoted_object(doc, cue, end).or_else(|| judged_object(doc, cue, end))
}

/// "criticized the plan", "accused the mayor of lying", "called for a recount": a verb of
/// judgement reports its noun-phrase object, up to the first comma, semicolon or colon, or a
/// second verb joined by "and". A participle of speech after the object carries the words
/// instead ("criticized the plan, saying that ..." is one statement, the saying-clause), a
/// title in quotation marks is not speech ("praised “The Quiet Harbour”"), and a verb that
/// describes needs its "as" ("described the attack as a reminder").
fn judged_object(doc: &Doc, cue: &Cue, end: usize) -> Option<Vec<Range<usize>>> {
    let flags = cue.form?.flags;
    let from = cue.verb.end;
    if !flags.judges || from >= end || !is_frame_word(doc, from) {
        return None;
    }
    let first = lower(doc, from);
    // (Not an adverb, a date, a preposition or a clause: "praised warmly", "criticized
    // Monday", "criticized by", "questioned whether".)
    let adverb = is_ly_adverb(first) && !doc.is_capitalised(from);
    // ("announced late Thursday".)
    let time = matches!(first, "late" | "early")
        && from + 1 < end
        && is_frame_word(doc, from + 1)
        && is_calendar_word(lower(doc, from + 1));
    let plain_word = !(is_function_word(first)
        || is_calendar_word(first)
        || adverb
        || time
        || matches!(
            first,
            "that" | "whether" | "if" | "how" | "why" | "nothing" | "no"
        ));
    let opens_np = plain_word
        || opens_determined_np(first)
        || matches!(
            first,
            "my" | "your" | "him" | "them" | "us" | "me" | "it" | "what"
        );
    // (A person questioned is interviewed: a pronoun, or capitalised words only.)
    let person = || {
        matches!(first, "him" | "her" | "them" | "me" | "us")
            || (from..end)
                .take_while(|&t| is_frame_word(doc, t))
                .all(|t| doc.is_capitalised(t))
    };
    if !opens_np || flags.complement && !has_complement(doc, from, end) || flags.thing && person() {
        return None;
    }

    let mut has_as = false;
    let mut stop = end;
    let mut t = from;
    // ("A resolution calling for a ceasefire failed in the council": a participle inside the
    // sentence's subject; its object ends where the sentence's own verb begins.)
    let in_subject = participle_in_subject(doc, cue);
    while t < end {
        if in_subject && t > from + 1 && is_frame_word(doc, t) && {
            let w = lower(doc, t);
            (is_aux(w) || w.ends_with("ed") || is_irregular_past(w))
                && !opens_determined_np(lower(doc, t - 1))
        } {
            stop = t;
            break;
        }
        match doc.tokens[t].kind() {
            TokenKind::Open(q) => {
                let capitalised = doc.quotes[q].open_token + 1 < end
                    && doc.is_capitalised(doc.quotes[q].open_token + 1);
                if capitalised && !quote_is_speechlike(doc, q) {
                    return None;
                }
                match doc.quotes[q].close_token {
                    Some(close) if close < end => t = close,
                    _ => break,
                }
            }
            TokenKind::Punct if doc.tokens[t].quote().is_none() => {
                if speech_participle_after(doc, t) {
                    return None;
                }
                // "a kind, loving and admirable person": a comma inside a list goes on.
                let in_list = doc.is_punct(t, ",")
                    && t + 1 < end
                    && is_frame_word(doc, t + 1)
                    && !is_function_word(lower(doc, t + 1))
                    && (t + 2..end.min(t + 5))
                        .take_while(|&u| is_frame_word(doc, u))
                        .any(|u| matches!(lower(doc, u), "and" | "or"));
                if in_list {
                    t += 1;
                    continue;
                }
                if matches!(
                    doc.word(t),
                    "," | ";" | ":" | "." | "?" | "!" | "(" | ")" | "\u{2014}" | "\u{2013}" | "--"
                ) {
                    stop = t;
                    break;
                }
            }
            TokenKind::Word if is_frame_word(doc, t) => {
                let w = lower(doc, t);
                has_as |= w == "as";
                // "criticized Singer and challenged him to a debate": a second verb with
                // an object of its own.
                let joined_verb =
                    matches!(w, "and" | "but") && t + 1 < end && is_frame_word(doc, t + 1) && {
                        let next = lower(doc, t + 1);
                        let verb_with_object = (next.ends_with("ed") || next.ends_with("ing"))
                            && !doc.is_capitalised(t + 1)
                            && t + 2 < end
                            && is_frame_word(doc, t + 2)
                            && (opens_determined_np(lower(doc, t + 2))
                                || doc.is_capitalised(t + 2)
                                || matches!(
                                    lower(doc, t + 2),
                                    "him" | "her" | "them" | "it" | "to"
                                ));
                        // ("praise the plan and say it will work": a bare form after a
                        // bare cue.)
                        is_speech_verb(next)
                            || cue.form.is_some_and(|f| f.bare)
                                && lexicon().verbs.contains_key(next)
                            || is_aux(next)
                            || verb_with_object
                            || matches!(next, "he" | "she" | "they" | "we" | "i" | "it")
                    };
                // "praised Obama's presidency in an interview published Saturday": the
                // setting after the object is not what was said.
                if joined_verb || t > from && opens_trailing_setting(doc, t, end) {
                    stop = t;
                    break;
                }
            }
            _ => {}
        }
        t += 1;
    }
    // (The sentence's own end may stop before ", saying ...".)
    if flags.judges_as && !has_as || stop == end && speech_participle_after(doc, end) {
        return None;
    }
    // ("questioned that pledge": "that" is the object's determiner, no clause's opening.)
    let mut pieces = content_after(doc, from, stop, false)?;
    if first == "that" {
        if let Some(piece) = pieces.first_mut() {
            piece.start = piece.start.min(doc.tokens[from].start());
        }
    }
    Some(pieces)
}

/// Is this cue a participle after a determined noun that opens its sentence, with no verb
/// between them ("A letter calling for his resignation was signed ...")?
fn participle_in_subject(doc: &Doc, cue: &Cue) -> bool {
    if !cue.form.is_some_and(|f| f.participle) {
        return false;
    }
    let sentence = doc.sentences.partition_point(|s| s.tokens.end <= cue.start);
    let Some(start) = doc.sentences.get(sentence).map(|s| s.tokens.start) else {
        return false;
    };
    cue.start > start + 1
        && cue.start <= start + 8
        && matches!(lower(doc, start), "a" | "an" | "the")
        && (start + 1..cue.start).all(|u| {
            is_frame_word(doc, u) && {
                let w = lower(doc, u);
                !is_aux(w) && !w.ends_with("ed") && !is_function_word(w) && !is_speech_verb(w)
            }
        })
}

/// "him a liar", "Trump the worst", "the plan a mistake": a short object (a pronoun, a name,
/// or a determiner and up to two words), then a complement opening with a determiner.
fn has_complement(doc: &Doc, from: usize, end: usize) -> bool {
    let first = lower(doc, from);
    let object_end = if matches!(first, "him" | "her" | "them" | "it" | "me" | "us") {
        Some(from + 1)
    } else if doc.is_capitalised(from) {
        (from..end.min(from + 4)).find(|&u| !(is_frame_word(doc, u) && doc.is_capitalised(u)))
    } else if opens_determined_np(first) {
        (from + 2..end.min(from + 4)).find(|&u| matches!(lower(doc, u), "a" | "an"))
    } else if noun_like(doc, from) {
        // "called climate change a hoax": common nouns without a determiner.
        (from + 1..end.min(from + 3))
            .take_while(|&u| noun_like(doc, u) || matches!(lower(doc, u), "a" | "an"))
            .find(|&u| matches!(lower(doc, u), "a" | "an"))
    } else {
        None
    };
    // (Not a time: "called lawmakers an hour later".)
    let time = |u: usize| {
        u + 1 < end && is_frame_word(doc, u + 1) && is_time_word(lower(doc, u + 1))
            || u + 1 < end && matches!(lower(doc, u + 1), "hour" | "minute" | "day" | "week")
    };
    // ("called the charges unsubstantiated", "called it dangerous": an adjective of judgement
    // after a pronoun, a name, or a determiner and its noun.)
    let adjective_at = |u: usize| {
        u < end && is_frame_word(doc, u) && !doc.is_capitalised(u) && {
            let w = lower(doc, u);
            w.len() > 5
                && ["ous", "ful", "ible", "able", "ive", "less", "ated", "ant"]
                    .iter()
                    .any(|suffix| w.ends_with(suffix))
        }
    };
    let adjective = if matches!(first, "him" | "her" | "them" | "it" | "me" | "us") {
        adjective_at(from + 1)
    } else if doc.is_capitalised(from) {
        (from..end.min(from + 4))
            .find(|&u| !(is_frame_word(doc, u) && doc.is_capitalised(u)))
            .is_some_and(adjective_at)
    } else {
        opens_determined_np(first)
            && from + 1 < end
            && is_frame_word(doc, from + 1)
            && !is_function_word(lower(doc, from + 1))
            && adjective_at(from + 2)
    };
    adjective
        || object_end.is_some_and(|u| {
            u < end
                && !time(u)
                && is_frame_word(doc, u)
                && matches!(
                    lower(doc, u),
                    "a" | "an" | "the" | "one" | "his" | "her" | "their" | "its" | "our"
                )
        })
}

/// ", saying ...", ", adding ...": a comma and a participle of speech that carries words of
/// its own. (", citing ..." is a second judgement, not the words.)
fn speech_participle_after(doc: &Doc, comma: usize) -> bool {
    comma + 1 < doc.tokens.len()
        && doc.is_punct(comma, ",")
        && is_frame_word(doc, comma + 1)
        && lexicon()
            .verbs
            .get(lower(doc, comma + 1))
            // (Also one that calls something something: ", calling her report “...”".)
            .is_some_and(|forms| {
                forms
                    .iter()
                    .any(|f| f.participle && (!f.flags.judges || f.flags.complement))
            })
}

/// "in an interview", "on Twitter", "during a debate on Monday", "at a rally": a preposition
/// opening the setting of what was said, within four words of its noun.
fn opens_trailing_setting(doc: &Doc, t: usize, end: usize) -> bool {
    if !matches!(
        lower(doc, t),
        "in" | "on" | "at" | "during" | "before" | "after" | "via" | "following"
    ) {
        return false;
    }
    // (The noun of this phrase, not of a later one: "controls on the border on Tuesday".)
    (t + 1..end.min(t + 5))
        .take_while(|&u| is_frame_word(doc, u) && !opens_setting(lower(doc, u)))
        .any(|u| {
            let w = lower(doc, u);
            is_calendar_word(w) || is_occasion_word(w)
        })
}

/// A word for where or how words were said: "interview", "statement", "rally", "Twitter".
fn is_occasion_word(w: &str) -> bool {
    // (A slice rather than a match: smaller in the wasm.)
    const OCCASIONS: &[&str] = &[
        "interview",
        "speech",
        "rally",
        "debate",
        "conference",
        "briefing",
        "hearing",
        "meeting",
        "twitter",
        "facebook",
        "instagram",
        "video",
        "ad",
        "remarks",
        "appearance",
        "event",
        "forum",
        "address",
        "show",
        "broadcast",
        "podcast",
        "call",
        "session",
        "summit",
        "visit",
        "stop",
    ];
    names_a_message(w) || OCCASIONS.contains(&w)
}

/// Has this quotation a lower-case word that is not a function word? Titles and names
/// ("The Quiet Harbour", "The Wall") have none.
/// Does the quotation hold a sentence, its final mark inside: "“No.”", "“Leave now!”"?
fn quote_is_sentence(doc: &Doc, quote: usize) -> bool {
    let Some(close) = doc.quotes[quote].close_token else {
        return false;
    };
    let open = doc.quotes[quote].open_token;
    close > open + 2
        && doc.tokens[close - 1].kind() == TokenKind::Punct
        && matches!(doc.word(close - 1), "." | "?" | "!")
}

fn quote_is_speechlike(doc: &Doc, quote: usize) -> bool {
    let open = doc.quotes[quote].open_token;
    // A headline capitalises every word: there, any quotation of two words or more counts, and
    // one word in lower case ("Lund slams ‘reckless’ plan": no title).
    if doc.tokens[open].paragraph() == 0 {
        let lower_word = doc.quotes[quote].words == 1
            && doc
                .tokens
                .get(open + 1)
                .is_some_and(|t| t.kind() == TokenKind::Word)
            && doc.word(open + 1).starts_with(|c: char| c.is_lowercase());
        return doc.quotes[quote].words >= 2 || lower_word;
    }
    // Words in lower case, or an exclamation ("“U-S-A! U-S-A!”"): not a title or a name.
    doc.tokens[open + 1..]
        .iter()
        .enumerate()
        .take_while(|(_, token)| token.quote() == Some(quote))
        .any(|(k, token)| {
            let t = open + 1 + k;
            token.kind() == TokenKind::Word
                && doc.word(t).chars().next().is_some_and(char::is_lowercase)
                && !is_function_word(lower(doc, t))
                || token.kind() == TokenKind::Punct && doc.word(t) == "!"
        })
}

/// Is this lower-case word an adverb in -ly ("also" aside): "quickly", "nearly", "early"? Not
/// a noun or an adjective that ends the same way: "said family members", "said supply
/// lines", "said rally organizers", "the elderly".
fn is_ly_adverb(w: &str) -> bool {
    w.ends_with("ly")
        && !matches!(
            w,
            "family"
                | "rally"
                | "supply"
                | "reply"
                | "apply"
                | "assembly"
                | "ally"
                | "bully"
                | "belly"
                | "anomaly"
                | "monopoly"
                | "folly"
                | "holy"
                | "ugly"
                | "silly"
                | "lonely"
                | "lovely"
                | "friendly"
                | "unfriendly"
                | "elderly"
                | "costly"
                | "deadly"
                | "lively"
                | "orderly"
                | "disorderly"
                | "timely"
                | "untimely"
                | "worldly"
                | "scholarly"
                | "burly"
                | "chilly"
                | "unlikely"
        )
}

/// "flatly", "bluntly", "angrily": an adverb of manner after a verb of speech. (Not one of
/// time, frequency or degree: "said early", "said only", "said nearly".)
fn is_manner_adverb(doc: &Doc, t: usize) -> bool {
    let w = lower(doc, t);
    w.len() > 4
        && is_ly_adverb(w)
        && !doc.is_capitalised(t)
        && !matches!(
            w,
            "likely"
                | "early"
                | "only"
                | "daily"
                | "weekly"
                | "monthly"
                | "quarterly"
                | "yearly"
                | "nearly"
                | "roughly"
                | "fully"
        )
}

/// "said, in a statement, that", "argued, without evidence, that", "said, however, that": the
/// "that" after a short adjunct set off by commas right after the cue.
fn that_after_insertion(doc: &Doc, t: usize, end: usize) -> Option<usize> {
    // (Between commas or between dashes: "asserting — in one sentence — that".)
    let dash = t < end && is_dash(doc, t);
    if !(t < end && (doc.is_punct(t, ",") || dash)) {
        return None;
    }
    // (Between dashes, a comma may stand inside: "— on Twitter, as it happens — that".)
    let plain = |u: usize| {
        is_frame_word(doc, u) && !matches!(lower(doc, u), "that" | "and" | "but")
            || doc.tokens[u].kind() == TokenKind::Number && doc.tokens[u].quote().is_none()
            || doc.is_punct(u, ".") && u > t + 1 && doc.word(u - 1).len() <= 4
            || dash && doc.is_punct(u, ",") && u > t + 1
    };
    let close = (t + 1..end.min(t + 10)).find(|&u| !plain(u))?;
    (close > t + 1
        && (if dash {
            is_dash(doc, close)
        } else {
            doc.is_punct(close, ",")
        })
        && close + 1 < end
        && is_frame_word(doc, close + 1)
        && lower(doc, close + 1) == "that")
        .then_some(close + 1)
}

/// Is the token at `u` part of a title in quotation marks that closes before `end`: a
/// programme, a book ("on “Fox News Sunday”", "told ABC's “Good Morning America”")?
fn in_title(doc: &Doc, u: usize, end: usize) -> bool {
    let quote = match doc.tokens[u].kind() {
        TokenKind::Open(q) | TokenKind::Close(q) => Some(q),
        _ => doc.tokens[u].quote(),
    };
    quote.is_some_and(|q| {
        doc.quotes[q].close_token.is_some_and(|close| close < end)
            && doc.is_capitalised(doc.quotes[q].open_token + 1)
            && !quote_is_speechlike(doc, q)
    })
}

/// "Beck joked, again using a Southern accent, “...”": at the comma `t`, a participle of
/// manner set off by commas before a quotation (not one of speech: ", adding, “...”"). The
/// comma that closes it.
fn manner_aside(doc: &Doc, t: usize, end: usize) -> Option<usize> {
    if !(t + 3 < end && doc.is_punct(t, ",")) {
        return None;
    }
    let mut v = t + 1;
    if is_frame_word(doc, v) && (is_ly_adverb(lower(doc, v)) || lower(doc, v) == "again") {
        v += 1;
    }
    let manner = v < end && is_frame_word(doc, v) && {
        let w = lower(doc, v);
        // (Not a form of a speech verb, all its words: "pointing out" is one, "pointing at"
        // is not.)
        w.len() > 4
            && w.ends_with("ing")
            && !lexicon().forms(w).iter().any(|f| form_at(doc, f, v, end))
    };
    if !manner {
        return None;
    }
    (v + 1..end.min(v + 12))
        .take_while(|&u| is_frame_word(doc, u) || doc.is_punct(u, ","))
        .find(|&u| doc.is_punct(u, ","))
        .filter(|&c| c + 1 < end && matches!(doc.tokens[c + 1].kind(), TokenKind::Open(_)))
}

/// Skips "on Friday", "in a statement", "in an interview with CNN", "Tuesday", "last week".
fn skip_adjuncts(doc: &Doc, mut t: usize, end: usize) -> usize {
    loop {
        // "Ivo Lund said, and I quote, “...”": the aside belongs to the frame (up to its
        // closing comma).
        if t + 4 < end
            && doc.is_punct(t, ",")
            && (t + 1..t + 4).all(|u| is_frame_word(doc, u))
            && lower(doc, t + 1) == "and"
            && lower(doc, t + 2) == "i"
            && lower(doc, t + 3) == "quote"
            && doc.is_punct(t + 4, ",")
        {
            t += 4;
            continue;
        }
        // "Beck joked, again using a Southern accent, “...”".
        if let Some(comma) = manner_aside(doc, t, end) {
            return comma;
        }
        if t >= end || !is_frame_word(doc, t) {
            return t;
        }
        let w = lower(doc, t);
        // ("said about half of the money was lost", "say at least 40 people were killed": a
        // count, not a topic or a setting.)
        // ("said about two million pensioners would lose out": a count with its verb; not
        // "wrote about two friends who died".)
        let count = || {
            (is_frame_word(doc, t + 1) && crate::entities::is_number_word(lower(doc, t + 1))
                || doc.tokens[t + 1].kind() == TokenKind::Number
                    && doc.tokens[t + 1].quote().is_none())
                && (t + 2..end.min(t + 14)).any(|u| {
                    is_frame_word(doc, u) && {
                        let v = lower(doc, u);
                        (is_aux(v) || v.ends_with("ed") || is_irregular_past(v))
                            && !matches!(lower(doc, u - 1), "who" | "which" | "that")
                    }
                })
        };
        if matches!(w, "about" | "over")
            && t + 1 < end
            && (is_frame_word(doc, t + 1) && lower(doc, t + 1) == "half" || count())
            || w == "at" && opens_quantity(doc, t, end)
        {
            return t;
        }
        if is_calendar_word(w)
            || matches!(
                w,
                "today"
                    | "yesterday"
                    | "tonight"
                    | "earlier"
                    | "later"
                    | "recently"
                    | "repeatedly"
                    | "also"
                    | "again"
                    | "publicly"
                    | "privately"
                    | "then"
                    | "once"
                    | "instead"
                    | "afterwards"
                    | "afterward"
                    | "beforehand"
            )
            || is_manner_adverb(doc, t)
            // "said further that ...": an adverb before the "that".
            || w == "further" && t + 1 < end && is_frame_word(doc, t + 1) && lower(doc, t + 1) == "that"
            // "said Thursday morning": a part of the day after a day.
            || matches!(w, "morning" | "afternoon" | "evening" | "night")
                && t > 0
                && is_calendar_word(lower(doc, t - 1))
            // "announced late Thursday", "said early Monday".
            || matches!(w, "late" | "early")
                && t + 1 < end
                && is_frame_word(doc, t + 1)
                && is_calendar_word(lower(doc, t + 1))
            // "writes back, “...”", "fired back that": the particle of the verb.
            || w == "back"
                && t + 1 < end
                && (doc.is_punct(t + 1, ",")
                    || doc.is_punct(t + 1, ":")
                    || matches!(doc.tokens[t + 1].kind(), TokenKind::Open(_))
                    || is_frame_word(doc, t + 1) && matches!(lower(doc, t + 1), "that" | "at"))
        {
            t += 1;
            continue;
        }
        // "said last week", "this month", "next year" (not "said this was rough").
        if matches!(w, "last" | "this" | "next")
            && t + 1 < end
            && is_frame_word(doc, t + 1)
            && (is_time_word(lower(doc, t + 1))
                || matches!(
                    lower(doc, t + 1),
                    "week"
                        | "weekend"
                        | "month"
                        | "year"
                        | "spring"
                        | "summer"
                        | "fall"
                        | "autumn"
                        | "winter"
                        | "season"
                        | "term"
                        | "session"
                        | "time"
                        | "decade"
                        | "quarter"
                        | "cycle"
                ))
        {
            t += 2;
            continue;
        }
        // "said late Wednesday that", "early Friday"; "late last month": then the rest.
        if matches!(w, "late" | "early")
            && t + 1 < end
            && is_frame_word(doc, t + 1)
            && (is_calendar_word(lower(doc, t + 1))
                || matches!(lower(doc, t + 1), "last" | "this" | "next"))
        {
            t += 1 + usize::from(is_calendar_word(lower(doc, t + 1)));
            continue;
        }
        // "has said for weeks that", "said for the past two years": how long. (Not "called
        // for months of talks": an "of" after the unit makes it a thing.)
        if w == "for" {
            let mut u = t + 1;
            let past = u + 1 < end
                && is_frame_word(doc, u)
                && lower(doc, u) == "the"
                && matches!(lower(doc, u + 1), "past" | "last");
            if past {
                u += 2;
            }
            let unit = duration_unit(doc, u, end).or_else(|| {
                (u < end
                    && is_frame_word(doc, u)
                    && (matches!(
                        lower(doc, u),
                        "days" | "weeks" | "months" | "years" | "decades"
                    ) || past && matches!(lower(doc, u), "day" | "week" | "month" | "year")))
                .then_some(u)
            });
            // (Nor "words he has been repeating for decades, not so much because": a comma
            // after it only before a quotation.)
            if let Some(unit) = unit.filter(|&unit| {
                unit + 1 < end
                    && !(is_frame_word(doc, unit + 1)
                        && matches!(lower(doc, unit + 1), "of" | "to" | "in" | "and" | "or"))
                    && !(doc.is_punct(unit + 1, ",")
                        && !(unit + 2 < end
                            && matches!(doc.tokens[unit + 2].kind(), TokenKind::Open(_))))
            }) {
                t = unit + 1;
                continue;
            }
        }
        // "wrote for The Washington Informer that": a publication, right before "that".
        if w == "for" {
            let name = (t + 1..end.min(t + 7))
                .find(|&u| !(is_frame_word(doc, u) && doc.is_capitalised(u)))
                .unwrap_or(end);
            if name > t + 1 && name < end && is_frame_word(doc, name) && lower(doc, name) == "that"
            {
                t = name;
                continue;
            }
        }
        // "tweeted the day after a man opened fire": a day named by what came before it.
        if w == "the"
            && t + 2 < end
            && is_frame_word(doc, t + 2)
            && matches!(
                lower(doc, t + 1),
                "day" | "night" | "morning" | "evening" | "week" | "weekend"
            )
            && matches!(lower(doc, t + 2), "after" | "before")
        {
            t += 2;
            continue;
        }
        // "said several months after her release", "said two days later", "said a few
        // weeks ago": a span of time before "after", "before", "later", "earlier" or "ago".
        if let Some(unit) = duration_unit(doc, t, end) {
            if unit + 1 < end
                && is_frame_word(doc, unit + 1)
                && matches!(
                    lower(doc, unit + 1),
                    "after" | "before" | "later" | "earlier" | "ago"
                )
            {
                t = if lower(doc, unit + 1) == "ago" {
                    unit + 2
                } else {
                    unit + 1
                };
                continue;
            }
        }
        if matches!(
            w,
            "on" | "in"
                | "at"
                | "of"
                | "about"
                | "to"
                | "during"
                | "after"
                | "before"
                | "via"
                | "from"
                | "through"
                | "over"
                | "while"
                | "following"
                | "when"
                | "outside"
                | "inside"
        ) {
            // A prepositional phrase up to a comma, "that", a colon or a quotation. A year or
            // a date has numbers ("in 2008", "on Jan. 5"), and so may a phrase after its
            // first word ("in a 2015 interview", "of the 2016 election"); a number after
            // "about", "to" or "over" is a count ("said about 20 people").
            let date = |u: usize| {
                doc.tokens[u].kind() == TokenKind::Number
                    && doc.tokens[u].quote().is_none()
                    && (u == t + 1 && matches!(w, "in" | "on" | "during" | "after" | "before")
                        || u > t + 1 && !matches!(w, "about" | "to" | "over"))
            };
            // (The phrase ends where a clause opens without "that": "said on Monday he would
            // ...", "said in Salem the pier would ...".)
            // (Not after a topic, "of" or "about", nor after a word that opens a clause of
            // its own: "bragged about her father teaching her how to shoot when she was",
            // "complained of the imbalance he sees".)
            let setting = !matches!(w, "of" | "about" | "to");
            let clause_at = |u: usize| {
                setting
                    && u > t + 1
                    && is_frame_word(doc, u)
                    && (doc.tokens[u - 1].kind() == TokenKind::Number
                        || is_frame_word(doc, u - 1)
                            && !is_function_word(lower(doc, u - 1))
                            && !matches!(
                                lower(doc, u - 1),
                                "how"
                                    | "why"
                                    | "what"
                                    | "where"
                                    | "when"
                                    | "whether"
                                    | "who"
                                    | "which"
                            )
                            && !finite_verb_like(doc, u - 1))
                    && (matches!(
                        pronoun(lower(doc, u)),
                        Some(Pronoun::He | Pronoun::She | Pronoun::They | Pronoun::It)
                    ) || matches!(lower(doc, u), "i" | "we")
                        || (doc.is_capitalised(u - 1)
                            || is_calendar_word(lower(doc, u - 1))
                            || doc.tokens[u - 1].kind() == TokenKind::Number)
                            && clause_opens(doc, u, end))
            };
            let mut u = t + 1;
            while u < end
                && (is_frame_word(doc, u) && lower(doc, u) != "that"
                    || date(u)
                    || in_title(doc, u, end))
                && u < t + 12
                && !clause_at(u)
            {
                u += 1;
            }
            if u == t + 1 {
                return t;
            }
            // ("said outside the court that ...": a place only before "that", a colon or a
            // quotation; "protested outside the stores, warehouses and ..." goes on.)
            if matches!(w, "outside" | "inside")
                && !(u < end
                    && (lower(doc, u) == "that"
                        || doc.is_punct(u, ":")
                        || matches!(doc.tokens[u].kind(), TokenKind::Open(_))))
            {
                return t;
            }
            t = u;
            if t < end
                && doc.is_punct(t, ",")
                && t + 1 < end
                && !matches!(doc.tokens[t + 1].kind(), TokenKind::Open(_))
            {
                // "said on Friday, adding": the comma stays for the caller.
                return t;
            }
            continue;
        }
        return t;
    }
}

/// The unit of a span of time opening at `t` ("several months", "two days", "a few weeks",
/// "18 months"): the unit's token.
fn duration_unit(doc: &Doc, t: usize, end: usize) -> Option<usize> {
    let count = |u: usize| {
        u < end
            && (doc.tokens[u].kind() == TokenKind::Number && doc.tokens[u].quote().is_none()
                || is_frame_word(doc, u) && crate::entities::is_number_word(lower(doc, u))
                || is_frame_word(doc, u) && matches!(lower(doc, u), "several" | "many" | "some"))
    };
    let unit = if t + 1 < end
        && is_frame_word(doc, t)
        && lower(doc, t) == "a"
        && is_frame_word(doc, t + 1)
        && lower(doc, t + 1) == "few"
    {
        t + 2
    } else if count(t) {
        t + 1
    } else {
        return None;
    };
    (unit < end && is_frame_word(doc, unit) && is_time_unit(lower(doc, unit))).then_some(unit)
}

/// A word that tells when: a day, a month, "week", "month", "year".
pub(crate) fn is_when_word(lower: &str) -> bool {
    is_calendar_word(lower) || matches!(lower, "week" | "month" | "year")
}

/// Where a short phrase telling when that opens at `t` ends ("Monday", "on Monday", "last
/// week", "earlier this month"): `t` itself when none opens there.
pub(crate) fn when_end(doc: &Doc, t: usize, end: usize) -> usize {
    let when = |u: usize| u < end && is_frame_word(doc, u) && is_when_word(lower(doc, u));
    let mut u = t;
    while u < end && is_frame_word(doc, u) {
        let opens = matches!(lower(doc, u), "on" | "last" | "this" | "earlier")
            && u + 1 < end
            && (when(u + 1) || matches!(lower(doc, u + 1), "this" | "last"));
        if !(when(u) || opens) {
            break;
        }
        u += 1;
    }
    u
}

fn is_time_unit(word: &str) -> bool {
    matches!(
        word,
        "minutes"
            | "hours"
            | "days"
            | "weeks"
            | "months"
            | "years"
            | "decades"
            | "minute"
            | "hour"
            | "day"
            | "week"
            | "month"
            | "year"
    )
}

/// Does a clause open at `t`: a determiner or a possessive, then a finite verb within a few
/// words ("the plan was dead", "her group never worked", "this was")? After a listener it is
/// what was told ("told reporters the plan was dead"), not more of the listener.
fn clause_opens(doc: &Doc, t: usize, end: usize) -> bool {
    // ("told the BBC refunds would be offered": a bare plural and a modal.)
    let bare_plural = t + 1 < end
        && is_frame_word(doc, t)
        && !doc.is_capitalised(t)
        && lower(doc, t).ends_with('s')
        && noun_like(doc, t)
        && is_frame_word(doc, t + 1)
        && matches!(
            lower(doc, t + 1),
            "will" | "would" | "could" | "can" | "should" | "might" | "must"
        );
    if bare_plural {
        return true;
    }
    if !is_frame_word(doc, t)
        || !matches!(
            lower(doc, t),
            "the" | "this" | "these" | "those" | "his" | "her" | "their" | "its" | "our"
        )
    {
        return false;
    }
    // ("told reporters the suspect, a local man, was taken ...": an appositive set off by
    // commas between the subject and its verb.)
    let appositive = (t + 2..end.min(t + 5))
        .take_while(|&u| is_frame_word(doc, u) || doc.is_punct(u, ","))
        .find(|&u| doc.is_punct(u, ","))
        .and_then(|comma| {
            (comma + 2..end.min(comma + 10))
                .take_while(|&u| {
                    is_frame_word(doc, u) && lower(doc, u) != "that" && lower(doc, u) != "and"
                        || doc.is_punct(u, ",")
                        || doc.tokens[u].kind() == TokenKind::Number
                })
                .find(|&u| doc.is_punct(u, ","))
        });
    let verb_at = |u: usize| {
        let w = lower(doc, u);
        matches!(
            w,
            "is" | "was"
                | "are"
                | "were"
                | "has"
                | "had"
                | "have"
                | "will"
                | "would"
                | "could"
                | "can"
                | "should"
                | "may"
                | "might"
                | "must"
        )
    };
    let past_like = |u: usize| {
        let w = lower(doc, u);
        w.ends_with("ed") || is_irregular_past(w)
    };
    (t + 1..end.min(t + 5))
        .take_while(|&u| is_frame_word(doc, u))
        .any(|u| verb_at(u) || u > t + 1 && past_like(u))
        || appositive.is_some_and(|comma| {
            comma + 1 < end
                && is_frame_word(doc, comma + 1)
                && (verb_at(comma + 1) || past_like(comma + 1))
        })
}

/// Is there a listener at `from` (a few words) and then "to" and a verb: "voters to stay",
/// "the State Department to review"? ("challenged him to a debate" has no verb after "to".)
fn request_infinitive(doc: &Doc, from: usize, end: usize) -> bool {
    for u in from..end.min(from + 7) {
        // (The quotation may open before "to": "called on leaders “not to feed ...”".)
        if u > from && matches!(doc.tokens[u].kind(), TokenKind::Open(_)) {
            let mut to = u + 1;
            if to < end && lower(doc, to) == "not" {
                to += 1;
            }
            return to + 1 < end
                && lower(doc, to) == "to"
                && doc.tokens[to + 1].kind() == TokenKind::Word
                && !is_function_word(lower(doc, to + 1))
                && !doc.is_capitalised(to + 1);
        }
        if !is_frame_word(doc, u) {
            return false;
        }
        let w = lower(doc, u);
        if u > from && w == "to" {
            // (Also a quoted infinitive: "told supporters to “go vote.”")
            let verb = match doc.tokens.get(u + 1).map(|token| token.kind()) {
                Some(TokenKind::Open(_)) => u + 2,
                _ => u + 1,
            };
            return verb < end
                && doc.tokens[verb].kind() == TokenKind::Word
                && !is_function_word(lower(doc, verb))
                && !doc.is_capitalised(verb);
        }
        if matches!(
            w,
            "that" | "to" | "he" | "she" | "they" | "we" | "i" | "who" | "which"
        ) || is_aux(w)
        {
            return false;
        }
    }
    false
}

/// Where an infinitive that a commitment or a request reports ends: where the sentence goes
/// on with a clause or a verb of its own (", and ...", "; ...", "vowed to ban X, declined to
/// ...").
fn infinitive_end(doc: &Doc, from: usize, end: usize) -> usize {
    (from..end)
        .find(|&u| {
            doc.is_punct(u, ";")
                // ("pledged to enact reform and he, once again, pledged ...": a clause with a
                // subject pronoun of its own.)
                || u > from + 2
                    && u + 2 < end
                    && is_frame_word(doc, u)
                    && matches!(lower(doc, u), "and" | "but")
                    && is_frame_word(doc, u + 1)
                    && matches!(lower(doc, u + 1), "he" | "she" | "they" | "we" | "i")
                || doc.is_punct(u, ",") && u + 1 < end && is_frame_word(doc, u + 1) && {
                    let next = lower(doc, u + 1);
                    matches!(next, "and" | "but" | "while" | "whereas")
                        || !doc.is_capitalised(u + 1)
                            && (next.ends_with("ed") && next.len() > 4 || is_irregular_past(next))
                }
        })
        .unwrap_or(end)
}

/// The clause a cue introduces after `from`: "that ...", ": “...”", "“...”", or a bare clause.
/// Returns the pieces and whether the clause was marked explicitly (that, colon, quotation).
fn clause_after(
    doc: &Doc,
    cue: &Cue,
    from: usize,
    end: usize,
) -> Option<(Vec<Range<usize>>, bool)> {
    let form = cue.form?;
    // ("worried about a lack of passion, Obama ...": a weak verb's topic is not its words.)
    if form.flags.weak && from < end && is_frame_word(doc, from) && lower(doc, from) == "about" {
        return None;
    }
    let mut t = from;
    // "pledged to rebuild the bridge", "vowed Saturday to rid the world of “...”": a
    // commitment reports the infinitive after it.
    let mut to = t;
    if to + 1 < end && lower(doc, to) == "on" && is_calendar_word(lower(doc, to + 1)) {
        to += 2;
    } else if to < end && is_calendar_word(lower(doc, to)) {
        to += 1;
    }
    // (A bare form must follow its subject or an auxiliary: "they pledge to", not "his own
    // promise to" or "to pledge to".)
    let finite = !form.bare
        || cue.start < cue.verb.start
        || cue.start > 0 && {
            let before = cue.start - 1;
            let w = lower(doc, before);
            is_frame_word(doc, before)
                && (doc.is_capitalised(before)
                    || matches!(w, "they" | "we" | "i" | "you")
                    || is_aux(w)
                    || w.ends_with('s') && !w.ends_with("ss")
                    || is_plural_without_s(w))
        };
    if form.flags.to
        && finite
        && to + 1 < end
        && is_frame_word(doc, to)
        && lower(doc, to) == "to"
        && (is_frame_word(doc, to + 1) && !is_function_word(lower(doc, to + 1))
            // ("vows to “defend the law”": the infinitive quoted.)
            || matches!(doc.tokens[to + 1].kind(), TokenKind::Open(_))
                && to + 2 < end
                && doc.tokens[to + 2].kind() == TokenKind::Word
                && doc.word(to + 2).starts_with(char::is_lowercase))
    {
        let end = infinitive_end(doc, to, end);
        return content_after(doc, to, end, true).map(|p| (p, true));
    }
    // "urged voters to stay home", "called on Congress to act": a request reports whom it
    // asks and what.
    if form.flags.request && finite && request_infinitive(doc, t, end) {
        let end = infinitive_end(doc, t, end);
        return content_after(doc, t, end, true).map(|p| (p, true));
    }
    // "told reporters", "reminded world leaders", "warned Moscow".
    // A longer listener before "that": "told a town hall in Salem, N.H., on Monday that".
    if form.flags.object && t < end && is_frame_word(doc, t) {
        // (A question word ends the listener: "asked if the plan meant that ..." reports the
        // question, not the "that" inside it.)
        // (A programme's title in quotation marks is part of the listener: "told ABC's “Good
        // Morning America” that".)
        let in_title = |u: usize| in_title(doc, u, end);
        let that = (t..end.min(t + 14))
            .take_while(|&u| {
                is_frame_word(doc, u) && !opens_question(doc, cue, u)
                    || doc.is_punct(u, ",")
                    || doc.tokens[u].kind() == TokenKind::Number && doc.tokens[u].quote().is_none()
                    || in_title(u)
            })
            .find(|&u| lower(doc, u) == "that" && is_frame_word(doc, u));
        // ("told POLITICO, however, that": a connective set off by commas.)
        let connective_before = |u: usize| {
            u >= t + 3
                && doc.is_punct(u - 1, ",")
                && doc.is_punct(u - 3, ",")
                && is_frame_word(doc, u - 2)
                && is_connective_word(lower(doc, u - 2))
        };
        // (Nor past a clause's verb: in "told reporters the ruling proved that ..." the "that"
        // is the clause's own. A participle after a determiner qualifies a noun: "told an
        // invited audience that".)
        // (A relative clause about the listener has verbs of its own: "tells voters who wonder
        // why ... that".)
        // (Only a clause that opens with a determiner after the listener: "the ruling proved".)
        let clause_verb = |u: usize| {
            let determiner = |k: usize| {
                matches!(
                    lower(doc, k),
                    "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our"
                )
            };
            let Some(opens) = (t + 1..u).find(|&k| determiner(k)) else {
                return false;
            };
            (opens + 1..u)
                .take_while(|&k| !matches!(lower(doc, k), "who" | "whom" | "which"))
                .any(|k| finite_verb_like(doc, k) && !determiner(k - 1))
        };
        if let Some(that) = that.filter(|&u| {
            u > t && (!doc.is_punct(u - 1, ",") || connective_before(u)) && !clause_verb(u)
        }) {
            t = that;
        }
    }
    if form.flags.object && t < end && is_frame_word(doc, t) && lower(doc, t) != "that" {
        let mut u = t;
        // (A subject pronoun or a question word ends the listener: "told the Post he had
        // ...", "asked him whether ...".)
        while u < end
            && is_frame_word(doc, u)
            && lower(doc, u) != "that"
            && u < t + 5
            && !(u > t
                && matches!(
                    lower(doc, u).split(['’', '\'']).next().unwrap_or(""),
                    "he" | "she" | "they" | "we" | "i" | "it"
                ))
            && !opens_question(doc, cue, u)
            && !(u > t && clause_opens(doc, u, end))
            // ("told officers Bell had “a history”": a name and its verb after a listener
            // in lower case open the clause.)
            && !(u > t && !doc.is_capitalised(u - 1) && {
                let run = crate::entities::capitalised_run(doc, u, end);
                !run.is_empty() && run.end < end && finite_verb_like(doc, run.end)
            })
        {
            u += 1;
        }
        // ("promises the government will help “up-skill” workers": a determiner's noun phrase
        // and a modal are a bare clause's subject and verb, not a listener.)
        let modal_at = |v: usize| {
            v < end
                && is_frame_word(doc, v)
                && matches!(
                    lower(doc, v),
                    "will" | "would" | "could" | "can" | "should" | "might" | "must"
                )
        };
        let bare_clause = opens_determined_np(lower(doc, t))
            && (t + 1..end.min(t + 4))
                .find(|&v| modal_at(v))
                .is_some_and(|v| {
                    // (Not a name and then a noun: "told the BBC refunds would".)
                    (t + 1..v).all(|w| {
                        is_frame_word(doc, w)
                            && !opens_determined_np(lower(doc, w))
                            && noun_like(doc, w)
                            && !(doc.is_capitalised(w) && w + 1 < v && !doc.is_capitalised(w + 1))
                    })
                });
        if bare_clause {
            return content_after(doc, t, end, true).map(|p| (p, false));
        }
        // ("told reporters from his hospital bed.": a listener, then where the words were
        // said, to the end of the sentence; no words after them.)
        let setting = (t + 1..end.min(t + 4)).find(|&v| {
            is_frame_word(doc, v) && matches!(lower(doc, v), "from" | "at" | "in" | "on" | "during")
        });
        if let Some(at) = setting {
            let rest = (at + 1..end).filter(|&v| doc.is_word(v)).count();
            let closes = (at + 1..end).all(|v| doc.is_word(v) || matches!(doc.word(v), "." | "!"));
            // (A verb would open a clause; "bed" is no past tense.)
            let verb = |v: usize| {
                is_aux(lower(doc, v)) || finite_verb_like(doc, v) && lower(doc, v).len() > 3
            };
            if rest <= 5 && closes && !(t..end).any(|v| doc.tokens[v].quote().is_some() || verb(v))
            {
                return None;
            }
        }
        // ("promised lower taxes and “jobs, jobs, jobs,”": an object that ends on a
        // quotation reports the words, quotation included.)
        let in_object = u > t
            && matches!(lower(doc, u - 1), "and" | "or" | "a" | "an")
            && !(t..u).any(|v| {
                matches!(
                    lower(doc, v),
                    "of" | "against" | "about" | "to" | "for" | "with" | "in" | "on"
                )
            });
        if let TokenKind::Open(q) = doc.tokens.get(u).map_or(TokenKind::Punct, |x| x.kind()) {
            let close = doc.quotes[q].close_token.filter(|&c| c < end);
            if let Some(close) = close.filter(|_| in_object) {
                return content_after(doc, t, close + 1, false).map(|p| (p, false));
            }
        }
        if u < end
            && (lower(doc, u) == "that"
                || u > t && clause_opens(doc, u, end)
                || is_frame_word(doc, u) && opens_question(doc, cue, u)
                || doc.is_punct(u, ":")
                || doc.is_punct(u, ",")
                // ("promised lower taxes and “jobs,”", "promised a “new harbor”": a
                // listener does not end on "and" or an article; the quotation is in the
                // object.)
                || matches!(doc.tokens[u].kind(), TokenKind::Open(_)) && !in_object)
        {
            t = u;
        } else if u < end && u > t && is_frame_word(doc, u) {
            // "told CNN the plan was dead": too ambiguous without "that".
            t = u;
        }
    }
    if let Some(that) = that_after_insertion(doc, t, end) {
        t = that;
    }
    t = skip_adjuncts(doc, t, end);
    if t >= end {
        return None;
    }
    // ("A fossil found in China shows that ...": the "that" of a verb of its own.)
    if form.flags.weak
        && lower(doc, t) == "that"
        && (from..t).any(|u| {
            finite_verb_like(doc, u)
                && !lower(doc, u).ends_with("ing")
                && lexicon().verbs.contains_key(lower(doc, u))
                // (Not an infinitive the verb governs, "continued to assert that", nor a
                // noun: "state in the report that".)
                && !(u > from
                    && (lower(doc, u - 1) == "to" || opens_determined_np(lower(doc, u - 1))))
        })
    {
        return None;
    }
    if lower(doc, t) == "that" && is_frame_word(doc, t) {
        // "suggested that might not be enough": "that" is the subject when a verb follows.
        let subject = t + 1 < end
            && is_frame_word(doc, t + 1)
            && matches!(
                lower(doc, t + 1),
                "might"
                    | "could"
                    | "would"
                    | "will"
                    | "can"
                    | "should"
                    | "may"
                    | "must"
                    | "is"
                    | "was"
                    | "has"
                    | "had"
                    | "isn’t"
                    | "isn't"
                    | "wasn’t"
                    | "wasn't"
                    | "won’t"
                    | "won't"
                    | "wouldn’t"
                    | "wouldn't"
            );
        // ("called that claim “flat-out false”": no clause after these verbs, so "that" is
        // a determiner.)
        let determiner = cue
            .form
            .is_some_and(|f| f.flags.complement || f.flags.judges_as);
        // ("rejected that argument in a ruling": a verb that reports only with "as".)
        if form.flags.judges_as
            && !(t + 1..end).any(|u| is_frame_word(doc, u) && lower(doc, u) == "as")
        {
            return None;
        }
        // ("questioned that pledge.": "that" before a noun and no verb is the object's
        // determiner; a verb of judgement reports the object, another verb nothing.)
        // (One noun: "found that action unconstitutional" reports a judgement.)
        let u = t + 1;
        let noun_only = !subject
            && u < end
            && doc.is_word(u)
            // (Ending the sentence: "confirmed that observation, reporting: ..." goes on.)
            && (u + 1..end).all(|v| matches!(doc.word(v), "." | "!" | "?"))
            && {
                let w = lower(doc, u);
                is_frame_word(doc, u)
                    && pronoun(w.split(['’', '\'']).next().unwrap_or(w)).is_none()
                    && !is_aux(w)
                    && !w.ends_with("n't")
                    && !w.ends_with("n’t")
                    // (A speech verb's bare form is a noun there, "that pledge"; its past
                    // or "-s" form is a verb, "that stuck", "that helps".)
                    && match lexicon().verbs.get(w) {
                        Some(forms) => forms.iter().all(|f| f.bare || f.participle),
                        None => !finite_verb_like(doc, u),
                    }
            };
        if noun_only && !form.flags.judges {
            return None;
        }
        let from = if subject || determiner || noun_only {
            t
        } else {
            t + 1
        };
        return content_after(doc, from, end, true).map(|p| (p, true));
    }
    // A reported question: "asked whether ...", "asked him why ...".
    if is_frame_word(doc, t) && opens_question(doc, cue, t) {
        return content_after(doc, t, end, true).map(|p| (p, true));
    }
    // "scolded him: “...”", "warned the crowd: “...”": a short object before a colon and a
    // quotation.
    if let Some(colon) = (t + 1..end.min(t + 5))
        .take_while(|&u| doc.is_punct(u, ":") || is_frame_word(doc, u) && lower(doc, u) != "that")
        .find(|&u| doc.is_punct(u, ":"))
        .filter(|&u| {
            is_frame_word(doc, t)
                && u + 1 < end
                && matches!(doc.tokens[u + 1].kind(), TokenKind::Open(_))
        })
    {
        t = colon;
    }
    // ("said in his 2012 book, “An American Son”": a title after the setting names it.)
    let titled_setting = t > from
        && matches!(lower(doc, from), "in" | "on" | "at" | "during")
        && doc.is_punct(t, ",")
        && t + 1 < end
        && matches!(doc.tokens[t + 1].kind(), TokenKind::Open(q) if !quote_is_speechlike(doc, q));
    if titled_setting {
        return None;
    }
    if doc.is_punct(t, ":")
        || (doc.is_punct(t, ",")
            && t + 1 < end
            && matches!(doc.tokens[t + 1].kind(), TokenKind::Open(_)))
    {
        return content_after(doc, t + 1, end, true).map(|p| (p, true));
    }
    if let TokenKind::Open(q) = doc.tokens[t].kind() {
        // After a weak verb a quotation of capitalised words is a title ("praised “The Quiet
        // Harbour”"), not speech.
        // After "told" a quotation of capitalised words is the listener ("told “Fox and
        // Friends”").
        if (form.flags.weak || form.flags.object) && !quote_is_speechlike(doc, q) {
            return None;
        }
        // ("This recipe, which my grandmother called “poor man's pasta,” takes 20 minutes":
        // a name or a judgement quoted right after "called" is all its words.)
        if let Some(close) = doc.quotes[q]
            .close_token
            .filter(|&c| form.flags.complement && c < end)
        {
            return content_after(doc, t, close + 1, true).map(|p| (p, true));
        }
        return content_after(doc, t, end, true).map(|p| (p, true));
    }
    // A bare clause: "Russia insists the measures are necessary".
    if form.flags.weak || form.flags.object && t == from {
        return None;
    }
    // An answer: "the candidate said no.", "75 percent said yes, but ...".
    if is_frame_word(doc, t)
        && matches!(lower(doc, t), "yes" | "no")
        && (t + 1 >= end || doc.tokens[t + 1].kind() == TokenKind::Punct)
    {
        return Some((vec![doc.tokens[t].range()], false));
    }
    // "he’s satisfied": the pronoun before a contraction.
    let w = lower(doc, t);
    let w = w.split(['’', '\'']).next().unwrap_or(w);
    // ("said $2 million was", "said £2m had": a sum of money is a number too.)
    // (Only as the subject of a verb right after it: not "would add $84 billion over ...".)
    let money = matches!(doc.word(t), "$" | "£" | "€" | "¥")
        && t + 1 < end
        && doc.word(t + 1).starts_with(|c: char| c.is_ascii_digit())
        && {
            let mut v = t + 2;
            if v < end && matches!(lower(doc, v), "million" | "billion" | "trillion") {
                v += 1;
            }
            v < end && is_frame_word(doc, v) && {
                let w = lower(doc, v);
                is_finite_aux(w) || w.ends_with("ed") || is_irregular_past(w)
            }
        };
    let number =
        (doc.tokens[t].kind() == TokenKind::Number || money) && doc.tokens[t].quote().is_none();
    let starts_clause = (is_frame_word(doc, t) || number)
        && (pronoun(w).is_some() && w != "you"
            || matches!(
                w,
                "the"
                    | "a"
                    | "an"
                    | "there"
                    | "this"
                    | "these"
                    | "those"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "our"
                    | "no"
                    | "all"
                    | "some"
                    | "many"
                    | "most"
                    | "if"
                    | "nobody"
                    | "everyone"
                    | "about"
                    | "more"
                    | "only"
                    | "nearly"
                    | "almost"
                    | "every"
                    | "each"
                    | "both"
                    | "any"
                    | "several"
                    | "one"
                    | "two"
                    | "three"
                    | "other"
                    | "another"
                    | "such"
                    | "few"
                    | "none"
                    // "says despite being an alumna, she will root for Iowa".
                    | "despite"
                    | "although"
                    | "though"
            )
            // "said further talks would be held": a determiner of its noun, an auxiliary
            // after the noun (not "pledging further police reform").
            || w == "further"
                && (t + 2..end.min(t + 6))
                    .take_while(|&u| is_frame_word(doc, u))
                    .any(|u| is_finite_aux(lower(doc, u)))
            // "say at least 40 people were killed", "said as many as 50", "said up to 30".
            || opens_quantity(doc, t, end)
            // "said over 20 people were hurt", "said about half of it was lost": a count.
            || matches!(w, "over" | "under" | "about" | "nearly" | "almost" | "roughly")
                && t + 1 < end
                && (doc.tokens[t + 1].kind() == TokenKind::Number
                    || is_frame_word(doc, t + 1)
                        && matches!(
                            lower(doc, t + 1),
                            "half" | "one" | "two" | "three" | "four" | "five" | "ten"
                        ))
            || number
            || doc.is_capitalised(t) && !is_calendar_word(w)
            // "said local officials should ...", "said parents still want ...": a short noun
            // phrase with a verb right after it.
            || is_frame_word(doc, t)
                && !is_function_word(w)
                && !is_calendar_word(w)
                && !matches!(
                    w,
                    "nothing" | "something" | "anything" | "so" | "yes" | "no" | "hello"
                        | "goodbye" | "sorry" | "thanks" | "please" | "otherwise" | "enough"
                        | "earlier" | "later" | "today" | "yesterday"
                        | "tomorrow" | "recently" | "previously" | "again" | "once" | "twice"
                )
                && !is_ly_adverb(w)
                // ("“...,” he said aboard his plane as he crossed Nevada": a setting.)
                && !is_place_preposition(w)
                // "said much of the money was ...", but not "said little about it".
                && (!matches!(w, "much" | "little") || t + 1 < end && lower(doc, t + 1) == "of")
                && (!form.flags.object || short_subject_then_verb(doc, t, end)));
    // ("said nothing would change": an indefinite pronoun with a verb after it.)
    let starts_clause = starts_clause
        || matches!(w, "nothing" | "something" | "anything" | "everything")
            && t + 1 < end
            && is_frame_word(doc, t + 1)
            && (is_finite_aux(lower(doc, t + 1)) || is_irregular_past(lower(doc, t + 1)));
    // ("Foden added a third with a curling shot": a goal, no words.)
    let scored = lower(doc, cue.verb.start).starts_with("add")
        && matches!(w, "a" | "another" | "his" | "her" | "their")
        && t + 1 < end
        && matches!(
            lower(doc, t + 1),
            "second" | "third" | "fourth" | "fifth" | "sixth" | "goal" | "try" | "point" | "run"
        );
    if !starts_clause || scored {
        return None;
    }
    let words = (t..end).filter(|&u| doc.is_word(u)).count();
    // A pronoun subject makes a clause; a noun phrase needs a verb after it.
    let pronoun_subject = matches!(w, "he" | "she" | "it" | "they" | "we" | "i" | "there");
    // ("Asked if he would vote for her, Flake said he would.": a pronoun and an auxiliary
    // alone, the rest of the clause understood; or a pronoun and its past verb.)
    // ("said prices fell", "said talks collapsed": a noun and its past verb are a clause too.)
    let noun_subject = is_frame_word(doc, t) && !is_function_word(w) && !is_ly_adverb(w);
    let elliptical = words == 2 && (pronoun_subject || noun_subject) && t + 1 < end && {
        let w = lower(doc, t + 1);
        is_frame_word(doc, t + 1)
            && (pronoun_subject
                && (is_finite_aux(w) || w.ends_with("n’t") || w.ends_with("n't"))
                // ("said it shrank", "said they agreed": a pronoun and a past verb.)
                || w.ends_with("ed") && w.len() > 3
                || is_irregular_past(w)
                // ("said it works", "said she agrees": a singular pronoun and its present.)
                || matches!(lower(doc, t), "he" | "she" | "it")
                    && w.len() > 2
                    && w.ends_with('s')
                    && !w.ends_with("ss")
                    && !w.ends_with("’s")
                    && !w.ends_with("'s"))
    };
    // ("said voters felt forgotten": a noun and an irregular past right after it.)
    let past_after_noun = noun_subject
        && t + 1 < end
        && is_frame_word(doc, t + 1)
        && is_irregular_past(lower(doc, t + 1));
    if !elliptical
        && (words < 3 || !(pronoun_subject || past_after_noun || has_verb_like(doc, t + 1, end)))
    {
        return None;
    }
    content_after(doc, t, end, false).map(|p| (p, false))
}

/// A plural noun without -s: "people say", "police say", "the media say".
fn is_plural_without_s(word: &str) -> bool {
    matches!(
        word,
        "people" | "men" | "women" | "children" | "media" | "police" | "staff" | "personnel"
    )
}

/// A word for a relative, a friend or a circle around someone: "his wife", "her
/// ex-husband", "his critics" are people, who speak.
pub(crate) fn is_kin_or_circle(word: &str) -> bool {
    let word = word.strip_prefix("ex-").unwrap_or(word);
    const WORDS: &[&str] = &[
        "wife",
        "husband",
        "son",
        "sons",
        "daughter",
        "daughters",
        "mother",
        "father",
        "parents",
        "brother",
        "brothers",
        "sister",
        "sisters",
        "widow",
        "widower",
        "spouse",
        "partner",
        "fiancé",
        "fiancée",
        "boyfriend",
        "girlfriend",
        "friend",
        "friends",
        "family",
        "uncle",
        "aunt",
        "cousin",
        "grandmother",
        "grandfather",
        "mom",
        "dad",
        "critics",
        "supporters",
        "allies",
        "opponents",
        "rivals",
        "fans",
        "followers",
        "colleagues",
        "backers",
        "detractors",
    ];
    WORDS.contains(&word)
}

/// "the country needs a ...", "the U.S. wants to ...": a determiner and one singular noun
/// (at `noun`) before a word in -s, with more words after it, so that the -s word is the
/// verb and not a plural noun ("the magic words").
fn singular_subject_then_verb(doc: &Doc, noun: usize, end: usize) -> bool {
    let noun_word = lower(doc, noun);
    noun > 0
        && is_frame_word(doc, noun - 1)
        && matches!(
            lower(doc, noun - 1),
            "the" | "a" | "an" | "this" | "that" | "his" | "her" | "its" | "their" | "our" | "every"
        )
        && is_frame_word(doc, noun)
        && (!noun_word.ends_with('s') || noun_word.contains('.'))
        // "a few days later", "a couple years ago": a quantity, not a subject.
        && !matches!(noun_word, "few" | "couple" | "lot" | "number" | "bit" | "handful" | "series")
        // (The verb may end the clause: "said the plan works.")
        && (noun + 2 < end && doc.is_word(noun + 2)
            || noun + 2 <= end
                && (noun + 2..end).all(|u| doc.tokens[u].kind() == TokenKind::Punct))
}

/// Is there a word that looks like a finite verb in these tokens?
fn has_verb_like(doc: &Doc, from: usize, end: usize) -> bool {
    // (Not past a comma and a speech verb: in "who first reported the deal, said it was
    // done" that verb is the sentence's own.)
    let end = (from..end.saturating_sub(1))
        .find(|&t| {
            // ("claimed responsibility for the attack but officials have said ...": the verb
            // after "but" is the next clause's; not inside a relative clause: "his members, who
            // lean Republican but voted for him, would ...".)
            is_frame_word(doc, t)
                && lower(doc, t) == "but"
                && !(from..t).any(|u| {
                    doc.is_punct(u, ",") && matches!(lower(doc, u + 1), "who" | "which" | "whose")
                })
                || doc.is_punct(t, ",")
                    && is_frame_word(doc, t + 1)
                    && lexicon()
                        .verbs
                        .get(lower(doc, t + 1))
                        .is_some_and(|forms| forms.iter().any(|f| !f.participle && !f.bare))
        })
        .unwrap_or(end);
    (from..end.min(from + 12)).any(|t| {
        // (Not a relative clause's verb: "added a third with a shot that left him rooted".)
        let relative = t > from && matches!(lower(doc, t - 1), "that" | "who" | "which");
        is_frame_word(doc, t) && !relative && {
            let w = lower(doc, t);
            is_aux(w)
                && !matches!(
                    w,
                    "also" | "then" | "later" | "further" | "once" | "long" | "even" | "still"
                )
                || w.ends_with("ed")
                // "said the offer stood": an irregular past after its subject.
                // (Not a noun after a determiner or a modifier: "a curling shot".)
                || t > from
                    && is_irregular_past(w)
                    && !opens_determined_np(lower(doc, t - 1))
                    && !lower(doc, t - 1).ends_with("ing")
                // "can’t", "isn't": a negated auxiliary, whichever apostrophe.
                || w.ends_with("n’t")
                || w.ends_with("n't")
                || (w.ends_with('s')
                    && !w.ends_with("ss")
                    && !w.ends_with("’s")
                    && !w.ends_with("'s")
                    && (t > from + 1
                        || t == from + 1 && singular_subject_then_verb(doc, from, end)
                        // "say Scott deserves the right ...": a name, then its verb.
                        || t == from
                            && from > 0
                            && doc.is_capitalised(from - 1)
                            && !is_function_word(lower(doc, from - 1))
                            && from + 1 < end
                            && doc.is_word(from + 1)))
                || matches!(
                    w,
                    "must"
                        | "should"
                        | "won't"
                        | "can't"
                        | "isn't"
                        | "wasn't"
                        | "don't"
                        | "doesn't"
                        | "didn't"
                )
        }
    }) || plural_subject_then_verb(doc, from, end)
        || (from..end).any(|t| doc.tokens[t].quote().is_some())
}

/// "said the voters want change", "say the reasons go beyond ...": a determiner, a plural noun
/// and a word in lower case that is neither a noun's plural, a participle, an adverb nor a
/// word of grammar: the plural's present verb.
fn plural_subject_then_verb(doc: &Doc, noun: usize, end: usize) -> bool {
    let word = |t: usize| t < end && is_frame_word(doc, t) && !doc.is_capitalised(t);
    noun > 0
        && noun + 2 < end
        && word(noun - 1)
        && matches!(lower(doc, noun - 1), "the" | "these" | "those" | "his" | "her" | "their" | "its" | "our")
        && word(noun)
        && {
            let n = lower(doc, noun);
            n.len() > 3 && n.ends_with('s') && !n.ends_with("ss") && !n.ends_with("us")
        }
        && word(noun + 1)
        && {
            let v = lower(doc, noun + 1);
            v.len() > 1
                && !v.ends_with('s')
                && !v.ends_with("ed")
                && !v.ends_with("ing")
                && !is_ly_adverb(v)
                && !is_function_word(v)
                && !is_aux(v)
        }
        // (A word after it too: not "the reasons given." ending the clause.)
        && doc.is_word(noun + 2)
}

/// Content from `from` to the end of the clause, trimmed of the final punctuation; a
/// quotation that is the whole of it gives its inner pieces.
fn content_after(
    doc: &Doc,
    mut from: usize,
    end: usize,
    _explicit: bool,
) -> Option<Vec<Range<usize>>> {
    // ("said that, if elected, she would ...": the comma after "that" opens no content.)
    while from < end && doc.is_punct(from, ",") {
        from += 1;
    }
    if from >= end {
        return None;
    }
    let mut last = end;
    let unclosed = |t: usize| {
        doc.tokens[t]
            .quote()
            .is_none_or(|q| doc.quotes[q].close_token.is_none())
    };
    // Trailing punctuation and a dangling conjunction ("..., but" before the next cue).
    while last > from
        && (trailing_punct(doc, from, last - 1) && unclosed(last - 1)
            || is_frame_word(doc, last - 1) && matches!(lower(doc, last - 1), "but" | "and" | "or"))
    {
        last -= 1;
    }
    if last <= from {
        return None;
    }
    // Wholly a quotation (possibly with fragments of the same quotation).
    if let TokenKind::Open(q) = doc.tokens[from].kind() {
        let quote = &doc.quotes[q];
        let close_at_end = match quote.close_token {
            Some(close) => close + 1 >= last,
            None => true,
        };
        // (“...,” when Wren blasted him: a clause of the narrative after the quotation.)
        let subordinate_after = quote.close_token.is_some_and(|close| {
            let mut t = close + 1;
            if t < last && doc.is_punct(t, ",") {
                t += 1;
            }
            let comma = doc.is_punct(close - 1, ",") || t > close + 1;
            // (Without a comma too: chanting “no contract” after the talks failed. But a
            // that-clause goes on: wrote that “the District is neglected” because ...)
            let after_that =
                from > 0 && is_frame_word(doc, from - 1) && lower(doc, from - 1) == "that";
            t < last
                && is_frame_word(doc, t)
                && (comma && lower(doc, t) == "as"
                    || (comma || !after_that)
                        && matches!(
                            lower(doc, t),
                            "when" | "after" | "before" | "while" | "because" | "since" | "until"
                        ))
        });
        // (“Build the dam!” - “and restore order”: a dash after the quotation.)
        let dash_after = quote
            .close_token
            .is_some_and(|close| close + 1 < last && is_dash(doc, close + 1));
        // (“What curfew?” and kept going: the narrative's next verb after the quotation.)
        let verb_after = quote.close_token.is_some_and(|close| {
            close + 2 < last
                && is_frame_word(doc, close + 1)
                && lower(doc, close + 1) == "and"
                && finite_verb_like(doc, close + 2)
                && lower(doc, close + 2) != "that"
        });
        if close_at_end || subordinate_after || verb_after || dash_after {
            return Some(quote.pieces.clone());
        }
    }
    let start = doc.tokens[from].start();
    let mut end_byte = doc.tokens[last - 1].end();
    // A closing mark at the end belongs to mixed content: keep it.
    if let TokenKind::Close(_) = doc.tokens[last - 1].kind() {
        end_byte = doc.tokens[last - 1].end();
    }
    Some(std::iter::once(start..end_byte).collect())
}

/// Do the words from `first` to `end` make a short setting ("After the ruling", "In Salem",
/// "Asked about it") rather than reported words?
fn opens_with_setting(doc: &Doc, first: usize, end: usize) -> bool {
    first < end
        && (first..end).filter(|&u| doc.is_word(u)).count() < 6
        && is_frame_word(doc, first)
        && matches!(
            lower(doc, first),
            "after"
                | "before"
                | "during"
                | "following"
                | "in"
                | "on"
                | "at"
                | "speaking"
                | "asked"
                | "when"
                | "while"
                | "with"
                | "from"
                | "by"
                | "for"
        )
}

/// The words before a frame set off by commas, when the quotation after it opens in lower
/// case and so goes on with their sentence: "There was, she said, “an implicit bargain.”"
/// Only a sentence's whole opening, with no comma of its own (in "..., which is an outcome,
/// he said, “...”" where the reported part starts is unclear), and not a setting ("Asked
/// about it, he said, “...”"; see `opens_with_setting`).
fn resumed_sentence(
    doc: &Doc,
    start: usize,
    frame_start: usize,
    frame_end: usize,
    quoted: &[Range<usize>],
) -> Option<Vec<Range<usize>>> {
    let comma = frame_start.checked_sub(1)?;
    let first = doc.token_at(quoted.first()?.start);
    // (The frame alone between the two commas: ", she said, “".)
    if comma <= start
        || !doc.is_punct(comma, ",")
        || frame_end + 2 != first
        || !doc.is_punct(frame_end, ",")
    {
        return None;
    }
    if first >= doc.tokens.len()
        || doc.tokens[first].kind() != TokenKind::Word
        || !doc.word(first).starts_with(char::is_lowercase)
    {
        return None;
    }
    let from = leading_connectives(doc, start, frame_start);
    if from >= comma
        || !(from..comma).all(|t| doc.is_word(t) && doc.tokens[t].quote().is_none())
        || opens_with_setting(doc, from, comma)
        || matches!(lower(doc, from), "pressed" | "questioned" | "as")
        // (Nor words with a speech verb of their own, a statement already.)
        || (from..comma).any(|t| lexicon().verbs.contains_key(lower(doc, t)))
    {
        return None;
    }
    content_before(doc, start, comma, 1)
}

/// Content from the start of a sentence (after its connectives) to `end` (exclusive).
fn content_before(
    doc: &Doc,
    start: usize,
    end: usize,
    min_words: usize,
) -> Option<Vec<Range<usize>>> {
    let mut from = leading_connectives(doc, start, end);
    // ("9:30 p.m. — Turnout was higher, officials said.": a live report's time stamp.)
    let dash = (from < end && doc.tokens[from].kind() == TokenKind::Number)
        .then(|| (from..end.min(from + 6)).find(|&t| is_dash(doc, t)))
        .flatten();
    if let Some(dash) = dash {
        let stamp = dash > from
            && (from..dash).all(|t| {
                doc.tokens[t].kind() == TokenKind::Number
                    || matches!(
                        lower(doc, t),
                        ":" | "." | "a.m." | "p.m." | "a." | "p." | "m."
                    )
            });
        if stamp {
            from = dash;
        }
    }
    // ("— We will win, said the coach.": a dash that opens a line of dialogue.)
    while from < end && is_dash(doc, from) {
        from += 1;
    }
    if from >= end {
        return None;
    }
    // A quotation just before the cue.
    if let TokenKind::Close(q) = doc.tokens[end - 1].kind() {
        let quote = &doc.quotes[q];
        // (A quotation over several paragraphs, reopened at this one's start and closed
        // before the cue: the cue reports this paragraph's part, “A. / “B,” he added.)
        let reopened = quote.open_token < from
            && doc.tokens[quote.open_token].paragraph() < doc.tokens[from].paragraph()
            && matches!(doc.tokens[from].kind(), TokenKind::Open(r) if r == q);
        if reopened {
            let here = doc.tokens[from].end();
            return Some(
                quote
                    .pieces
                    .iter()
                    .filter(|r| r.start >= here)
                    .cloned()
                    .collect(),
            )
            .filter(|pieces: &Vec<Range<usize>>| !pieces.is_empty());
        }
        if quote.open_token >= from {
            // (After a colon, the words before introduce the quotation: "... in the
            // workplace: “...,” the union wrote.")
            if quote.open_token == from || doc.is_punct(quote.open_token - 1, ":") {
                return Some(quote.pieces.clone());
            }
            // Words before the quotation: "Asked about X, “...,” he said" keeps the quotation;
            // "The new plans “will not ...,” she said" runs on from its subject (mixed).
            let subject_then_quote = is_frame_word(doc, quote.open_token - 1)
                && !opens_setting(lower(doc, from))
                && !matches!(
                    lower(doc, from),
                    "asked" | "speaking" | "when" | "while" | "as"
                );
            if !subject_then_quote
                && !(from..quote.open_token).any(|t| {
                    is_frame_word(doc, t)
                        && doc.is_capitalised(t)
                        && !is_function_word(lower(doc, t))
                })
            {
                return Some(quote.pieces.clone());
            }
        }
        // Reported words that end on a quotation: mixed.
    }
    let words = (from..end).filter(|&t| doc.is_word(t)).count();
    // ("11:52 p.m. — Hartman concedes.": a live report's time stamp is no words.)
    let time = (from..end).all(|t| {
        doc.tokens[t].kind() != TokenKind::Word || matches!(lower(doc, t), "a." | "p." | "m.")
    });
    if words < min_words || time {
        return None;
    }
    let mut last = end;
    while last > from && trailing_punct(doc, from, last - 1) {
        last -= 1;
    }
    // "Sources told POLITICO that she did chime in": words ending on "that" introduce the
    // clause the cue is in; they are not what it reports.
    if last <= from || is_frame_word(doc, last - 1) && lower(doc, last - 1) == "that" {
        return None;
    }
    Some(std::iter::once(doc.tokens[from].start()..doc.tokens[last - 1].end()).collect())
}

/// Words that open a subordinate clause.
const SUBORDINATORS: &[&str] = &[
    "while", "when", "as", "because", "if", "although", "though", "after", "before", "since",
    "until", "unless", "whereas", "where", "once", "whenever",
];

/// "The incident came during a speech, when protesters interrupted her, shouting ...": when
/// the sentence's subject is a thing that cannot speak (no person, body, document or name),
/// a participle of speech is done by the subject of the subordinate clause before it.
fn event_subject(doc: &Doc, main: &Range<usize>, participle: usize) -> Option<Range<usize>> {
    let head = lower(doc, main.end - 1);
    let speaks = doc.is_capitalised(main.end - 1)
        || pronoun(head).is_some()
        || is_nominal_head(strip_possessive(head))
        || crate::entities::is_document_noun(head)
        || is_title_word(strip_possessive(head));
    if speaks || participle < main.end + 3 || !doc.is_punct(participle - 1, ",") {
        return None;
    }
    let subordinator = (main.end..participle - 1)
        .rev()
        .find(|&t| is_frame_word(doc, t) && matches!(lower(doc, t), "when" | "as" | "while"))?;
    let verb = (subordinator + 2..participle - 1).find(|&t| {
        is_frame_word(doc, t) && {
            let w = lower(doc, t);
            w.ends_with("ed") || is_irregular_past(w) || is_finite_aux(w)
        }
    })?;
    subject_left(doc, subordinator + 1, verb).filter(|s| s.start == subordinator + 1)
}

/// "When Trump said he would “protect” them, the crowd applauded": words before a closing
/// frame that are only a subordinate clause are its setting, not words reported. ("If elected,
/// I will serve, he said" goes on after a comma with a clause of its own.)
fn only_subordinate(doc: &Doc, start: usize, end: usize) -> bool {
    let from = leading_connectives(doc, start, end);
    from < end
        && is_frame_word(doc, from)
        && SUBORDINATORS.contains(&lower(doc, from))
        && !(from + 1..end.saturating_sub(1))
            .any(|t| doc.tokens[t].quote().is_none() && (doc.is_punct(t, ",") || is_dash(doc, t)))
}

/// Punctuation at `t` that the reported words starting at `from` end without: not a
/// percent sign ("rose 3%."), nor a parenthesis closing one they open ("(D-Calif.)").
fn trailing_punct(doc: &Doc, from: usize, t: usize) -> bool {
    doc.tokens[t].kind() == TokenKind::Punct
        && !doc.is_punct(t, "%")
        && !(doc.is_punct(t, ")") && (from..t).any(|u| doc.is_punct(u, "(")))
}

/// The first token after leading connectives ("However,", "In addition,") from `start`.
pub(crate) fn leading_connectives(doc: &Doc, start: usize, end: usize) -> usize {
    let mut t = dateline_end(doc, start, end).unwrap_or(start);
    loop {
        let mut u = t;
        while u < end && u < t + 4 && is_frame_word(doc, u) && is_connective_word(lower(doc, u)) {
            u += 1;
        }
        if u > t && u < end && doc.is_punct(u, ",") {
            t = u + 1;
            continue;
        }
        // (Not "so" of a degree: "So far, he says, ...", "So many people ...".)
        let degree = lower(doc, t) == "so"
            && t + 1 < end
            && matches!(
                lower(doc, t + 1),
                "far" | "much" | "many" | "few" | "little" | "long"
            );
        if u > t
            && u <= end
            && matches!(lower(doc, t), "but" | "and" | "yet" | "so" | "still")
            && !degree
        {
            t += 1;
            continue;
        }
        // "Even China said": a focus word before the subject (not "Even though", "Even as").
        if t + 1 < end
            && is_frame_word(doc, t)
            && lower(doc, t) == "even"
            && !opens_setting(lower(doc, t + 1))
            && !matches!(lower(doc, t + 1), "so" | "then" | "now")
        {
            t += 1;
            continue;
        }
        return t;
    }
}

/// The end of a dateline opening a paragraph ("WASHINGTON —", "DES MOINES, Iowa (AP) -"):
/// a word in capitals, a few more words, then a dash.
fn dateline_end(doc: &Doc, start: usize, end: usize) -> Option<usize> {
    if start >= end {
        return None;
    }
    let first = doc.word(start);
    let opens_paragraph = doc.paragraph_tokens[doc.tokens[start].paragraph()].start == start;
    if !opens_paragraph
        || first.chars().count() < 2
        || !first.chars().all(|c| c.is_uppercase() || c == '.')
    {
        return None;
    }
    // ("WASHINGTON -- ": a dash typed as two hyphens is two tokens.)
    let dash = (start + 1..(start + 8).min(end)).find(|&t| is_dash(doc, t))?;
    let after = (dash + 1..end).find(|&t| !is_dash(doc, t))?;
    Some(after)
}

fn is_connective_word(word: &str) -> bool {
    matches!(
        word,
        "however"
            | "but"
            | "and"
            | "also"
            | "meanwhile"
            | "in"
            | "addition"
            | "moreover"
            | "still"
            | "yet"
            | "instead"
            | "separately"
            | "later"
            | "earlier"
            | "so"
            | "then"
            | "indeed"
            | "further"
            | "furthermore"
            | "nevertheless"
            | "nonetheless"
            | "fact"
            | "at"
            | "the"
            | "same"
            | "time"
            | "on"
            | "other"
            | "hand"
            | "for"
            | "example"
            | "instance"
            | "particular"
            | "by"
            | "contrast"
            | "similarly"
            | "likewise"
            | "finally"
            | "first"
            | "second"
            | "third"
            | "now"
            | "again"
            // "What's more,"
            | "what's"
            | "what’s"
            | "more"
            | "otherwise"
            | "of"
            | "course"
            | "though"
            | "therefore"
            | "thus"
            | "notably"
            | "importantly"
            | "conversely"
            | "besides"
            | "anyway"
            | "overall"
            | "ultimately"
            | "additionally"
    )
}

fn is_connective_span(doc: &Doc, start: usize, end: usize) -> bool {
    (start..end).all(|t| !doc.is_word(t) || is_connective_word(lower(doc, t)))
}

/// Direct, mixed or indirect, from the share of content words inside quotation marks.
fn kind_of(doc: &Doc, pieces: &[Range<usize>]) -> StatementKind {
    let mut inside = 0;
    let mut outside = 0;
    let mut wholly_quoted = true;
    for piece in pieces {
        let first = doc.token_at(piece.start);
        // Content that is the inside of a quotation has no marks of its own in it.
        let opened = first > 0
            && matches!(doc.tokens[first - 1].kind(), TokenKind::Open(q) if doc.quotes[q].pieces.contains(piece));
        wholly_quoted &= opened;
        for token in doc.tokens[first..]
            .iter()
            .take_while(|t| t.end() <= piece.end)
        {
            if matches!(token.kind(), TokenKind::Word | TokenKind::Number) {
                if token.quote().is_some() {
                    inside += 1;
                } else {
                    outside += 1;
                }
            }
        }
    }
    if wholly_quoted || (inside > 0 && outside == 0) {
        StatementKind::Direct
    } else if inside > 0 {
        StatementKind::Mixed
    } else {
        StatementKind::Indirect
    }
}

/// "Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be Investigated’", "Warren To
/// Bank Chief: ‘Resign’": a headline in title case, a colon and a quotation that ends it. The
/// speaker is the name that opens the headline, the longest of its first three words that the
/// article writes as a name (capitalised after another word).
fn title_case_colon_headline(
    doc: &Doc,
    start: usize,
    range: Range<usize>,
    sentence: usize,
) -> Option<Found> {
    let colon = (start + 1..range.end).find(|&t| doc.is_punct(t, ":"))?;
    let TokenKind::Open(q) = doc.tokens.get(colon + 1)?.kind() else {
        return None;
    };
    let close = doc.quotes[q].close_token?;
    let ends = (close + 1..range.end).all(|t| doc.tokens[t].kind() == TokenKind::Punct);
    let title_case = (start..colon).all(|t| !doc.is_word(t) || doc.is_capitalised(t));
    if !ends || !title_case || colon < start + 2 {
        return None;
    }
    // (As a surname: after a first name in the body, "Sen. Elizabeth Warren".)
    let named_in_body = |word: &str, surname: bool| {
        let from = doc.paragraph_tokens.get(1)?.start;
        Some((from.max(1)..doc.tokens.len()).any(|t| {
            doc.tokens[t].kind() == TokenKind::Word
                && doc.tokens[t - 1].kind() == TokenKind::Word
                && doc.is_capitalised(t)
                && strip_possessive(doc.word(t)) == word
                && (!surname || doc.is_capitalised(t - 1) && !is_function_word(lower(doc, t - 1)))
        }))
    };
    let name = (1..=3.min(colon - start - 1)).rev().find(|&k| {
        (start..start + k).all(|t| is_frame_word(doc, t) && !is_function_word(lower(doc, t)))
            && named_in_body(doc.word(start + k - 1), false).unwrap_or(false)
            && (k == 1 || named_in_body(doc.word(start), false).unwrap_or(false))
    })?;
    // A person or a body ("CNN President", "Elizabeth Warren", "Warren" named in full in the
    // body), not a section's name ("Book Review").
    let np = crate::entities::parse_np(doc, start..start + name);
    let someone = matches!(
        np.kind,
        Some(SpeakerKind::Person | SpeakerKind::Organization | SpeakerKind::Country)
    ) || np.role.is_some()
        || name == 1 && named_in_body(doc.word(start), true).unwrap_or(false);
    if !someone {
        return None;
    }
    Some(Found::cued(
        StatementKind::Direct,
        doc.quotes[q].pieces.clone(),
        colon..colon + 1,
        Some(start..start + name),
        sentence,
        doc.tokens[range.start].paragraph(),
    ))
}

/// "“...” – Jane Doe" and, in a headline, "Sanders: ...".
fn dash_or_colon_headline(doc: &Doc, range: Range<usize>, sentence: usize) -> Option<Found> {
    let paragraph = doc.tokens[range.start].paragraph();
    // Dash attribution after a quotation.
    if let TokenKind::Open(q) = doc.tokens[range.start].kind() {
        let close = doc.quotes[q].close_token?;
        let mut t = close + 1;
        if t < range.end && is_dash(doc, t) {
            let dash = t;
            t += 1;
            let run = crate::entities::capitalised_run(doc, t, range.end);
            if !run.is_empty() {
                return Some(Found::cued(
                    StatementKind::Direct,
                    doc.quotes[q].pieces.clone(),
                    dash..dash + 1,
                    Some(run),
                    sentence,
                    paragraph,
                ));
            }
        }
    }
    // "Name: words" in the headline.
    if paragraph == 0 {
        // "EXCLUSIVE – Roger Stone: ...": a label and a dash before the name.
        let mut start = range.start;
        if start + 2 < range.end
            && is_frame_word(doc, start)
            && doc.word(start).chars().all(|c| c.is_uppercase())
            && is_dash(doc, start + 1)
        {
            start += 2;
        }
        let mut run = crate::entities::capitalised_run(doc, start, range.end);
        // (The name alone, which the article must mention again: not "news" in "Transfer
        // news:".)
        let name_end = run.end;
        // "Clinton camp:", "Trump aides:": a name with a common noun for its people.
        if !run.is_empty()
            && run.end + 1 < range.end
            && doc.is_punct(run.end + 1, ":")
            && is_frame_word(doc, run.end)
            && (crate::entities::is_nominal_head(lower(doc, run.end))
                || matches!(lower(doc, run.end), "camp" | "aides" | "allies" | "team"))
        {
            run.end += 1;
        }
        // "Clinton to Planned Parenthood:", "Mukasey at RNC:": a listener or a place the
        // article names too (capitalised as written), between the name and the colon.
        let mut colon = run.end;
        if !run.is_empty()
            && run.end + 2 < range.end
            && is_frame_word(doc, run.end)
            && matches!(lower(doc, run.end), "to" | "at" | "on")
        {
            let mut named = run.end + 1;
            if is_frame_word(doc, named) && lower(doc, named) == "the" {
                named += 1;
            }
            let found = (named..range.end.min(run.end + 8)).find(|&t| doc.is_punct(t, ":"));
            let in_body = |t: usize| {
                let word = doc.word(t);
                doc.is_capitalised(t)
                    && (1..doc.tokens.len()).any(|k| {
                        doc.tokens[k].paragraph() > 0
                            && doc.tokens[k - 1].kind() == TokenKind::Word
                            && doc.word(k) == word
                    })
            };
            if let Some(found) = found.filter(|&c| {
                c > named && (named..c).all(|t| is_frame_word(doc, t)) && in_body(named)
            }) {
                colon = found;
            }
        }
        // ("Op-ed:", "Analysis:", "Live updates:": a section's label names no speaker.)
        let label = run.len() <= 2
            && matches!(
                lower(doc, run.start),
                "op-ed"
                    | "opinion"
                    | "analysis"
                    | "editorial"
                    | "review"
                    | "explainer"
                    | "live"
                    | "update"
                    | "updates"
                    | "breaking"
                    | "exclusive"
                    | "interview"
                    | "commentary"
                    | "obituary"
                    | "watch"
                    | "video"
                    | "photos"
                    | "podcast"
            )
            // ("Storm Darragh: Thousands without power": a storm's name.)
            || matches!(
                lower(doc, run.start),
                "storm" | "hurricane" | "typhoon" | "cyclone" | "tropical"
            );
        if !label
            && !run.is_empty()
            && colon < range.end
            && run.len() <= 4
            && doc.is_punct(colon, ":")
        {
            // The name (or "Poll", "Study") comes up again in the article, in any case.
            // ("Governor: ..." over "Gov. Ada Wren said": a title as the article shortens it.)
            const SHORT: &[(&str, &str)] = &[
                ("governor", "gov."),
                ("senator", "sen."),
                ("representative", "rep."),
                ("president", "pres."),
                ("general", "gen."),
                ("professor", "prof."),
                ("doctor", "dr."),
            ];
            let mut words: Vec<&str> = (run.start..name_end).map(|t| doc.lower(t)).collect();
            if let [word] = words[..] {
                words.extend(
                    SHORT
                        .iter()
                        .filter(|(long, _)| *long == word)
                        .map(|&(_, short)| short),
                );
            }
            let mentioned_elsewhere = doc
                .tokens
                .iter()
                .enumerate()
                .any(|(k, tok)| tok.paragraph() > 0 && words.contains(&doc.lower(k)));
            if mentioned_elsewhere {
                let pieces = content_after(doc, colon + 1, range.end, true)?;
                return Some(Found::cued(
                    kind_of(doc, &pieces),
                    pieces,
                    colon..colon + 1,
                    Some(run),
                    sentence,
                    paragraph,
                ));
            }
        }
        if let Some(found) = title_case_colon_headline(doc, start, range.clone(), sentence) {
            return Some(found);
        }
    }
    // "Carl Bialik: “...”", "Rep. Jo Marsh (R-Ohio): “...”" in the body: a full name, a colon
    // and a quotation (after a label ending in a dash: "Pollsters agree - Carl Bialik: ...").
    if paragraph > 0 {
        let colon = (range.start..range.end)
            .find(|&t| doc.is_punct(t, ":") && doc.tokens[t].quote().is_none())?;
        if colon + 1 < range.end && matches!(doc.tokens[colon + 1].kind(), TokenKind::Open(_)) {
            // The name ends at the colon (or at a party label before it); titles and roles
            // in lower case may stand before it ("Former secretary of state Jo Marsh:").
            let mut name_end = colon;
            if colon > range.start && doc.is_punct(colon - 1, ")") {
                name_end = (range.start..colon - 1)
                    .rev()
                    .take(8)
                    .find(|&t| doc.is_punct(t, "("))?;
            }
            let mut start = name_end;
            while start > range.start
                && is_frame_word(doc, start - 1)
                && doc.is_capitalised(start - 1)
                && !is_function_word(lower(doc, start - 1))
            {
                start -= 1;
            }
            let names = name_end - start;
            let np = crate::entities::parse_np(doc, start..name_end);
            // (Not a place: "met in New York City:".)
            let placed = start > range.start
                && matches!(
                    lower(doc, start - 1),
                    "in" | "at" | "from" | "to" | "of" | "near" | "into" | "across"
                );
            let person = (np.kind == Some(SpeakerKind::Person) || np.role.is_some()) && !placed;
            let mut source = start..colon;
            // (A role before the name belongs to the source: "Republican pollster Jo Marsh".)
            while source.start > range.start
                && is_frame_word(doc, source.start - 1)
                && crate::entities::is_nominal_head(lower(doc, source.start - 1))
            {
                source.start -= 1;
            }
            let run = source;
            let end = colon;
            // ("Lund: “...”": a surname alone, opening the sentence before a quotation that
            // ends it, when the article writes it as a name elsewhere, after another word.)
            let surname = names == 1
                && start == leading_connectives(doc, range.start, start)
                && name_end == colon
                && !is_transcript_label_word(lower(doc, start))
                && !is_title_word(lower(doc, start))
                && doc.tokens[colon + 1].kind() != TokenKind::Punct
                && matches!(doc.tokens[colon + 1].kind(), TokenKind::Open(q)
                if doc.quotes[q].close_token.is_some_and(|close| {
                    (close + 1..range.end).all(|t| doc.tokens[t].kind() == TokenKind::Punct)
                }))
                && doc.times_after_word(doc.word(start)) > 0;
            if names >= 2 && person || surname {
                let pieces = content_after(doc, colon + 1, range.end, true)?;
                return Some(Found::cued(
                    kind_of(doc, &pieces),
                    pieces,
                    colon..colon + 1,
                    Some(run.start..end),
                    sentence,
                    paragraph,
                ));
            }
        }
    }
    None
}

/// "- Ellis." or "—President Vance, in a tweet." opening a paragraph right after a paragraph
/// that is one quotation: the quotation, attributed to the name after the dash.
fn signed_quotation(doc: &Doc, range: Range<usize>, sentence: usize) -> Option<Found> {
    let paragraph = doc.tokens[range.start].paragraph();
    if paragraph == 0
        || !is_dash(doc, range.start)
        || doc.paragraph_tokens[paragraph].start != range.start
    {
        return None;
    }
    let run = crate::entities::capitalised_run(doc, range.start + 1, range.end);
    let after = run.end;
    let signs = !run.is_empty()
        && (after >= range.end
            || doc.is_punct(after, ",")
            || doc.is_punct(after, ".") && after + 1 >= range.end);
    if !signs {
        return None;
    }
    // The previous non-empty paragraph, wholly one closed quotation.
    let previous = (0..paragraph)
        .rev()
        .find(|&p| !doc.paragraph_tokens[p].is_empty())?;
    let tokens = doc.paragraph_tokens[previous].clone();
    let TokenKind::Open(q) = doc.tokens[tokens.start].kind() else {
        return None;
    };
    let close = doc.quotes[q].close_token?;
    let closes_paragraph = close + 1 == tokens.end
        || close + 2 == tokens.end && matches!(doc.tokens[close + 1].kind(), TokenKind::Punct);
    if !closes_paragraph {
        return None;
    }
    let pieces = doc.quotes[q].pieces.clone();
    Some(Found::cued(
        StatementKind::Direct,
        pieces,
        range.start..range.start + 1,
        Some(run),
        sentence,
        paragraph,
    ))
}

/// "Asked about the plan, Ivo Lund shrugged: “Who knows?”": a subject and a verb of any kind,
/// then a colon and a quotation that ends the sentence, are the subject's words.
fn verb_colon_quotation(doc: &Doc, range: Range<usize>, sentence: usize) -> Option<Found> {
    // ("Lin addressed the court:" and the quotation in the next paragraph, which may run on
    // over several.)
    let paragraph = doc.tokens[range.start].paragraph();
    let next = doc
        .paragraph_tokens
        .get(paragraph + 1)
        .map_or(0, |next| next.start);
    let introduces = range.end > range.start + 3
        && next == range.end
        && doc.is_punct(range.end - 1, ":")
        && matches!(
            doc.tokens.get(next).map(|t| t.kind()),
            Some(TokenKind::Open(_))
        );
    let found = if introduces {
        let TokenKind::Open(q) = doc.tokens[next].kind() else {
            return None;
        };
        colon_quotation_by(doc, range.clone(), range.end - 1, q, true, sentence)
    } else {
        let colon = (range.start + 2..range.end.saturating_sub(1))
            .find(|&t| doc.is_punct(t, ":") && doc.tokens[t].quote().is_none())?;
        let TokenKind::Open(q) = doc.tokens[colon + 1].kind() else {
            return None;
        };
        let close = doc.quotes[q].close_token?;
        let ends = close + 1 >= range.end
            || close + 2 == range.end && doc.tokens[close + 1].kind() == TokenKind::Punct;
        colon_quotation_by(doc, range, colon, q, ends, sentence)
    };
    found.map(|mut found| {
        if introduces {
            found.paragraph = paragraph + 1;
        }
        found
    })
}

/// The statement of [`verb_colon_quotation`]: the quotation `q` after the colon, said by the
/// subject of the verb before it (`ends`: the quotation ends the sentence or the paragraph).
fn colon_quotation_by(
    doc: &Doc,
    range: Range<usize>,
    colon: usize,
    q: usize,
    ends: bool,
    sentence: usize,
) -> Option<Found> {
    let past = |t: usize| {
        let w = lower(doc, t);
        is_frame_word(doc, t)
            && !doc.is_capitalised(t)
            && (w.len() > 4 && w.ends_with("ed") || is_irregular_past(w))
    };
    if !ends || !(quote_is_speechlike(doc, q) || quote_is_sentence(doc, q)) {
        return None;
    }
    // ("delivered a snappy retort: “...”", "issued a statement: “...”": or a past verb and
    // a noun for words said, up to three words between.)
    // ("went even further: “...”", "put it bluntly: “...”": adverbs and particles after the
    // verb.)
    let mut last = colon - 1;
    while last > range.start + 1 && last + 3 > colon && is_frame_word(doc, last) && !past(last) && {
        let w = lower(doc, last);
        is_ly_adverb(w)
            || matches!(
                w,
                "even" | "further" | "farther" | "on" | "back" | "up" | "out" | "again" | "it"
            )
    } {
        last -= 1;
    }
    // ("is shown lecturing: “...”", "was heard shouting: “...”": a participle after "be".)
    let progressive = |t: usize| {
        t > range.start + 1
            && is_frame_word(doc, t)
            && !doc.is_capitalised(t)
            && lower(doc, t).len() > 5
            && lower(doc, t).ends_with("ing")
            && (is_be(lower(doc, t - 1))
                || matches!(lower(doc, t - 1), "shown" | "seen" | "heard")
                    && t > range.start + 2
                    && is_be(lower(doc, t - 2)))
    };
    let verb = if past(last) {
        last
    } else if progressive(colon - 1) {
        if is_be(lower(doc, colon - 2)) {
            colon - 2
        } else {
            colon - 3
        }
    } else if let Some(verb) = (is_frame_word(doc, colon - 1)
        && names_words_said(lower(doc, colon - 1)))
    .then(|| {
        (colon.saturating_sub(5).max(range.start + 1)..colon - 1)
            .rev()
            .take_while(|&t| is_frame_word(doc, t) && !doc.is_capitalised(t))
            .find(|&t| past(t))
    })
    .flatten()
    {
        verb
    } else if let Some(verb) = (last > range.start + 2)
        .then(|| {
            // ("addressed the supporters again: “...”": a past verb and whom it addresses,
            // a determiner and up to three words in lower case.)
            (last.saturating_sub(4).max(range.start + 1)..last - 1)
                .rev()
                .find(|&t| past(t))
                .filter(|&t| {
                    is_frame_word(doc, t + 1)
                        && matches!(
                            lower(doc, t + 1),
                            "the" | "his" | "her" | "their" | "its" | "our" | "a" | "an"
                        )
                        && (t + 1..=last).all(|u| is_frame_word(doc, u) && !doc.is_capitalised(u))
                        && addresses_listeners(lower(doc, last))
                })
        })
        .flatten()
    {
        verb
    } else {
        return possessor_colon_quotation(doc, range, colon, q, sentence);
    };
    // ("was less restrained: “...”": a form of "be" and a word of degree before the verb,
    // which is then a stance, not a passive: "The pier was closed: “...”" reports nothing.)
    let degree = verb > range.start + 2
        && is_frame_word(doc, verb - 1)
        && matches!(lower(doc, verb - 1), "less" | "more")
        && is_frame_word(doc, verb - 2)
        && is_be(lower(doc, verb - 2));
    let verb = if degree { verb - 2 } else { verb };
    // ("Ruiz then shrugged: “...”": past adverbs before the verb.)
    let subject = subject_left(doc, range.start, adverbs_before(doc, range.start + 1, verb))?;
    let opens = leading_connectives(doc, range.start, subject.start) == subject.start
        || doc.is_punct(subject.start - 1, ",");
    opens.then(|| colon_quotation(doc, q, verb..colon, subject, sentence))
}

/// A word of a short subject after "and" in a "with" phrase ("and Paris", "and the
/// senator").
fn second_subject_word(doc: &Doc, t: usize) -> bool {
    is_frame_word(doc, t)
        && (doc.is_capitalised(t)
            || DETERMINERS.contains(&lower(doc, t))
            || is_nominal_head(lower(doc, t)))
}

/// "Ruiz shrugged. “What's the point?”", "Ruiz was blunt. “We were bad.”": a sentence
/// that tells only a person's gesture or manner introduces the quotation that follows it,
/// alone, in the same paragraph.
fn gesture_quotation(doc: &Doc, range: Range<usize>, sentence: usize) -> Option<Found> {
    let TokenKind::Open(q) = doc.tokens[range.start].kind() else {
        return None;
    };
    let close = doc.quotes[q].close_token?;
    let alone = (close + 1..range.end).all(|t| doc.tokens[t].kind() == TokenKind::Punct);
    if sentence == 0 || !alone || !quote_is_sentence(doc, q) {
        return None;
    }
    let before = doc.sentences[sentence - 1].tokens.clone();
    if before.len() < 3
        || doc.tokens[before.start].paragraph() != doc.tokens[range.start].paragraph()
    {
        return None;
    }
    // "What would she tell young cooks? “Cook what you love.”": the writer's question about
    // "he" or "she" (outside any quotation), answered by the quotation.
    if doc.is_punct(before.end - 1, "?") {
        let outside = (before.start..before.end).all(|t| doc.tokens[t].quote().is_none());
        let person = (before.start + 1..before.end - 1)
            .find(|&t| is_frame_word(doc, t) && matches!(lower(doc, t), "he" | "she"));
        return person.filter(|_| outside).map(|person| {
            colon_quotation(
                doc,
                q,
                before.end - 1..before.end,
                person..person + 1,
                sentence,
            )
        });
    }
    if !doc.is_punct(before.end - 1, ".") {
        return None;
    }
    // ("Barros laughs when asked if she misses it.": the gesture, then the question it
    // answers.)
    let last = (before.start + 1..before.end - 3)
        .find(|&t| {
            is_frame_word(doc, t)
                && matches!(lower(doc, t + 1), "when" | "as")
                && matches!(lower(doc, t + 2), "asked" | "told" | "pressed" | "reminded")
        })
        .unwrap_or(before.end - 2);
    // (Slices rather than matches: rarely asked, smaller in the wasm.)
    const GESTURES: &[&str] = &[
        "shrugged",
        "laughed",
        "smiled",
        "sighed",
        "nodded",
        "grinned",
        "winced",
        "chuckled",
        "scoffed",
        "paused",
        "hesitated",
        "frowned",
        "bristled",
    ];
    const MANNERS: &[&str] = &[
        "blunt",
        "defiant",
        "candid",
        "emphatic",
        "unapologetic",
        "dismissive",
        "philosophical",
        "frank",
        "effusive",
        "cautious",
        "succinct",
        "adamant",
        "upbeat",
        "skeptical",
        "sceptical",
    ];
    // (In the present tense too: "laughs", "shrugs", "smiles".)
    let is_gesture = |w: &str| {
        GESTURES.contains(&w)
            || w.strip_suffix('s').is_some_and(|stem| {
                GESTURES.iter().any(|past| {
                    past.strip_prefix(stem).is_some_and(|ending| {
                        ending == "ed"
                            || ending == "d"
                            || ending.len() == 3 && ending.ends_with("ed")
                    })
                })
            })
    };
    // ("Ferrant laughs at that.", "She smiled at the question.": what the gesture meets.)
    let last = (last.saturating_sub(5).max(before.start + 1)..last)
        .find(|&t| {
            is_frame_word(doc, t)
                && is_gesture(lower(doc, t))
                && matches!(lower(doc, t + 1), "at" | "about" | "off")
                && (t + 1..before.end - 1).all(|u| is_frame_word(doc, u))
        })
        .unwrap_or(last);
    let w = lower(doc, last);
    let gesture = is_gesture(w);
    let manner = MANNERS.contains(&w);
    // ("Stone shook his head.", "She rolls her eyes.")
    let body_gesture = matches!(w, "head" | "eyes" | "shoulders")
        && last >= before.start + 3
        && matches!(lower(doc, last - 1), "his" | "her" | "their")
        && matches!(
            lower(doc, last - 2),
            "shook" | "shakes" | "rolled" | "rolls" | "shrugged" | "shrugs"
        );
    let verb = if gesture {
        last
    } else if body_gesture {
        last - 2
    } else if manner {
        // ("was less effusive": a form of "be" and a word of degree.)
        let mut be = last - 1;
        if be > before.start && matches!(lower(doc, be), "less" | "more" | "equally" | "even") {
            be -= 1;
        }
        if !is_be(lower(doc, be)) {
            return None;
        }
        be
    } else {
        return None;
    };
    // ("Asked about it, Ruiz shrugged.": after an introductory clause.)
    let start = (before.start..verb)
        .rev()
        .find(|&t| doc.is_punct(t, ","))
        .map_or(before.start, |comma| comma + 1);
    let subject = subject_left(doc, start, adverbs_before(doc, start, verb))?;
    // (A person: a name, a role, "he" or "she"; not "The crowd laughed.")
    let person = (subject.start..subject.end).any(|t| {
        let w = lower(doc, t);
        doc.is_capitalised(t) && !is_function_word(w) && !DETERMINERS.contains(&w)
            || is_title_word(w)
            || matches!(w, "he" | "she")
    });
    (person && leading_connectives(doc, start, subject.start) == subject.start)
        .then(|| colon_quotation(doc, q, verb..last + 1, subject, sentence))
}

/// A noun for people who listen: "addressed the supporters: “...”" (not "delivered a box of
/// documents: “...”").
fn addresses_listeners(word: &str) -> bool {
    matches!(
        word.strip_suffix('s').unwrap_or(word),
        "crowd"
            | "audience"
            | "supporter"
            | "reporter"
            | "journalist"
            | "press"
            | "voter"
            | "resident"
            | "member"
            | "delegate"
            | "student"
            | "room"
            | "nation"
            | "congregation"
            | "rally"
            | "lawmaker"
            | "senator"
            | "worker"
            | "troop"
            | "fan"
            | "graduate"
            | "jury"
            | "court"
            | "panel"
            | "gathering"
            | "listener"
            | "viewer"
            | "follower"
            | "protester"
            | "donor"
            | "employee"
            | "staff"
            | "parishioner"
    )
}

/// The quotation `q` after a colon, as the direct words of `source`.
fn colon_quotation(
    doc: &Doc,
    q: usize,
    cue: Range<usize>,
    source: Range<usize>,
    sentence: usize,
) -> Found {
    let paragraph = doc.tokens[cue.start].paragraph();
    Found::cued(
        StatementKind::Direct,
        doc.quotes[q].pieces.clone(),
        cue,
        Some(source),
        sentence,
        paragraph,
    )
}

/// "Lund’s message was clear: “...”", "His answer: “...”": words said, named with whose they
/// are, then a colon and the quotation.
fn possessor_colon_quotation(
    doc: &Doc,
    range: Range<usize>,
    colon: usize,
    q: usize,
    sentence: usize,
) -> Option<Found> {
    let from = leading_connectives(doc, range.start, colon);
    // The noun, then "was" or "is" and up to two words ("clear", "quite simple").
    let noun = (from + 1..colon)
        .take(4)
        .find(|&t| is_frame_word(doc, t) && names_words_said(lower(doc, t)))?;
    let after = noun + 1;
    let rest_ok = |after: usize| {
        after == colon
            || is_frame_word(doc, after)
                && matches!(lower(doc, after), "was" | "is")
                && colon - after <= 3
                && (after + 1..colon).all(|t| is_frame_word(doc, t) && !doc.is_capitalised(t))
    };
    // "The message from Ada Wren was clear: “...”": whose, named after "from".
    if noun == from + 1 && lower(doc, from) == "the" && after < colon && lower(doc, after) == "from"
    {
        // ("from the Harbor Union", "from the minister")
        let name_end = (after + 1..colon)
            .find(|&t| matches!(lower(doc, t), "was" | "is"))
            .unwrap_or(colon);
        let words = after + 1..name_end;
        let named = !words.is_empty()
            && words.len() <= 4
            && words.clone().all(|t| is_frame_word(doc, t))
            && (doc.is_capitalised(name_end - 1) || is_nominal_head(lower(doc, name_end - 1)));
        return (named && rest_ok(name_end))
            .then(|| colon_quotation(doc, q, noun..after, after + 1..name_end, sentence));
    }
    let rest_ok = rest_ok(after);
    // Whose: a possessive pronoun or a name with "'s", and nothing else before the noun.
    let owner = from..noun;
    let possessive = |t: usize| {
        let w = lower(doc, t);
        matches!(w, "his" | "her" | "their" | "its") || strip_possessive(doc.word(t)) != doc.word(t)
    };
    let named = owner.len() == 1 && possessive(owner.start)
        || owner.len() > 1
            && possessive(owner.end - 1)
            && owner.clone().all(|t| {
                is_frame_word(doc, t)
                    && (doc.is_capitalised(t)
                        || t == owner.end - 1 && lower(doc, owner.start) == "the")
            });
    (rest_ok && named).then(|| colon_quotation(doc, q, noun..colon, owner, sentence))
}

/// A noun for words someone says: "a snappy retort", "a statement", "a simple message".
fn names_words_said(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "statement",
        "message",
        "retort",
        "reply",
        "response",
        "answer",
        "warning",
        "plea",
        "assessment",
        "verdict",
        "explanation",
        "comment",
        "remark",
        "reminder",
        "prediction",
        "promise",
        "vow",
        "rebuke",
        "rejoinder",
        "quip",
        "advice",
        "lines",
        "words",
        "slogan",
        "mantra",
        "refrain",
        "pitch",
        "argument",
        "point",
        "question",
        "joke",
        "tweet",
        "post",
        "note",
    ];
    WORDS.contains(&word)
}

/// "But their chants of “Ted! Ted!” were cut short", "the crowd greeted him with cries of
/// “Lock her up!”": a quotation after a noun for what a crowd shouts and "of" is the crowd's
/// words. The possessor speaks ("their", "the crowd's"); otherwise the text does not say who.
fn chanted_quotations(doc: &Doc, range: Range<usize>, sentence: usize) -> Vec<Found> {
    let mut out = Vec::new();
    let paragraph = doc.tokens[range.start].paragraph();
    for t in range.start..range.end.saturating_sub(2) {
        let TokenKind::Open(q) = doc.tokens[t + 2].kind() else {
            continue;
        };
        let chant = is_frame_word(doc, t)
            && matches!(
                lower(doc, t),
                "chants" | "chant" | "cries" | "cry" | "shouts" | "chorus" | "choruses" | "refrain"
            )
            && lower(doc, t + 1) == "of";
        if !chant || !quote_is_speechlike(doc, q) || doc.quotes[q].close_token.is_none() {
            continue;
        }
        // The owner: "their", "the crowd’s", "the dockers’" (the apostrophe of a plural may
        // stand alone).
        let plural_mark = t > range.start + 1
            && matches!(doc.word(t - 1), "’" | "'")
            && is_frame_word(doc, t - 2)
            && lower(doc, t - 2).ends_with('s');
        let last = if plural_mark {
            t - 2
        } else {
            t.saturating_sub(1)
        };
        let owner = (t > range.start).then(|| lower(doc, last)).and_then(|w| {
            if matches!(w, "their" | "his" | "her") {
                Some(last..t)
            } else if plural_mark || w.ends_with("’s") || w.ends_with("'s") {
                let mut first = last;
                while first > range.start
                    && is_frame_word(doc, first - 1)
                    && (doc.is_capitalised(first - 1) || lower(doc, first - 1) == "the")
                    && first + 4 > last
                {
                    first -= 1;
                }
                Some(first..t)
            } else {
                None
            }
        });
        out.push(Found::cued(
            StatementKind::Direct,
            doc.quotes[q].pieces.clone(),
            t..t + 2,
            owner,
            sentence,
            paragraph,
        ));
    }
    out
}

/// A sentence that opens in quotation marks with no cue of its own continues the statement
/// just before it, in the same or the previous paragraph.
fn continuation(doc: &Doc, range: Range<usize>, sentence: usize, found: &[Found]) -> Option<Found> {
    let TokenKind::Open(q) = doc.tokens[range.start].kind() else {
        return None;
    };
    let quote = &doc.quotes[q];
    // (A shorter quotation only when it is a whole sentence, right after a quotation of the
    // same paragraph: “...,” she said. “Never.”)
    let short = quote.words < 3;
    if short && quote.words == 0 {
        return None;
    }
    let paragraph = doc.tokens[range.start].paragraph();
    // A quoted subheading ('All Bets Are Off.') opening a paragraph is nobody's statement.
    if !quote_is_speechlike(doc, q) && found.last().is_some_and(|f| f.paragraph < paragraph) {
        return None;
    }
    // So is a whole paragraph in single marks in a text that quotes with double ones:
    // 'A really tough decision.' between sections.
    let single = |open: usize| matches!(doc.word(open), "'" | "\u{2018}");
    let whole_paragraph = quote.open_token == doc.paragraph_tokens[paragraph].start
        && quote.close_token.is_some_and(|close| {
            (close + 1..doc.tokens.len())
                .take_while(|&t| doc.tokens[t].paragraph() == paragraph)
                .all(|t| doc.tokens[t].kind() == TokenKind::Punct)
        });
    if single(quote.open_token)
        && whole_paragraph
        && doc.quotes.iter().any(|other| !single(other.open_token))
    {
        return None;
    }
    let (index, previous) = found.iter().enumerate().next_back()?;
    // (Nor the sentence of the statement before, which a cue there already reported.)
    if previous.paragraph + 1 < paragraph
        || previous.source.is_none() && previous.continues.is_none()
        || previous.sentence >= sentence
    {
        return None;
    }
    if short {
        let whole_sentence = quote.close_token.is_some_and(|close| {
            close > quote.open_token + 1
                && (close + 1..range.end).all(|t| doc.tokens[t].kind() == TokenKind::Punct)
                && matches!(doc.word(close - 1), "." | "!" | "?")
        });
        if !whole_sentence
            || previous.paragraph != paragraph
            || previous.kind != StatementKind::Direct
            || previous.sentence + 1 != sentence
        {
            return None;
        }
    }
    // Someone else named in between (outside quotations) breaks the chain.
    let after_previous = previous.envelope().end;
    let named_between = doc.sentences[previous.sentence + 1..sentence]
        .iter()
        .any(|s| {
            s.tokens.clone().any(|t| {
                doc.tokens[t].start() > after_previous
                    && is_frame_word(doc, t)
                    && doc.is_capitalised(t)
                    && !is_function_word(lower(doc, t))
                    && t > s.tokens.start
            })
        });
    if named_between {
        return None;
    }
    // ("“A,” Ada Wren said, and her husband cut in. “B.”": the husband says B.)
    // ("“A,” Ada Wren said, but Ivo Lund disagreed. “B.”": B is not clearly hers.)
    if let Some((subject, verb)) = hands_over(doc, previous) {
        let sentence_end = doc.sentences[previous.sentence].tokens.end;
        let verb = verb?;
        let last = verb.end + 1 == sentence_end && doc.tokens[verb.end].kind() == TokenKind::Punct;
        return last.then(|| {
            Found::cued(
                StatementKind::Direct,
                quote.pieces.clone(),
                verb,
                Some(subject),
                sentence,
                paragraph,
            )
        });
    }
    // "“A,” she said, adding that b. “C.”": the quotation goes on from the quotation, not
    // from the reported words after it.
    let (index, previous) = if previous.kind == StatementKind::Indirect {
        found[..index]
            .iter()
            .enumerate()
            .rev()
            .take_while(|(_, f)| f.sentence == previous.sentence)
            .find(|(_, f)| f.kind == StatementKind::Direct && f.source == previous.source)
            .unwrap_or((index, previous))
    } else {
        (index, previous)
    };
    Some(Found {
        kind: StatementKind::Direct,
        pieces: quote.pieces.clone(),
        cue: None,
        source: None,
        sentence,
        paragraph,
        continues: Some(previous.continues.unwrap_or(index)),
        // In the next paragraph, the same speaker's new quotation is a statement of its own.
        separate: previous.paragraph < paragraph,
        refers_to: None,
    })
}

/// "“A,” Ada Wren said, and her husband cut in.": after the statement's frame, its sentence
/// goes on with another subject and a verb of speech, who may say what follows. The subject
/// and the verb; a name without a verb of speech ("but Ivo Lund disagreed") comes without.
fn hands_over(doc: &Doc, previous: &Found) -> Option<(Range<usize>, Option<Range<usize>>)> {
    let sentence = doc.sentences[previous.sentence].tokens.clone();
    let frame_end = [previous.cue.clone(), previous.source.clone()]
        .into_iter()
        .flatten()
        .map(|r| r.end)
        .chain([doc.token_at(previous.envelope().end)])
        .max()
        .unwrap_or(sentence.end);
    (frame_end.max(sentence.start + 1)..sentence.end.saturating_sub(2)).find_map(|and| {
        // (A clause after a comma: "the Center for Strategic and International Studies" is
        // a name.)
        if !(is_frame_word(doc, and)
            && matches!(lower(doc, and), "and" | "but")
            && doc.is_punct(and - 1, ","))
        {
            return None;
        }
        // The subject: a name, or a determiner and up to two words.
        let first = and + 1;
        let opens_subject = is_frame_word(doc, first)
            && (doc.is_capitalised(first)
                || matches!(
                    lower(doc, first),
                    "his" | "her" | "their" | "the" | "a" | "an"
                ));
        if !opens_subject {
            return None;
        }
        let verb = (first + 1..sentence.end.min(first + 4))
            .take_while(|&t| is_frame_word(doc, t))
            .find_map(|t| {
                // ("cut in", "broke in": an interruption, not in the lexicon because "cuts"
                // and "breaks" are nouns far more often.)
                if t + 1 < sentence.end
                    && matches!(
                        (lower(doc, t), lower(doc, t + 1)),
                        ("cut" | "broke" | "jumped", "in") | ("piped" | "spoke", "up")
                    )
                {
                    return Some((first..t, t..t + 2));
                }
                let words = lexicon()
                    .forms(lower(doc, t))
                    .iter()
                    .filter(|f| !f.participle && form_at(doc, f, t, sentence.end))
                    .map(|f| f.words.len())
                    .max()?;
                Some((first..t, t..t + words))
            });
        match verb {
            Some((subject, verb)) => Some((subject, Some(verb))),
            None if doc.is_capitalised(first) => Some((first..first + 1, None)),
            None => None,
        }
    })
}

/// "Blinken told reporters:" at the end of a paragraph, and the quotation opening the next one.
fn colon_introduction(
    doc: &Doc,
    cues: &[Cue],
    range: Range<usize>,
    sentence: usize,
) -> Option<Found> {
    let cue = cues.last()?;
    let subject = subject_left(doc, range.start, cue.start)
        .or_else(|| subject_right(doc, cue.verb.end, range.end))?;
    let paragraph = doc.tokens[range.start].paragraph();
    let next = doc.paragraph_tokens.get(paragraph + 1)?;
    let TokenKind::Open(q) = doc.tokens.get(next.start)?.kind() else {
        return None;
    };
    let pieces = doc.quotes[q].pieces.clone();
    Some(Found::cued(
        StatementKind::Direct,
        pieces,
        cue.start..range.end,
        Some(subject),
        sentence,
        paragraph + 1,
    ))
}

/// The pieces of a quotation opening at `t`, or after one adverb ("still", "also", "then").
fn resumed_quote(doc: &Doc, t: usize, end: usize) -> Option<Vec<Range<usize>>> {
    let mut t = t;
    if t < end
        && matches!(doc.tokens[t].kind(), TokenKind::Word)
        && matches!(
            lower(doc, t),
            "still" | "also" | "then" | "yet" | "later" | "added"
        )
    {
        t += 1;
    }
    match doc.tokens.get(t).map(|token| token.kind()) {
        Some(TokenKind::Open(q)) if t < end => Some(doc.quotes[q].pieces.clone()),
        _ => None,
    }
}

/// A speaker's label in a transcript: "WALLACE", "MIKE PENCE" (capitals only, two letters or
/// more, so that "Q" and "A" are not names).
fn is_transcript_name(doc: &Doc, t: usize) -> bool {
    let word = doc.word(t);
    doc.tokens[t].kind() == TokenKind::Word
        && word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || c == '-' || c == '\'' || c == '’')
}

/// The label opening a paragraph's first sentence ("WALLACE:"): its tokens and the colon.
fn transcript_label(doc: &Doc, range: Range<usize>) -> Option<(usize, usize)> {
    if range.start > 0
        && doc.tokens[range.start - 1].paragraph() == doc.tokens[range.start].paragraph()
    {
        return None;
    }
    let mut t = range.start;
    if matches!(doc.tokens[t].kind(), TokenKind::Open(_)) {
        t += 1;
    }
    let name = t;
    while t < range.end && t - name < 3 && is_transcript_name(doc, t) {
        t += 1;
    }
    let label_word = |k: usize| is_transcript_label_word(doc.lower(k));
    if t == name || t + 1 >= range.end || !doc.is_punct(t, ":") || (name..t).any(label_word) {
        return None;
    }
    Some((name, t))
}

/// Words that make "UPDATE:" or "Editor's note:" a label of the page, not a speaker.
fn is_transcript_label_word(word: &str) -> bool {
    {
        matches!(
            word,
            "update"
                | "updated"
                | "breaking"
                | "watch"
                | "note"
                | "correction"
                | "exclusive"
                | "video"
                | "photos"
                | "read"
                | "related"
                | "live"
                | "opinion"
                | "analysis"
                | "editor"
                | "editors"
                | "editor’s"
                | "editor's"
                | "clarification"
                | "warning"
                | "photo"
                | "source"
                | "sources"
                | "poll"
                | "more"
        )
    }
}

/// Whether a statement is a transcript line ("PENCE: ...").
pub(crate) fn is_transcript(doc: &Doc, found: &Found) -> bool {
    let (Some(cue), Some(source)) = (&found.cue, &found.source) else {
        return false;
    };
    if !doc.is_punct(cue.start, ":") || doc.tokens[source.start].paragraph() == 0 {
        return false;
    }
    let opens = source.start == 0
        || doc.tokens[source.start - 1].paragraph() != doc.tokens[source.start].paragraph()
        || matches!(doc.tokens[source.start - 1].kind(), TokenKind::Open(_));
    opens
        && (source.clone().all(|t| is_transcript_name(doc, t))
            || source.clone().all(|t| doc.is_capitalised(t)))
}

/// "Matthews: Well, speculation is bad.": a mixed-case label of one to three capitalised words
/// opening a paragraph. Counted as a transcript only when at least two such speakers each
/// open two paragraphs (see `mixed_transcript_speakers`).
fn speaker_label(doc: &Doc, range: Range<usize>) -> Option<(usize, usize)> {
    if range.start == 0
        || doc.tokens[range.start - 1].paragraph() == doc.tokens[range.start].paragraph()
    {
        return None;
    }
    let name = range.start;
    let mut t = name;
    while t < range.end
        && t - name < 3
        && is_frame_word(doc, t)
        && doc.is_capitalised(t)
        && !is_function_word(lower(doc, t))
        && !is_calendar_word(lower(doc, t))
    {
        t += 1;
    }
    if t == name
        || t + 1 >= range.end
        || !doc.is_punct(t, ":")
        || is_transcript_label_word(lower(doc, t - 1))
    {
        return None;
    }
    Some((name, t))
}

/// The surnames (lower case) of mixed-case labels that open at least two paragraphs, when
/// there are at least two of them: the article is a transcript of those speakers.
fn mixed_transcript_speakers(doc: &Doc) -> crate::hash::Set<String> {
    let mut count: crate::hash::Map<&str, usize> = crate::hash::Map::default();
    for sentence in &doc.sentences {
        if let Some((_, colon)) = speaker_label(doc, sentence.tokens.clone()) {
            *count.entry(lower(doc, colon - 1)).or_default() += 1;
        }
    }
    let speakers: crate::hash::Set<String> = count
        .into_iter()
        .filter(|&(_, n)| n >= 2)
        .map(|(name, _)| name.to_string())
        .collect();
    if speakers.len() >= 2 {
        speakers
    } else {
        crate::hash::Set::default()
    }
}

/// Transcripts: a paragraph opening with "WALLACE:" or "MIKE PENCE:" (often inside a quotation
/// that is never closed) is that person's words; its later sentences go on with it.
/// What tells a transcript's lines apart: mixed-case labels of its speakers, and whether the
/// article is an interview in questions and answers (with the one who answers, if named).
struct Labels<'a> {
    mixed: &'a crate::hash::Set<String>,
    interview: Option<&'a Option<Range<usize>>>,
    /// Per paragraph, of an interview without labels: is it an answer?
    answers: &'a [bool],
}

/// The paragraph's label "Q:" or "A:" (upper case, then a colon): its letter's token.
fn qa_label(doc: &Doc, paragraph: usize) -> Option<(usize, char)> {
    let tokens = doc.paragraph_tokens.get(paragraph)?;
    let t = tokens.start;
    if tokens.len() < 3 || !doc.is_punct(t + 1, ":") || doc.tokens[t].kind() != TokenKind::Word {
        return None;
    }
    match doc.word(t) {
        "Q" => Some((t, 'Q')),
        "A" => Some((t, 'A')),
        _ => None,
    }
}

/// An interview written as questions ("Q: ...") and answers ("A: ..."), each opening a
/// paragraph: Some, with the person who answers, the first one named in full in the headline
/// or the introduction ("Q&A with Vice President Ada Wren", "Actress Ada Wren has ...";
/// None when no one is).
fn interview(doc: &Doc) -> Option<Option<Range<usize>>> {
    let labels = || (1..doc.paragraphs.len()).filter_map(|p| qa_label(doc, p).map(|l| (p, l.1)));
    let first_question = labels().find(|&(_, letter)| letter == 'Q')?.0;
    labels().find(|&(p, letter)| letter == 'A' && p > first_question)?;
    Some(named_before(doc, first_question))
}

/// An interview in questions and answers without labels: after an introduction that names
/// whom it is with and says so ("We asked him about the journey.", "Q&A with ...",
/// "spoke to"), paragraphs of one question each, at least two of them followed by an
/// answer. The one who answers and, per paragraph, whether it is an answer.
fn plain_interview(doc: &Doc) -> Option<(Range<usize>, Vec<bool>)> {
    let n = doc.paragraphs.len();
    let question = |p: usize| {
        let tokens = doc.paragraph_tokens[p].clone();
        (3..=60).contains(&tokens.len())
            && doc.is_punct(tokens.end - 1, "?")
            && doc.tokens[tokens.start].kind() == TokenKind::Word
    };
    // (A short introduction: not a column's rhetorical questions further down.)
    let first = (1..n.min(5)).find(|&p| question(p))?;
    let said_so = (0..first).any(|p| {
        let text = doc.text[doc.paragraphs[p].clone()].to_lowercase();
        [
            "asked",
            "interview",
            "q&a",
            "spoke to",
            "spoke with",
            "talked to",
            "talked with",
        ]
        .iter()
        .any(|word| text.contains(word))
    });
    if !said_so {
        return None;
    }
    let mut answers = vec![false; n];
    let mut pairs = 0;
    for (p, answer) in answers.iter_mut().enumerate().skip(first + 1) {
        if !question(p) {
            *answer = true;
            pairs += usize::from(question(p - 1));
        }
    }
    // (Questions all along: one for every three paragraphs at least.)
    if pairs < 2 || (pairs + 1) * 3 < n - first {
        return None;
    }
    Some((named_before(doc, first)?, answers))
}

/// The first person named in full in the paragraphs before `paragraph`: whom an interview is
/// with.
fn named_before(doc: &Doc, paragraph: usize) -> Option<Range<usize>> {
    (0..paragraph).find_map(|p| {
        let tokens = doc.paragraph_tokens[p].clone();
        let mut t = tokens.start;
        while t < tokens.end {
            let run = crate::entities::capitalised_run(doc, t, tokens.end);
            if run.len() >= 2
                && crate::entities::parse_np(doc, run.clone()).kind == Some(SpeakerKind::Person)
            {
                return Some(run);
            }
            t = run.end.max(t + 1);
        }
        None
    })
}

/// Whether a statement is an interview's answer ("A: ...", or a paragraph after a question).
fn is_answer(doc: &Doc, found: &Found, labels: &Labels) -> bool {
    match &found.cue {
        Some(cue) => {
            cue.start > 0
                && doc.is_punct(cue.start, ":")
                && qa_label(doc, found.paragraph) == Some((cue.start - 1, 'A'))
        }
        None => labels.answers.get(found.paragraph) == Some(&true) && found.source.is_some(),
    }
}

fn transcript_line(
    doc: &Doc,
    range: Range<usize>,
    sentence: usize,
    found: &[Found],
    labels: &Labels,
) -> Option<Found> {
    let paragraph = doc.tokens[range.start].paragraph();
    let opens_paragraph = range.start == 0 || doc.tokens[range.start - 1].paragraph() != paragraph;
    if opens_paragraph {
        // "A: Safety first.": the words of whoever the interview is with.
        if let Some(interviewee) = labels.interview {
            if let Some((letter, 'A')) = qa_label(doc, paragraph).filter(|l| l.0 == range.start) {
                return Some(Found::cued(
                    StatementKind::Direct,
                    vec![line_words(doc, letter + 2, range.end)?],
                    letter + 1..letter + 2,
                    interviewee.clone(),
                    sentence,
                    paragraph,
                ));
            }
        }
        let label = transcript_label(doc, range.clone()).or_else(|| {
            speaker_label(doc, range.clone())
                .filter(|&(_, colon)| labels.mixed.contains(lower(doc, colon - 1)))
        });
        // (Without labels: a paragraph after a question, whoever the interview is with.)
        if let Some(interviewee) = labels.interview.filter(|_| label.is_none()) {
            if labels.answers.get(paragraph) == Some(&true) {
                return Some(Found {
                    kind: StatementKind::Direct,
                    pieces: vec![line_words(doc, range.start, range.end)?],
                    cue: None,
                    source: interviewee.clone(),
                    sentence,
                    paragraph,
                    continues: None,
                    separate: false,
                    refers_to: None,
                });
            }
        }
        let (name, t) = label?;
        return Some(Found::cued(
            StatementKind::Direct,
            vec![line_words(doc, t + 1, range.end)?],
            t..t + 1,
            Some(name..t),
            sentence,
            paragraph,
        ));
    }
    let (index, last) = found.iter().enumerate().next_back()?;
    let root = last.continues.unwrap_or(index);
    if last.paragraph != paragraph
        || !(is_transcript(doc, &found[root]) || is_answer(doc, &found[root], labels))
    {
        return None;
    }
    Some(Found {
        kind: StatementKind::Direct,
        pieces: vec![line_words(doc, range.start, range.end)?],
        cue: None,
        source: None,
        sentence,
        paragraph,
        continues: Some(root),
        separate: false,
        refers_to: None,
    })
}

/// The words of a transcript line, with their final punctuation but without the line's own
/// quotation marks.
fn line_words(doc: &Doc, from: usize, end: usize) -> Option<Range<usize>> {
    let mut first = from;
    let mut last = end;
    while first < last && matches!(doc.tokens[first].kind(), TokenKind::Open(_)) {
        first += 1;
    }
    // (Not the close of a quotation inside the line: "... and say, “Sorry.”")
    while last > first
        && matches!(doc.tokens[last - 1].kind(), TokenKind::Close(q) if doc.quotes[q].open_token < first)
    {
        last -= 1;
    }
    (first < last).then(|| doc.tokens[first].start()..doc.tokens[last - 1].end())
}

/// A noun phrase of at most four words from `t`, then a finite verb: "local election officials
/// should", "parents still want", "the group's leaders have".
fn short_subject_then_verb(doc: &Doc, t: usize, end: usize) -> bool {
    (t + 1..end.min(t + 5)).any(|u| {
        is_frame_word(doc, u) && {
            let w = lower(doc, u);
            is_aux(w)
                || w.ends_with("n’t")
                || matches!(
                    w,
                    "must"
                        | "should"
                        | "would"
                        | "could"
                        | "might"
                        | "may"
                        | "can"
                        | "will"
                        | "want"
                        | "wanted"
                        | "need"
                        | "needed"
                        | "think"
                        | "believe"
                        | "know"
                        | "feel"
                        | "expect"
                        | "hope"
                        | "plan"
                        | "support"
                        | "oppose"
                        | "agree"
                        | "remain"
                        | "continue"
                        | "face"
                        | "deserve"
                        | "see"
                        | "understand"
                        | "won't"
                        | "can't"
                        | "don't"
                        | "didn't"
                        | "aren't"
                        | "weren't"
                )
        }
    })
}
