//! Lowercase without the standard library's Unicode table.
//!
//! `char::to_lowercase` carries a table of every cased character (12 kB in the wasm, 4 kB
//! gzipped, on every visitor's first load). The app lowercases for matching and sorting
//! only, and its texts are in Latin, Greek, Cyrillic, Armenian and Georgian scripts at most,
//! so these rules cover those scripts' blocks (plus fullwidth Latin, Roman numerals and
//! circled letters) and keep every other character as it is. The tests hold the rules to
//! the standard library: where a rule applies it gives exactly `char::to_lowercase`, and no
//! character ever gets a lowercase the standard library would not give it.

/// The lowercase of `c`: one character, `c` itself where it has none (or none covered here).
pub fn lower(c: char) -> char {
    let u = c as u32;
    let mapped = match u {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE => u + 0x20,
        0x0130 => 0x69, // İ: `i` (the standard library adds a combining dot)
        0x0100..=0x012F | 0x0132..=0x0137 | 0x014A..=0x0177 => u | 1,
        0x0139..=0x0148 | 0x0179..=0x017E if u % 2 == 1 => u + 1,
        0x0178 => 0xFF,
        0x0386 => 0x03AC,
        0x0388..=0x038A => u + 0x25,
        0x038C => 0x03CC,
        0x038E..=0x038F => u + 0x3F,
        0x0391..=0x03A1 | 0x03A3..=0x03AB => u + 0x20,
        0x03D8..=0x03EF => u | 1,
        0x0400..=0x040F => u + 0x50,
        0x0410..=0x042F => u + 0x20,
        0x0460..=0x0481 | 0x048A..=0x04BF | 0x04D0..=0x052F => u | 1,
        0x04C0 => 0x04CF,
        0x04C1..=0x04CE if u % 2 == 1 => u + 1,
        0x0531..=0x0556 => u + 0x30,
        0x10A0..=0x10C5 | 0x10C7 | 0x10CD => u + 0x1C60,
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF => u | 1,
        0x1E9E => 0xDF,
        0x2126 => 0x03C9, // Ohm sign: ω
        0x212A => 0x6B,   // Kelvin sign: k
        0x212B => 0xE5,   // Ångström sign: å
        0x2132 => 0x214E,
        0x2183 => 0x2184,
        0x2160..=0x216F => u + 0x10,
        0x24B6..=0x24CF => u + 0x1A,
        0xFF21..=0xFF3A => u + 0x20,
        _ => u,
    };
    char::from_u32(mapped).unwrap_or(c)
}

/// `text` with every character through [`lower`].
pub fn lower_str(text: &str) -> String {
    text.chars().map(lower).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The standard library's lowercase of `c` when it is one character.
    fn std_lower(c: char) -> Option<char> {
        let mut all = c.to_lowercase();
        match (all.next(), all.next()) {
            (Some(l), None) => Some(l),
            _ => None,
        }
    }

    #[test]
    fn never_gives_a_lowercase_the_standard_library_would_not() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let ours = lower(c);
            if ours != c && c != 'İ' {
                assert_eq!(Some(ours), std_lower(c), "{c:?} U+{:04X}", c as u32);
            }
        }
        // İ lowercases to `i` + combining dot above; the dot is what matching drops anyway.
        assert_eq!(lower('İ'), 'i');
    }

    #[test]
    fn covers_every_cased_letter_of_the_blocks_it_claims() {
        let blocks = [
            0x0000..=0x024F, // Basic Latin, Latin-1, Latin Extended-A (Extended-B partly)
            0x0370..=0x03FF, // Greek and Coptic
            0x0400..=0x052F, // Cyrillic and its supplement
            0x0530..=0x058F, // Armenian
            0x10A0..=0x10FF, // Georgian
            0x1E00..=0x1EFF, // Latin Extended Additional
            0x2100..=0x214F, // Letterlike symbols (Ohm, Kelvin, Ångström signs)
            0x2150..=0x218F, // Number forms (Roman numerals)
            0x2460..=0x24FF, // Enclosed alphanumerics (circled letters)
            0xFF00..=0xFFEF, // Fullwidth forms
        ];
        let extended_b = 0x0180..=0x024F;
        let mut missed = Vec::new();
        for block in blocks {
            for c in block.filter_map(char::from_u32) {
                if extended_b.contains(&(c as u32)) {
                    continue;
                }
                if let Some(l) = std_lower(c).filter(|&l| l != c) {
                    if lower(c) != l {
                        missed.push(format!("U+{:04X}", c as u32));
                    }
                }
            }
        }
        // Greek capitals with no small form in the same block's pattern (ϴ, ϷϹϺϽϾϿ…) stay.
        missed.retain(|u| !GREEK_LEFT_ALONE.contains(&u.as_str()));
        assert!(missed.is_empty(), "not lowercased: {missed:?}");
    }

    /// Rare Greek letters (archaic and Coptic-era forms) the rules leave alone, named so
    /// the list cannot grow unnoticed.
    const GREEK_LEFT_ALONE: &[&str] = &[
        "U+0370", "U+0372", "U+0376", "U+037F", "U+03CF", "U+03F4", "U+03F7", "U+03F9", "U+03FA",
        "U+03FD", "U+03FE", "U+03FF",
    ];

    #[test]
    fn lowercases_the_app_s_languages_and_neighbours() {
        assert_eq!(lower_str("ÉTATS Ñandú"), "états ñandú");
        assert_eq!(lower_str("ΑΘΗΝΑ"), "αθηνα");
        assert_eq!(lower_str("МОСКВА Ёлка"), "москва ёлка");
        assert_eq!(lower_str("ŁÓDŹ ŒUVRE Ÿ"), "łódź œuvre ÿ");
        assert_eq!(lower_str("ẞ"), "ß");
        assert_eq!(lower_str("→ 123 ×"), "→ 123 ×");
    }
}
