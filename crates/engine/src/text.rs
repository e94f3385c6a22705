//! Paragraphs, tokens, quotations and sentences: the structure every rule works on.
//!
//! All offsets here are byte offsets into the analysed text.

use std::ops::Range;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    Word,
    Number,
    Punct,
    /// An opening quotation mark of the top-level quotation with this index.
    Open(usize),
    /// A closing quotation mark of the top-level quotation with this index.
    Close(usize),
    /// A quotation mark nested inside a top-level quotation, or one that pairs with nothing.
    OtherMark,
}

/// One token, in 32 bytes: the rules walk the token array all the time, and a megabyte of
/// text has some 200,000 tokens. Offsets and indices are u32 (the analysed text is capped
/// far below 4 GB); read them through the accessors.
#[derive(Debug, Clone)]
pub(crate) struct Token {
    start: u32,
    end: u32,
    /// Where the token's lower-case form lies in `Doc::lowers`, computed once when it has
    /// capitals (the rules compare lower-case words all the time); `NONE` when the text is
    /// already lower case. One shared buffer instead of a string per token.
    lower_start: u32,
    lower_end: u32,
    paragraph: u32,
    /// The top-level quotation this token lies inside (marks of that quotation excluded), or
    /// `NONE`.
    quote: u32,
    /// The quotation an `Open` or `Close` mark belongs to.
    mark_of: u32,
    kind: Kind,
    /// A word that starts with a capital letter (see `Doc::is_capitalised`), found once here
    /// because the rules ask it of nearly every token.
    pub capitalised: bool,
}

const NONE: u32 = u32::MAX;

/// `TokenKind` without its quotation index (kept in `Token::mark_of`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Number,
    Punct,
    Open,
    Close,
    OtherMark,
}

impl Token {
    fn new(
        range: Range<usize>,
        lower: Option<(u32, u32)>,
        kind: TokenKind,
        capitalised: bool,
        paragraph: usize,
    ) -> Token {
        let (lower_start, lower_end) = lower.unwrap_or((NONE, NONE));
        let mut token = Token {
            start: range.start as u32,
            end: range.end as u32,
            lower_start,
            lower_end,
            paragraph: paragraph as u32,
            quote: NONE,
            mark_of: NONE,
            kind: Kind::Word,
            capitalised,
        };
        token.set_kind(kind);
        token
    }

    /// Byte offsets of the token in the analysed text.
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn start(&self) -> usize {
        self.start as usize
    }

    pub fn end(&self) -> usize {
        self.end as usize
    }

    pub fn kind(&self) -> TokenKind {
        match self.kind {
            Kind::Word => TokenKind::Word,
            Kind::Number => TokenKind::Number,
            Kind::Punct => TokenKind::Punct,
            Kind::Open => TokenKind::Open(self.mark_of as usize),
            Kind::Close => TokenKind::Close(self.mark_of as usize),
            Kind::OtherMark => TokenKind::OtherMark,
        }
    }

    pub fn set_kind(&mut self, kind: TokenKind) {
        self.kind = match kind {
            TokenKind::Word => Kind::Word,
            TokenKind::Number => Kind::Number,
            TokenKind::Punct => Kind::Punct,
            TokenKind::Open(quote) => {
                self.mark_of = quote as u32;
                Kind::Open
            }
            TokenKind::Close(quote) => {
                self.mark_of = quote as u32;
                Kind::Close
            }
            TokenKind::OtherMark => Kind::OtherMark,
        };
    }

    /// The top-level quotation this token lies inside (marks of that quotation excluded).
    pub fn quote(&self) -> Option<usize> {
        (self.quote != NONE).then_some(self.quote as usize)
    }

    pub fn set_quote(&mut self, quote: Option<usize>) {
        self.quote = quote.map_or(NONE, |q| q as u32);
    }

    pub fn paragraph(&self) -> usize {
        self.paragraph as usize
    }
}

/// A top-level quotation: the outermost marks, possibly running over several paragraphs.
#[derive(Debug, Clone)]
pub(crate) struct Quote {
    pub open_token: usize,
    /// The closing mark, when there is one.
    pub close_token: Option<usize>,
    /// The text between the marks, one piece per paragraph it runs through.
    pub pieces: Vec<Range<usize>>,
    /// Number of words inside.
    pub words: usize,
}

