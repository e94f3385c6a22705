//! The explorer's view state: filters, selection and theme. Pure Rust (no Yew, no DOM) so it
//! is tested natively; the UI turns it into markup and the URL.

use std::collections::BTreeSet;

use quotelens_engine::{Analysis, Statement, StatementKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow prefers-color-scheme.
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn parse(value: &str) -> Theme {
        match value {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::System,
        }
    }
}

/// What the reader has chosen to see.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct View {
    pub speakers: BTreeSet<String>,
    pub issues: BTreeSet<String>,
    pub kinds: BTreeSet<String>,
    pub search: String,
    pub selected: Option<String>,
    /// Hide non-matching statements' highlights instead of dimming them.
    pub only_matching: bool,
    pub theme: Theme,
}

/// Every change the UI can make to the view.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    ToggleSpeaker(String),
    ToggleIssue(String),
    ToggleKind(String),
    SetSearch(String),
    /// Sets one speaker and one issue (a click on the matrix).
    SetCell {
        speaker: String,
        issue: String,
    },
    Select(Option<String>),
    ClearFilters,
    SetOnlyMatching(bool),
    SetTheme(Theme),
    /// Replaces the whole view (from the URL, on back and forward).
    Replace(View),
    /// An embedder's filters; a field left out keeps its value.
    SetFilters {
        speakers: Option<Vec<String>>,
        issues: Option<Vec<String>>,
        kinds: Option<Vec<String>>,
        search: Option<String>,
    },
}

fn toggle(set: &mut BTreeSet<String>, value: String) {
    if !set.remove(&value) {
        set.insert(value);
    }
}

impl View {
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::ToggleSpeaker(id) => toggle(&mut self.speakers, id),
            Action::ToggleIssue(id) => toggle(&mut self.issues, id),
            Action::ToggleKind(kind) => toggle(&mut self.kinds, kind),
            Action::SetSearch(text) => self.search = text,
            Action::SetCell { speaker, issue } => {
                self.speakers = BTreeSet::from([speaker]);
                self.issues = BTreeSet::from([issue]);
            }
            Action::Select(id) => self.selected = id,
            Action::ClearFilters => {
                self.speakers.clear();
                self.issues.clear();
                self.kinds.clear();
                self.search.clear();
            }
            Action::SetOnlyMatching(on) => self.only_matching = on,
            Action::SetTheme(theme) => self.theme = theme,
            Action::Replace(view) => *self = view,
            Action::SetFilters {
                speakers,
                issues,
                kinds,
                search,
            } => *self = self.with_filters(&speakers, &issues, &kinds, &search),
        }
    }

    pub fn is_filtering(&self) -> bool {
        !(self.speakers.is_empty()
            && self.issues.is_empty()
            && self.kinds.is_empty()
            && self.search.trim().is_empty())
    }

    /// Does the statement pass every filter?
    pub fn fits(&self, statement: &Statement) -> bool {
        self.fits_except(statement, None)
    }

    /// Does the statement pass every filter but one (for counts that follow the other filters)?
    pub fn fits_except(&self, statement: &Statement, except: Option<Facet>) -> bool {
        let speaker_ok = except == Some(Facet::Speaker)
            || self.speakers.is_empty()
            || statement
                .speaker
                .as_ref()
                .is_some_and(|s| self.speakers.contains(s))
            || statement.speaker.is_none() && self.speakers.contains(UNATTRIBUTED);
        let issue_ok = except == Some(Facet::Issue)
            || self.issues.is_empty()
            || statement.issues.iter().any(|i| self.issues.contains(i));
        let kind_ok = except == Some(Facet::Kind)
            || self.kinds.is_empty()
            || self.kinds.contains(statement.kind.as_str());
        let search = self.search.trim().to_lowercase();
        let search_ok = except == Some(Facet::Search)
            || search.is_empty()
            || statement.content.text.to_lowercase().contains(&search);
        speaker_ok && issue_ok && kind_ok && search_ok
    }

    /// The view as URL query pairs (only what differs from the default).
    pub fn to_query(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        let join = |set: &BTreeSet<String>| set.iter().cloned().collect::<Vec<_>>().join(",");
        if !self.speakers.is_empty() {
            pairs.push(("speakers", join(&self.speakers)));
        }
        if !self.issues.is_empty() {
            pairs.push(("issues", join(&self.issues)));
        }
        if !self.kinds.is_empty() {
            pairs.push(("kinds", join(&self.kinds)));
        }
        if !self.search.is_empty() {
            pairs.push(("q", self.search.clone()));
        }
        if let Some(selected) = &self.selected {
            pairs.push(("statement", selected.clone()));
        }
        if self.only_matching {
            pairs.push(("only", "1".into()));
        }
        if self.theme != Theme::System {
            pairs.push(("theme", self.theme.as_str().into()));
        }
        pairs
    }

    /// Reads a view from URL query pairs; unknown keys are ignored.
    pub fn from_query<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> View {
        let mut view = View::default();
        let split = |value: &str| {
            value
                .split(',')
                .filter(|v| !v.is_empty())
                .map(str::to_string)
                .collect()
        };
        for (key, value) in pairs {
            match key {
                "speakers" => view.speakers = split(value),
                "issues" => view.issues = split(value),
                "kinds" => view.kinds = split(value),
                "q" => view.search = value.to_string(),
                "statement" => view.selected = Some(value.to_string()).filter(|v| !v.is_empty()),
                "only" => view.only_matching = value == "1",
                "theme" => view.theme = Theme::parse(value),
                _ => {}
            }
        }
        view
    }
}

