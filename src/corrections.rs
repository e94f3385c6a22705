//! Corrections a reader makes to an analysis — a statement's speaker reassigned, a wrong
//! statement removed, a missed one added from selected text, two speakers merged, issues of
//! their own added, renamed, merged or removed — kept as a list of edits that can be undone and
//! redone, stored per article, and applied to the engine's analysis before anything is shown or
//! exported. Pure Rust: tested natively.

use quotelens_engine::issues::OTHER;
use quotelens_engine::{
    Analysis, IssueMatcher, Run, Span, Statement, StatementKind, Taxonomy, TaxonomyIssue,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// The statement is by this speaker (None: the text does not say).
    Reassign {
        statement: String,
        speaker: Option<String>,
    },
    /// The statement is not one.
    Remove {
        statement: String,
    },
    /// Two speakers are one: `from` becomes `into`.
    Merge {
        from: String,
        into: String,
    },
    /// A statement the engine missed: the words the reader selected (code points, half-open,
    /// within one paragraph) and who said them.
    AddStatement {
        start: usize,
        end: usize,
        speaker: Option<String>,
    },
    /// An issue of the reader's own, found in statements by its words (stems, any case).
    AddIssue {
        label: String,
        words: Vec<String>,
    },
    RenameIssue {
        issue: String,
        label: String,
    },
    /// Statements of `from` speak to `into`; `from` goes.
    MergeIssues {
        from: String,
        into: String,
    },
    RemoveIssue {
        issue: String,
    },
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

/// The id an added issue gets: from its label, unique in the analysis.
fn new_issue_id(analysis: &Analysis, label: &str) -> String {
    let base = format!("my-{}", quotelens_engine::slug(label));
    let mut id = base.clone();
    let mut n = 2;
    while analysis.issues.iter().any(|i| i.id == id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// The analysis with the edits applied, in order. `taxonomy` is the one the analysis was made
/// with: a statement the reader adds is tagged by it and by the issues the reader added.
pub fn apply(analysis: &Analysis, edits: &[Edit], taxonomy: &Taxonomy) -> Analysis {
    let mut out = analysis.clone();
    // The reader's own issues so far, as a taxonomy for tagging added statements.
    let mut own = Taxonomy {
        name: String::new(),
        about: String::new(),
        issues: Vec::new(),
    };
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
                    target.mentions.sort_unstable_by_key(|m| (m.start, m.end));
                    target.role = target.role.clone().or(merged.role);
                    target.affiliation = target.affiliation.clone().or(merged.affiliation);
                }
                for s in &mut out.statements {
                    if s.speaker.as_ref() == Some(from) {
                        s.speaker = Some(into.clone());
                    }
                }
            }
            Edit::AddStatement {
                start,
                end,
                speaker,
            } => add_statement(&mut out, *start, *end, speaker.as_deref(), taxonomy, &own),
            Edit::AddIssue { label, words } => {
                let label = label.trim();
                // A list of issues loaded later may already hold it.
                let known = out
                    .issues
                    .iter()
                    .any(|i| i.label.eq_ignore_ascii_case(label));
                if label.is_empty() || words.is_empty() || known {
                    continue;
                }
                let id = new_issue_id(&out, label);
                let issue = TaxonomyIssue {
                    id: id.clone(),
                    label: label.to_string(),
                    description: String::new(),
                    cues: words.clone(),
                    near: Vec::new(),
                };
                let matcher = IssueMatcher::new(&Taxonomy {
                    name: String::new(),
                    about: String::new(),
                    issues: vec![issue.clone()],
                });
                for s in &mut out.statements {
                    if !matcher.issues_in(&s.content.text).is_empty() {
                        s.issues.push(id.clone());
                    }
                }
                insert_issue(
                    &mut out,
                    quotelens_engine::Issue {
                        id,
                        label: label.to_string(),
                    },
                );
                own.issues.push(issue);
            }
            Edit::RenameIssue { issue, label } => {
                if let Some(i) = out.issues.iter_mut().find(|i| &i.id == issue) {
                    if !label.trim().is_empty() {
                        i.label = label.trim().to_string();
                    }
                }
            }
            Edit::MergeIssues { from, into } => {
                if from == into || !out.issues.iter().any(|i| &i.id == into) {
                    continue;
                }
                out.issues.retain(|i| &i.id != from);
                for s in &mut out.statements {
                    if let Some(position) = s.issues.iter().position(|i| i == from) {
                        s.issues.remove(position);
                        if !s.issues.contains(into) {
                            s.issues.push(into.clone());
                        }
                    }
                }
            }
            Edit::RemoveIssue { issue } => {
                out.issues.retain(|i| &i.id != issue);
                for s in &mut out.statements {
                    s.issues.retain(|i| i != issue);
                }
            }
        }
    }
    tidy_issues(&mut out);
    out
}