/// The letters and digits of a text, lower-cased: for telling the same words apart from
/// their marks and spacing.
pub(crate) fn letters_lower(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[derive(Debug, Clone)]
pub(crate) struct Sentence {
    pub tokens: Range<usize>,
}

// What the threads of one analysis share (see `crate::beside`): in WebAssembly, where an
// analysis has one thread, plain cells (smaller code).
#[cfg(not(target_arch = "wasm32"))]
type Lock<T> = std::sync::Mutex<T>;
#[cfg(target_arch = "wasm32")]
type Lock<T> = std::cell::RefCell<T>;
#[cfg(not(target_arch = "wasm32"))]
type Once<T> = std::sync::OnceLock<T>;
#[cfg(target_arch = "wasm32")]
type Once<T> = std::cell::OnceCell<T>;
#[cfg(not(target_arch = "wasm32"))]
pub(crate) type Shared<T> = std::sync::Arc<T>;
#[cfg(target_arch = "wasm32")]
pub(crate) type Shared<T> = std::rc::Rc<T>;

/// The analysed structure of one text.
pub(crate) struct Doc<'a> {
    pub text: &'a str,
    pub paragraphs: Vec<Range<usize>>,
    pub tokens: Vec<Token>,
    /// The lower-case forms of the tokens that have capitals, one after another.
    lowers: String,
    /// Token index range of each paragraph.
    pub paragraph_tokens: Vec<Range<usize>>,
    pub quotes: Vec<Quote>,
    pub sentences: Vec<Sentence>,
    /// Paragraphs in which a quotation was opened and never closed.
    pub unclosed: Vec<usize>,
    /// Paragraphs with a closing mark that closes nothing.
    pub stray: Vec<usize>,
    /// How often each capitalised word occurs right after another word, as written: built on
    /// first use.
    after_word: Once<crate::hash::Map<&'a str, u32>>,
    /// Noun phrases already read, by their tokens (see `entities::parse_np`), and a buffer
    /// for the key.
    /// (Behind a lock: the names are collected on a thread of their own while the statements
    /// are found; see `analyze_with_progress`.)
    np_cache: Lock<NpCache>,
}

