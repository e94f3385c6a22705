//! Reading JSON files the reader opens (an exported analysis, a list of issues) with the
//! browser's own JSON.parse, field by field. serde_json's parser and derived visitors would add
//! about 25 KB gzip to the app for two file types; the engine and CLI keep serde for the same
//! formats, and a wasm test checks that both read what the app writes.

use js_sys::{Array, Reflect, JSON};
use quotelens_engine::issues::NearCue;
use quotelens_engine::{
    Analysis, Issue, Run, Span, Speaker, SpeakerKind, Statement, StatementKind, Taxonomy,
    TaxonomyIssue,
};
use wasm_bindgen::JsValue;

type Read<T> = Result<T, String>;

fn field(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn missing(key: &str) -> String {
    format!("the field “{key}” is missing or of the wrong type")
}

fn string(object: &JsValue, key: &str) -> Read<String> {
    field(object, key).as_string().ok_or_else(|| missing(key))
}

/// A string that may be absent or null.
fn optional_string(object: &JsValue, key: &str) -> Read<Option<String>> {
    let value = field(object, key);
    if value.is_null() || value.is_undefined() {
        return Ok(None);
    }
    value.as_string().map(Some).ok_or_else(|| missing(key))
}

fn number(object: &JsValue, key: &str) -> Read<usize> {
    field(object, key)
        .as_f64()
        .filter(|n| *n >= 0.0 && n.fract() == 0.0)
        .map(|n| n as usize)
        .ok_or_else(|| missing(key))
}

/// The items of an array field; an absent field is an empty list when `optional`.
fn list<T>(
    object: &JsValue,
    key: &str,
    optional: bool,
    read: impl Fn(&JsValue) -> Read<T>,
) -> Read<Vec<T>> {
    let value = field(object, key);
    if optional && value.is_undefined() {
        return Ok(Vec::new());
    }
    if !Array::is_array(&value) {
        return Err(missing(key));
    }
    Array::from(&value).iter().map(|item| read(&item)).collect()
}

fn strings(object: &JsValue, key: &str, optional: bool) -> Read<Vec<String>> {
    list(object, key, optional, |v| {
        v.as_string().ok_or_else(|| missing(key))
    })
}

fn parse(json: &str) -> Read<JsValue> {
    JSON::parse(json).map_err(|_| "it is not valid JSON".to_string())
}

/// A list of issues in the format of docs/issues-format.md, checked like the engine's reader.
pub fn taxonomy(json: &str) -> Read<Taxonomy> {
    let read = || -> Read<Taxonomy> {
        let root = parse(json)?;
        let text_or_empty =
            |v: &JsValue, key: &str| optional_string(v, key).map(Option::unwrap_or_default);
        let taxonomy = Taxonomy {
            name: text_or_empty(&root, "name")?,
            about: text_or_empty(&root, "about")?,
            issues: list(&root, "issues", false, |issue| {
                Ok(TaxonomyIssue {
                    id: string(issue, "id")?,
                    label: string(issue, "label")?,
                    description: text_or_empty(issue, "description")?,
                    cues: strings(issue, "cues", true)?,
                    near: list(issue, "near", true, |near| {
                        Ok(NearCue {
                            words: strings(near, "words", false)?,
                            then: strings(near, "then", false)?,
                        })
                    })?,
                })
            })?,
        };
        Ok(taxonomy)
    };
    let taxonomy = read().map_err(|e| format!("the taxonomy is not valid: {e}"))?;
    // The engine's checks (ids present and unique), on the same values.
    taxonomy.checked()
}

fn span(value: &JsValue) -> Read<Span> {
    Ok(Span {
        start: number(value, "start")?,
        end: number(value, "end")?,
        text: string(value, "text")?,
    })
}

fn optional_span(object: &JsValue, key: &str) -> Read<Option<Span>> {
    let value = field(object, key);
    if value.is_null() || value.is_undefined() {
        Ok(None)
    } else {
        span(&value).map(Some)
    }
}

/// An analysis in the schema quotelens/analysis@1 (docs/analysis-schema.md).
pub fn analysis(json: &str) -> Read<Analysis> {
    let root = parse(json)?;
    Ok(Analysis {
        schema: string(&root, "schema")?,
        paragraphs: list(&root, "paragraphs", false, span)?,
        warnings: strings(&root, "warnings", false)?,
        speakers: list(&root, "speakers", false, |s| {
            Ok(Speaker {
                id: string(s, "id")?,
                name: string(s, "name")?,
                kind: match string(s, "kind")?.as_str() {
                    "person" => SpeakerKind::Person,
                    "organization" => SpeakerKind::Organization,
                    "country" => SpeakerKind::Country,
                    _ => SpeakerKind::Unknown,
                },
                role: optional_string(s, "role")?,
                affiliation: optional_string(s, "affiliation")?,
                mentions: list(s, "mentions", false, span)?,
            })
        })?,
        issues: list(&root, "issues", false, |i| {
            Ok(Issue {
                id: string(i, "id")?,
                label: string(i, "label")?,
            })
        })?,
        statements: list(&root, "statements", false, |s| {
            Ok(Statement {
                id: string(s, "id")?,
                kind: match string(s, "kind")?.as_str() {
                    "direct" => StatementKind::Direct,
                    "mixed" => StatementKind::Mixed,
                    "indirect" => StatementKind::Indirect,
                    _ => return Err(missing("kind")),
                },
                speaker: optional_string(s, "speaker")?,
                source: optional_span(s, "source")?,
                cue: optional_span(s, "cue")?,
                content: span(&field(s, "content"))?,
                fragments: list(s, "fragments", false, span)?,
                continues: optional_string(s, "continues")?,
                issues: strings(s, "issues", false)?,
                paragraph: number(s, "paragraph")?,
            })
        })?,
        runs: list(&root, "runs", false, |r| {
            Ok(Run {
                start: number(r, "start")?,
                end: number(r, "end")?,
                text: string(r, "text")?,
                paragraph: number(r, "paragraph")?,
                statements: strings(r, "statements", false)?,
                sources: strings(r, "sources", false)?,
            })
        })?,
    })
}