/// Lists an issue before "Other", which stays last.
fn insert_issue(analysis: &mut Analysis, issue: quotelens_engine::Issue) {
    let at = analysis
        .issues
        .iter()
        .position(|i| i.id == OTHER)
        .unwrap_or(analysis.issues.len());
    analysis.issues.insert(at, issue);
}

/// Every statement speaks to some issue or to "Other", and "Other" is listed when used.
fn tidy_issues(analysis: &mut Analysis) {
    let known: Vec<String> = analysis.issues.iter().map(|i| i.id.clone()).collect();
    let mut other_used = false;
    for s in &mut analysis.statements {
        s.issues.retain(|i| known.contains(i));
        if s.issues.len() > 1 {
            s.issues.retain(|i| i != OTHER);
        }
        if s.issues.is_empty() {
            s.issues.push(OTHER.to_string());
        }
        other_used |= s.issues.iter().any(|i| i == OTHER);
    }
    let listed = analysis.issues.iter().any(|i| i.id == OTHER);
    if other_used && !listed {
        analysis.issues.push(quotelens_engine::Issue {
            id: OTHER.to_string(),
            label: "Other".to_string(),
        });
    } else if !other_used && listed {
        analysis.issues.retain(|i| i.id != OTHER);
    }
}

/// Quotation marks, for the kind of an added statement.
fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '“' | '”' | '„' | '«' | '»' | '‹' | '›' | '‘' | '’' | '\''
    )
}

fn add_statement(
    out: &mut Analysis,
    start: usize,
    end: usize,
    speaker: Option<&str>,
    taxonomy: &Taxonomy,
    own: &Taxonomy,
) {
    let Some(paragraph) = out
        .paragraphs
        .iter()
        .position(|p| p.start <= start && start < p.end)
    else {
        return;
    };
    let para = &out.paragraphs[paragraph];
    let end = end.min(para.end);
    let text: String = para
        .text
        .chars()
        .skip(start - para.start)
        .take(end.saturating_sub(start))
        .collect();
    if text.trim().is_empty() {
        return;
    }
    let id = format!("added-{start}");
    if out.statements.iter().any(|s| s.id == id) {
        return;
    }
    let trimmed = text.trim();
    let kind = if trimmed.starts_with(is_quote_mark) && trimmed.ends_with(is_quote_mark) {
        StatementKind::Direct
    } else if trimmed.contains(['"', '“', '”', '„', '«', '»']) {
        StatementKind::Mixed
    } else {
        StatementKind::Indirect
    };
    let mut issues: Vec<String> = IssueMatcher::new(taxonomy)
        .issues_in(&text)
        .into_iter()
        .map(|i| taxonomy.issues[i].id.clone())
        .collect();
    issues.extend(
        IssueMatcher::new(own)
            .issues_in(&text)
            .into_iter()
            .map(|i| own.issues[i].id.clone()),
    );
    for id in &issues {
        if !out.issues.iter().any(|i| &i.id == id) {
            if let Some(issue) = taxonomy.issues.iter().find(|i| &i.id == id) {
                insert_issue(
                    out,
                    quotelens_engine::Issue {
                        id: id.clone(),
                        label: issue.label.clone(),
                    },
                );
            }
        }
    }
    let speaker = speaker
        .filter(|id| out.speaker(id).is_some())
        .map(String::from);
    let statement = Statement {
        id: id.clone(),
        kind,
        speaker,
        source: None,
        cue: None,
        content: Span { start, end, text },
        fragments: Vec::new(),
        continues: None,
        issues,
        paragraph,
    };
    let at = out
        .statements
        .iter()
        .position(|s| s.content.start > start)
        .unwrap_or(out.statements.len());
    out.statements.insert(at, statement);
    cover_runs(&mut out.runs, start, end, &id);
}

