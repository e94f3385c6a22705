//! Synthetic news-like text for the benchmark and the profile example: paragraphs with
//! quotes, reported speech and pronouns. Every block names new people, as a long text does
//! (a text that repeats a few names hides costs that grow with the number of entities).

/// A synthetic article of about `bytes` bytes.
pub fn synthetic(bytes: usize) -> String {
    const FIRST: [&str; 8] = [
        "Ana", "Marek", "Lina", "Omar", "Petra", "Ivo", "Greta", "Tomas",
    ];
    const SYLLABLES: [&str; 16] = [
        "val", "dor", "mek", "lin", "cas", "tel", "bra", "hez", "run", "mos", "ket", "sar", "pol",
        "gan", "ved", "lor",
    ];
    let mut out = String::from("Synthetic headline for the benchmark\n");
    let mut i = 0;
    while out.len() < bytes {
        // A surname of three syllables: 4,096 of them, then they come round again.
        let mut surname = String::new();
        for k in 0..3 {
            surname.push_str(SYLLABLES[(i / 16usize.pow(k)) % 16]);
        }
        surname[..1].make_ascii_uppercase();
        let name = format!("{} {surname}", FIRST[i % 8]);
        out.push_str(&format!(
            "Minister {name} spoke in the capital on Tuesday. “We will not accept a deal that leaves the border open,” {surname} said, adding that talks would resume.\n\
             However, she added, there was room for compromise on the {i}th proposal. According to officials, the plan includes sanctions and new troops.\n\
             {surname} insists the measures are necessary, with the opposition leader saying that the government had “lost control” of the process.\n"
        ));
        i += 1;
    }
    out
}
