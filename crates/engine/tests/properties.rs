//! Property tests: any text is analysed without a panic, spans are consistent with the text,
//! runs are flat, and the output is deterministic.

use proptest::prelude::*;
use quotelens_engine::{analyze, Analysis, Config, Span};

fn check_span(text: &str, span: &Span) {
    let chars = text.chars().count();
    assert!(
        span.start <= span.end && span.end <= chars,
        "span {span:?} outside a text of {chars} chars"
    );
    let slice: String = text
        .chars()
        .skip(span.start)
        .take(span.end - span.start)
        .collect();
    assert_eq!(
        slice, span.text,
        "span text differs from the text at its offsets"
    );
}

fn check(text: &str, analysis: &Analysis) {
    for paragraph in &analysis.paragraphs {
        check_span(text, paragraph);
    }
    for speaker in &analysis.speakers {
        speaker.mentions.iter().for_each(|m| check_span(text, m));
    }
    for statement in &analysis.statements {
        check_span(text, &statement.content);
        statement.fragments.iter().for_each(|f| check_span(text, f));
        statement.source.iter().for_each(|s| check_span(text, s));
        statement.cue.iter().for_each(|c| check_span(text, c));
        if let Some(id) = &statement.speaker {
            assert!(
                analysis.speaker(id).is_some(),
                "statement names an unknown speaker {id}"
            );
        }
    }
    let mut last_end = 0;
    for run in &analysis.runs {
        assert!(run.start >= last_end, "runs overlap or are out of order");
        last_end = run.end;
        // A run lists exactly the statements whose words cover it, in their order, and those
        // whose source does.
        if run.start < run.end {
            let inside = |s: &Span| s.start <= run.start && run.end <= s.end;
            let covering: Vec<&str> = analysis
                .statements
                .iter()
                .filter(|st| match st.fragments.is_empty() {
                    true => inside(&st.content),
                    false => st.fragments.iter().any(inside),
                })
                .map(|st| st.id.as_str())
                .collect();
            assert_eq!(run.statements, covering, "statements of the run {run:?}");
            let sourced: Vec<&str> = analysis
                .statements
                .iter()
                .filter(|st| st.source.as_ref().is_some_and(inside))
                .map(|st| st.id.as_str())
                .collect();
            assert_eq!(run.sources, sourced, "sources of the run {run:?}");
        }
        check_span(
            text,
            &Span {
                start: run.start,
                end: run.end,
                text: run.text.clone(),
            },
        );
    }
}

fn quote_soup() -> impl Strategy<Value = String> {
    let alphabet: Vec<char> = "aAbZ é.,;:!?–—-\n\r \"'“”‘’«»„‹›()[]0123456789😀\u{AD}"
        .chars()
        .collect();
    prop::collection::vec(prop::sample::select(alphabet), 0..400)
        .prop_map(|v| v.into_iter().collect())
}

fn newsy() -> impl Strategy<Value = String> {
    let pieces = vec![
        "“We will win,” ",
        "he said. ",
        "Jane Doe ",
        "said that ",
        "the plan failed",
        ", according to ",
        "officials",
        ".\n",
        "‘",
        "’",
        "\"",
        "Mr. Smith",
        " added, ",
        "Moscow insists ",
        "saying that ",
        " – ",
        "told reporters: ",
        "\n\n",
        "she",
        "Russia’s ",
        "U.S. ",
        ", ’é, ",
        ", R-Ky., ",
        "(D-N.Y.) ",
        "Mr. Ivo Morgan of the Green Club ",
        "said Friday ",
        "retired general ",
        "he’s ",
        "Said ",
        "Calls ",
        "who ",
        "Ünal Çelik ",
        "«",
        "»",
        "„",
        ":",
    ];
    prop::collection::vec(prop::sample::select(pieces), 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_unicode_text_is_analysed_with_consistent_spans(text in any::<String>()) {
        let analysis = analyze(&text, &Config::default());
        check(&text, &analysis);
    }

    #[test]
    fn quote_mark_soup_is_analysed_with_consistent_spans(text in quote_soup()) {
        let analysis = analyze(&text, &Config::default());
        check(&text, &analysis);
    }

    #[test]
    fn news_like_fragments_are_analysed_deterministically(text in newsy()) {
        let first = analyze(&text, &Config::default());
        check(&text, &first);
        let second = analyze(&text, &Config::default());
        prop_assert_eq!(first, second);
    }
}

#[test]
fn bad_input_gets_warnings_not_failures() {
    let empty = analyze("", &Config::default());
    assert!(empty.warnings.iter().any(|w| w.contains("empty")));
    let unbalanced = analyze(
        "Title\nHe said that “it was over.\nNext paragraph, she said.",
        &Config::default(),
    );
    assert!(
        unbalanced
            .warnings
            .iter()
            .any(|w| w.contains("never closed")),
        "{:?}",
        unbalanced.warnings
    );
    let german = analyze(
        "Der Minister sagte am Freitag, dass die Verhandlungen weitergehen würden und dass man auf eine Einigung hoffe.",
        &Config::default(),
    );
    assert!(
        german.warnings.iter().any(|w| w.contains("English")),
        "{:?}",
        german.warnings
    );
    let binary: String = (0u8..=255).cycle().take(5000).map(char::from).collect();
    check(&binary, &analyze(&binary, &Config::default()));
}

#[test]
fn crlf_counts_as_two_code_points() {
    let text = "Headline\r\n“We will rebuild,” said Mayor Ana Ruiz.";
    let analysis = analyze(text, &Config::default());
    assert_eq!(analysis.paragraphs[1].start, 10);
    check(text, &analysis);
    assert_eq!(analysis.statements[0].content.text, "We will rebuild,");
}
