//! The analysis the engine returns: serde types, with every span in Unicode code points.
//!
//! This is the schema `quotelens/analysis@1`, documented in docs/analysis-schema.md.

use serde::{Deserialize, Serialize};

pub const SCHEMA: &str = "quotelens/analysis@1";

/// A piece of the text: half-open offsets in Unicode code points, and the text itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    Person,
    Organization,
    Country,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum StatementKind {
    /// All of the content is inside quotation marks.
    Direct,
    /// Reported speech that quotes some of its words.
    Mixed,
    /// Reported speech with nothing quoted.
    Indirect,
}

impl StatementKind {
    pub fn as_str(self) -> &'static str {
        match self {
            StatementKind::Direct => "direct",
            StatementKind::Mixed => "mixed",
            StatementKind::Indirect => "indirect",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// A stable slug of the name.
    pub id: String,
    /// The fullest form of the name the text gives.
    pub name: String,
    pub kind: SpeakerKind,
    pub role: Option<String>,
    pub affiliation: Option<String>,
    pub mentions: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Issue {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Statement {
    pub id: String,
    pub kind: StatementKind,
    /// The speaker's id, or None when the text does not say who speaks.
    pub speaker: Option<String>,
    /// The mention that attributes the statement ("he", "Blinken").
    pub source: Option<Span>,
    /// The cue ("said", "has hinted", "according to", ":"); None for a continuation.
    pub cue: Option<Span>,
    /// The reported words; with fragments, the envelope from the first to the last.
    pub content: Span,
    /// The pieces of a sentence interrupted by its cue; empty otherwise.
    pub fragments: Vec<Span>,
    /// The id of the statement this one continues.
    pub continues: Option<String>,
    pub issues: Vec<String>,
    /// Paragraph index (0 is the first line, usually the headline).
    pub paragraph: usize,
}

/// A flat piece of a paragraph and the statements that cover it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Run {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub paragraph: usize,
    /// Ids of the statements whose content covers this run.
    pub statements: Vec<String>,
    /// Ids of the statements whose source mention this run is.
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Analysis {
    pub schema: String,
    pub paragraphs: Vec<Span>,
    pub warnings: Vec<String>,
    pub speakers: Vec<Speaker>,
    pub issues: Vec<Issue>,
    pub statements: Vec<Statement>,
    pub runs: Vec<Run>,
}

impl Analysis {
    pub fn speaker(&self, id: &str) -> Option<&Speaker> {
        self.speakers.iter().find(|s| s.id == id)
    }

    pub fn statement(&self, id: &str) -> Option<&Statement> {
        self.statements.iter().find(|s| s.id == id)
    }

    /// The labels of a statement's issues (the id when the issue is not listed).
    pub fn issue_labels<'a>(&'a self, statement: &'a Statement) -> Vec<&'a str> {
        statement
            .issues
            .iter()
            .map(|id| {
                self.issues
                    .iter()
                    .find(|i| &i.id == id)
                    .map_or(id.as_str(), |i| i.label.as_str())
            })
            .collect()
    }
}

/// The code points that start in these bytes: every byte that is not a UTF-8 continuation
/// byte (10xxxxxx), counted eight bytes at a time.
fn count_chars(bytes: &[u8]) -> usize {
    let mut chunks = bytes.chunks_exact(8);
    let mut continuations = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        // The high bit set and the next bit clear, in every byte.
        continuations += (w & !(w << 1) & 0x8080_8080_8080_8080).count_ones() as usize;
    }
    let rest = chunks.remainder();
    bytes.len() - continuations - rest.iter().filter(|&&b| (b & 0xC0) == 0x80).count()
}

/// Converts byte offsets of one text to code-point offsets: the one place where that happens.
pub(crate) struct Offsets<'a> {
    text: &'a str,
    /// Code-point offset at every 64th byte, for quick look-ups.
    checkpoints: Vec<usize>,
}

impl<'a> Offsets<'a> {
    pub fn new(text: &'a str) -> Offsets<'a> {
        let mut checkpoints = Vec::with_capacity(text.len() / 64 + 2);
        let mut chars = 0;
        for block in text.as_bytes().chunks(64) {
            checkpoints.push(chars);
            chars += count_chars(block);
        }
        checkpoints.push(chars);
        Offsets { text, checkpoints }
    }

    pub fn char_at(&self, byte: usize) -> usize {
        let block = byte / 64;
        let base = block * 64;
        let last = self.checkpoints.len() - 1;
        let chars = self.checkpoints[block.min(last)];
        // (A block of 64 code points in 64 bytes is ASCII: no need to count. News mostly is.)
        if block < last && self.checkpoints[block + 1] - chars == 64 {
            return chars + (byte - base);
        }
        chars + count_chars(&self.text.as_bytes()[base.min(self.text.len())..byte])
    }

    pub fn span(&self, range: std::ops::Range<usize>) -> Span {
        Span {
            start: self.char_at(range.start),
            end: self.char_at(range.end),
            text: self.text[range].to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_point_offsets_match_a_plain_count() {
        // (The second text has blocks of plain ASCII between others, and ends in one.)
        let mixed = "“Ça va,” said Zoë — 😀 ok.\r\nЁлка — ‘ёлка’ … e\u{301} 42 ".repeat(9);
        let ascii = format!(
            "{}é{}",
            "plain words, ".repeat(11),
            "more plain words".repeat(9)
        );
        for text in [mixed, ascii.repeat(3)] {
            let offsets = Offsets::new(&text);
            for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
                assert_eq!(
                    offsets.char_at(byte),
                    text[..byte].chars().count(),
                    "at {byte}"
                );
            }
        }
    }
}