/// Noun phrases already read: an index by key (see `entities::parse_np`) into what they
/// say, and a buffer for the key.
#[derive(Default)]
pub(crate) struct NpCache {
    pub key: String,
    pub index: crate::hash::Map<String, usize>,
    pub read: Vec<crate::entities::Np>,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Doc<'a> {
        let paragraphs = split_paragraphs(text);
        // (News runs about one token to five bytes: reserve rather than grow a large array.)
        let mut tokens = Vec::with_capacity(text.len() / 5 + 16);
        let mut paragraph_tokens = Vec::with_capacity(paragraphs.len());
        let mut lowers = String::with_capacity(text.len() / 16 + 16);
        let mut scratch = String::new();
        for (index, paragraph) in paragraphs.iter().enumerate() {
            let first = tokens.len();
            let out = Tokens {
                tokens: &mut tokens,
                lowers: &mut lowers,
                scratch: &mut scratch,
            };
            tokenize(text, paragraph.clone(), index, out);
            paragraph_tokens.push(first..tokens.len());
        }
        let mut doc = Doc {
            text,
            paragraphs,
            tokens,
            lowers,
            paragraph_tokens,
            quotes: Vec::new(),
            sentences: Vec::new(),
            unclosed: Vec::new(),
            stray: Vec::new(),
            after_word: Once::new(),
            np_cache: Default::default(),
        };
        doc.pair_quotes();
        doc.split_sentences();
        doc
    }

    /// The cache of noun phrases read (see `entities::parse_np`). (A panic while it was held
    /// leaves nothing half-written that matters: the cache is then used as it is.)
    pub fn np_cache(&self) -> impl std::ops::DerefMut<Target = NpCache> + '_ {
        #[cfg(not(target_arch = "wasm32"))]
        return self
            .np_cache
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        #[cfg(target_arch = "wasm32")]
        return self.np_cache.borrow_mut();
    }

    pub fn word(&self, token: usize) -> &'a str {
        &self.text[self.tokens[token].range()]
    }

    /// How many times this word, as written, follows another word ("who Critics" counts,
    /// "Critics" opening a sentence does not). One pass over the text, on first use.
    pub fn times_after_word(&self, word: &str) -> u32 {
        let after_word = |u: usize| {
            self.tokens[u - 1].kind() == TokenKind::Word
                && self.tokens[u - 1].paragraph() == self.tokens[u].paragraph()
        };
        if !word.starts_with(char::is_uppercase) {
            // (Only capitalised words are counted ahead: the rules ask about those.)
            return (1..self.tokens.len())
                .filter(|&u| self.word(u) == word && after_word(u))
                .count() as u32;
        }
        let counts = self.after_word.get_or_init(|| {
            let mut counts = crate::hash::Map::default();
            for u in 1..self.tokens.len() {
                if self.is_capitalised(u) && after_word(u) {
                    *counts.entry(self.word(u)).or_default() += 1;
                }
            }
            counts
        });
        counts.get(word).copied().unwrap_or(0)
    }

    /// The token lower-cased.
    pub fn lower(&self, token: usize) -> &str {
        let token = &self.tokens[token];
        if token.lower_start == NONE {
            &self.text[token.range()]
        } else {
            &self.lowers[token.lower_start as usize..token.lower_end as usize]
        }
    }

    /// The index of the first token that starts at or after this byte. (The paragraph first,
    /// then its tokens: a search over the whole token array misses the cache at every step.)
    pub fn token_at(&self, byte: usize) -> usize {
        let paragraph = self.paragraphs.partition_point(|p| p.end < byte);
        match self.paragraph_tokens.get(paragraph) {
            Some(range) => {
                range.start + self.tokens[range.clone()].partition_point(|t| t.start() < byte)
            }
            None => self.tokens.len(),
        }
    }

    pub fn is_word(&self, token: usize) -> bool {
        matches!(
            self.tokens[token].kind(),
            TokenKind::Word | TokenKind::Number
        )
    }

    /// A word that starts with a capital letter.
    pub fn is_capitalised(&self, token: usize) -> bool {
        self.tokens[token].capitalised
    }

    pub fn is_punct(&self, token: usize, mark: &str) -> bool {
        self.tokens[token].kind() == TokenKind::Punct && self.word(token) == mark
    }

    /// Pairs quotation marks paragraph by paragraph, keeping quotations that run on into the
    /// next paragraph (the next one opens with the same mark) open across the break.
    fn pair_quotes(&mut self) {
        // (family, token) of each open mark, the bottom one being the top-level quotation.
        let mut stack: Vec<(Family, usize)> = Vec::new();
        let mut pieces: Vec<Range<usize>> = Vec::new();
        for paragraph in 0..self.paragraphs.len() {
            let range = self.paragraph_tokens[paragraph].clone();
            let mut continuing = false;
            if let Some(&(family, _)) = stack.first() {
                // A quotation left open at the end of the previous paragraph goes on here only
                // if this paragraph opens with the same family of mark.
                let first = range.start;
                if range.start < range.end
                    && self.tokens[first].kind() == TokenKind::OtherMark
                    && classify_mark(self.text, &self.tokens[first].range())
                        .is_some_and(|m| m.family == family && m.can_open)
                {
                    continuing = true;
                } else {
                    self.end_open_quote(&mut stack, &mut pieces, None);
                }
            }
            for token in range.clone() {
                if self.tokens[token].kind() != TokenKind::OtherMark {
                    if let Some(quote) = self.current_quote(&stack) {
                        self.tokens[token].set_quote(Some(quote));
                    }
                    continue;
                }
                if continuing && token == range.start {
                    // The re-opening mark of a quotation running on.
                    stack.truncate(1);
                    let quote = self.quotes.len() - 1;
                    self.tokens[token].set_kind(TokenKind::Open(quote));
                    pieces.push(self.tokens[token].end()..self.tokens[token].end());
                    continue;
                }
                let Some(mark) = classify_mark(self.text, &self.tokens[token].range()) else {
                    continue;
                };
                let top_family = stack.last().map(|&(f, _)| f);
                let closes = mark.can_close
                    && stack.iter().any(|&(f, _)| f == mark.family)
                    && (!mark.can_open || top_family == Some(mark.family) && mark.prefers_close);
                if closes {
                    let position = stack.iter().rposition(|&(f, _)| f == mark.family).unwrap();
                    if position == 0 {
                        let quote = self.quotes.len() - 1;
                        self.tokens[token].set_kind(TokenKind::Close(quote));
                        self.end_open_quote(&mut stack, &mut pieces, Some(token));
                    } else {
                        stack.truncate(position);
                        let quote = self.current_quote(&stack);
                        self.tokens[token].set_quote(quote);
                    }
                } else if mark.can_open && mark.is_quote {
                    if stack.is_empty() {
                        self.tokens[token].set_kind(TokenKind::Open(self.quotes.len()));
                        self.quotes.push(Quote {
                            open_token: token,
                            close_token: None,
                            pieces: Vec::new(),
                            words: 0,
                        });
                        pieces.push(self.tokens[token].end()..self.tokens[token].end());
                    } else {
                        let quote = self.current_quote(&stack);
                        self.tokens[token].set_quote(quote);
                    }
                    stack.push((mark.family, token));
                } else {
                    // An apostrophe or a closing mark with nothing to close.
                    self.tokens[token].set_kind(TokenKind::Punct);
                    let quote = self.current_quote(&stack);
                    self.tokens[token].set_quote(quote);
                    let apostrophe = self.word(token).chars().all(is_apostrophe);
                    if mark.is_quote && !mark.can_open && stack.is_empty() && !apostrophe {
                        self.stray.push(paragraph);
                    }
                }
            }
            // Close the current piece at the end of the paragraph.
            if !stack.is_empty() {
                if let Some(piece) = pieces.last_mut() {
                    piece.end = self.paragraphs[paragraph].end;
                }
            }
        }
        if !stack.is_empty() {
            self.end_open_quote(&mut stack, &mut pieces, None);
        }
        // Count the words of each quotation.
        for token in 0..self.tokens.len() {
            if let (Some(quote), true) = (self.tokens[token].quote(), self.is_word(token)) {
                self.quotes[quote].words += 1;
            }
        }
    }

    fn current_quote(&self, stack: &[(Family, usize)]) -> Option<usize> {
        (!stack.is_empty()).then(|| self.quotes.len() - 1)
    }

    /// Ends the open top-level quotation, at its closing mark or where its paragraph ends.
    fn end_open_quote(
        &mut self,
        stack: &mut Vec<(Family, usize)>,
        pieces: &mut Vec<Range<usize>>,
        close: Option<usize>,
    ) {
        let quote = self.quotes.len() - 1;
        if let (Some(close), Some(piece)) = (close, pieces.last_mut()) {
            piece.end = self.tokens[close].start();
        }
        if close.is_none() {
            let paragraph = self.tokens[stack[0].1].paragraph();
            self.unclosed.push(paragraph);
        }
        let mut taken: Vec<Range<usize>> = std::mem::take(pieces);
        // Trim spaces inside the marks.
        for piece in &mut taken {
            let slice = &self.text[piece.clone()];
            let start = piece.start + (slice.len() - slice.trim_start().len());
            let end = piece.end - (slice.len() - slice.trim_end().len());
            *piece = start..end.max(start);
        }
        self.quotes[quote].pieces = taken;
        self.quotes[quote].close_token = close;
        stack.clear();
    }

    /// Splits each paragraph into sentences at terminal punctuation outside quotations, and
    /// after a quotation that ends a sentence inside its marks.
    fn split_sentences(&mut self) {
        for paragraph in 0..self.paragraphs.len() {
            let range = self.paragraph_tokens[paragraph].clone();
            let mut start = range.start;
            for token in range.clone() {
                let next = token + 1;
                if next >= range.end {
                    break;
                }
                // ("SALEM, Ore. (AP) — ...": a dateline goes on to its agency.)
                let dateline = || {
                    start == range.start
                        && next - start <= 6
                        && self.word(next) == "("
                        && self
                            .word(start)
                            .chars()
                            .all(|c| c.is_uppercase() || c == '.')
                };
                if self.ends_sentence(token) && self.starts_sentence(next) && !dateline() {
                    self.sentences.push(Sentence {
                        tokens: start..next,
                    });
                    start = next;
                }
            }
            if start < range.end {
                self.sentences.push(Sentence {
                    tokens: start..range.end,
                });
            }
        }
    }

    fn ends_sentence(&self, token: usize) -> bool {
        let t = &self.tokens[token];
        match t.kind() {
            TokenKind::Punct if t.quote().is_none() => {
                matches!(self.word(token), "." | "!" | "?" | "…" | "...")
                    // "the No. 2 Republican": a numero before a number.
                    && !(self.word(token) == "."
                        && token > 0
                        && matches!(self.lower(token - 1), "no" | "nos")
                        && self
                            .tokens
                            .get(token + 1)
                            .is_some_and(|next| next.kind() == TokenKind::Number))
            }
            TokenKind::Close(_) => {
                token > 0 && {
                    let before = token - 1;
                    matches!(self.word(before), "." | "!" | "?" | "…" | "...")
                        || self.word(before).ends_with('.') && self.is_word(before)
                }
            }
            TokenKind::Word if t.quote().is_none() => {
                // An abbreviation that kept its period ends a sentence only before a word that
                // plainly starts one ("in the U.S. The president ...") or a quotation that does
                // ("wrote on X. “I will ...", not "the U.S. “does not have ...").
                let word = self.word(token);
                word.ends_with('.')
                    && !crate::lexicon::lexicon()
                        .titles
                        .contains_key(self.lower(token))
                    && self.tokens.get(token + 1).is_some_and(|next| {
                        matches!(next.kind(), TokenKind::Open(_))
                            && self.tokens.get(token + 2).is_some()
                            && self.is_capitalised(token + 2)
                            || self.is_capitalised(token + 1)
                                && crate::lexicon::is_function_word(self.lower(token + 1))
                    })
            }
            _ => false,
        }
    }

    fn starts_sentence(&self, token: usize) -> bool {
        let t = &self.tokens[token];
        match t.kind() {
            TokenKind::Open(_) => true,
            TokenKind::Word => self.is_capitalised(token),
            TokenKind::Number => true,
            TokenKind::Punct => matches!(self.word(token), "(" | "["),
            _ => false,
        }
    }
}

