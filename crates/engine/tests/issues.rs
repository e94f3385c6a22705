//! Issue tagging: cue matching, context from the framing sentence, the built-in taxonomy on
//! two foreign-affairs articles, and theme discovery on articles outside it.

use quotelens_engine::issues::{stem, stems, Taxonomy};
use quotelens_engine::{analyze, Analysis, Config};
use serde_json::Value;

fn taxonomy(json: &str) -> Config {
    Config {
        taxonomy: Some(Taxonomy::from_json(json).expect("valid taxonomy")),
        discover_issues: false,
        ..Default::default()
    }
}

const SMALL: &str = r#"{"issues": [
  {"id": "troops", "label": "Troops", "cues": ["troop", "deploy", "eastern flank"]},
  {"id": "treaty", "label": "Treaties", "cues": ["treaty"]},
  {"id": "join", "label": "Joining", "near": [{"words": ["join"], "then": ["alliance"]}]}
]}"#;

fn issues_of(text: &str, config: &Config) -> Vec<Vec<String>> {
    analyze(text, config)
        .statements
        .into_iter()
        .map(|s| s.issues)
        .collect()
}

#[test]
fn cues_match_across_inflections_and_case() {
    let config = taxonomy(SMALL);
    let cases = [
        (
            "Headline\nJane Doe said that more TROOPS were coming.",
            "troops",
        ),
        (
            "Headline\nJane Doe said that the army was deploying quickly.",
            "troops",
        ),
        (
            "Headline\nJane Doe said that brigades had been deployed.",
            "troops",
        ),
        (
            "Headline\nJane Doe said that both treaties were dead.",
            "treaty",
        ),
        (
            "Headline\nJane Doe said that the Treaty was dead.",
            "treaty",
        ),
        (
            "Headline\nJane Doe said that Finland would join the military alliance soon.",
            "join",
        ),
    ];
    for (text, issue) in cases {
        assert_eq!(
            issues_of(text, &config),
            vec![vec![issue.to_string()]],
            "{text}"
        );
    }
    assert_eq!(stem("deploying"), stem("deployed"));
    assert_eq!(stem("treaties"), stem("treaty"));
}

#[test]
fn phrases_match_across_line_breaks_and_order_matters_for_near_cues() {
    let config = taxonomy(SMALL);
    // A quotation running over two paragraphs: the phrase is split by the break.
    let text =
        "Headline\nJane Doe said: “We will guard the eastern\n“flank with everything we have.”";
    assert_eq!(issues_of(text, &config), vec![vec!["troops".to_string()]]);
    assert_eq!(stems("eastern\nflank"), vec!["eastern", "flank"]);
    let reversed = "Headline\nJane Doe said that the alliance would not let Sweden join.";
    assert_eq!(
        issues_of(reversed, &config),
        vec![vec!["other".to_string()]]
    );
}

#[test]
fn the_framing_sentence_lends_its_issue_to_the_statement() {
    let config = taxonomy(SMALL);
    let text =
        "Headline\nJane Doe has criticized the new treaty, saying that it was written in haste.";
    let analysis = analyze(text, &config);
    assert_eq!(analysis.statements.len(), 1);
    assert_eq!(
        analysis.statements[0].content.text,
        "it was written in haste"
    );
    assert_eq!(analysis.statements[0].issues, vec!["treaty".to_string()]);
}

#[test]
fn a_taxonomy_round_trips_through_json_and_bad_ones_are_explained() {
    let builtin = Taxonomy::builtin();
    assert_eq!(Taxonomy::from_json(&builtin.to_json()).unwrap(), builtin);
    let duplicate = r#"{"issues": [{"id": "a", "label": "A"}, {"id": "a", "label": "B"}]}"#;
    assert!(Taxonomy::from_json(duplicate)
        .unwrap_err()
        .contains("twice"));
    assert!(Taxonomy::from_json("{").unwrap_err().contains("not valid"));
}

