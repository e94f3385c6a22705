//! One component a file.

pub mod adder;
pub mod article;
pub mod details;
pub mod issue_editor;
pub mod loader;
pub mod matrix;
pub mod panel;
pub mod statements;

use quotelens_engine::{Analysis, Statement};

/// A speaker's display name, or a plain phrase when the text does not say who speaks.
pub fn speaker_name(analysis: &Analysis, statement: &Statement) -> String {
    statement
        .speaker
        .as_deref()
        .and_then(|id| analysis.speaker(id))
        .map_or_else(|| "unattributed".to_string(), |s| s.name.clone())
}

/// The labels of a statement's issues.
pub fn issue_labels(analysis: &Analysis, statement: &Statement) -> Vec<String> {
    analysis
        .issue_labels(statement)
        .into_iter()
        .map(String::from)
        .collect()
}

/// "via “he” in paragraph 4": how the speaker was found.
pub fn provenance(statement: &Statement) -> String {
    match (&statement.source, &statement.continues) {
        (Some(source), _) => format!("via “{}” in paragraph {}", source.text, statement.paragraph),
        (None, Some(parent)) => format!("continues statement {parent}"),
        // A quotation opening the paragraph after the speaker's own statement.
        (None, None) if statement.speaker.is_some() => {
            "the quotation follows this speaker's in the paragraph before".to_string()
        }
        (None, None) => "no source in the text".to_string(),
    }
}
