#!/usr/bin/env bash
# Prints the size of every dist/ file (raw and gzip -9) and fails when what a page loads
# (wasm, js, css, html) weighs more than the budget, gzipped.
set -euo pipefail
cd "$(dirname "$0")/.."
# The budget, in bytes of gzip. Raised only by an issue's closing note that accounts for it:
# 150 KB -> 215 KB in the first session's closing note (issues 2, 5, 6): Yew's floor is about
# 58 KB, the engine with its word lists about 45 KB, the explorer about 75 KB, JSON/CSV export
# and file opening about 10 KB, corrections with undo and storage about 9 KB.
# 215 KB -> 235 KB in session 2 (issues 4, 6): the reader's own issues (editor, export, load)
# and statements added from a selection about 14 KB; re-opening an exported analysis and a
# list of issues about 6 KB, read with the browser's JSON.parse (serde_json's parser and derived
# readers would have cost 25 KB).
# 235 KB -> 240 KB later in session 2 (issues 5, 6): the windowed statement list, share links
# carrying a pasted article (the browser's CompressionStream, 1.5 KB) and the analysis worker's
# page side with progress (2 KB); 2.6 KB were won back by dropping stable sorts from the engine.
# 240 KB -> 250 KB in session 2 (issue 7): embedding (iframe messages, custom-element mounting,
# DOM events, ResizeObserver: about 8 KB of wasm and glue) and the loader quotelens.js (1.4 KB),
# which issue 7 counts in the budget although the app's own page does not load it.
# 250 KB -> 256 KiB at the end of session 2 (issue 7): widgets that need no inline styles in the
# host page (constructed stylesheet for the filters, list rows placed through the CSSOM), 2.8 KB.
# 256 KiB -> 264 KiB in session 3 (issue 3): the engine's new rules (common-noun speakers,
# fronted subjects, relative clauses, reported questions, pronoun chains, "who said", regions)
# add 6.8 KB of wasm; the page total went from 258,365 to 265,146 bytes.
# 264 KiB -> 268 KiB in session 4 (issue 3): the engine's new rules ("and said" after a long
# verb phrase, "who said" after common nouns, commitments with an infinitive, partitive
# subjects, groups and documents as antecedents of "they"/"it", places after "in") and the
# speed work (a stem cache, one buffer of lower-case forms) add 6.2 KB; the session-3 tree
# rebuilt with today's toolchain weighs 266,849 bytes, the session-4 tree 273,070. A stable
# sort and a new hash-map instantiation were replaced (0.7 KB won back).
# 268 KiB -> 272 KiB in session 5 (issue 3): the engine's new rules (questions without their
# asker, quotations resumed after an appositive, "Name: “...”" in the body, quotations signed
# with a dash, datelines, quantifier subjects, roles with their place, lines in capitals) and
# the token stem cache add 4.2 KB: the page total went from 273,070 to 277,299 bytes.
# 272 KiB -> 276 KiB in session 6 (issue 3): the engine's new rules (roles standing for the
# person who holds them, single names that speak as antecedents, requests with an
# infinitive, long subjects with relative clauses, subjects running into a quotation, role
# qualifiers before a name, "quoted as saying", listeners of "told") and 24 lexicon lines add
# 4.0 KB: the page total went from 277,299 to 281,345 bytes.
# 276 KiB -> 280 KiB in session 7 (issue 3): the engine's new rules (verbs of judgement that
# report their object, "called him a liar", bodies of a government as speakers, weak verbs
# after plain words, tallies and subheadings, names joined by "and", party members, names in
# apposition, title words as surnames) and 20 lexicon lines add 4.6 KB; the word lists now
# enter the wasm without their comment headers (build.rs), which wins back 1.5 KB: the page
# total went from 281,345 to 284,518 bytes.
# 280 KiB -> 288 KiB in session 8 (issue 3): the engine's new rules for who speaks (pronoun
# chains inside a sentence and for "they", groups listed with "and", acronyms and "the fund"
# resolved to the body named in full, roles as mentions, trailing attributions, controllers of
# an infinitive, participles chained across labels and settings, apposition after a noun
# phrase, "which" antecedents) add 6.6 KB and 340 first names with their gender 1.1 KB; a list
# instead of a new map type won back 0.3 KB. The session-7 tree rebuilt with today's toolchain
# weighs 284,518 bytes, the session-8 tree 291,893.
# 288 KiB -> 296 KiB in session 9 (issue 3): the engine's new rules (roles in apposition and
# the name before them, roles held by several people, pairs named with "and" and "the two",
# groups "they" stands for, participles' subjects across insertions, settings and adverbs,
# adverbs of manner after a cue, quoted infinitives, a body's name with and without "The")
# add 6.6 KB with no new dependency: the page total went from 291,893 to 298,457 bytes.
# 296 KiB -> 300 KiB in session 11 (issue 3): session 10's indexes of entities and rules
# (adjuncts and dates after a cue, "according to" inside a clause, spokespeople for someone)
# took the page to 302,606 bytes inside the old budget; session 11's rules ("said of", titles
# after a setting, second verbs after adverbs and negations, appositives and insertions
# between dashes, continuations from a quotation, "footage of X asking") add 1.5 KB with no
# new dependency: the page total went to 304,138 bytes.
# 300 KiB -> 304 KiB in session 13 (issue 3): session 12's speed work and rules left 81 bytes
# (307,119); session 13's rules (a speech verb's noun heading the subject, messages before a
# restrictive "which", a present tense as the first verb, "the day after ...", "for" a
# publication, that-clauses running past their quotation, "As X put it:", messages addressed
# to someone) add 1.2 KB with no new dependency: the page total went to 308,338 bytes.
# 304 KiB -> 308 KiB in session 14 (issue 3): session 13 ended at 308,380 bytes; session 14's
# rules (long subjects before any verb with "that" or a quotation, "states" after a document,
# light verbs and possessors of a speech verb's noun, relative "that" after a message or a
# noun, quoted request infinitives, the check that a verb with words of its own does not take
# the quotation before it, "worried that") add 3.5 KB with no new dependency: the page total
# went to 311,922 bytes.
# 308 KiB -> 312 KiB in session 15 (issue 3): session 15's rules (free relatives "what X
# called", "chants of", hometowns and states in appositives, settings that end where a clause
# opens, "with N percent saying", joined subjects before any verb, kin and circles as
# speakers, purpose "to say", owners of a response, writer's hedges, datelines, questions
# opening a sentence, "refer to X as", quoted infinitives after "called on", a verb and a
# colon before a quotation, roles opening a sentence as antecedents of "he"/"she", quantities
# before a subject) add 6.5 KB with no new dependency: the page total went to 318,440 bytes.
# 312 KiB -> 316 KiB in session 16 (issue 3): session 16's rules (a participle's words ending
# before the subject's second verb of speech, "emailed supporters saying", nouns for words
# said before a colon, interruptions that hand the next quotation over, manner asides, time
# clauses, title-case headlines with a colon, "quoted X as saying", fronted "with" phrases,
# relatives with their own attribution, words of nationality) and the index of speech verbs
# of several words add 4.7 KB with no new dependency: the page total went to 323,147 bytes.
# 316 KiB -> 320 KiB in session 17 (issue 3): session 17's rules (elliptical clauses "said he
# would", set phrases "All told" and "Having said that", roles before a name after a setting
# and in apposition, parts of a group and pronouns joined to names as subjects, "then said",
# "has since said", headlines "Name to Listener:", counts after the cue, frames set off by
# commas, adjectives before nouns in -s, irregular pasts) add 3.6 KB with no new dependency;
# the byte-walking tokenizer weighs what the char-array one did: the page total went from
# 323,147 to 326,711 bytes.
# 320 KiB -> 324 KiB in session 18 (issue 3): session 18's rules (places named "... City" or
# "... County", prepositions opening a sentence, "Name of Body" with the body as affiliation,
# plural possessives written with the apostrophe alone, groups "in"/"at" a place or body,
# "familiar with"/"close to", settings after a name, cues inside parentheses, web addresses,
# "A said X and B said Y" without a comma, concessions with a frame of their own, "obtained
# by", comparisons, idioms, titles inside a subject and participles with their agent that
# report nothing) add 4.9 KB with no new dependency; ids are written without the formatting
# machinery: the page total went from 326,711 to 331,605 bytes.
# 324 KiB -> 328 KiB in session 19 (issue 3): session 19's rules (combining marks and UTF-8
# read as Latin-1 inside words, compound surnames used alone, prepositions of place opening a
# setting after the cue, according-to sources over common nouns, relative clauses about a
# speaker named behind the verb or before it, counts opening a reported clause, short
# continuations, gender learnt from he/she, quotations resumed in lower case after a frame,
# offices written short, the place before a city or state office, a possessor's words before
# a colon, plurals without -s, countries opening a sentence) add 2.6 KB with no new dependency;
# four word lists became slices (0.2 KB back): the page total went from 331,605 to 334,020
# bytes.
# 328 KiB -> 332 KiB in session 20 (issue 3): session 20's rules (a second clause quoting words
# no other cue reports, nested closing marks after a comma, the writer's comment after the
# words, "quoted by X as saying", "in the words of X", conjunctions before a sentence-opening
# cue, former titles and roles before an appositive name, organisations' whole names and
# bodies named by common nouns as affiliations, "but said" past an appositive, adverbs of time
# before the verb, "made clear", someone new in a role as an antecedent of "she", asides in
# parentheses after a name, company suffixes) add 3.8 KB with no new dependency; a new list
# became a slice (53 bytes back); the issue tagger's map of short words by their bytes (a
# new map type, 535 bytes, for about 2% of the time on a synthetic megabyte): the page total
# went from 334,020 to 338,722 bytes.
# 332 KiB -> 336 KiB in session 21 (issue 3): session 21's rules (people named by an occupation
# or a relation as roles, with the gender a relation implies, kept out of capitalised names;
# owners, ages and quantities left out of roles; inverted cues after a clause of their own;
# stances taken in words, "was adamant:"; documents that speak for their authors; short
# quoted sentences after a colon; a surname alone with a colon; bodies named by common nouns
# as organisations; listener clauses with their own "that"; appositive roles at a named body,
# at the sentence's end and past an age; interviews in questions and answers; quotations
# reopened in a paragraph of their own; one holder of a person's role reported as a person;
# "took to Twitter:", "went on television to say"; one quoted word in a headline; a party
# before a name; a body and a name joined by "and") and 66 lexicon lines add 4.6 KB with no
# new dependency: the page total went from 338,722 to 343,332 bytes.
# 336 KiB -> 340 KiB in session 22 (issue 3): session 22's rules for news written elsewhere
# than in the US and outside politics (British titles without a period, a quotation in single
# marks that is not a whole paragraph, datelines with a state and an agency, "Department for",
# sums of money in pounds and euros, roles owned by a name before an appositive name,
# occupations in apposition and opening a sentence whatever the word, a capitalised title
# before a body's word, acronyms opening a body's name, ages that stand for the person named
# before, "the company" and "the weather service" for a body named before, "The message from
# X was clear:", names with two particles, two-word surnames) and 17 lexicon lines add 4.0 KB
# with no new dependency: the page total went from 343,332 to 347,368 bytes.
# 340 KiB -> 342 KiB in session 23 (issue 3): a long text is analysed on two threads (the
# pipeline cut into what can run side by side: statements beside names, speakers beside issues
# and runs; in WebAssembly the same steps run one after the other, with plain cells instead of
# locks, 509 bytes net), and session 23's rules (a word before a lower-case role and a name is
# whose role it is, not a person; players' positions opening a sentence; appositive titles
# after a qualifying word and with a field; "the people", "the officials", "the agency" for the
# group or body named before; plural subjects as groups; a quotation after an abbreviation)
# and seven lexicon lines add about 1.7 KB: the page total went from 347,368 to 349,545 bytes.
# 342 KiB -> 345 KiB in session 24 (issue 3): session 24's rules (the writer's gloss after
# reported words; subordinate clauses before a closing frame; a past verb and whom it
# addresses before a colon; "%" and ")" kept; figures from a body and a document's owner;
# "said the plan works", "say the reasons go"; titles qualified between two title words;
# appositive roles before a relative clause; the story's own company; police ranks; a first
# name in apposition to a role; a name in apposition to a possessed noun; "state" as a noun;
# "the media say"; "my editor, X,") and 30 lexicon lines add 3.0 KB with no new dependency
# (mimalloc is only the command line's): the page total went from 349,545 to 352,460 bytes. A sort of strings
# for one of them first cost 1 KB more and was dropped.
# 345 KiB -> 348 KiB in session 25 (issue 3): session 25's rules, from news of new kinds
# (sport, court, obituary, technology, diplomacy, elections, a merger: a name in apposition
# after "one", "another" or "a"; a word for a company before a name; roles before an
# appositive name after a quotation, a plural owner, "by" or "from"; a relation owned by a
# pronoun; two subjects of one "with" phrase; a gesture or manner sentence before a
# quotation; a role's office; "calls" as a noun; the writer's gloss) and 16 lexicon lines add
# 2.6 KB with no new dependency: the page total went from 352,460 to 355,099 bytes (turning
# two lists of words from matches into slices won back 0.1 KB).
# 348 KiB -> 352 KiB in session 26 (issue 3): the gazetteer grew from 75 countries to 196
# (every member of the United Nations but Chad, also a first name, with Taiwan, Kosovo,
# Palestine and the Vatican: their demonyms
# and seats of government, so that "Dhaka said" speaks for Bangladesh and "Malaysian
# Defence Minister" is Malaysia's), most of the 2.5 KB between the session's start and the
# gazetteer's commit (355,099 -> 357,628 with three small rules); session 26's other rules (a bare clause's
# subject with an appositive, verbs of finding after their words, a gesture before a question,
# the writer's question, acronyms and bodies named with "of" before a role, a role held in a
# place, a surname before an appositive role, a signature's occupation, trailing settings,
# "the company" past an agency, a product recalled) and 38 lexicon lines add 2.6 KB with no
# new dependency: the page total went to 360,200 bytes (a list of words moved from a match
# into a slice won back 81), and to 360,312 with the last five countries and "Rescue".
# 352 KiB -> 356 KiB in session 27 (issue 3): session 27's rules, from news of new kinds (a
# business page, a central bank, a strike, a protest, a court, a press release, a live blog, a
# military briefing, a palace statement, names from Spanish, Arabic and Chinese: firms named
# with "&" as one word, titles in capitals after a name with their body, "chairman of the
# board of", a body's word opening a sentence as part of the role, plural possessives inside a
# "for" phrase, "Will" as a first name and "WHO" as a body, a time stamp as no words, "al-"
# names, compound surnames with a role, owners inside a body after "of", "that" before a
# plural subject, ranks and titles of birth after a role, "former" before a role's body,
# occupations after a dash, "the palace") and 8 lexicon lines add 2.5 KB with no new
# dependency (362,773 bytes); the runs' covering pieces placed by a counting sort, so that a
# paragraph of thousands of statements is no longer quadratic, 0.8 KB (a sort by key first
# cost 1.8 KB): the page total went from 360,312 to 363,536 bytes.
# 356 KiB -> 360 KiB in session 28 (issue 3): session 28's rules, from news of new kinds (a
# wire story with its agency, a Commons row, a Q&A, an obituary, a memoir, a sentencing over
# several paragraphs, a profile, a recall, European regulators: verbs that name with a
# complement closing no words, a dateline's agency, departments named with "and" before their
# title, titles ending a body's name, ranks ending a name, "first" as an adjective of a
# subject, participles after a subordinate clause, appositives after "according to", gestures
# with what they meet, "X-based", a body's place after "in", particles in a name after the
# verb, single names that report their plans as "it", a country's possessive before a body,
# a colon closing a paragraph before the quotation, "an aide to", streets and suburbs) and 12
# lexicon lines add 3.1 KB with no new dependency: the page total went from 363,536 to
# 366,685 bytes.
# 360 KiB -> 364 KiB in session 29 (issue 3): session 29's rules, from news of new kinds (a
# port strike, a drag-law ruling, a chipmaker's quarter, a Commons row over fuel payments, an
# arson arrest, bird flu, Gaza aid, a school profile, Boeing's layoffs, an election night, a
# phone launch, a fraud trial, the Fed, a wildfire: a name's possessive before a person or a
# role as affiliation, a surname that names a broadcaster, someone in a place named by an
# unknown noun, a parenthetical cue after a colon, "for" inside a body's name, a quotation
# keeping its speaker before "according to" a record, names in apposition to a body, the
# holder of an owner's role as "he", a participle after an appositive subject, "said about"
# a count, the name opening what "the company" reports, a title's possessive naming a
# thing, "un-" participles, longer appositive roles, roles in apposition before a closing
# cue) and 9 lexicon lines add 3.0 KB with no new dependency: the page total went from
# 366,685 to 369,747 bytes.
# 364 KiB -> 368 KiB in session 30 (issue 3): session 30's rules, from 50 made-up articles of
# new kinds (a Security Council veto, a robotaxi post, an inquest, a palace statement, EU trade,
# a hurricane, a dismissal ruling, hostage talks, an obituary, a bank's results, a transfer, a
# layoff memo, a maternity review, a fossil, a measles warning, a Senate concession, a border
# shelter, an EU fine, a resignation, a derby, a markets wrap, a verdict): roles of capitalised
# bodies and envoys "to" a place, roles and groups opening a sentence as antecedents of "he"
# and "they", a body's office somewhere, particles in names ("da Silva", "Mr. de Groot", "ten
# Hag"), "that" after "called", participles inside a subject, nationalities for the person
# named before, businesses named after "the drugmaker", section labels before a headline's
# colon, a role's appositive name past a participle phrase, bodies named after a mountain,
# abbreviated titles written out in roles, and 18 lexicon lines add 4.1 KB with no new
# dependency (slices instead of matches for the new word lists were tried and won nothing):
# the page total went from 369,747 to 373,896 bytes.
# 368 KiB -> 372 KiB in session 31 (issue 3): session 31's rules, from 30 made-up articles of
# new kinds (a care-home fraud sentencing, dolphins and microplastics, a phone launch, a
# wildfire, a Q&A, Prime Minister's Questions, a crypto plea, a cup exit, a climate deal, a
# hit-and-run appeal, a tennis semi-final, a green-belt row, a robotaxi call, a broadcaster's
# obituary, a whooping-cough warning, a letter, a birthright-citizenship hearing, a hostage's
# release, a data breach, a moon-mission delay, the Fed, a tenants' lawsuit, an Indian election,
# a transfer, a strike vote, a royal interview, a drinks limit, flood sirens, a four-day week,
# Ukraine talks): a body's name with "for"/"of" past "and", the word before a surname's
# particle, epithets ("the forward", "the Republican", "the world No. 1"), a headline
# quotation said by whoever says it below, "of <body>" in apposition, an owner of a company's
# officer, acronyms for things, refusals to tell after reported words, letters after a name
# (KC, MP), an owner before two names, "No." before a number, the main clause's subject after a
# fronted clause, "the force", a place between "said" and "that", nouns qualified by a place,
# "it" for a body that just spoke, "close to", a capital before a city's office, and 6 lexicon
# lines (2 removed) add 4.0 KB with no new dependency: the page total went from 373,896 to 377,891 bytes.
# 372 KiB -> 376 KiB in session 32 (issue 3): session 32's rules, from 53 made-up articles of
# new kinds (flight cancellations, a bribery verdict, a diet study, library closures, a
# cancelled tour, Israel and Hezbollah, a late winner, a rates decision, an A&E wait, a stopgap
# bill, a privacy fine, school flu, a plot case, farmers' blockades, a visa Q&A, a heat wave, a
# city budget, a senator's aide, a volcano, a rail deal, a summit, a pay revolt, an abortion
# ban, a cup exit, boil-water notices, a Booker, a police shooting, drones over Kyiv, a court
# ruling, tributes, a record transfer, chip earnings, a stabbing appeal, a governors' debate,
# wire quotations, a chef's closures, a tornado, job cuts, a moon delay, an arms sale): roles
# with an acronym or three words before "at", a firm after a person's names, roles owned by
# "its", "the company's" or "for the agency", a single name before a lower-case role, bodies
# beside a word for a body, "despite"/"amid"/a time after a mid-sentence cue, a party before a
# name the lexicon does not know, quantifiers before a plural, "was quoted by ... as saying",
# "Said one diplomat familiar with ...:", a common-noun source before "who", an owned body as
# the antecedent of "it", and 23 lexicon lines add 3.8 KB with no new dependency: the page
# total went from 377,891 to 381,696 bytes.
# Session 33 (issue 3) stayed inside 376 KiB: its rules (owners of roles found from "its", a
# body's word or a capital, dotted lower-case names, "used to say", questions put to the
# subject, goods recalled, bodies by their own word) and 14 lexicon lines took the page total
# from 381,696 to 384,486 bytes, 538 under the budget: the next rules need a raise or bytes
# won back.
# 376 KiB -> 380 KiB in session 34 (issue 3): session 34's rules, from 46 made-up articles of
# new kinds (a mayor's fraud verdict, a derby draw, snow on an expressway, a pop star's
# divorce, Moldova's talks, a foldable phone, a moon delay, a park assault, a food study, a
# wildfire, a phone ban, a rates hold, an Indian election, a crash appeal, an airline outage,
# microplastics, a dock strike, a memoir, a drag ruling, a snap election, Nigeria's rates, an
# interview without labels, a jazz obituary, a police chase, drones over Kyiv, a heatwave, a
# veto, a car recall, a sprinter's retirement, a Christmas address, a funding release, an
# apology, a bridge plot, a Commons debate, a chef's lawsuit, a storm, an AI model, measles, a
# financier's indictment, a travel warning, a festival, a teachers' strike, a confidence
# vote): words that rank an office, a nationality or an epithet for the person named before,
# a name's possessive after "a" and a noun, a statement named in an earlier frame, "May" as a
# surname, "dismissed as",
# "has always"/"has long", a name "which" stands for, documents published on a day and their
# issuers, a relative named as such, "himself", an occupation before a name after "said", a
# second cue for the same words, a people's plural after a country, a holiday's name, an
# interview in questions and answers without labels, someone who says "he" of themselves, a
# listener before a bare plural and a modal, capitals inside a word, a name set off after "the
# band," and 5 lexicon lines (1 changed) add 3.3 KB with no new dependency: the page total
# went from 384,486 to 387,877 bytes.
# 380 KiB -> 384 KiB in session 35 (issue 3): session 35's rules, from 81 made-up articles of
# new kinds (a fraud sentencing, a striker's signing, layoffs, a Security Council veto, a
# wildfire feature, an Australian election row, water on a planet, a strike vote, a hospital
# corridor, a snap election abroad, a minister before a committee, a folk singer's death, leaf
# blowers, an oil cut, a climber's record, panda cubs, a trial witness, an airstrike, a vape
# death, a recall, an eviction, an obstruction charge, a drought, a tax rise, a quake, a price
# rise, an Easter message, bus lanes, a doping ban, a market's anniversary, a pension row, a
# court hearing, a storm, branch closures, a village pub, a ceasefire, a fees protest, a
# minister's resignation, a feud online, a withdrawn bill, a joint statement, a data breach, a
# goalkeeper's error, rigged rolls, a live blog, a glacier, a final, a king's absence, a
# lawsuit, an interview, a debate refusal, chip profits, a column, a whistleblower): a
# nationality of another country and the subject a nationality stands for, "the club", a
# country of two words, a branch's number, "head keeper", "its" after a quotation, a name "of
# the" body in apposition, a business by its first word, papers published in journals, a
# shadow office, "as" without a comma, "Unit", "that" and a noun, a name set off after an
# "according to" source, customers as listeners, a group named with where it is, a
# participle of speech opening the sentence with a quotation, a storm's name, a group close
# to something, "who" after someone familiar with it, time stamps, "on" in a body's name, a
# name after a listener, where words were said, planemakers, record labels, textiles makers,
# a club by one word, a name after an owner's role behind "said", a particle after an
# occupation, and 6 lexicon lines add 4.3 KB with no new dependency: the page total went
# from 387,877 to 392,129 bytes.
BUDGET=393216
total=0
worker=0
printf '%-50s %10s %10s\n' "file" "raw" "gzip"
for file in $(find dist -type f | sort); do
  [ -f "$file" ] || continue
  raw=$(stat -c%s "$file")
  gz=$(gzip -9c "$file" | wc -c)
  printf '%-50s %10d %10d\n' "$file" "$raw" "$gz"
  case "$file" in
    # The analysis worker loads only for long articles: measured on its own.
    dist/worker*) worker=$((worker + gz)) ;;
    *.wasm|*.js|*.css|*.html) total=$((total + gz)) ;;
  esac
done
printf '%-50s %10s %10d (loaded only for articles over 200 KB)\n' "analysis worker (gzip)" "" "$worker"
printf '%-50s %10s %10d (budget %d)\n' "page total (gzip)" "" "$total" "$BUDGET"
if [ "$total" -gt "$BUDGET" ]; then
  echo "size budget exceeded by $((total - BUDGET)) bytes" >&2
  exit 1
fi