/// Paragraphs are the text's non-blank lines, trimmed.
fn split_paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut paragraphs = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut push = |from: usize, to: usize| {
        let line = &text[from..to];
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let lead = line.len() - line.trim_start().len();
            paragraphs.push(from + lead..from + lead + trimmed.len());
        }
    };
    let mut i = 0;
    while let Some(at) = line_break(bytes, i) {
        i = at;
        push(start, i);
        if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            i += 1;
        }
        start = i + 1;
        i += 1;
    }
    push(start, bytes.len());
    paragraphs
}

/// The first line feed or carriage return at or after `from`, looked for eight bytes at a
/// time (a byte equal to b is a zero byte of w ^ b·0x0101...).
fn line_break(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has_zero = |w: u64| w.wrapping_sub(ONES) & !w & HIGH != 0;
    let mut i = from;
    while i + 8 <= bytes.len() {
        let mut word = [0u8; 8];
        word.copy_from_slice(&bytes[i..i + 8]);
        let w = u64::from_le_bytes(word);
        if has_zero(w ^ (ONES * u64::from(b'\n'))) || has_zero(w ^ (ONES * u64::from(b'\r'))) {
            break;
        }
        i += 8;
    }
    (i..bytes.len()).find(|&k| bytes[k] == b'\n' || bytes[k] == b'\r')
}

