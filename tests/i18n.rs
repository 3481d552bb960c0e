//! The three interface languages (issue #8): every table complete in English, French and
//! Spanish, the same `{placeholders}` in each, and numbers, dates and language choice right.

use iscm_explorer::i18n::{
    charts::ChartsText, count, date_iso, decimal, explorer::ExplorerText, grcp8::Grcp8Text,
    month_year, number, pages::PagesText, percent, shell::ShellText, topics::TopicsText, Lang,
};

/// Every table's entries in one language: (table, key, string).
fn all_entries(lang: Lang) -> Vec<(&'static str, &'static str, &'static str)> {
    let mut all = Vec::new();
    let mut add = |table: &'static str, entries: Vec<(&'static str, &'static str)>| {
        all.extend(entries.into_iter().map(|(key, text)| (table, key, text)));
    };
    add("shell", ShellText::of(lang).entries());
    add("explorer", ExplorerText::of(lang).entries());
    add("charts", ChartsText::of(lang).entries());
    add("pages", PagesText::of(lang).entries());
    add("grcp8", Grcp8Text::of(lang).entries());
    add("topics", TopicsText::of(lang).entries());
    all
}

/// The `{name}` placeholders of a template, sorted.
fn placeholders(text: &str) -> Vec<String> {
    let mut names: Vec<String> = text
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name.to_string()))
        .collect();
    names.sort();
    names
}

/// Strings that are rightly the same in all three languages: names and acronyms of the
/// source, and symbols.
fn same_everywhere(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().all(|word| {
        word.chars().all(|c| c.is_ascii_digit() || c.is_uppercase())
            || matches!(
                *word,
                "n" | "CSV"
                    | "SVG"
                    | "PNG"
                    | "Annex"
                    | "Total"
                    | "Type"
                    | "Excel"
                    | "ISCMs"
                    | "RCPs"
                    | "IRFs"
                    | "ISBN"
                    | "n1"
                    | "n2"
                    | "name"
                    | "value"
                    | "id"
                    | "Date"
                    | "No"
                    | "Rapporteur"
                    | "Introduction"
                    | "Discussion"
            )
    })
}

#[test]
fn every_string_exists_in_every_language_with_the_same_placeholders() {
    let english = all_entries(Lang::En);
    assert!(english.len() > 10, "the tables are filled");
    for lang in [Lang::Fr, Lang::Es] {
        let other = all_entries(lang);
        assert_eq!(other.len(), english.len());
        for ((table, key, en), (_, _, text)) in english.iter().zip(&other) {
            assert!(
                !text.trim().is_empty(),
                "{table}.{key} is empty in {lang:?}"
            );
            assert_eq!(
                placeholders(en),
                placeholders(text),
                "{table}.{key} in {lang:?} has other placeholders: {en:?} / {text:?}"
            );
            assert_eq!(
                en.starts_with(' '),
                text.starts_with(' '),
                "{table}.{key}: leading space differs in {lang:?}"
            );
            assert_eq!(
                en.ends_with(' '),
                text.ends_with(' '),
                "{table}.{key}: trailing space differs in {lang:?}"
            );
            assert!(
                text != en || same_everywhere(en),
                "{table}.{key} is still English in {lang:?}: {en:?}"
            );
        }
    }
    for (table, key, en) in english {
        assert!(!en.trim().is_empty(), "{table}.{key} is empty in English");
    }
}

#[test]
fn french_puts_a_no_break_space_before_high_punctuation() {
    for (table, key, text) in all_entries(Lang::Fr) {
        for (i, c) in text.char_indices() {
            if matches!(c, ':' | ';' | '?' | '!') && i > 0 {
                let before = text[..i].chars().next_back().unwrap_or(' ');
                let after = text[i + c.len_utf8()..].chars().next();
                // "https://", "{n}:{m}" and times are not punctuation.
                let is_punctuation = after.is_none_or(|a| a == ' ' || a == '\u{a0}');
                assert!(
                    !is_punctuation || before == '\u{a0}' || before == '\u{202f}',
                    "fr {table}.{key}: no-break space before {c:?} in {text:?}"
                );
            }
        }
    }
}

#[test]
fn numbers_follow_each_language() {
    assert_eq!(number(Lang::En, 1234567), "1,234,567");
    assert_eq!(number(Lang::Fr, 1234), "1\u{202f}234");
    assert_eq!(number(Lang::Es, 1234), "1234");
    assert_eq!(number(Lang::Es, 12345), "12.345");
    assert_eq!(number(Lang::En, 195), "195");
    assert_eq!(number(Lang::En, -3000), "-3,000");
    assert_eq!(decimal(Lang::En, 45.83, 1), "45.8");
    assert_eq!(decimal(Lang::Fr, 45.83, 1), "45,8");
    assert_eq!(decimal(Lang::Es, -0.4, 1), "-0,4");
    assert_eq!(decimal(Lang::En, 1234.6, 0), "1,235");
    assert_eq!(percent(Lang::En, 45.8, 1), "45.8%");
    assert_eq!(percent(Lang::Fr, 45.8, 1), "45,8\u{202f}%");
    assert_eq!(percent(Lang::Es, 50.0, 0), "50\u{a0}%");
}

