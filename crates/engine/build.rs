//! Turns the built-in issue taxonomy (data/taxonomy.json, the file people edit) into Rust
//! constants, so that the app does not carry a JSON parser just to read its own data, and
//! copies the word lists without their comments, which document the files for people and
//! would only weigh on the app's wasm.

use std::fmt::Write;

const WORD_LISTS: &[&str] = &[
    "common-words.txt",
    "first-names.txt",
    "organizations.txt",
    "places.txt",
    "speech-verbs.txt",
    "titles.txt",
];

fn main() {
    let out_dir = std::env::var("OUT_DIR").unwrap();
    for name in WORD_LISTS {
        let source = format!("data/{name}");
        println!("cargo:rerun-if-changed={source}");
        let text = std::fs::read_to_string(&source).expect("a word list");
        let lines: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .collect();
        let path = std::path::Path::new(&out_dir).join(name);
        std::fs::write(path, lines.join("\n")).expect("write a word list");
    }
    println!("cargo:rerun-if-changed=data/taxonomy.json");
    let json = std::fs::read_to_string("data/taxonomy.json").expect("data/taxonomy.json");
    let value: serde_json::Value =
        serde_json::from_str(&json).expect("data/taxonomy.json is valid JSON");
    let text = |v: &serde_json::Value| format!("{:?}", v.as_str().unwrap_or_default());
    let list = |v: &serde_json::Value| {
        let items: Vec<String> = v
            .as_array()
            .map(|a| a.iter().map(text).collect())
            .unwrap_or_default();
        format!("&[{}]", items.join(", "))
    };
    let mut out = String::new();
    writeln!(
        out,
        "pub(crate) const BUILTIN_NAME: &str = {};",
        text(&value["name"])
    )
    .unwrap();
    writeln!(
        out,
        "pub(crate) const BUILTIN_ABOUT: &str = {};",
        text(&value["about"])
    )
    .unwrap();
    writeln!(out, "#[allow(clippy::type_complexity)]").unwrap();
    writeln!(out, "pub(crate) const BUILTIN_ISSUES: &[(&str, &str, &str, &[&str], &[(&[&str], &[&str])])] = &[").unwrap();
    for issue in value["issues"].as_array().expect("an issues array") {
        let near: Vec<String> = issue["near"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|n| format!("({}, {})", list(&n["words"]), list(&n["then"])))
                    .collect()
            })
            .unwrap_or_default();
        writeln!(
            out,
            "    ({}, {}, {}, {}, &[{}]),",
            text(&issue["id"]),
            text(&issue["label"]),
            text(&issue["description"]),
            list(&issue["cues"]),
            near.join(", ")
        )
        .unwrap();
    }
    writeln!(out, "];").unwrap();
    let path = std::path::Path::new(&std::env::var("OUT_DIR").unwrap()).join("taxonomy.rs");
    std::fs::write(path, out).expect("write the generated taxonomy");
}