/// Appends `word` lower-cased to `out` (what `to_lowercase` gives, without a new string when
/// the word is ASCII).
pub(crate) fn push_lowercase(out: &mut String, word: &str) {
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
    } else {
        out.push_str(&word.to_lowercase());
    }
}

fn is_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '”' | '„' | '‟' | '‘' | '’' | '‚' | '‛' | '«' | '»' | '‹' | '›'
    )
}

pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// Words whose period belongs to them. `scratch` is a reused buffer.
fn keeps_period(word: &str, scratch: &mut String) -> bool {
    let mut chars = word.chars();
    let single = chars.next().is_some_and(char::is_alphabetic) && chars.next().is_none();
    if single {
        return true;
    }
    // ("U.S." keeps its period; "Factcheck.org." ends a sentence.)
    // ("gfs.bern." ends one too: a last part of lower-case letters.)
    if let Some((_, last)) = word.rsplit_once('.') {
        let lower_case_part = last.len() > 1 && last.starts_with(|c: char| c.is_lowercase());
        return !(top_level_domain(last.as_bytes()) || lower_case_part);
    }
    // ("then-Sen.", "ex-Gov.": the title after the hyphen; "Crane & Co.": the last word.)
    let word = word.rsplit(['-', ' ']).next().unwrap_or(word);
    scratch.clear();
    push_lowercase(scratch, word);
    scratch.push('.');
    let lower = &scratch[..scratch.len() - 1];
    crate::lexicon::lexicon()
        .titles
        .contains_key(scratch.as_str())
        || crate::lexicon::is_calendar_word(scratch)
        || matches!(
            lower,
            "st" | "vs"
                | "etc"
                | "inc"
                | "corp"
                | "co"
                | "ltd"
                | "jr"
                | "sr"
                | "mt"
                | "ft"
                | "gov"
                | "sen"
                | "sens"
                | "rep"
                | "reps"
                | "gen"
                | "lt"
                | "col"
                | "sgt"
                | "capt"
                | "adm"
                | "prof"
                | "rev"
                | "mr"
                | "mrs"
                | "ms"
                | "dr"
                | "u.s"
                | "u.k"
                | "u.n"
                | "e.u"
                | "d.c"
                | "a.m"
                | "p.m"
                | "approx"
                | "dept"
                | "univ"
                | "ave"
                | "blvd"
        )
}

/// Where tokenising writes: the tokens, their lower-case forms, and a reused buffer.
struct Tokens<'b> {
    tokens: &'b mut Vec<Token>,
    lowers: &'b mut String,
    scratch: &'b mut String,
}

/// The character that starts at byte `at` of `s` (a char boundary inside it). News is
/// mostly ASCII: a byte below 0x80 is its own character, without decoding.
#[inline]
fn char_at(s: &str, at: usize) -> char {
    match s.as_bytes()[at] {
        b if b < 0x80 => b as char,
        _ => s[at..].chars().next().unwrap_or(' '),
    }
}

/// The character that ends at byte `at` of `s` (a char boundary after its start).
#[inline]
fn char_before(s: &str, at: usize) -> char {
    match s.as_bytes()[at - 1] {
        b if b < 0x80 => b as char,
        _ => s[..at].chars().next_back().unwrap_or(' '),
    }
}

/// A character that is no letter but stays inside a word: a combining mark (text in
/// decomposed form writes "é" as "e" and U+0301), a C1 control code, and the second half of
/// a UTF-8 character read as Latin-1 ("FranÃ§ois" for "François") after its "Ã" or "Â".
fn inside_word(c: char, slice: &str, at: usize) -> bool {
    match c {
        '\u{300}'..='\u{36F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' => true,
        '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}' | '\u{80}'..='\u{9F}' => true,
        '\u{A0}'..='\u{BF}' => matches!(char_before(slice, at), 'Ã' | 'Â' | '\u{302}' | '\u{303}'),
        _ => false,
    }
}

