//! Runs the data-driven cases of tests/cases/patterns.txt: a snippet in, the statements out.

use quotelens_engine::{analyze, Config, SpeakerKind};

struct Case {
    name: String,
    text: String,
    expected: Vec<String>,
}

fn cases() -> Vec<Case> {
    let mut cases: Vec<Case> = Vec::new();
    for line in include_str!("cases/patterns.txt").lines() {
        if let Some(name) = line.strip_prefix("### ") {
            cases.push(Case {
                name: name.to_string(),
                text: String::new(),
                expected: Vec::new(),
            });
        } else if let Some(case) = cases.last_mut() {
            if let Some(expected) = line.strip_prefix("=> ") {
                if expected.trim() != "none" {
                    case.expected.push(expected.replace("\\n", "\n"));
                }
            } else if !line.trim().is_empty() || !case.text.is_empty() {
                if !case.text.is_empty() {
                    case.text.push('\n');
                }
                case.text.push_str(line);
            }
        }
    }
    for case in &mut cases {
        case.text = case.text.trim_end().to_string();
    }
    cases
}

fn describe(text: &str) -> Vec<String> {
    let analysis = analyze(text, &Config::default());
    analysis
        .statements
        .iter()
        .map(|s| {
            let speaker = s
                .speaker
                .as_deref()
                .and_then(|id| analysis.speaker(id))
                .map_or("-".to_string(), |s| s.name.clone());
            format!("{} | {} | {}", speaker, s.kind.as_str(), s.content.text)
        })
        .collect()
}

