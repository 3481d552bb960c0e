//! Interface text with the dataset's own words inside it: a chart's reading in French names
//! "Asylum" or "Bali Process", which are English data. The view marks those parts
//! `lang="en"`, so a screen reader pronounces them as English; this finds them.

/// Splits `text` into parts, each with whether it is one of `data` (the dataset's English
/// words that may occur in it). At each place the longest matching word wins, so "Labour
/// migration" is one part even when "Labour" is also a word. Empty words are ignored. The
/// parts joined give `text` back.
pub fn marked_parts(text: &str, data: &[String]) -> Vec<(String, bool)> {
    let mut words: Vec<&str> = data
        .iter()
        .map(String::as_str)
        .filter(|w| !w.is_empty())
        .collect();
    crate::stable_sort::sort_by_key(&mut words, |w| std::cmp::Reverse(w.len()));
    let mut parts: Vec<(String, bool)> = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        match words.iter().find(|w| rest.starts_with(**w)) {
            Some(word) => {
                if !plain.is_empty() {
                    parts.push((std::mem::take(&mut plain), false));
                }
                parts.push((word.to_string(), true));
                rest = &rest[word.len()..];
            }
            None => {
                plain.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
    }
    if !plain.is_empty() {
        parts.push((plain, false));
    }
    parts
}