/// Issue F1 over statements matched by a piece of their content.
fn issue_f1(
    analysis: &Analysis,
    expected: &[(String, Vec<String>, Vec<String>)],
) -> (f64, Vec<String>) {
    let (mut tp, mut fp, mut fneg) = (0usize, 0usize, 0usize);
    let mut report = Vec::new();
    for (contains, wanted, accepted) in expected {
        let Some(statement) = analysis
            .statements
            .iter()
            .find(|s| s.content.text.contains(contains.as_str()))
        else {
            fneg += wanted.len();
            report.push(format!("not found: {contains}"));
            continue;
        };
        let got: Vec<&String> = statement.issues.iter().filter(|i| *i != "other").collect();
        tp += wanted.iter().filter(|w| got.contains(w)).count();
        fneg += wanted.iter().filter(|w| !got.contains(w)).count();
        fp += got
            .iter()
            .filter(|g| !wanted.contains(g) && !accepted.contains(g))
            .count();
        report.push(format!("{contains}: got {got:?}, wanted {wanted:?}"));
    }
    let precision = tp as f64 / (tp + fp).max(1) as f64;
    let recall = tp as f64 / (tp + fneg).max(1) as f64;
    (
        2.0 * precision * recall / (precision + recall).max(f64::EPSILON),
        report,
    )
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn the_built_in_taxonomy_tags_the_seed_article_as_a_reader_does() {
    let gold: Value =
        serde_json::from_str(include_str!("../../../tests/fixtures/seed-gold.json")).unwrap();
    let expected: Vec<(String, Vec<String>, Vec<String>)> = gold["statements"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["required"] == true)
        .map(|s| {
            (
                s["content"].as_str().unwrap().to_string(),
                strings(&s["issues"]),
                strings(&s["issues_also_accepted"]),
            )
        })
        .collect();
    let analysis = analyze(quotelens_engine::SEED_ARTICLE, &Config::default());
    let (f1, report) = issue_f1(&analysis, &expected);
    assert!(f1 >= 0.9, "seed issue F1 {f1:.2}\n{}", report.join("\n"));
}

#[test]
fn the_built_in_taxonomy_tags_a_second_foreign_affairs_article() {
    let fixture: Value = serde_json::from_str(include_str!("fixtures/arctic.json")).unwrap();
    let text = fixture["text"].as_str().unwrap();
    assert!(text.split_whitespace().count() >= 400);
    let expected: Vec<(String, Vec<String>, Vec<String>)> = fixture["statements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (
                s["contains"].as_str().unwrap().to_string(),
                strings(&s["issues"]),
                Vec::new(),
            )
        })
        .collect();
    let analysis = analyze(text, &Config::default());
    let (f1, report) = issue_f1(&analysis, &expected);
    println!("arctic issue F1 {f1:.2}\n{}", report.join("\n"));
    assert!(f1 >= 0.8, "issue F1 {f1:.2}\n{}", report.join("\n"));
}

#[test]
fn discovery_names_at_least_two_planted_themes_in_each_article() {
    let fixture: Value = serde_json::from_str(include_str!("fixtures/discovery.json")).unwrap();
    let config = Config {
        taxonomy: None,
        discover_issues: true,
        ..Default::default()
    };
    for article in fixture["articles"].as_array().unwrap() {
        let text = article["text"].as_str().unwrap();
        assert!(text.split_whitespace().count() >= 300);
        let analysis = analyze(text, &config);
        let labels: Vec<String> = analysis
            .issues
            .iter()
            .filter(|i| i.id.starts_with("theme-"))
            .map(|i| i.label.to_lowercase())
            .collect();
        assert!(
            (3..=8).contains(&labels.len()) || labels.len() < 3 && !labels.is_empty(),
            "{labels:?}"
        );
        let speakers: Vec<String> = analysis
            .speakers
            .iter()
            .map(|s| s.name.to_lowercase())
            .collect();
        for label in &labels {
            assert!(
                !speakers.iter().any(|s| s
                    .split_whitespace()
                    .any(|w| label.split_whitespace().any(|l| l == w))),
                "theme {label:?} is a speaker's name"
            );
        }
        let found = article["themes"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|names| strings(names).iter().any(|n| labels.iter().any(|l| l == n)))
            .count();
        println!(
            "{}: themes {labels:?}, planted found {found}/3",
            article["name"]
        );
        assert!(
            found >= 2,
            "{}: found {found} of the planted themes in {labels:?}",
            article["name"]
        );
        // Every statement has an issue (a theme or "Other").
        assert!(analysis.statements.iter().all(|s| !s.issues.is_empty()));
    }
}

#[test]
fn the_compiled_built_in_taxonomy_is_the_data_file() {
    let from_file = Taxonomy::from_json(include_str!("../data/taxonomy.json")).unwrap();
    assert_eq!(Taxonomy::builtin(), from_file);
    assert!(from_file.issues.len() >= 15);
}
