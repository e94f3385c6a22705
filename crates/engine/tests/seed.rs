//! The built-in article against the project's copy of its careful reading: exactly its
//! speakers, with their roles and affiliations, and every required statement's speaker and kind.

use std::collections::BTreeSet;

use quotelens_engine::{analyze, Config, SEED_ARTICLE};
use serde_json::Value;

#[test]
fn the_seed_article_has_exactly_the_speakers_of_its_reading() {
    let gold: Value =
        serde_json::from_str(include_str!("../../../tests/fixtures/seed-gold.json")).unwrap();
    let analysis = analyze(SEED_ARTICLE, &Config::default());
    let ids: BTreeSet<&str> = analysis.speakers.iter().map(|s| s.id.as_str()).collect();
    let expected: BTreeSet<&str> = gold["speakers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, expected);
    for speaker in gold["speakers"].as_array().unwrap() {
        let found = analysis.speaker(speaker["id"].as_str().unwrap()).unwrap();
        assert_eq!(found.name, speaker["name"].as_str().unwrap());
        assert_eq!(
            found.role.as_deref(),
            speaker["role"].as_str(),
            "role of {}",
            found.name
        );
        // The reading leaves Biden's and Putin's affiliation unstated; the engine may too.
        if let Some(affiliation) = speaker["affiliation"].as_str() {
            assert_eq!(
                found.affiliation.as_deref(),
                Some(affiliation),
                "affiliation of {}",
                found.name
            );
        }
    }
    for statement in gold["statements"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["required"] == true)
    {
        let content = statement["content"].as_str().unwrap();
        let found = analysis
            .statements
            .iter()
            .find(|s| s.content.text == content)
            .unwrap_or_else(|| panic!("not found: {content}"));
        assert_eq!(
            found.speaker.as_deref(),
            statement["speaker"].as_str(),
            "{content}"
        );
        assert_eq!(
            found.kind.as_str(),
            statement["kind"].as_str().unwrap(),
            "{content}"
        );
    }
}
