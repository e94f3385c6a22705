//! `quotelens`: the engine on the command line.

use std::io::{BufRead, Read, Write};
use std::process::ExitCode;

use quotelens_engine::{analyze, Analysis, Config, Taxonomy};

// An analysis makes many small allocations (spans, ids, the runs' text) from two threads:
// mimalloc takes 6-21% off the time of a long text against the system's allocator (best of
// repeated runs; docs/evaluation.md, Speed).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const HELP: &str = "\
quotelens — finds who said what in news articles

USAGE:
    quotelens analyze [OPTIONS] PATH...
    quotelens analyze [OPTIONS] -            (read one article from standard input)
    quotelens analyze --jsonl [OPTIONS] -    (read JSON lines from standard input)
    quotelens analyze --seed                 (analyse the built-in article)

An article is plain text: one paragraph a line (blank lines allowed), the first line
usually the headline.

OPTIONS:
    --format FORMAT    json (default): one pretty JSON analysis per article
                       (several files: a JSON array);
                       jsonl: one analysis per line;
                       csv: one row per statement (article, speaker, role,
                       affiliation, kind, cue, content, issues, paragraph)
    --jsonl            input is JSON lines {\"id\": ..., \"text\": ...} (other fields are
                       ignored); each analysis is written on one line carrying the same id
    --taxonomy FILE    tag issues with this taxonomy (JSON, see docs/issues-format.md)
                       instead of the built-in one
    --discover         also group untagged statements into themes found in the article
    --seed             analyse the built-in article
    -h, --help         print this help
    -V, --version      print the version

The analysis schema (quotelens/analysis@1) is documented in docs/analysis-schema.md.
";

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Json,
    Jsonl,
    Csv,
}

struct Options {
    format: Format,
    jsonl_input: bool,
    seed: bool,
    paths: Vec<String>,
    config: Config,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("quotelens: {message}");
            ExitCode::from(2)
        }
    }
}

fn parse(args: &[String]) -> Result<Option<Options>, String> {
    let mut options = Options {
        format: Format::Json,
        jsonl_input: false,
        seed: false,
        paths: Vec::new(),
        config: Config::default(),
    };
    let mut iter = args.iter();
    match iter.next().map(String::as_str) {
        Some("analyze") | Some("analyse") => {}
        Some("-h") | Some("--help") | None => {
            print!("{HELP}");
            return Ok(None);
        }
        Some("-V") | Some("--version") => {
            println!("quotelens {}", env!("CARGO_PKG_VERSION"));
            return Ok(None);
        }
        Some(other) => return Err(format!("unknown command {other:?}; try `quotelens --help`")),
    }
    let mut format_given = false;
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "-h" | "--help" => {
                print!("{HELP}");
                return Ok(None);
            }
            "--jsonl" => options.jsonl_input = true,
            "--seed" => options.seed = true,
            "--discover" => options.config.discover_issues = true,
            "--format" => {
                let value = iter
                    .next()
                    .ok_or("--format needs a value: json, jsonl or csv")?;
                options.format = match value.as_str() {
                    "json" => Format::Json,
                    "jsonl" => Format::Jsonl,
                    "csv" => Format::Csv,
                    other => {
                        return Err(format!("unknown format {other:?}: use json, jsonl or csv"))
                    }
                };
                format_given = true;
            }
            "--taxonomy" => {
                let path = iter.next().ok_or("--taxonomy needs a file")?;
                let json = std::fs::read_to_string(path)
                    .map_err(|e| format!("cannot read {path}: {e}"))?;
                options.config.taxonomy =
                    Some(Taxonomy::from_json(&json).map_err(|e| format!("{path}: {e}"))?);
            }
            "-" => options.paths.push("-".into()),
            flag if flag.starts_with('-') => {
                return Err(format!("unknown option {flag:?}; try `quotelens --help`"))
            }
            path => options.paths.push(path.into()),
        }
    }
    if options.jsonl_input && !format_given {
        options.format = Format::Jsonl;
    }
    if options.paths.is_empty() && !options.seed {
        return Err("no article given: name files, `-` for standard input, or --seed".into());
    }
    Ok(Some(options))
}

