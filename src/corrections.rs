//! Corrections a reader makes to an analysis — a statement's speaker reassigned, a wrong
//! statement removed, two speakers merged — kept as a list of edits that can be undone and
//! redone, stored per article, and applied to the engine's analysis before anything is shown or
//! exported. Pure Rust: tested natively.

use quotelens_engine::Analysis;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// The statement is by this speaker (None: the text does not say).
    Reassign {
        statement: String,
        speaker: Option<String>,
    },
    /// The statement is not one.
    Remove { statement: String },
    /// Two speakers are one: `from` becomes `into`.
    Merge { from: String, into: String },
}

/// The edits made, and those undone (for redo).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct History {
    pub done: Vec<Edit>,
    pub undone: Vec<Edit>,
}

impl History {
    pub fn push(&mut self, edit: Edit) {
        self.done.push(edit);
        self.undone.clear();
    }

    pub fn undo(&mut self) {
        if let Some(edit) = self.done.pop() {
            self.undone.push(edit);
        }
    }

    pub fn redo(&mut self) {
        if let Some(edit) = self.undone.pop() {
            self.done.push(edit);
        }
    }
}

/// The analysis with the edits applied, in order.
pub fn apply(analysis: &Analysis, edits: &[Edit]) -> Analysis {
    let mut out = analysis.clone();
    for edit in edits {
        match edit {
            Edit::Reassign { statement, speaker } => {
                let known = speaker.as_ref().is_none_or(|id| out.speaker(id).is_some());
                if let Some(s) = out.statements.iter_mut().find(|s| &s.id == statement) {
                    if known {
                        s.speaker = speaker.clone();
                    }
                }
            }
            Edit::Remove { statement } => {
                out.statements.retain(|s| &s.id != statement);
                for run in &mut out.runs {
                    run.statements.retain(|id| id != statement);
                    run.sources.retain(|id| id != statement);
                }
                for s in &mut out.statements {
                    if s.continues.as_ref() == Some(statement) {
                        s.continues = None;
                    }
                }
            }
            Edit::Merge { from, into } => {
                if from == into || out.speaker(into).is_none() {
                    continue;
                }
                let Some(position) = out.speakers.iter().position(|s| &s.id == from) else {
                    continue;
                };
                let merged = out.speakers.remove(position);
                if let Some(target) = out.speakers.iter_mut().find(|s| &s.id == into) {
                    target.mentions.extend(merged.mentions);
                    target.mentions.sort_by_key(|m| m.start);
                    target.role = target.role.clone().or(merged.role);
                    target.affiliation = target.affiliation.clone().or(merged.affiliation);
                }
                for s in &mut out.statements {
                    if s.speaker.as_ref() == Some(from) {
                        s.speaker = Some(into.clone());
                    }
                }
            }
        }
    }
    out
}

/// The edits as lines of tab-separated fields, for storage (no JSON parser needed).
pub fn encode(edits: &[Edit]) -> String {
    edits
        .iter()
        .map(|edit| match edit {
            Edit::Reassign { statement, speaker } => format!(
                "reassign\t{statement}\t{}",
                speaker.as_deref().unwrap_or("")
            ),
            Edit::Remove { statement } => format!("remove\t{statement}"),
            Edit::Merge { from, into } => format!("merge\t{from}\t{into}"),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Reads stored edits; lines it does not understand are skipped.
pub fn decode(text: &str) -> Vec<Edit> {
    text.lines()
        .filter_map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            match fields.as_slice() {
                ["reassign", statement, speaker] => Some(Edit::Reassign {
                    statement: statement.to_string(),
                    speaker: Some(speaker.to_string()).filter(|s| !s.is_empty()),
                }),
                ["remove", statement] => Some(Edit::Remove {
                    statement: statement.to_string(),
                }),
                ["merge", from, into] => Some(Edit::Merge {
                    from: from.to_string(),
                    into: into.to_string(),
                }),
                _ => None,
            }
        })
        .collect()
}

/// A stable key for an article's text (FNV-1a, 64 bits), for per-article storage.
pub fn text_key(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("quotelens:corrections:{hash:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Analysis {
        quotelens_engine::analyze(
            "Headline\nJane Doe said that sanctions would follow.\n“We will not give in,” John Roe said. “Never.”",
            &Default::default(),
        )
    }

    #[test]
    fn reassign_remove_and_merge_change_the_analysis() {
        let analysis = sample();
        let jane = analysis.speakers[0].id.clone();
        let john = analysis.speakers[1].id.clone();
        let second = analysis.statements[1].id.clone();
        let reassigned = apply(
            &analysis,
            &[Edit::Reassign {
                statement: second.clone(),
                speaker: Some(jane.clone()),
            }],
        );
        assert_eq!(
            reassigned.statement(&second).unwrap().speaker.as_ref(),
            Some(&jane)
        );
        let removed = apply(
            &analysis,
            &[Edit::Remove {
                statement: second.clone(),
            }],
        );
        assert!(removed.statement(&second).is_none());
        assert!(removed.runs.iter().all(|r| !r.statements.contains(&second)));
        assert!(removed
            .statements
            .iter()
            .all(|s| s.continues.as_ref() != Some(&second)));
        let merged = apply(
            &analysis,
            &[Edit::Merge {
                from: john.clone(),
                into: jane.clone(),
            }],
        );
        assert!(merged.speaker(&john).is_none());
        assert!(merged
            .statements
            .iter()
            .all(|s| s.speaker.as_ref() == Some(&jane)));
    }

    #[test]
    fn undo_and_redo_walk_the_history() {
        let mut history = History::default();
        history.push(Edit::Remove {
            statement: "s1".into(),
        });
        history.push(Edit::Remove {
            statement: "s2".into(),
        });
        history.undo();
        assert_eq!(history.done.len(), 1);
        history.redo();
        assert_eq!(history.done.len(), 2);
        history.undo();
        history.push(Edit::Remove {
            statement: "s3".into(),
        });
        assert!(history.undone.is_empty(), "a new edit clears redo");
    }

    #[test]
    fn edits_survive_encoding() {
        let edits = vec![
            Edit::Reassign {
                statement: "s1".into(),
                speaker: None,
            },
            Edit::Reassign {
                statement: "s2".into(),
                speaker: Some("jane-doe".into()),
            },
            Edit::Remove {
                statement: "s3".into(),
            },
            Edit::Merge {
                from: "a".into(),
                into: "b".into(),
            },
        ];
        assert_eq!(decode(&encode(&edits)), edits);
        assert_ne!(text_key("a"), text_key("b"));
    }
}