/// The filter value for statements whose speaker the text does not name.
pub const UNATTRIBUTED: &str = "unattributed";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    Speaker,
    Issue,
    Kind,
    Search,
}

pub const KINDS: [StatementKind; 3] = [
    StatementKind::Direct,
    StatementKind::Mixed,
    StatementKind::Indirect,
];

/// Statement ids in text order, for next/previous navigation.
pub fn next_statement(analysis: &Analysis, view: &View, forward: bool) -> Option<String> {
    let visible: Vec<&Statement> = analysis
        .statements
        .iter()
        .filter(|s| view.fits(s))
        .collect();
    if visible.is_empty() {
        return None;
    }
    let current = view
        .selected
        .as_ref()
        .and_then(|id| visible.iter().position(|s| &s.id == id));
    let index = match (current, forward) {
        (None, true) => 0,
        (None, false) => visible.len() - 1,
        (Some(i), true) => (i + 1).min(visible.len() - 1),
        (Some(i), false) => i.saturating_sub(1),
    };
    Some(visible[index].id.clone())
}

/// The colour slot (0..12) of each speaker, in order of first statement.
pub fn colour_slot(analysis: &Analysis, speaker: Option<&str>) -> usize {
    match speaker {
        Some(id) => analysis
            .speakers
            .iter()
            .position(|s| s.id == id)
            .map_or(12, |i| i % 12),
        None => 12,
    }
}

/// Initials for a speaker's name tag: "Antony Blinken" -> "AB".
pub fn initials(name: &str) -> String {
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .collect();
    let pick: Vec<&str> = match words.len() {
        0 => name.split_whitespace().take(1).collect(),
        1 => words,
        n => vec![words[0], words[n - 1]],
    };
    pick.iter()
        .filter_map(|w| w.chars().next())
        .collect::<String>()
        .to_uppercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_round_trips_the_view() {
        let mut view = View::default();
        view.apply(Action::ToggleSpeaker("jane-doe".into()));
        view.apply(Action::ToggleSpeaker("russia".into()));
        view.apply(Action::ToggleIssue("sanctions".into()));
        view.apply(Action::SetSearch("border, east".into()));
        view.apply(Action::Select(Some("s4".into())));
        view.apply(Action::SetTheme(Theme::Dark));
        let pairs = view.to_query();
        let back = View::from_query(pairs.iter().map(|(k, v)| (*k, v.as_str())));
        assert_eq!(back, view);
    }

    #[test]
    fn filters_combine_and_counts_ignore_their_own_facet() {
        let analysis = quotelens_engine::analyze(
            "Headline\nJane Doe said that sanctions would follow.\n“We will not give in,” John Roe said.",
            &Default::default(),
        );
        assert_eq!(analysis.statements.len(), 2);
        let mut view = View::default();
        view.apply(Action::ToggleKind("direct".into()));
        let fitting: Vec<_> = analysis
            .statements
            .iter()
            .filter(|s| view.fits(s))
            .collect();
        assert_eq!(fitting.len(), 1);
        assert_eq!(fitting[0].kind, StatementKind::Direct);
        assert_eq!(
            analysis
                .statements
                .iter()
                .filter(|s| view.fits_except(s, Some(Facet::Kind)))
                .count(),
            2
        );
        view.apply(Action::ClearFilters);
        assert!(!view.is_filtering());
    }

    #[test]
    fn initials_take_first_and_last_capitalised_words() {
        assert_eq!(initials("Antony Blinken"), "AB");
        assert_eq!(initials("Russia"), "R");
        assert_eq!(initials("a spokesman"), "A");
    }
}