/// "Challenger Will Hartman said": "Will" (at `from..to` in a paragraph after the headline,
/// whose words are all capitalised) is a first name before a capitalised word that is no
/// common word or verb; not where it opens a question ("Will Congress act?").
fn will_is_a_name(slice: &str, from: usize, to: usize) -> bool {
    let Some(rest) = slice[to..].strip_prefix(' ') else {
        return false;
    };
    let next = &rest[..rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len())];
    if !next.starts_with(char::is_uppercase) {
        return false;
    }
    let lower = next.to_lowercase();
    let lex = crate::lexicon::lexicon();
    if crate::lexicon::is_function_word(&lower)
        || crate::issues::common_words().contains(lower.as_str())
        || lex.verbs.contains_key(lower.as_str())
    {
        return false;
    }
    let opens_sentence = slice[..from]
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '?' | '!' | ':' | '"' | '“' | '—'));
    // (Within the next 300 characters: a text of "— Will Lund — Will Lund ..." without a
    // full stop must not be read to its end at every name.)
    let question = || {
        rest.chars()
            .take(300)
            .find(|c| matches!(c, '.' | '?' | '!'))
            == Some('?')
    };
    !(opens_sentence && question())
}

/// "Theresa May said", "Yin Myint May, 60, said": "May" (at `from..to` in a paragraph after
/// the headline) right after a capitalised word that is no function word ("In May", "Since
/// May") nor a date's, and before no number ("May 5"), is a surname: neither the month nor
/// the auxiliary.
fn may_is_a_name(slice: &str, from: usize, to: usize) -> bool {
    let Some(before) = slice[..from].strip_suffix(' ') else {
        return false;
    };
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic() && c != '.')
        .map_or(0, |(k, c)| k + c.len_utf8());
    let previous = &before[start..];
    if !previous.starts_with(char::is_uppercase) {
        return false;
    }
    let lower = previous.to_lowercase();
    let number_after = slice[to..]
        .trim_start_matches(' ')
        .starts_with(|c: char| c.is_ascii_digit());
    !number_after
        && !crate::lexicon::is_function_word(&lower)
        && !crate::lexicon::is_calendar_word(&lower)
        && !matches!(
            lower.as_str(),
            "last" | "next" | "early" | "late" | "mid" | "this" | "until"
        )
}