fn run(args: &[String]) -> Result<(), String> {
    let Some(options) = parse(args)? else {
        return Ok(());
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let write_err = |e: std::io::Error| format!("cannot write the output: {e}");
    if options.format == Format::Csv {
        writeln!(
            out,
            "article,statement,speaker,role,affiliation,kind,cue,content,issues,paragraph"
        )
        .map_err(write_err)?;
    }
    if options.jsonl_input {
        let stdin = std::io::stdin();
        for (number, line) in stdin.lock().lines().enumerate() {
            let line = line.map_err(|e| format!("cannot read standard input: {e}"))?;
            if line.trim().is_empty() {
                continue;
            }
            let record: serde_json::Value = serde_json::from_str(&line)
                .map_err(|e| format!("line {}: not JSON: {e}", number + 1))?;
            let id = record.get("id").cloned().unwrap_or(serde_json::Value::Null);
            let text = record
                .get("text")
                .and_then(|t| t.as_str())
                .ok_or_else(|| format!("line {}: no \"text\" string", number + 1))?;
            let analysis = analyze(text, &options.config);
            emit(&mut out, options.format, &id, &analysis, false).map_err(write_err)?;
        }
        return out.flush().map_err(write_err);
    }
    let mut articles: Vec<(String, String)> = Vec::new();
    if options.seed {
        articles.push(("seed".into(), quotelens_engine::SEED_ARTICLE.to_string()));
    }
    for path in &options.paths {
        let bytes = if path == "-" {
            let mut buffer = Vec::new();
            std::io::stdin()
                .read_to_end(&mut buffer)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            buffer
        } else {
            std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?
        };
        let text = String::from_utf8(bytes).map_err(|_| format!("{path} is not UTF-8 text"))?;
        articles.push((path.clone(), text));
    }
    let array = options.format == Format::Json && articles.len() > 1;
    if array {
        writeln!(out, "[").map_err(write_err)?;
    }
    for (k, (name, text)) in articles.iter().enumerate() {
        let analysis = analyze(text, &options.config);
        let id = serde_json::Value::String(name.clone());
        if array && k > 0 {
            writeln!(out, ",").map_err(write_err)?;
        }
        emit(&mut out, options.format, &id, &analysis, array).map_err(write_err)?;
    }
    if array {
        writeln!(out, "\n]").map_err(write_err)?;
    }
    out.flush().map_err(write_err)
}

fn emit(
    out: &mut impl Write,
    format: Format,
    id: &serde_json::Value,
    analysis: &Analysis,
    in_array: bool,
) -> std::io::Result<()> {
    match format {
        Format::Json => {
            let mut value = serde_json::to_value(analysis).map_err(std::io::Error::other)?;
            if in_array {
                value["id"] = id.clone();
            }
            let text = serde_json::to_string_pretty(&value).map_err(std::io::Error::other)?;
            if in_array {
                write!(out, "{text}")
            } else {
                writeln!(out, "{text}")
            }
        }
        Format::Jsonl => {
            let mut value = serde_json::to_value(analysis).map_err(std::io::Error::other)?;
            value["id"] = id.clone();
            writeln!(
                out,
                "{}",
                serde_json::to_string(&value).map_err(std::io::Error::other)?
            )
        }
        Format::Csv => {
            let article = match id {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            for row in quotelens_engine::csv_rows(analysis) {
                let mut fields = vec![article.clone()];
                fields.extend(row);
                let line: Vec<String> = fields
                    .iter()
                    .map(|f| quotelens_engine::csv_field(f))
                    .collect();
                writeln!(out, "{}", line.join(","))?;
            }
            Ok(())
        }
    }
}