/// Cuts the runs at `start` and `end` and lists the statement on those between.
fn cover_runs(runs: &mut Vec<Run>, start: usize, end: usize, id: &str) {
    let mut result = Vec::with_capacity(runs.len() + 2);
    for run in runs.drain(..) {
        if run.end <= start || run.start >= end {
            result.push(run);
            continue;
        }
        let mut cuts = vec![run.start];
        for cut in [start, end] {
            if run.start < cut && cut < run.end {
                cuts.push(cut);
            }
        }
        cuts.push(run.end);
        let chars: Vec<char> = run.text.chars().collect();
        for pair in cuts.windows(2) {
            let mut piece = Run {
                start: pair[0],
                end: pair[1],
                text: chars[pair[0] - run.start..pair[1] - run.start]
                    .iter()
                    .collect(),
                paragraph: run.paragraph,
                statements: run.statements.clone(),
                sources: run.sources.clone(),
            };
            if start <= piece.start && piece.end <= end {
                piece.statements.push(id.to_string());
            }
            result.push(piece);
        }
    }
    *runs = result;
}

/// The reader's issues as a taxonomy, to export and load again: the taxonomy the analysis was
/// made with, the themes discovered in the article (named by their phrase), and the reader's
/// edits. `analysis` is the engine's, before the edits.
pub fn own_taxonomy(taxonomy: &Taxonomy, analysis: &Analysis, edits: &[Edit]) -> Taxonomy {
    let mut issues = taxonomy.issues.clone();
    for issue in &analysis.issues {
        if issue.id != OTHER && !issues.iter().any(|i| i.id == issue.id) {
            issues.push(TaxonomyIssue {
                id: issue.id.clone(),
                label: issue.label.clone(),
                description: "a theme found in an article".to_string(),
                cues: vec![issue.label.clone()],
                near: Vec::new(),
            });
        }
    }
    let mut scratch = analysis.clone();
    for edit in edits {
        match edit {
            Edit::AddIssue { label, words }
                if !label.trim().is_empty()
                    && !words.is_empty()
                    && !issues
                        .iter()
                        .any(|i| i.label.eq_ignore_ascii_case(label.trim())) =>
            {
                let id = new_issue_id(&scratch, label.trim());
                scratch.issues.push(quotelens_engine::Issue {
                    id: id.clone(),
                    label: label.trim().to_string(),
                });
                if !issues.iter().any(|i| i.id == id) {
                    issues.push(TaxonomyIssue {
                        id,
                        label: label.trim().to_string(),
                        description: "added by a reader".to_string(),
                        cues: words.clone(),
                        near: Vec::new(),
                    });
                }
            }
            Edit::RenameIssue { issue, label } => {
                if let Some(i) = issues.iter_mut().find(|i| &i.id == issue) {
                    i.label = label.trim().to_string();
                }
            }
            Edit::MergeIssues { from, into } if from != into => {
                if let Some(position) = issues.iter().position(|i| &i.id == from) {
                    if issues.iter().any(|i| &i.id == into) {
                        let merged = issues.remove(position);
                        if let Some(target) = issues.iter_mut().find(|i| &i.id == into) {
                            target.cues.extend(merged.cues);
                            target.near.extend(merged.near);
                        }
                    }
                }
            }
            Edit::RemoveIssue { issue } => issues.retain(|i| &i.id != issue),
            _ => {}
        }
    }
    Taxonomy {
        name: "My issues".to_string(),
        about: "Exported from quotelens: a taxonomy in the format of docs/issues-format.md"
            .to_string(),
        issues,
    }
}