#[test]
fn every_pattern_case_gives_the_expected_statements() {
    let cases = cases();
    assert!(
        cases.len() >= 40,
        "the case file parsed into {} cases",
        cases.len()
    );
    let negatives = cases.iter().filter(|c| c.expected.is_empty()).count();
    assert!(negatives >= 10, "{negatives} negative cases");
    let mut failures = Vec::new();
    for case in &cases {
        let got = describe(&case.text);
        if got != case.expected {
            failures.push(format!(
                "{}\n  expected: {:#?}\n  got:      {:#?}",
                case.name, case.expected, got
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// The speaker of an analysis with this name (case aside).
fn speaker<'a>(
    analysis: &'a quotelens_engine::Analysis,
    name: &str,
) -> &'a quotelens_engine::Speaker {
    analysis
        .speakers
        .iter()
        .find(|s| s.name.eq_ignore_ascii_case(name))
        .unwrap_or_else(|| panic!("{name} speaks"))
}

/// Asserts a speaker's role and affiliation.
fn assert_role(
    analysis: &quotelens_engine::Analysis,
    name: &str,
    role: Option<&str>,
    affiliation: Option<&str>,
) {
    let speaker = speaker(analysis, name);
    assert_eq!(
        (speaker.role.as_deref(), speaker.affiliation.as_deref()),
        (role, affiliation),
        "role and affiliation of {name}"
    );
}

#[test]
fn a_body_of_a_government_is_an_organization_affiliated_with_its_country() {
    let analysis = analyze(
        "Talks\nThe State Department said the talks would go on. Moscow insists the offer is fair.",
        &Config::default(),
    );
    let body = speaker(&analysis, "State Department");
    assert_eq!(body.kind, quotelens_engine::SpeakerKind::Organization);
    assert_eq!(body.affiliation.as_deref(), Some("United States"));
    // Moscow speaks for Russia.
    assert_eq!(
        speaker(&analysis, "Russia").kind,
        quotelens_engine::SpeakerKind::Country
    );
}

#[test]
fn a_member_of_a_party_is_not_a_person() {
    let analysis = analyze(
        "Rally\nThe Republican is also urging his supporters to vote early. He said, “We have big plans.”",
        &Config::default(),
    );
    assert_ne!(
        speaker(&analysis, "the Republican").kind,
        quotelens_engine::SpeakerKind::Person
    );
}

#[test]
fn a_people_in_the_plural_is_a_group_affiliated_with_its_country() {
    let analysis = analyze(
        "Talks\nThe Russians said the talks were useful.",
        &Config::default(),
    );
    let group = speaker(&analysis, "the Russians");
    assert_ne!(group.kind, quotelens_engine::SpeakerKind::Person);
    assert_eq!(group.affiliation.as_deref(), Some("Russia"));
}

#[test]
fn a_role_in_apposition_is_the_persons_role() {
    let analysis = analyze(
        "Strike\nAda Wren, the president of the Harbor Teachers Union, said the strike would go on. \
         Ivo Brandt, a former governor, said it would fail. The governor said nothing.\n\
         The strike began at Pier Nine, sources said.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Ada Wren",
        Some("president"),
        Some("Harbor Teachers Union"),
    );
    // A former governor is not who "the governor" is now.
    assert_eq!(
        speaker(&analysis, "Ivo Brandt").role.as_deref(),
        Some("former governor")
    );
    // "sources" after a place and a comma are the subject, not the place's role.
    assert!(analysis.speakers.iter().all(|s| s.name != "Pier Nine"));
}

#[test]
fn a_spokesperson_for_someone_speaks_for_them_and_is_not_them() {
    let analysis = analyze(
        "Port\nA spokeswoman for Ada Wren said the port would reopen. \
         Harbor spokesman Ivo Lund on Thursday evening said the strike was over.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "a spokeswoman for Ada Wren",
        Some("spokeswoman"),
        Some("Ada Wren"),
    );
    // Ada Wren said nothing herself, and holds no role.
    assert!(analysis.speakers.iter().all(|s| s.name != "Ada Wren"));
    // A time after the name is no part of it.
    assert_eq!(
        speaker(&analysis, "Ivo Lund").role.as_deref(),
        Some("spokesman")
    );
}

#[test]
fn a_clause_before_a_relative_is_not_the_source() {
    let analysis = analyze(
        "Port\nAda Wren visited the Harbor Union, which, in a statement on Friday, said that the \
         pier would stay open.",
        &Config::default(),
    );
    let sources: Vec<&str> = analysis
        .statements
        .iter()
        .filter_map(|s| s.source.as_ref().map(|source| source.text.as_str()))
        .collect();
    assert_eq!(sources, ["which"]);
    assert_eq!(
        analysis
            .speaker(analysis.statements[0].speaker.as_deref().unwrap())
            .unwrap()
            .name,
        "Harbor Union"
    );
}

#[test]
fn a_quotation_after_reported_words_goes_on_from_the_quotation() {
    // “A,” she said, adding that b. “C.”: C continues A, not the reported words between.
    let analysis = analyze(
        "Volumes\n“I think that speaks volumes,” Lena Ortiz said, adding that the crew would \
         work hard. “I think they are waiting to be asked.”",
        &Config::default(),
    );
    let texts: Vec<&str> = analysis
        .statements
        .iter()
        .map(|s| s.content.text.as_str())
        .collect();
    assert_eq!(
        texts,
        [
            "I think that speaks volumes,",
            "the crew would work hard",
            "I think they are waiting to be asked."
        ]
    );
    assert_eq!(
        analysis.statements[2].continues.as_deref(),
        Some(analysis.statements[0].id.as_str())
    );
}

#[test]
fn the_place_before_a_city_or_state_office_is_its_affiliation() {
    let analysis = analyze(
        "Port\nHarbor City Mayor Ada Wren said the port would reopen. \
         Valdane County Sheriff Ivo Lund said the roads were closed.",
        &Config::default(),
    );
    assert_role(&analysis, "Ada Wren", Some("Mayor"), Some("Harbor City"));
    assert_role(
        &analysis,
        "Ivo Lund",
        Some("Sheriff"),
        Some("Valdane County"),
    );
}

#[test]
fn an_organisation_before_a_role_is_the_affiliation_whole_and_named_once() {
    let analysis = analyze(
        "Port\nThe Harbor Fund Commission spokesman Ada Wren said the port would reopen. \
         Former Valdane Port Authority chief Ivo Lund said the roads were closed. \
         Wren added that ships were waiting.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Ada Wren",
        Some("spokesman"),
        Some("Harbor Fund Commission"),
    );
    // One mention for the phrase, none for the part of it that starts at the role.
    let wren = speaker(&analysis, "Ada Wren");
    let mentions: Vec<&str> = wren.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(
        mentions,
        ["The Harbor Fund Commission spokesman Ada Wren", "Wren"]
    );
    let lund = speaker(&analysis, "Ivo Lund");
    assert_eq!(lund.affiliation.as_deref(), Some("Valdane Port Authority"));
}

#[test]
fn a_body_in_an_appositive_role_is_the_affiliation_without_what_qualifies_it() {
    let analysis = analyze(
        "Port\nIvo Brandt, the head of the dockers union, said the port was safe. \
         Ada Wren, a senior fellow at the libertarian Harbor Institute and an aide, \
         said the pier was not. Karl Lund, a spokesman for the ministry, declined to comment \
         but said talks would continue.",
        &Config::default(),
    );
    assert_role(&analysis, "Ivo Brandt", Some("head"), Some("dockers union"));
    assert_role(
        &analysis,
        "Ada Wren",
        Some("senior fellow"),
        Some("Harbor Institute"),
    );
    // ("the ministry" alone does not say which.)
    let lund = speaker(&analysis, "Karl Lund");
    assert_eq!(lund.role.as_deref(), Some("spokesman"));
    assert_eq!(lund.affiliation, None);
}

#[test]
fn a_role_opening_the_clause_belongs_to_the_name_set_off_after_it() {
    let analysis = analyze(
        "Port\nThe head of the dockers union, Ivo Brandt, said the minister was exaggerating. \
         The fund’s president, Ada Wren, said the pier would reopen.",
        &Config::default(),
    );
    assert_role(&analysis, "Ivo Brandt", Some("head"), Some("dockers union"));
    // (The owner named by a common noun is no part of the role.)
    let wren = speaker(&analysis, "Ada Wren");
    assert_eq!(wren.role.as_deref(), Some("president"));
}

#[test]
fn a_role_owned_by_a_pronoun_before_an_appositive_name_is_the_name_s() {
    let analysis = analyze(
        "Port\nThe operator, Harbor Fund Ltd., said work would resume. Its chief executive, \
         Lars Eik, said the deal was costly.",
        &Config::default(),
    );
    let eik = speaker(&analysis, "Lars Eik");
    assert_eq!(eik.role.as_deref(), Some("chief executive"));
    let fund = speaker(&analysis, "Harbor Fund Ltd.");
    assert_eq!(fund.kind, quotelens_engine::SpeakerKind::Organization);
}

#[test]
fn a_role_leaves_out_an_owner_an_age_and_a_title_that_qualifies_a_body() {
    let analysis = analyze(
        "Port\nAda Wren’s lawyer said the fine was unfair. The 34-year-old mother of three \
         said the ferry was late. Powerful dockers unions said the pier was unsafe. One \
         harbour official said the ferry was safe.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "One harbour official",
        Some("harbour official"),
        None,
    );
    assert_role(&analysis, "Ada Wren’s lawyer", Some("lawyer"), None);
    assert_role(
        &analysis,
        "the 34-year-old mother of three",
        Some("mother"),
        None,
    );
    assert_role(&analysis, "Powerful dockers unions", None, None);
}

#[test]
fn an_appositive_role_at_a_named_body_without_the_and_at_the_sentence_end() {
    let analysis = analyze(
        "Port\nPer Lunde, an analyst at Harbor Bank, said the signal was clear. “It is a \
         warning,” said Karl Eik, an economist at Nordic Trust. The pier was unsafe, \
         the dockers at Pier Nine said.",
        &Config::default(),
    );
    assert_role(&analysis, "Per Lunde", Some("analyst"), Some("Harbor Bank"));
    assert_role(
        &analysis,
        "Karl Eik",
        Some("economist"),
        Some("Nordic Trust"),
    );
    // (A clause after the comma is no appositive.)
    assert!(analysis.speakers.iter().all(|s| s.name != "Pier Nine"));
    // (Past an age set off by commas.)
    let analysis = analyze(
        "Port\n“We can win,” said Ivo Brandt, 45, an analyst at Harbor Bank.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Ivo Brandt",
        Some("analyst"),
        Some("Harbor Bank"),
    );
    // (An owner named by a common noun leaves the role.)
    let analysis = analyze(
        "Port\n“It was never a real offer,” said Mia Holt, the union's negotiator.",
        &Config::default(),
    );
    assert_role(&analysis, "Mia Holt", Some("negotiator"), None);
}

#[test]
fn one_holder_of_a_person_s_role_is_a_person_and_a_document_or_a_body_is_not() {
    let analysis = analyze(
        "Port\nA lawyer representing the family said the police lied. The head of the dockers \
         union said the pier was safe. The report said the pier was unsafe. Official data \
         said the ferry was late.",
        &Config::default(),
    );
    let kind = |name: &str| speaker(&analysis, name).kind;
    assert_eq!(
        kind("a lawyer representing the family"),
        quotelens_engine::SpeakerKind::Person
    );
    assert_eq!(
        kind("the head of the dockers union"),
        quotelens_engine::SpeakerKind::Person
    );
    assert_ne!(kind("the report"), quotelens_engine::SpeakerKind::Person);
    assert_ne!(kind("Official data"), quotelens_engine::SpeakerKind::Person);
}

#[test]
fn a_role_owned_by_a_name_before_the_person_gives_the_affiliation() {
    let analysis = analyze(
        "Port\nBut Harbor Fund's chief negotiator, Mia Holt, said talks had failed. The company \
         and Norway's trade minister, Ivo Brandt, said the pier was safe.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Mia Holt",
        Some("chief negotiator"),
        Some("Harbor Fund"),
    );
    assert_role(
        &analysis,
        "Ivo Brandt",
        Some("trade minister"),
        Some("Norway"),
    );
}

#[test]
fn an_occupation_at_a_named_body_in_apposition_is_the_role_whatever_the_word() {
    let analysis = analyze(
        "Flood\nDr Ada Wren, a hydrologist at the University of Salem, said rain was likely. \
         Karl Eik, a former boatwright with Harbor Fund, said the pier was safe.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Ada Wren",
        Some("hydrologist"),
        Some("University of Salem"),
    );
    assert_role(
        &analysis,
        "Karl Eik",
        Some("former boatwright"),
        Some("Harbor Fund"),
    );
}

#[test]
fn an_acronym_opening_a_name_makes_it_a_body_but_initials_and_capitals_do_not() {
    let analysis = analyze(
        "Port\nPDX Ferries said the pier was closed. JD Holt said it was open. G.K. Lund said \
         it was safe. KARL EIK said it was not.",
        &Config::default(),
    );
    let kind = |name: &str| speaker(&analysis, name).kind;
    assert_eq!(
        kind("PDX Ferries"),
        quotelens_engine::SpeakerKind::Organization
    );
    for person in ["JD Holt", "G.K. Lund", "KARL EIK"] {
        assert_eq!(
            kind(person),
            quotelens_engine::SpeakerKind::Person,
            "{person}"
        );
    }
}

#[test]
fn a_capitalised_title_before_a_body_s_word_names_the_body() {
    let analysis = analyze(
        "Jobs\nThe Labor Department said jobs grew. Vesta Securities said the report was weak.",
        &Config::default(),
    );
    let body = speaker(&analysis, "The Labor Department");
    assert_eq!(body.kind, quotelens_engine::SpeakerKind::Organization);
    assert_eq!(body.role, None);
    assert_eq!(
        speaker(&analysis, "Vesta Securities").kind,
        quotelens_engine::SpeakerKind::Organization
    );
}

#[test]
fn a_name_with_two_particles_takes_its_appositive_role() {
    let analysis = analyze(
        "Vote\nKarel van der Lund, a Dutch lawmaker, said he disagreed. Ana de la Holt, a \
         lawyer for the family, said it was wrong.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Karel van der Lund",
        Some("lawmaker"),
        Some("Netherlands"),
    );
    assert_role(&analysis, "Ana de la Holt", Some("lawyer"), None);
}

#[test]
fn a_word_for_an_occupation_opening_the_sentence_before_a_name_is_the_role() {
    let analysis = analyze(
        "Storm\nForecaster Ana Holt said the rain would come. Later, Holt said it had passed. \
         Giovanni Karl Eik said the port was closed.",
        &Config::default(),
    );
    assert_role(&analysis, "Ana Holt", Some("forecaster"), None);
    // (A word that is no occupation stays in the name.)
    speaker(&analysis, "Giovanni Karl Eik");
}

#[test]
fn an_appositive_title_after_words_that_qualify_it_is_the_role() {
    let analysis = analyze(
        "Ruling\nSean Lund, legal director of the Harbor Rights Union, called it a victory. \
         Ada Wren, communications director for the campaign, said it was wrong. Karl Eik, \
         union members and leaders say, will run again. “I am ready,” Eik said.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Sean Lund",
        Some("legal director"),
        Some("Harbor Rights Union"),
    );
    assert_role(&analysis, "Ada Wren", Some("communications director"), None);
    // (Words ending in a speech verb are a clause, no role: "leaders" is not Karl Eik.)
    assert_role(&analysis, "Karl Eik", None, None);
}

#[test]
fn a_name_before_a_role_in_lower_case_says_whose_role_it_is() {
    let analysis = analyze(
        "Plant\nLater, Harbor chief executive Tom Reyes said the plant was ready. Republican \
         strategist Ana Holt said it was not. Political analyst Ivo Brandt said it was late.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Tom Reyes",
        Some("chief executive"),
        Some("Harbor"),
    );
    assert_role(
        &analysis,
        "Ana Holt",
        Some("strategist"),
        Some("Republican Party"),
    );
    // (An adjective capitalised because it opens the sentence is no owner.)
    assert_role(&analysis, "Ivo Brandt", Some("analyst"), None);
}

#[test]
fn a_field_or_emeritus_after_an_occupation_at_a_body_is_part_of_the_role() {
    let analysis = analyze(
        "Study\nAna Holt, a professor of economics at Harbor University, said the plan would \
         fail. Karl Eik, a professor emeritus at Nordvik College, said it would not.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Ana Holt",
        Some("professor of economics"),
        Some("Harbor University"),
    );
    assert_role(
        &analysis,
        "Karl Eik",
        Some("professor emeritus"),
        Some("Nordvik College"),
    );
}

#[test]
fn a_title_after_to_or_for_is_whom_the_role_serves() {
    let analysis = analyze(
        "Plan\nAna Ruiz, a senior adviser to the president, said the plan was sound. Karl Eik, \
         an aide to the governor, said it was not.",
        &Config::default(),
    );
    assert_role(&analysis, "Ana Ruiz", Some("senior adviser"), None);
    assert_role(&analysis, "Karl Eik", Some("aide"), None);
}

#[test]
fn a_word_between_two_title_words_qualifies_the_title() {
    let analysis = analyze(
        "Results\nChief financial officer Dana Kim said the dividend would stay. Later, chief \
         technology officer Omar Reyes said the plan would work.",
        &Config::default(),
    );
    assert_role(&analysis, "Dana Kim", Some("Chief financial officer"), None);
    assert_role(
        &analysis,
        "Omar Reyes",
        Some("chief technology officer"),
        None,
    );
}

#[test]
fn an_appositive_role_ends_before_a_relative_clause_about_the_person() {
    let analysis = analyze(
        "Study\nDr. Omar Reyes, a cardiologist at Cedar Valley Hospital who was not involved in \
         the research, called the findings “encouraging.”",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Omar Reyes",
        Some("cardiologist"),
        Some("Cedar Valley Hospital"),
    );
}

#[test]
fn a_police_rank_is_a_title_and_an_appositive_says_more() {
    let analysis = analyze(
        "Shooting\n“This was a targeted attack,” Sgt. Lisa Moreno, a police spokeswoman, said. \
         Det. Sam Cole said the suspect had fled.",
        &Config::default(),
    );
    assert_role(&analysis, "Lisa Moreno", Some("police spokeswoman"), None);
    // (An abbreviated title is written out in the role.)
    assert_role(&analysis, "Sam Cole", Some("Detective"), None);
}

#[test]
fn abbreviated_titles_are_written_out_in_roles() {
    let analysis = analyze(
        "Storm\nGov. Ada Wren said the roads were closed. Lt. Gov. Ivo Lund said the schools \
         would open.",
        &Config::default(),
    );
    assert_role(&analysis, "Ada Wren", Some("Governor"), None);
    assert_role(&analysis, "Ivo Lund", Some("Lieutenant Governor"), None);
}

#[test]
fn how_long_someone_has_worked_somewhere_is_no_part_of_the_affiliation() {
    let analysis = analyze(
        "Strike\n\"I love my patients,\" said Jasmine Cole, an emergency room nurse at \
         Montefiore for 11 years. \"We are tired,\" said Ivo Lund, a doctor at Harbor Hospital \
         since 2010.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Jasmine Cole",
        Some("emergency room nurse"),
        Some("Montefiore"),
    );
    assert_role(
        &analysis,
        "Ivo Lund",
        Some("doctor"),
        Some("Harbor Hospital"),
    );
}

#[test]
fn a_body_named_after_a_mountain_or_after_a_word_for_a_business_is_an_organization() {
    let analysis = analyze(
        "Strike\nIn a statement, Mount Calder said the demands were unrealistic. The \
         chipmaker Orvik said sales fell.",
        &Config::default(),
    );
    for name in ["Mount Calder", "Orvik"] {
        let speaker = analysis
            .speakers
            .iter()
            .find(|s| s.name == name)
            .unwrap_or_else(|| panic!("{name} speaks"));
        assert_eq!(speaker.kind, SpeakerKind::Organization, "{name}");
    }
}

#[test]
fn an_assemblyman_is_a_title() {
    let analysis = analyze(
        "Albany\n\"Somebody is not telling the truth,\" Assemblyman Joe Pratt said.",
        &Config::default(),
    );
    assert_role(&analysis, "Joe Pratt", Some("Assemblyman"), None);
}

#[test]
fn a_word_of_a_title_is_no_body_and_an_owner_after_the_is_the_affiliation() {
    let analysis = analyze(
        "Earnings\nChief Financial Officer Ada Wren said spending would rise. Ivo Lund, the \
         EU's competition chief, said the fine was fair.",
        &Config::default(),
    );
    assert_role(&analysis, "Ada Wren", Some("Chief Financial Officer"), None);
    assert_role(&analysis, "Ivo Lund", Some("competition chief"), Some("EU"));
}

#[test]
fn a_role_of_a_capitalised_body_and_an_envoy_sent_somewhere_give_role_and_affiliation() {
    let analysis = analyze(
        "Talks\nBritain's ambassador to the United Nations, Ada Marsh, called the veto a \
         disgrace. The chief executive of Norvik Airlines, Tomas Berg, said the strike was \
         reckless.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Ada Marsh",
        Some("ambassador to the United Nations"),
        Some("Britain"),
    );
    assert_role(
        &analysis,
        "Tomas Berg",
        Some("chief executive"),
        Some("Norvik Airlines"),
    );
}

#[test]
fn a_church_rank_leaves_the_role_to_the_appositive_and_the_pope_is_the_pope_named() {
    let analysis = analyze(
        "Christmas\nThe Vatican's secretary of state, Cardinal Ivo Marek, told reporters that \
         the Holy See was ready. Pope Anselm spoke from the balcony. “I think of the \
         children,” the pope said. The district's superintendent, Maria Ruiz, said the \
         schools would open.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Ivo Marek",
        Some("secretary of state"),
        Some("Vatican"),
    );
    assert_role(&analysis, "Maria Ruiz", Some("superintendent"), None);
    let children = analysis
        .statements
        .iter()
        .find(|s| s.content.text.starts_with("I think"))
        .expect("the pope's words");
    let pope = analysis.speaker(children.speaker.as_deref().expect("a speaker"));
    assert_eq!(pope.map(|s| s.name.as_str()), Some("Anselm"));
}

#[test]
fn a_name_in_apposition_to_a_common_noun_has_its_own_role() {
    let analysis = analyze(
        "Tour\nHer longtime collaborator, producer Omar Reyes, praised the decision. “It was \
         right,” he said.",
        &Config::default(),
    );
    assert_role(&analysis, "Omar Reyes", Some("producer"), None);
}

#[test]
fn a_known_occupation_opening_a_sentence_before_a_full_name_is_the_role() {
    let analysis = analyze(
        "Tour cancelled\nSinger Lina Vale said she needed rest.",
        &Config::default(),
    );
    assert_role(&analysis, "Lina Vale", Some("singer"), None);
}

#[test]
fn a_role_owned_by_my_before_an_appositive_name_is_the_names() {
    let analysis = analyze(
        "Column\nMy editor, Omar Reyes, disagreed. “You are wrong,” he told me.",
        &Config::default(),
    );
    assert_role(&analysis, "Omar Reyes", Some("editor"), None);
}

#[test]
fn a_role_before_an_appositive_name_of_a_body_gives_both() {
    let analysis = analyze(
        "Charging\nAnother expert, Dr. Lina Vale of the Nordic Energy Institute, noted that \
         the grid matters. One former teacher, Ana Ruiz, said she lost her savings. The critic \
         Omar Reyes wrote that the library was generous.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Lina Vale",
        Some("expert"),
        Some("Nordic Energy Institute"),
    );
    assert_role(&analysis, "Ana Ruiz", Some("former teacher"), None);
    assert_role(&analysis, "Omar Reyes", Some("critic"), None);
}

#[test]
fn a_word_for_a_company_before_a_name_makes_it_an_organisation() {
    let analysis = analyze(
        "Storm\nUtility company Coastline Energy said crews were on their way. It added that \
         power would return by Wednesday. The Coast Guard said its search would resume. The \
         United Nations said it was alarmed. Korvo Semiconductor said demand was weak. Two \
         people were hurt, according to Orlen Fire Rescue.",
        &Config::default(),
    );
    for name in [
        "Coastline Energy",
        "The Coast Guard",
        "The United Nations",
        "Korvo Semiconductor",
        "Orlen Fire Rescue",
    ] {
        assert_eq!(
            speaker(&analysis, name).kind,
            quotelens_engine::SpeakerKind::Organization,
            "{name}"
        );
    }
    let added = analysis
        .statements
        .iter()
        .find(|s| s.content.text == "power would return by Wednesday")
        .expect("the second statement");
    assert_eq!(
        added.speaker.as_deref(),
        Some(speaker(&analysis, "Coastline Energy").id.as_str())
    );
}

#[test]
fn a_role_after_by_or_from_before_a_name_ending_the_sentence_is_the_names() {
    let analysis = analyze(
        "Report\nThe report was written by a former aide, Ana Ruiz. She said it was late. He \
         received a letter from his lawyer, Omar Reyes, on Monday. Reyes said it was fine.",
        &Config::default(),
    );
    assert_role(&analysis, "Ana Ruiz", Some("former aide"), None);
    assert_role(&analysis, "Omar Reyes", Some("lawyer"), None);
}

#[test]
fn a_role_before_an_appositive_name_after_a_quotation_or_a_plural_owner() {
    let analysis = analyze(
        "Merger\n“This is about prices,” FreshWay's chief executive, Ana Ruiz, said. Valley \
         Markets' chairman, Omar Reyes, called the deal “fair.” A spokeswoman for Harbor's \
         port authority, Lina Vale, said work would resume. Ruiz's campaign manager, Ivo \
         Brandt, said she would win. “It is done,” said Ada Wren, a spokeswoman for the \
         chain's parent company, Apex Holdings.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Ana Ruiz",
        Some("chief executive"),
        Some("FreshWay"),
    );
    assert_role(
        &analysis,
        "Omar Reyes",
        Some("chairman"),
        Some("Valley Markets"),
    );
    assert_role(
        &analysis,
        "Lina Vale",
        Some("spokeswoman"),
        Some("Harbor's port authority"),
    );
    assert_role(
        &analysis,
        "Ivo Brandt",
        Some("campaign manager"),
        Some("Ruiz"),
    );
    // (The company named beside "parent company" holds no role.)
    assert!(analysis
        .speakers
        .iter()
        .all(|s| s.name != "Apex Holdings" || s.role.is_none()));
    // (Nor the one named beside "one of them".)
    let analysis = analyze(
        "Batteries
Rival makers fell. A spokesperson for one of them, Helion Power, said the          company “welcomes competition.”",
        &Config::default(),
    );
    assert_role(&analysis, "Helion Power", None, None);
}

#[test]
fn a_name_at_a_workplace_is_the_person_with_the_workplace_as_affiliation() {
    let analysis = analyze(
        "Markets\nEconomist Walter Brandt at Harbor Capital said the plan works.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Walter Brandt",
        Some("Economist"),
        Some("Harbor Capital"),
    );
}

#[test]
fn an_appositive_of_two_roles_joined_by_and_gives_the_first() {
    let analysis = analyze(
        "Ice on Mars\n“It is exciting,” said Dr. Elena Brandt, the study's lead author and a \
         planetary scientist at the University of Oslo.",
        &Config::default(),
    );
    assert_role(&analysis, "Elena Brandt", Some("lead author"), None);
}

#[test]
fn a_capitalised_title_and_a_name_of_a_place_give_the_place_and_capitals_stand_for_countries() {
    let analysis = analyze(
        "Summit\nPrime Minister Sela Tomu of Tuvalu said the sea was rising. President Amos Keel \
         of Ostland said talks would go on. Dhaka denied that it had closed the border. Castries \
         said it would help. \
         Political scientist Paul Lund of Wren said the vote was close.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Sela Tomu",
        Some("Prime Minister"),
        Some("Tuvalu"),
    );
    assert_role(&analysis, "Amos Keel", Some("President"), Some("Ostland"));
    for country in ["Bangladesh", "Saint Lucia"] {
        assert_eq!(
            speaker(&analysis, country).kind,
            quotelens_engine::SpeakerKind::Country
        );
    }
    // (A lower-case occupation's "of" may be about someone: no affiliation from it.)
    assert_eq!(speaker(&analysis, "Paul Lund").affiliation, None);
}

#[test]
fn a_body_named_with_of_before_a_role_and_a_role_before_a_relative_clause_ending_the_sentence() {
    let analysis = analyze(
        "Rates\nBank of Ostland Governor Mara Lind said rates would rise. “Prices are sticky,” \
         said Omar Vale, a University of Orlen professor. “The risk is real,” said Ada Wren, an \
         epidemiologist at Harbor University who led the study.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Mara Lind",
        Some("Governor"),
        Some("Bank of Ostland"),
    );
    assert_role(
        &analysis,
        "Omar Vale",
        Some("professor"),
        Some("University of Orlen"),
    );
    assert_role(
        &analysis,
        "Ada Wren",
        Some("epidemiologist"),
        Some("Harbor University"),
    );
}

#[test]
fn a_role_before_an_appositive_name_after_a_dateline() {
    let analysis = analyze(
        "Islands\nORLEN — Ostland's foreign minister, Wu Lan, warned on Thursday that the visit \
         would have consequences.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Wu Lan",
        Some("foreign minister"),
        Some("Ostland"),
    );
}

#[test]
fn a_signature_s_occupation_after_the_name_is_the_role_and_inspector_general_is_one_title() {
    let analysis = analyze(
        "Strike\n“I have worked here 22 years.” — Gloria Vance, machinist\n“We want what they \
         promised.” — Ray Tillo, forklift operator\nThe inspector general, Ana Lind, said the \
         review was over.",
        &Config::default(),
    );
    assert_role(&analysis, "Gloria Vance", Some("machinist"), None);
    assert_role(&analysis, "Ray Tillo", Some("forklift operator"), None);
    assert_role(&analysis, "Ana Lind", Some("inspector general"), None);
}

#[test]
fn a_role_held_in_a_place_is_the_whole_phrase_with_the_place_as_affiliation() {
    let analysis = analyze(
        "Four-day week\nA shop owner in Salem said, “We were not.”",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "a shop owner in Salem",
        Some("shop owner"),
        Some("Salem"),
    );
}

#[test]
fn a_role_a_pronoun_owns_in_apposition_and_sources_close_to_a_body_are_not_the_body() {
    let analysis = analyze(
        "Pensions\nThe Orlen Institute studied the plan. Paul Lund, its director, said it was \
         sensible. Sources close to the Treasury said the minister was relaxed. The Harbor \
         Chamber of Commerce said it would not comment.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Paul Lund",
        Some("director"),
        Some("Orlen Institute"),
    );
    let sources = speaker(&analysis, "Sources close to the Treasury");
    assert_eq!(sources.kind, quotelens_engine::SpeakerKind::Unknown);
    assert_eq!(
        speaker(&analysis, "The Harbor Chamber of Commerce").kind,
        quotelens_engine::SpeakerKind::Organization
    );
}

#[test]
fn an_acronym_before_a_title_is_the_affiliation_and_a_second_role_named_by_its_body_is_cut() {
    let analysis = analyze(
        "Bridge\nNTSA Chair Ana Lind told reporters the collapse was preventable. FEMO \
         Administrator Omar Reyes said aid was coming. Ivo Brandt, the former Ostland \
         governor and Harbor Energy Agency administrator, said the plan was sound.",
        &Config::default(),
    );
    assert_role(&analysis, "Ana Lind", Some("Chair"), Some("NTSA"));
    assert_role(&analysis, "Omar Reyes", Some("Administrator"), Some("FEMO"));
    assert_eq!(
        speaker(&analysis, "Ivo Brandt").role.as_deref(),
        Some("former Ostland governor")
    );
}

#[test]
fn a_name_of_the_body_after_an_inverted_cue_is_the_affiliation_and_financial_a_body() {
    let analysis = analyze(
        "Planets\n“It is a tantalizing result,” said Nikku Madhavan of the University of Orlen \
         School of Law. Castel Financial said it remained open to talks. Rovers captain Sam \
         Hughes said the penalty was a joke.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Nikku Madhavan",
        None,
        Some("University of Orlen School of Law"),
    );
    assert_eq!(
        speaker(&analysis, "Castel Financial").kind,
        quotelens_engine::SpeakerKind::Organization
    );
    assert_role(&analysis, "Sam Hughes", Some("captain"), Some("Rovers"));
}

#[test]
fn a_surname_alone_before_an_appositive_role_the_lexicon_knows_takes_the_role() {
    let analysis = analyze(
        "School board\nThe candidates, Karen Walsh and Priya Raman, clashed on Tuesday. Walsh, \
         a former teacher, said the district had lost its way. Xinhua, the official news \
         agency, said the talks had failed.",
        &Config::default(),
    );
    assert_role(&analysis, "Karen Walsh", Some("former teacher"), None);
    assert_eq!(speaker(&analysis, "Xinhua").role, None);
}

#[test]
fn capitals_joined_by_an_ampersand_name_one_firm() {
    let analysis = analyze(
        "Cuts\nHollis & Crane said Tuesday it would cut 700 jobs. Orlen Power & Light \
         spokesman Ivo Brandt said the utility had no such plans. “Nobody is surprised,” said \
         Ada Wren, an analyst at Brandt & Co.",
        &Config::default(),
    );
    assert_eq!(
        speaker(&analysis, "Hollis & Crane").kind,
        quotelens_engine::SpeakerKind::Organization
    );
    assert_role(
        &analysis,
        "Ivo Brandt",
        Some("spokesman"),
        Some("Orlen Power & Light"),
    );
    assert_role(&analysis, "Ada Wren", Some("analyst"), Some("Brandt & Co."));
    assert_eq!(analysis.statements.len(), 3);
}

#[test]
fn a_title_in_capitals_after_a_name_is_the_role_with_its_body() {
    let analysis = analyze(
        "Appointment\n“We are thrilled,” said Omar Reyes, chairman of the board of Acme \
         Robotics. “It works,” added Ivo Brandt, Senior Vice President of Global Sales at \
         Acme Robotics. Ana Lind, Nevada Secretary of State, said the count was fair. Tom Reyl, \
         Harbor’s Assistant Managing Editor, said the paper stood by the story.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Omar Reyes",
        Some("chairman of the board"),
        Some("Acme Robotics"),
    );
    assert_role(
        &analysis,
        "Ivo Brandt",
        Some("Senior Vice President of Global Sales"),
        Some("Acme Robotics"),
    );
    assert_role(
        &analysis,
        "Ana Lind",
        Some("Secretary of State"),
        Some("Nevada"),
    );
    assert_role(
        &analysis,
        "Tom Reyl",
        Some("Assistant Managing Editor"),
        Some("Harbor"),
    );
}

#[test]
fn a_word_for_a_body_opening_the_sentence_before_a_lower_case_role_is_part_of_the_role() {
    let analysis = analyze(
        "March\nUnion leader Omar Reyes told reporters the turnout was huge. Campaign chair Ana \
         Lind said the march changed nothing.",
        &Config::default(),
    );
    assert_role(&analysis, "Omar Reyes", Some("union leader"), None);
    assert_role(&analysis, "Ana Lind", Some("campaign chair"), None);
}

#[test]
fn an_appositive_role_ends_before_and_one_of_a_group() {
    let analysis = analyze(
        "Arctic\n“The Arctic is a bellwether,” said Ivo Brandt, a climate specialist at the \
         University of Orlen Harbor and one of the report's editors.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Ivo Brandt",
        Some("climate specialist"),
        Some("University of Orlen Harbor"),
    );
}

#[test]
fn an_owner_inside_the_body_after_of_is_no_one_elses_role() {
    let analysis = analyze(
        "Voting\n“It protects voters,” said Ada Wren, director of the Harbor Union's Voting \
         Rights Project. “It is bad,” said Ivo Brandt, a veteran of Lund's Orlen landslide.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Ada Wren",
        Some("director"),
        Some("Harbor Union's Voting Rights Project"),
    );
    assert_role(&analysis, "Ivo Brandt", None, None);
}

#[test]
fn a_rank_says_less_than_a_role_before_or_after_it_and_a_palace_is_a_body() {
    let analysis = analyze(
        "Troops\nMinistry press secretary Maj. Gen. Ivo Brandt told reporters the troops were \
         ready. Lt. Gen. Ana Lind, the commander of the northern forces, said the move was \
         defensive. Orlen Palace said the king was well. Saudi Energy Minister Prince Tariq \
         bin Omar said output would not change.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Ivo Brandt",
        Some("ministry press secretary"),
        None,
    );
    assert_role(
        &analysis,
        "Tariq bin Omar",
        Some("Energy Minister"),
        Some("Saudi Arabia"),
    );
    assert_eq!(
        speaker(&analysis, "Ana Lind").role.as_deref(),
        Some("commander")
    );
    assert_eq!(
        speaker(&analysis, "Orlen Palace").kind,
        quotelens_engine::SpeakerKind::Organization
    );
}

#[test]
fn former_before_a_role_and_its_body_marks_a_role_held_once() {
    let analysis = analyze(
        "Derby\nThe title race was wide open, former England captain Ivo Brandt said. Later, \
         former UN Ambassador Omar Reyes told the host the talks had failed. The former \
         ambassador also said the council was divided.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Ivo Brandt",
        Some("former captain"),
        Some("England"),
    );
    let reyes = speaker(&analysis, "Omar Reyes");
    assert_eq!(reyes.role.as_deref(), Some("former Ambassador"));
    let last = analysis.statements.last().expect("three statements");
    assert_eq!(last.speaker.as_deref(), Some(reyes.id.as_str()));
}

#[test]
fn a_department_named_with_and_before_its_title_is_one_name() {
    let analysis = analyze(
        "Cuts\nWork and Pensions Secretary Ada Wren said the reforms were needed. Health and \
         Human Services Secretary Ivo Brandt said the rule would take effect in May. Tom Lund \
         and Oslo Mayor Ana Holt said nothing had changed.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Ada Wren",
        Some("Work and Pensions Secretary"),
        None,
    );
    assert_role(
        &analysis,
        "Ivo Brandt",
        Some("Secretary"),
        Some("Health and Human Services"),
    );
    // Two people joined by "and" still speak together.
    assert_eq!(
        analysis
            .statements
            .last()
            .map(|s| s.source.as_ref().map(|m| m.text.as_str())),
        Some(Some("Tom Lund and Oslo Mayor Ana Holt"))
    );
}

#[test]
fn ranks_offices_and_qualifiers_the_lexicon_knows_shape_the_role() {
    let analysis = analyze(
        "Storm\nBrig. Gen. Ana Lind, an army spokeswoman, said the border was quiet. Orlen \
         County Executive Ivo Brandt said the roads were closed. Omar Reyes, editor in chief of \
         Harbor House, said it was early. Shadow chancellor Tom Lund said they were divided. \
         Privacy campaigner Eva Rask said the fine was small. Team owner Kai Moss said \
         the decision was difficult. Oslo-based Harbor Motors said it \
         would recall the cars. The Department of Juvenile Services Justice said it had fired \
         four guards.",
        &Config::default(),
    );
    assert_eq!(
        analysis.statements[0]
            .source
            .as_ref()
            .map(|m| m.text.as_str()),
        Some("Brig. Gen. Ana Lind")
    );
    assert_role(
        &analysis,
        "Ivo Brandt",
        Some("County Executive"),
        Some("Orlen"),
    );
    assert_role(
        &analysis,
        "Omar Reyes",
        Some("editor in chief"),
        Some("Harbor House"),
    );
    assert_role(&analysis, "Tom Lund", Some("Shadow chancellor"), None);
    assert_role(&analysis, "Kai Moss", Some("team owner"), None);
    assert_role(&analysis, "Eva Rask", Some("campaigner"), None);
    // Where a body is based is no part of its name; a title ending a body's name is no role.
    assert_eq!(
        speaker(&analysis, "Harbor Motors").kind,
        quotelens_engine::SpeakerKind::Organization
    );
    let body = speaker(&analysis, "the Department of Juvenile Services Justice");
    assert_eq!(
        (body.role.as_deref(), body.kind),
        (None, quotelens_engine::SpeakerKind::Organization)
    );
}

#[test]
fn a_name_with_a_particle_after_the_verb_is_the_whole_source() {
    let analysis = analyze(
        "Fossil\n“It is a start,” said Ana de Vries, a geneticist at Harbor University.",
        &Config::default(),
    );
    assert_eq!(
        analysis.statements[0]
            .source
            .as_ref()
            .map(|m| m.text.as_str()),
        Some("Ana de Vries")
    );
}

#[test]
fn a_country_s_possessive_before_a_body_is_its_affiliation_not_its_name() {
    let analysis = analyze(
        "Fines\nGermany's Federal Cartel Office said it would investigate. Ireland's Data \
         Protection Commission said the transfers were unlawful.",
        &Config::default(),
    );
    for (name, country) in [
        ("Federal Cartel Office", "Germany"),
        ("Data Protection Commission", "Ireland"),
    ] {
        let body = speaker(&analysis, name);
        assert_eq!(body.kind, quotelens_engine::SpeakerKind::Organization);
        assert_eq!(body.affiliation.as_deref(), Some(country));
    }
}

#[test]
fn a_rank_ending_a_body_s_name_is_no_role_and_a_place_within_the_body_is_no_body() {
    let analysis = analyze(
        "Strike\n“We are exhausted,” said Ana Lind, a nurse in the emergency department at \
         Harbor General. “It is over,” said Ivo Brandt, a porter at Mercy General.",
        &Config::default(),
    );
    assert_role(&analysis, "Ana Lind", Some("nurse"), Some("Harbor General"));
    assert_role(
        &analysis,
        "Ivo Brandt",
        Some("porter"),
        Some("Mercy General"),
    );
}

#[test]
fn a_name_s_possessive_before_a_person_is_the_person_s_affiliation() {
    let analysis = analyze(
        "Markets\nHarbor Capital's Paul Brandt wrote that the results were strong. \
         The Nordic Ledger's Ana Lind said the rally would fade. Cordova's Jon Reyl said \
         it was over.",
        &Config::default(),
    );
    assert_role(&analysis, "Paul Brandt", None, Some("Harbor Capital"));
    assert_role(&analysis, "Ana Lind", None, Some("Nordic Ledger"));
    assert_role(&analysis, "Jon Reyl", None, Some("Cordova"));
    assert_eq!(
        speaker(&analysis, "Ana Lind").kind,
        quotelens_engine::SpeakerKind::Person
    );
}

#[test]
fn a_broadcaster_s_one_word_name_ending_a_person_s_name_is_a_surname() {
    let analysis = analyze(
        "Probe\nA spokeswoman, Karen Fox, said the findings were new. Fox said it would \
         air the hearing.",
        &Config::default(),
    );
    let person = speaker(&analysis, "Karen Fox");
    assert_eq!(
        (person.kind, person.role.as_deref()),
        (quotelens_engine::SpeakerKind::Person, Some("spokeswoman"))
    );
    assert_eq!(
        speaker(&analysis, "Fox").kind,
        quotelens_engine::SpeakerKind::Organization
    );
}

#[test]
fn for_goes_on_with_the_name_of_a_body_that_has_of_in_it() {
    let analysis = analyze(
        "Rent cap\n“Bring it on,” said Ana Lind of the Alliance of Tenants for Fair Housing. \
         The Union of Concerned Drivers for Safer Roads said the rule was late.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Ana Lind",
        None,
        Some("Alliance of Tenants for Fair Housing"),
    );
    assert_eq!(
        speaker(&analysis, "The Union of Concerned Drivers for Safer Roads").kind,
        quotelens_engine::SpeakerKind::Organization
    );
}

#[test]
fn a_name_in_apposition_to_a_word_for_a_body_is_the_body_s() {
    let analysis = analyze(
        "Verdict\nHarbor Arts, the theater company that brought the suit, said it was \
         pleased. Coastal Rising, a nonprofit group in Salem, said the ruling was wrong. \
         Ana Lind, the company's founder, said she would appeal.",
        &Config::default(),
    );
    for name in ["Harbor Arts", "Coastal Rising"] {
        assert_eq!(
            speaker(&analysis, name).kind,
            quotelens_engine::SpeakerKind::Organization,
            "{name}"
        );
    }
    assert_eq!(
        speaker(&analysis, "Ana Lind").kind,
        quotelens_engine::SpeakerKind::Person
    );
}

#[test]
fn an_appositive_role_owned_by_a_name_is_affiliated_with_the_owner() {
    let analysis = analyze(
        "Launch\n“It works,” said Paul Brandt, Halvard's chief executive. Ana Lind, \
         Germany's finance minister, said rates would fall. Ivo Lund, Mr. Reyl's lawyer, \
         said the charge was false.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Paul Brandt",
        Some("chief executive"),
        Some("Halvard"),
    );
    assert_role(
        &analysis,
        "Ana Lind",
        Some("finance minister"),
        Some("Germany"),
    );
    assert_role(&analysis, "Ivo Lund", Some("lawyer"), Some("Reyl"));
}

#[test]
fn a_long_appositive_role_ends_at_a_second_role_and_a_served_name_at_and() {
    let analysis = analyze(
        "Diet\n“The results are consistent,” said Ana Lind, an associate professor of \
         clinical epidemiology at the Harbor T.H. Lund School of Public Health and one of the \
         authors. Ivo Brandt, a former aide to Mr. Reyl and now the chairman of the Harbor \
         Fund, said the plan was sound.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Ana Lind",
        Some("associate professor of clinical epidemiology"),
        Some("Harbor T.H. Lund School of Public Health"),
    );
    assert_eq!(
        speaker(&analysis, "Ivo Brandt").affiliation.as_deref(),
        Some("Mr. Reyl")
    );
}

#[test]
fn a_body_after_of_in_apposition_is_the_affiliation_and_a_town_is_not() {
    let analysis = analyze(
        "Verdict\nDetective Sergeant Ana Lind, of Harbor County Police, said outside court: \
         “The sentence reflects the harm.” Ivo Brandt, of the Salem Tenants Union, said rents \
         were rising. Karl Eik, of Shrewsbury, said he was sorry.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Ana Lind",
        Some("Detective Sergeant"),
        Some("Harbor County Police"),
    );
    assert_role(&analysis, "Ivo Brandt", None, Some("Salem Tenants Union"));
    assert_role(&analysis, "Karl Eik", None, None);
}

#[test]
fn letters_after_a_name_and_an_owner_before_it_are_no_part_of_it() {
    let analysis = analyze(
        "Verdict\nThe defendant's barrister, Karl Eik KC, said his client was ashamed. Eik \
         added that he was ill. Harborline's Tarun Vosk said the model was ready. One Labour \
         MP said the plan was bad. Solicitor General Ivo Lund argued that the law was clear.",
        &Config::default(),
    );
    let names: Vec<&str> = analysis.speakers.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        ["Karl Eik", "Tarun Vosk", "One Labour MP", "Ivo Lund"]
    );
    assert_role(&analysis, "Ivo Lund", Some("Solicitor General"), None);
    assert_role(&analysis, "Tarun Vosk", None, Some("Harborline"));
    assert_role(&analysis, "Karl Eik", Some("barrister"), None);
}

#[test]
fn a_role_close_to_someone_is_the_role_not_the_title_after_it() {
    let analysis = analyze(
        "Palace\nA source close to the King said the interview had been unhelpful.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "a source close to the King",
        Some("source"),
        Some("King"),
    );
}

#[test]
fn a_brigade_is_a_body() {
    let analysis = analyze(
        "Warehouse fire\nA firefighter has died in a warehouse fire, the Harbor Fire Brigade \
         said.",
        &Config::default(),
    );
    assert_eq!(
        speaker(&analysis, "Harbor Fire Brigade").kind,
        SpeakerKind::Organization
    );
}

#[test]
fn a_capital_before_a_city_office_is_the_city_and_before_a_government_office_the_country() {
    let analysis = analyze(
        "City hall\nLondon Mayor Ada Wren said the plan was bad. London Fire Commissioner Ivo \
         Lund said the brigade was devastated. British Prime Minister Karl Eik said it was \
         fine.",
        &Config::default(),
    );
    assert_role(&analysis, "Ada Wren", Some("Mayor"), Some("London"));
    assert_role(
        &analysis,
        "Ivo Lund",
        Some("Fire Commissioner"),
        Some("London"),
    );
    assert_role(
        &analysis,
        "Karl Eik",
        Some("Prime Minister"),
        Some("United Kingdom"),
    );
}

#[test]
fn an_acronym_inside_a_lower_case_role_and_three_words_before_at_keep_the_role() {
    let analysis = analyze(
        "Rates\nIvo Lund, chief UK economist at Harbor Economics, said a cut was likely. \
         Ada Wren, chief executive officer at Orlen Bank, said it was not.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Ivo Lund",
        Some("chief UK economist"),
        Some("Harbor Economics"),
    );
    assert_role(
        &analysis,
        "Ada Wren",
        Some("chief executive officer"),
        Some("Orlen Bank"),
    );
}

#[test]
fn a_name_of_a_firm_after_a_persons_names_is_the_affiliation_but_not_after_an_occupation() {
    let analysis = analyze(
        "Rates\nKallum Pickering of Velberg said wage growth remained strong. Ivo Lund of \
         Pantheor said it was not.\nAda Wren, who lost the race, said she was proud. \
         \"It was never meant to be,\" said pollster Karl Eik of Wren.\nThe Royal Bank of \
         Scotland said it would cut jobs.",
        &Config::default(),
    );
    assert_role(&analysis, "Kallum Pickering", None, Some("Velberg"));
    assert_role(&analysis, "Ivo Lund", None, Some("Pantheor"));
    assert_role(&analysis, "Karl Eik", Some("pollster"), None);
    assert_eq!(
        speaker(&analysis, "The Royal Bank of Scotland").kind,
        SpeakerKind::Organization
    );
}

#[test]
fn a_title_with_co_before_a_name_is_the_role() {
    let analysis = analyze(
        "Goal\nCo-owner Ivo Lund said it was a great goal. Co-founder Ada Wren said the firm \
         would grow.",
        &Config::default(),
    );
    assert_role(&analysis, "Ivo Lund", Some("co-owner"), None);
    assert_role(&analysis, "Ada Wren", Some("co-founder"), None);
}

#[test]
fn a_name_after_a_word_for_a_body_in_apposition_is_the_body() {
    let analysis = analyze(
        "Tour off\nHer management company, Bright Harbor Artists, said all tickets would be \
         refunded. The airline's parent company, Ostra Group, said it would appeal.",
        &Config::default(),
    );
    for name in ["Bright Harbor Artists", "Ostra Group"] {
        assert_eq!(speaker(&analysis, name).kind, SpeakerKind::Organization);
    }
}

#[test]
fn a_role_owned_by_its_or_for_the_agency_is_affiliated_with_the_body_named_before() {
    let analysis = analyze(
        "Waits\nThe Royal College of Harbor Medicine said long waits cost lives. Its \
         president, Ada Wren, said corridor care was not care.\nThe Orlen Aviation \
         Administration said ground stops were in place. A spokesperson for the agency, Ivo \
         Lund, said they would be reviewed.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Ada Wren",
        Some("president"),
        Some("Royal College of Harbor Medicine"),
    );
    assert_role(
        &analysis,
        "Ivo Lund",
        Some("spokesperson"),
        Some("Orlen Aviation Administration"),
    );
}

#[test]
fn a_clergy_title_or_a_scientist_ending_in_ologist_is_a_role_and_a_body_s_city_is_no_part_of_it() {
    let analysis = analyze(
        "Attack foiled\nThe synagogue's rabbi, Ivo Lund, said the congregation was shaken. \
         \"This is a large eruption,\" volcanologist Ada Wren told reporters. \"It works,\" said \
         Karl Eik, a political scientist at Harbor University in Orlen.",
        &Config::default(),
    );
    assert_role(&analysis, "Ivo Lund", Some("rabbi"), None);
    assert_role(&analysis, "Ada Wren", Some("volcanologist"), None);
    assert_role(
        &analysis,
        "Karl Eik",
        Some("political scientist"),
        Some("Harbor University"),
    );
}

#[test]
fn a_single_name_before_a_lower_case_role_is_whose_role_it_is_but_not_a_capitalised_first_word() {
    let analysis = analyze(
        "Strike off\nRMT general secretary Ivo Lund said the deal was a victory. The Harbor \
         Rovers said they would appeal, and Rovers boss Ada Wren said it was unfair.\nPrivacy \
         campaigner Karl Eik said it was a start.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Ivo Lund",
        Some("general secretary"),
        Some("RMT"),
    );
    assert_role(&analysis, "Ada Wren", Some("boss"), Some("Rovers"));
    assert_role(&analysis, "Karl Eik", Some("campaigner"), None);
}

#[test]
fn the_company_s_role_is_the_business_named_before_and_its_makes_an_unmarked_name_a_body() {
    let analysis = analyze(
        "Pay revolt\nHalvard Group said profits rose. The company's chair, Lady Ada Wren, said \
         the board would listen.\nVelmor Harmony said it would challenge the law. Its Ostland \
         director, Ivo Lund, said no. Investors voted against chief executive Karl Eik, who \
         said he was proud.",
        &Config::default(),
    );
    assert_role(&analysis, "Ada Wren", Some("chair"), Some("Halvard Group"));
    assert_role(
        &analysis,
        "Ivo Lund",
        Some("Ostland director"),
        Some("Velmor Harmony"),
    );
    assert_eq!(
        speaker(&analysis, "Velmor Harmony").kind,
        SpeakerKind::Organization
    );
    assert_role(&analysis, "Karl Eik", Some("chief executive"), None);
}

#[test]
fn a_party_member_before_a_name_the_lexicon_does_not_know_is_the_party_but_a_body_is_whole() {
    let analysis = analyze(
        "Debate\nRepublican Kari Velde accused her opponent of lying. The Republican Governors \
         Association said it would spend more.",
        &Config::default(),
    );
    assert_role(&analysis, "Kari Velde", None, Some("Republican Party"));
    assert_eq!(
        speaker(&analysis, "The Republican Governors Association").kind,
        SpeakerKind::Organization
    );
}

#[test]
fn a_quantifier_opening_the_sentence_before_a_plural_is_a_group_and_a_named_union_owns_a_role() {
    let analysis = analyze(
        "Strike\nSome Democrats said the plan was bad. Most Americans said it was fine.\nThe \
         HTU union's general secretary, Ada Wren, said members had no choice.",
        &Config::default(),
    );
    assert_eq!(
        speaker(&analysis, "Some Democrats").kind,
        SpeakerKind::Unknown
    );
    assert_role(&analysis, "Most Americans", None, Some("United States"));
    assert_role(
        &analysis,
        "Ada Wren",
        Some("general secretary"),
        Some("HTU union"),
    );
}

#[test]
fn a_role_after_an_inverted_verb_is_the_names_and_its_owner_the_body_named_before() {
    let analysis = analyze(
        "Job cuts\nThe Velmar union said it was appalled. \"Staff have been treated as \
         an afterthought,\" said its national officer, Ivo Lund. \"It is over,\" said the \
         club's manager, Ada Wren.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Ivo Lund",
        Some("national officer"),
        Some("Velmar"),
    );
    assert_role(&analysis, "Ada Wren", Some("manager"), None);
}

#[test]
fn a_name_after_a_word_for_a_group_a_charity_or_a_think_tank_is_a_body() {
    let analysis = analyze(
        "Drought\nCampaign group Verdes Unidos said the crisis was real. The charity Harbor \
         Hope said it would help. Think tank Orlen Futures said farming must change.",
        &Config::default(),
    );
    for name in ["Verdes Unidos", "Harbor Hope", "Orlen Futures"] {
        assert_eq!(speaker(&analysis, name).kind, SpeakerKind::Organization);
    }
}

#[test]
fn a_name_in_apposition_to_an_operator_or_a_carrier_is_a_body() {
    let analysis = analyze(
        "Flights\n\"Flights are operating normally,\" Velmor Harmony, the airport operator, \
         said. Ostra Lund, the Danish carrier, said its planes would fly.",
        &Config::default(),
    );
    for name in ["Velmor Harmony", "Ostra Lund"] {
        assert_eq!(speaker(&analysis, name).kind, SpeakerKind::Organization);
    }
}

#[test]
fn a_title_of_two_words_opening_the_sentence_is_the_role_whole() {
    let analysis = analyze(
        "Shutdown averted\nPress secretary Ana Lund told reporters the president was grateful. \
         General manager Ivo Berg said the team would rebuild.",
        &Config::default(),
    );
    assert_role(&analysis, "Ana Lund", Some("Press secretary"), None);
    assert_role(&analysis, "Ivo Berg", Some("General manager"), None);
}

#[test]
fn a_single_name_read_as_a_body_where_it_was_named_speaks_as_that_body() {
    let analysis = analyze(
        "Eruption\nFlights were operating normally, Velmara, the airport operator, said.",
        &Config::default(),
    );
    assert_eq!(
        speaker(&analysis, "Velmara").kind,
        SpeakerKind::Organization
    );
}

#[test]
fn a_plural_name_after_the_is_a_party_or_a_group_and_a_trust_is_a_body() {
    let analysis = analyze(
        "Strike\nThe Harbor Conservatives said the deal was a capitulation. The Velmar Trust \
         said it would close the gardens. The Federal Chancellery said turnout was low.",
        &Config::default(),
    );
    assert_eq!(
        speaker(&analysis, "The Harbor Conservatives").kind,
        SpeakerKind::Unknown
    );
    for name in ["The Velmar Trust", "The Federal Chancellery"] {
        assert_eq!(speaker(&analysis, name).kind, SpeakerKind::Organization);
    }
}

#[test]
fn a_bodys_last_word_before_a_role_is_the_body_named_whole_and_an_opening_adjective_is_none() {
    let analysis = analyze(
        "Chess\nAccording to the Velmar Chess Federation, a record crowd watched. Federation \
         president Ole Strand said the game was thriving.\nLocal mayor Henk Varda said the \
         town was proud.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Ole Strand",
        Some("president"),
        Some("Velmar Chess Federation"),
    );
    assert_role(&analysis, "Henk Varda", Some("mayor"), None);
}

#[test]
fn an_owner_named_by_its_the_bodys_word_or_a_city_before_an_office_is_the_affiliation() {
    let analysis = analyze(
        "Hospital attack\nVelmar Valley NHS Trust said the attack began on Saturday. \"We \
         apologise,\" the trust's chief executive, Dr Ana Okoro, said.\nThe Harbor Security \
         Centre said it was helping. Ivo Brandt, a former head of the centre, said hospitals \
         were easy targets.\nStudent group Lindqvist Forum said its members felt unsafe. \
         \"People are afraid,\" its chair said.\nStudents marched through Amsterdam. Amsterdam \
         mayor Pia Holm defended the police. She said officers had been patient.\nTor Matten, \
         a People's Party MP, said he was disappointed. Una Berg, a Labour MP, said she was \
         not.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Ana Okoro",
        Some("chief executive"),
        Some("Velmar Valley NHS Trust"),
    );
    assert_role(
        &analysis,
        "Ivo Brandt",
        Some("former head"),
        Some("Harbor Security Centre"),
    );
    assert_role(
        &analysis,
        "its chair",
        Some("chair"),
        Some("Lindqvist Forum"),
    );
    assert_role(&analysis, "Pia Holm", Some("mayor"), Some("Amsterdam"));
    assert_role(&analysis, "Tor Matten", Some("MP"), Some("People's Party"));
    assert_role(&analysis, "Una Berg", Some("MP"), Some("Labour"));
}

#[test]
fn prof_and_cllr_are_titles_an_appositive_says_more_and_a_field_is_no_plural() {
    let analysis = analyze(
        "Food study\n\"This is no reason to panic,\" said Prof Ivo Lanner, emeritus professor \
         of applied statistics at the Open University. The council's transport chief, Cllr \
         Ana Bexley, says the authority is looking at alternatives.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Ivo Lanner",
        Some("emeritus professor of applied statistics"),
        Some("Open University"),
    );
    assert_role(&analysis, "Ana Bexley", Some("transport chief"), None);
}

#[test]
fn a_bodys_word_owning_a_role_after_the_name_is_the_body_named_before() {
    let analysis = analyze(
        "Job cuts\nThe Harbor Workers Union said the cuts were unacceptable. \"These are people, \
         not line items,\" said Pia Koulen, the union's executive chair.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Pia Koulen",
        Some("executive chair"),
        Some("Harbor Workers Union"),
    );
}

#[test]
fn a_role_its_owns_after_the_name_or_before_it_with_of_is_the_bodys() {
    let analysis = analyze(
        "Rates\nCapital Ledger said it expected a cut. \"The door is open,\" said Ruth Garnet, \
         its deputy chief UK economist.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Ruth Garnet",
        Some("economist"),
        Some("Capital Ledger"),
    );
    let analysis = analyze(
        "Outage\nVelmar Grid said it had restored supply. Its head of operations, Edu Prado, \
         told reporters the cause was not known.",
        &Config::default(),
    );
    assert_role(&analysis, "Edu Prado", Some("head"), Some("Velmar Grid"));
}

#[test]
fn a_first_name_beside_a_grandchilds_role_is_a_person_and_a_saints_hospice_a_body() {
    let analysis = analyze(
        "Skydive\nHer granddaughter, Sophie, said the family had been nervous. The jump was \
         organised by St Elspeth Hospice. Its fundraising manager, Kate Lorne, called her an \
         inspiration.",
        &Config::default(),
    );
    let sophie = speaker(&analysis, "Sophie");
    assert_eq!(sophie.kind, SpeakerKind::Person);
    assert_eq!(sophie.role.as_deref(), Some("granddaughter"));
    assert_role(
        &analysis,
        "Kate Lorne",
        Some("fundraising manager"),
        Some("St Elspeth Hospice"),
    );
}

#[test]
fn an_associations_role_after_the_name_is_its_and_a_committees_is_no_single_named_firms() {
    let analysis = analyze(
        "Cars\nElectric cars outsold petrol, the Danish Car Importers Guild Association said. \
         \"The tipping point has been reached,\" said Mads Rorvik, the association's director.\n\
         The drugmaker Veltris denied the report by a Senate committee. The committee's \
         chairman, Senator Ron Wyland, insisted the evidence was clear.\nThe mill's owner, \
         developer Harcourt Estates, said it was devastated.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Mads Rorvik",
        Some("director"),
        Some("Danish Car Importers Guild Association"),
    );
    assert_role(&analysis, "Ron Wyland", Some("Senator"), None);
    assert_eq!(
        speaker(&analysis, "Harcourt Estates").kind,
        SpeakerKind::Organization
    );
}

#[test]
fn words_that_rank_an_office_are_the_roles_and_an_astronaut_is_an_occupation() {
    let analysis = analyze(
        "Rates\nSenior Deputy Governor Carla Rowan said rents remained a concern. \
         Deputy Governor Ivo Marsh agreed.\nChief Cabinet Secretary Kenji Arata told a news \
         conference the road would reopen.\nAstronaut Mark Lane said the crew supported the \
         decision.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Carla Rowan",
        Some("Senior Deputy Governor"),
        None,
    );
    assert_role(
        &analysis,
        "Kenji Arata",
        Some("Chief Cabinet Secretary"),
        None,
    );
    assert_role(&analysis, "Mark Lane", Some("astronaut"), None);
    let analysis = analyze(
        "Veto\nCouncilmember Ana Ferrer, who wrote the measure, called the veto \
         \"deeply disappointing.\"",
        &Config::default(),
    );
    assert_role(&analysis, "Ana Ferrer", Some("Councilmember"), None);
    let analysis = analyze(
        "Models\nVelmarAI chief executive Sam Orlov said on Thursday that the model was ready.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Sam Orlov",
        Some("chief executive"),
        Some("VelmarAI"),
    );
    let analysis = analyze(
        "Strike\nThe Velmar City Teachers Union said its members would walk out. Union \
         president Dana Voss said talks had stalled.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Dana Voss",
        Some("president"),
        Some("The Velmar City Teachers Union"),
    );
}

#[test]
fn a_name_that_which_stands_for_is_no_person() {
    let analysis = analyze(
        "Strike\nHarbin Ports, which owns the terminal, called the result \"disappointing.\" \
         Dana Holt, who chairs the union, said members would vote again.",
        &Config::default(),
    );
    assert_eq!(
        speaker(&analysis, "Harbin Ports").kind,
        SpeakerKind::Organization
    );
    assert_eq!(speaker(&analysis, "Dana Holt").kind, SpeakerKind::Person);
}

#[test]
fn railways_highways_and_record_labels_are_bodies() {
    let analysis = analyze(
        "Storm\nNorthern Highways said several roads were closed. Velmar Railway told \
         passengers not to travel. Northstar Records said fans would get refunds.",
        &Config::default(),
    );
    for body in ["Northern Highways", "Velmar Railway", "Northstar Records"] {
        assert_eq!(speaker(&analysis, body).kind, SpeakerKind::Organization);
    }
}

#[test]
fn a_country_of_two_words_a_branch_number_a_rank_and_its_after_a_quotation_make_roles() {
    let analysis = analyze(
        "Council\nThe United States ambassador, Dana Greer, said the council had failed. \
         \"We stood together,\" said Local 1187 president Kesha Marlow. \"We are proud,\" \
         said head keeper Fiona Bainbridge. The Homeland Party has campaigned on a promise \
         to close the border. \"We will put Valdorians first,\" its leader, Goran Pavlek, \
         said in a debate.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Goran Pavlek",
        Some("leader"),
        Some("Homeland Party"),
    );
    assert_role(
        &analysis,
        "Dana Greer",
        Some("ambassador"),
        Some("United States"),
    );
    assert_role(
        &analysis,
        "Kesha Marlow",
        Some("president"),
        Some("Local 1187"),
    );
    assert_role(&analysis, "Fiona Bainbridge", Some("head keeper"), None);
    let analysis = analyze(
        "Mill\nVelmar University's vice-chancellor, Karen Obrey, said the community was \
         devastated.",
        &Config::default(),
    );
    assert_role(
        &analysis,
        "Karen Obrey",
        Some("vice-chancellor"),
        Some("Velmar University"),
    );
}