#[test]
fn counted_nouns_follow_each_language_plural_rule() {
    let (one, other) = ("{n} ISCM", "{n} ISCMs");
    assert_eq!(count(Lang::En, 0, one, other), "0 ISCMs");
    assert_eq!(count(Lang::En, 1, one, other), "1 ISCM");
    assert_eq!(count(Lang::Fr, 0, "{n} thème", "{n} thèmes"), "0 thème");
    assert_eq!(count(Lang::Fr, 2, "{n} thème", "{n} thèmes"), "2 thèmes");
    assert_eq!(count(Lang::Es, 0, "{n} tema", "{n} temas"), "0 temas");
    assert_eq!(count(Lang::Fr, 1500, "{n} a", "{n} b"), "1\u{202f}500 b");
}

#[test]
fn dates_follow_each_language() {
    assert_eq!(date_iso(Lang::En, "2019-04-05").unwrap(), "5 April 2019");
    assert_eq!(date_iso(Lang::Fr, "2019-04-05").unwrap(), "5 avril 2019");
    assert_eq!(date_iso(Lang::Fr, "2019-04-01").unwrap(), "1er avril 2019");
    assert_eq!(
        date_iso(Lang::Es, "2019-04-05").unwrap(),
        "5 de abril de 2019"
    );
    assert_eq!(
        date_iso(Lang::En, "2019-04-05T09:45").unwrap(),
        "5 April 2019"
    );
    for bad in [
        "",
        "2019",
        "2019-13-01",
        "2019-00-01",
        "2019-04-32",
        "x-y-z",
        "2019-04-",
    ] {
        assert_eq!(date_iso(Lang::Fr, bad), None, "{bad:?}");
    }
    assert_eq!(month_year(Lang::Fr, "June 2019").unwrap(), "juin 2019");
    assert_eq!(month_year(Lang::Es, "June 2019").unwrap(), "junio de 2019");
    assert_eq!(month_year(Lang::En, "June 2019").unwrap(), "June 2019");
    assert_eq!(month_year(Lang::Fr, "Summer 2019"), None);
    assert_eq!(month_year(Lang::Fr, "June"), None);
}

#[test]
fn the_address_then_the_remembered_choice_then_the_browser_choose_the_language() {
    let browser = |tags: &[&str]| tags.iter().map(|t| t.to_string()).collect::<Vec<_>>();
    assert_eq!(Lang::negotiate(None, None, &[]), Lang::En);
    assert_eq!(
        Lang::negotiate(None, None, &browser(&["de-DE", "es-419", "fr"])),
        Lang::Es
    );
    assert_eq!(
        Lang::negotiate(None, Some("fr"), &browser(&["es"])),
        Lang::Fr
    );
    assert_eq!(
        Lang::negotiate(Some("ES"), Some("fr"), &browser(&["en"])),
        Lang::Es
    );
    // Unknown or hostile values are skipped, never an error.
    assert_eq!(
        Lang::negotiate(Some("<script>"), Some("klingon"), &browser(&["fr-CA"])),
        Lang::Fr
    );
    assert_eq!(Lang::negotiate(Some(""), None, &browser(&["zz"])), Lang::En);
}

#[test]
fn lang_is_read_from_and_written_into_the_search_string() {
    assert_eq!(Lang::from_search("?embed&lang=fr"), Some("fr"));
    assert_eq!(Lang::from_search("?lang=fr&lang=es"), Some("es"));
    assert_eq!(Lang::from_search("?embed=1"), None);
    assert_eq!(Lang::from_search(""), None);
    assert_eq!(Lang::from_search("?lang"), Some(""));
    assert_eq!(Lang::Fr.in_search(""), "?lang=fr");
    assert_eq!(Lang::Es.in_search("?embed&lang=fr"), "?embed&lang=es");
    assert_eq!(Lang::En.in_search("?lang=fr&embed=1"), "?embed=1&lang=en");
}

#[test]
fn the_dataset_words_inside_interface_text_are_found_longest_first() {
    use iscm_explorer::i18n::marked::marked_parts;
    let data = vec![
        "Labour".to_string(),
        "Labour migration".to_string(),
        "Asylum".to_string(),
        String::new(),
    ];
    let text = "Thèmes les plus fréquents\u{a0}: Labour migration et Asylum (Labour).";
    let parts = marked_parts(text, &data);
    assert_eq!(
        parts,
        vec![
            ("Thèmes les plus fréquents\u{a0}: ".to_string(), false),
            ("Labour migration".to_string(), true),
            (" et ".to_string(), false),
            ("Asylum".to_string(), true),
            (" (".to_string(), false),
            ("Labour".to_string(), true),
            (").".to_string(), false),
        ]
    );
    let joined: String = parts.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(joined, text, "the parts give the text back");
    assert_eq!(marked_parts("", &data), vec![]);
    assert_eq!(
        marked_parts("sans données", &[]),
        vec![("sans données".to_string(), false)]
    );
}