/// Tabs and line breaks would end a stored field.
fn field(text: &str) -> String {
    text.replace(['\t', '\n', '\r', '|'], " ")
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
            Edit::AddStatement {
                start,
                end,
                speaker,
            } => format!(
                "add-statement\t{start}\t{end}\t{}",
                speaker.as_deref().unwrap_or("")
            ),
            Edit::AddIssue { label, words } => format!(
                "add-issue\t{}\t{}",
                field(label),
                words.iter().map(|w| field(w)).collect::<Vec<_>>().join("|")
            ),
            Edit::RenameIssue { issue, label } => {
                format!("rename-issue\t{issue}\t{}", field(label))
            }
            Edit::MergeIssues { from, into } => format!("merge-issues\t{from}\t{into}"),
            Edit::RemoveIssue { issue } => format!("remove-issue\t{issue}"),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Reads stored edits; lines it does not understand are skipped.
pub fn decode(text: &str) -> Vec<Edit> {
    text.lines()
        .filter_map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            let owned = |s: &str| s.to_string();
            let optional = |s: &str| Some(s.to_string()).filter(|s| !s.is_empty());
            match fields.as_slice() {
                ["reassign", statement, speaker] => Some(Edit::Reassign {
                    statement: owned(statement),
                    speaker: optional(speaker),
                }),
                ["remove", statement] => Some(Edit::Remove {
                    statement: owned(statement),
                }),
                ["merge", from, into] => Some(Edit::Merge {
                    from: owned(from),
                    into: owned(into),
                }),
                ["add-statement", start, end, speaker] => Some(Edit::AddStatement {
                    start: start.parse().ok()?,
                    end: end.parse().ok()?,
                    speaker: optional(speaker),
                }),
                ["add-issue", label, words] => Some(Edit::AddIssue {
                    label: owned(label),
                    words: words
                        .split('|')
                        .filter(|w| !w.trim().is_empty())
                        .map(owned)
                        .collect(),
                }),
                ["rename-issue", issue, label] => Some(Edit::RenameIssue {
                    issue: owned(issue),
                    label: owned(label),
                }),
                ["merge-issues", from, into] => Some(Edit::MergeIssues {
                    from: owned(from),
                    into: owned(into),
                }),
                ["remove-issue", issue] => Some(Edit::RemoveIssue {
                    issue: owned(issue),
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

    fn run(analysis: &Analysis, edits: &[Edit]) -> Analysis {
        apply(
            analysis,
            edits,
            quotelens_engine::issues::builtin_taxonomy(),
        )
    }

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
        let reassigned = run(
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
        let removed = run(
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
        let merged = run(
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
            Edit::AddStatement {
                start: 3,
                end: 9,
                speaker: None,
            },
            Edit::AddStatement {
                start: 30,
                end: 90,
                speaker: Some("jane-doe".into()),
            },
            Edit::AddIssue {
                label: "Fish stocks".into(),
                words: vec!["cod".into(), "fishing quota".into()],
            },
            Edit::RenameIssue {
                issue: "sanctions".into(),
                label: "Penalties".into(),
            },
            Edit::MergeIssues {
                from: "a".into(),
                into: "b".into(),
            },
            Edit::RemoveIssue {
                issue: "energy".into(),
            },
        ];
        assert_eq!(decode(&encode(&edits)), edits);
        assert_ne!(text_key("a"), text_key("b"));
    }

    #[test]
    fn stored_fields_cannot_break_a_line() {
        let edits = vec![Edit::AddIssue {
            label: "a\tb\nc".into(),
            words: vec!["x|y".into()],
        }];
        let decoded = decode(&encode(&edits));
        assert_eq!(
            decoded,
            vec![Edit::AddIssue {
                label: "a b c".into(),
                words: vec!["x y".into()],
            }]
        );
    }

    fn fishing() -> Analysis {
        quotelens_engine::analyze(
            "Quota talks stall\nMinister Ann Berg said the cod catch must fall by a third.\n\
             “Our boats cannot wait,” said Per Holm, who leads the fishermen’s union.\n\
             Berg added that sanctions against foreign trawlers remained possible.\n\
             The harbour was quiet on Monday, and nets dried in the sun.",
            &Default::default(),
        )
    }

    #[test]
    fn an_added_issue_tags_the_statements_with_its_words() {
        let analysis = fishing();
        let out = run(
            &analysis,
            &[Edit::AddIssue {
                label: "Fish stocks".into(),
                words: vec!["cod".into(), "boat".into()],
            }],
        );
        let issue = out
            .issues
            .iter()
            .find(|i| i.label == "Fish stocks")
            .unwrap();
        assert_eq!(issue.id, "my-fish-stocks");
        let tagged: Vec<&str> = out
            .statements
            .iter()
            .filter(|s| s.issues.contains(&issue.id))
            .map(|s| s.content.text.as_str())
            .collect();
        assert_eq!(tagged.len(), 2, "{tagged:?}");
        assert!(tagged[1].contains("boats"), "inflection: boat/boats");
        assert!(out
            .statements
            .iter()
            .all(|s| s.issues.len() == 1 || !s.issues.contains(&OTHER.to_string())));
    }

    #[test]
    fn renamed_merged_and_removed_issues() {
        let analysis = fishing();
        let sanctions = "sanctions".to_string();
        assert!(analysis.issues.iter().any(|i| i.id == sanctions));
        let renamed = run(
            &analysis,
            &[Edit::RenameIssue {
                issue: sanctions.clone(),
                label: "Penalties".into(),
            }],
        );
        assert_eq!(
            renamed
                .issues
                .iter()
                .find(|i| i.id == sanctions)
                .unwrap()
                .label,
            "Penalties"
        );
        let add = Edit::AddIssue {
            label: "Fish stocks".into(),
            words: vec!["cod".into()],
        };
        let merged = run(
            &analysis,
            &[
                add.clone(),
                Edit::MergeIssues {
                    from: sanctions.clone(),
                    into: "my-fish-stocks".into(),
                },
            ],
        );
        assert!(!merged.issues.iter().any(|i| i.id == sanctions));
        assert_eq!(
            merged
                .statements
                .iter()
                .filter(|s| s.issues.contains(&"my-fish-stocks".to_string()))
                .count(),
            2
        );
        let removed = run(
            &analysis,
            &[Edit::RemoveIssue {
                issue: sanctions.clone(),
            }],
        );
        assert!(removed
            .statements
            .iter()
            .all(|s| !s.issues.is_empty() && !s.issues.contains(&sanctions)));
        assert!(removed.issues.iter().any(|i| i.id == OTHER));
        // The reader's issues export as a taxonomy that tags the same way when loaded.
        let edits = [
            add,
            Edit::RemoveIssue {
                issue: sanctions.clone(),
            },
        ];
        let taxonomy = own_taxonomy(
            quotelens_engine::issues::builtin_taxonomy(),
            &analysis,
            &edits,
        );
        let taxonomy = Taxonomy::from_json(&taxonomy.to_json()).unwrap();
        assert!(!taxonomy.issues.iter().any(|i| i.id == sanctions));
        let again = quotelens_engine::analyze(
            &analysis
                .paragraphs
                .iter()
                .map(|p| p.text.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
            &quotelens_engine::Config {
                taxonomy: Some(taxonomy),
                discover_issues: false,
                ..Default::default()
            },
        );
        assert_eq!(
            again
                .statements
                .iter()
                .filter(|s| s.issues.contains(&"my-fish-stocks".to_string()))
                .count(),
            1,
            "the cod statement"
        );
    }

    #[test]
    fn an_added_statement_is_highlighted_and_kept_in_text_order() {
        let analysis = fishing();
        let paragraph = &analysis.paragraphs[4];
        let start = paragraph.start;
        let end = start + "The harbour was quiet on Monday".chars().count();
        let berg = analysis.speakers[0].id.clone();
        let out = run(
            &analysis,
            &[Edit::AddStatement {
                start,
                end,
                speaker: Some(berg.clone()),
            }],
        );
        let added = out.statements.last().unwrap();
        assert_eq!(added.content.text, "The harbour was quiet on Monday");
        assert_eq!(added.kind, StatementKind::Indirect);
        assert_eq!(added.speaker.as_ref(), Some(&berg));
        assert_eq!(added.paragraph, 4);
        let covered: String = out
            .runs
            .iter()
            .filter(|r| r.statements.contains(&added.id))
            .map(|r| r.text.as_str())
            .collect();
        assert_eq!(covered, added.content.text);
        // Runs stay flat and cover the text exactly as before.
        let before: String = analysis.runs.iter().map(|r| r.text.as_str()).collect();
        let after: String = out.runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(before, after);
        assert!(out.runs.windows(2).all(|w| w[0].end <= w[1].start));
        // A selection inside a quotation is direct; the order follows the text.
        let quote = &analysis.paragraphs[2];
        let out = run(
            &analysis,
            &[Edit::AddStatement {
                start: quote.start,
                end: quote.start + "“Our boats cannot wait,”".chars().count(),
                speaker: None,
            }],
        );
        let position = out
            .statements
            .iter()
            .position(|s| s.id.starts_with("added-"))
            .unwrap();
        assert_eq!(out.statements[position].kind, StatementKind::Direct);
        assert!(out
            .statements
            .windows(2)
            .all(|w| w[0].content.start <= w[1].content.start));
    }
}