/// Cuts one paragraph into tokens, walking its bytes (offsets are bytes throughout).
fn tokenize(text: &str, paragraph: Range<usize>, index: usize, buffers: Tokens) {
    let Tokens {
        tokens: out,
        lowers,
        scratch,
    } = buffers;
    let slice = &text[paragraph.clone()];
    let bytes = slice.as_bytes();
    let n = bytes.len();
    let mut push = |out: &mut Vec<Token>, from: usize, to: usize, kind: TokenKind| {
        let word = &slice[from..to];
        let has_capital = if word.is_ascii() {
            word.bytes().any(|b| b.is_ascii_uppercase())
        } else {
            word.chars().any(char::is_uppercase)
        };
        let lower = has_capital.then(|| {
            let start = lowers.len();
            push_lowercase(lowers, word);
            (start as u32, lowers.len() as u32)
        });
        // ("al-Sudani", "el-Sisi": an Arabic article before a capitalised name.)
        // (A byte test first: this runs for every word.)
        let capitalised = kind == TokenKind::Word
            && (char_at(word, 0).is_uppercase()
                || word.as_bytes().get(2) == Some(&b'-')
                    && ["al-", "el-"].iter().any(|article| {
                        word.strip_prefix(article)
                            .is_some_and(|name| name.starts_with(char::is_uppercase))
                    }));
        out.push(Token::new(
            paragraph.start + from..paragraph.start + to,
            lower,
            kind,
            capitalised,
            index,
        ));
    };
    let mut lower_case_paragraph = None;
    let mut i = 0;
    while i < n {
        let c = char_at(slice, i);
        let after = i + c.len_utf8();
        if c.is_whitespace() {
            i = after;
            continue;
        }
        if c.is_alphanumeric() {
            let mut j = after;
            loop {
                while j < n {
                    // (Most letters are ASCII: a byte test, then the general one.)
                    let b = bytes[j];
                    if b < 0x80 {
                        if !b.is_ascii_alphanumeric() {
                            break;
                        }
                        j += 1;
                        continue;
                    }
                    let d = char_at(slice, j);
                    if !(d.is_alphanumeric() || d == '\u{AD}' || inside_word(d, slice, j)) {
                        break;
                    }
                    j += d.len_utf8();
                }
                // Joiners inside a word: don't, Russia's, trade-space, U.S, 1,000, 3.5
                if j < n {
                    let d = char_at(slice, j);
                    let k = j + d.len_utf8();
                    if k < n {
                        let next = char_at(slice, k);
                        let prev = char_before(slice, j);
                        let prev_start = j - prev.len_utf8();
                        let joins = next.is_alphanumeric()
                            && (is_apostrophe(d)
                                || matches!(d, '-' | '‐' | '&' | '/')
                                || (matches!(d, '.' | ',' | ':')
                                    && prev.is_ascii_digit()
                                    && next.is_ascii_digit())
                                || (d == '.'
                                    && next.is_uppercase()
                                    && prev.is_uppercase()
                                    && (prev_start == 0
                                        || !char_before(slice, prev_start).is_alphanumeric()))
                                // "Breitbart.com", "Factcheck.org": a web address.
                                || d == '.'
                                    && prev.is_alphanumeric()
                                    && top_level_domain(&bytes[k..])
                                // "gfs.bern", "bit.ly": a name with a period inside, in
                                // lower case on both sides (not "a.m." or "e.g.").
                                || d == '.'
                                    && prev.is_lowercase()
                                    && next.is_lowercase()
                                    && prev_start > i
                                    && char_before(slice, prev_start).is_alphabetic()
                                    && slice[k + next.len_utf8()..]
                                        .chars()
                                        .next()
                                        .is_some_and(char::is_alphabetic));
                        if joins {
                            j = k;
                            continue;
                        }
                        // "Procter & Gamble", "Florida Power & Light": capitals joined by a
                        // spaced ampersand are one firm's name, one word (as "AT&T" is); not
                        // "Ann & I".
                        if d == ' ' && next == '&' && c.is_uppercase() {
                            if let Some(rest) = slice[j..].strip_prefix(" & ") {
                                let mut after = rest.chars();
                                let capital = after.next().is_some_and(char::is_uppercase);
                                let pronoun = rest.starts_with('I')
                                    && !after.next().is_some_and(char::is_alphanumeric);
                                if capital && !pronoun {
                                    j += 3;
                                    continue;
                                }
                            }
                        }
                    }
                }
                break;
            }
            // A trailing period that belongs to an abbreviation.
            // ("the world No. 1": a numero before a number, too.)
            let numero = || {
                matches!(&slice[i..j], "No" | "Nos")
                    && bytes.get(j + 1) == Some(&b' ')
                    && bytes.get(j + 2).is_some_and(u8::is_ascii_digit)
            };
            if j < n && bytes[j] == b'.' && (numero() || keeps_period(&slice[i..j], scratch)) {
                j += 1;
            }
            // (The World Health Organization's "WHO" in a paragraph not written in capitals
            // is no relative pronoun.)
            let name = (bytes[i] == b'W' || bytes[i] == b'M' && j - i == 3)
                && match &slice[i..j] {
                    "May" => index > 0 && may_is_a_name(slice, i, j),
                    "Will" => index > 0 && will_is_a_name(slice, i, j),
                    // (Counted once a paragraph, however many times it says "WHO".)
                    "WHO" => *lower_case_paragraph.get_or_insert_with(|| {
                        slice.bytes().filter(u8::is_ascii_lowercase).count() > n / 2
                    }),
                    _ => false,
                };
            let word = &bytes[i..j];
            let kind = if word[0].is_ascii_digit()
                && word
                    .iter()
                    .all(|&b| b.is_ascii_digit() || matches!(b, b',' | b'.' | b':'))
            {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            push(out, i, j, kind);
            if name {
                // (Its lower-case form keeps the capitals: no rule reads it as the auxiliary
                // or the pronoun.)
                let token = out.last_mut().expect("just pushed");
                token.lower_start = NONE;
                token.lower_end = NONE;
            }
            i = j;
            continue;
        }
        if is_mark(c) {
            // Two apostrophes stand for a double quotation mark in some archives: ''Yes,'' he said.
            let end = if c == '\'' && bytes.get(after) == Some(&b'\'') {
                after + 1
            } else {
                after
            };
            push(out, i, end, TokenKind::OtherMark);
            i = end;
            continue;
        }
        // Runs of periods are an ellipsis; other punctuation stands alone.
        let mut j = after;
        if c == '.' {
            while j < n && bytes[j] == b'.' {
                j += 1;
            }
        }
        push(out, i, j, TokenKind::Punct);
        i = j;
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    family: Family,
    can_open: bool,
    can_close: bool,
    /// When both are possible and the family is open on top, close.
    prefers_close: bool,
    /// False for an apostrophe.
    is_quote: bool,
}

/// Decides what a quotation mark can do from the characters around it.
fn classify_mark(text: &str, range: &Range<usize>) -> Option<Mark> {
    let c = match &text[range.clone()] {
        "''" => '"',
        mark => mark.chars().next()?,
    };
    let before = text[..range.start].chars().next_back();
    let after = text[range.end..].chars().next();
    let space_before = before.is_none_or(|b| b.is_whitespace() || "([{—–-/".contains(b));
    let space_after = after.is_none_or(|a| a.is_whitespace() || ",.;:!?)]}—–…".contains(a));
    let alnum_before = before.is_some_and(char::is_alphanumeric);
    let alnum_after = after.is_some_and(char::is_alphanumeric);
    let mark = |family, can_open, can_close| Mark {
        family,
        can_open,
        can_close,
        prefers_close: !space_before && space_after,
        is_quote: true,
    };
    let apostrophe = Mark {
        family: Family::Single,
        can_open: false,
        can_close: false,
        prefers_close: false,
        is_quote: false,
    };
    Some(match c {
        '“' => mark(Family::Double, true, !space_before),
        '”' => mark(Family::Double, space_before && alnum_after, true),
        '„' => mark(Family::Double, true, false),
        '‟' => mark(Family::Double, true, false),
        '"' => Mark {
            prefers_close: true,
            ..mark(Family::Double, !space_after, !space_before || space_after)
        },
        '«' => mark(Family::Guillemet, true, !space_before && space_after),
        '»' => mark(Family::Guillemet, space_before && !space_after, true),
        '‹' => mark(Family::SingleGuillemet, true, !space_before && space_after),
        '›' => mark(Family::SingleGuillemet, space_before && !space_after, true),
        '‘' | '‛' | '‚' => {
            if alnum_before || after.is_some_and(|a| a.is_ascii_digit()) {
                apostrophe
            } else {
                mark(Family::Single, true, false)
            }
        }
        '’' | '\'' => {
            if alnum_before && alnum_after {
                apostrophe
            } else if space_before && after.is_some_and(|a| a.is_ascii_digit()) {
                // '90s
                apostrophe
            } else if space_before && !space_after {
                if c == '\'' {
                    mark(Family::Single, true, false)
                } else {
                    apostrophe
                }
            } else if space_before && space_after {
                return None;
            } else {
                // After a word or punctuation: closes an open single quotation, otherwise it is
                // the apostrophe of a plural possessive (the 1990s’).
                Mark {
                    prefers_close: true,
                    ..mark(Family::Single, false, true)
                }
            }
        }
        _ => return None,
    })
}

/// Does a web address's top-level domain start these bytes ("com" in "Breitbart.com said")?
fn top_level_domain(rest: &[u8]) -> bool {
    ["com", "org", "net", "gov", "edu"].iter().any(|tld| {
        rest.starts_with(tld.as_bytes())
            && rest
                .get(tld.len())
                .is_none_or(|&b| !b.is_ascii_alphanumeric())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A budget: the token array is the engine's largest structure and every rule walks it,
    /// so its size decides how much of it the caches hold (32 bytes made a megabyte of news
    /// analyse about a tenth faster than 64).
    #[test]
    fn a_token_takes_32_bytes() {
        assert!(std::mem::size_of::<Token>() <= 32);
    }

    #[test]
    fn line_breaks_are_found_as_a_byte_scan_finds_them() {
        let text = "Héadline\r\n\r\nA paragraph long enough to span words.\nB\rC “q” \n".repeat(3);
        let bytes = text.as_bytes();
        for from in 0..=bytes.len() {
            let naive = (from..bytes.len()).find(|&k| bytes[k] == b'\n' || bytes[k] == b'\r');
            assert_eq!(line_break(bytes, from), naive, "from {from}");
        }
    }

    #[test]
    fn the_token_at_a_byte_is_what_a_search_of_all_tokens_finds() {
        let text = "  Head “line”\r\n\r\n  A, said: “b.”  \nC\rd e \n\n".repeat(3);
        let doc = Doc::new(&text);
        for byte in 0..=text.len() + 1 {
            let all = doc.tokens.partition_point(|t| t.start() < byte);
            assert_eq!(doc.token_at(byte), all, "at byte {byte}");
        }
    }

    #[test]
    fn token_accessors_round_trip() {
        let mut token = Token::new(3..9, Some((0, 6)), TokenKind::Open(7), false, 2);
        assert_eq!(token.range(), 3..9);
        assert_eq!(token.kind(), TokenKind::Open(7));
        assert_eq!(token.paragraph(), 2);
        assert_eq!(token.quote(), None);
        token.set_quote(Some(4));
        token.set_kind(TokenKind::Punct);
        assert_eq!(token.quote(), Some(4));
        assert_eq!(token.kind(), TokenKind::Punct);
    }
}
