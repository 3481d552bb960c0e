//! Numbers, percentages, counted nouns and dates written the way each language writes them
//! (CLDR conventions): "1,234" / "1 234" / "1234", "45.8%" / "45,8 %" / "45,8 %",
//! "5 April 2019" / "5 avril 2019" / "5 de abril de 2019".

use super::Lang;

/// French groups thousands and separates "%" with a narrow no-break space (CLDR).
const NARROW_NBSP: char = '\u{202F}';
/// Spanish separates "%" with a no-break space (CLDR).
const NBSP: char = '\u{A0}';

/// Replaces each `{name}` in a template with its value. Names not given stay as they are,
/// so a mistake shows on screen and in the tests rather than vanishing.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut text = template.to_string();
    for (name, value) in values {
        text = text.replace(&format!("{{{name}}}"), value);
    }
    text
}

/// A whole number with the language's thousands separator. Spanish groups only from five
/// digits ("1234", "12.345"), as CLDR's minimum grouping digits say.
pub fn number(lang: Lang, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let separator = match lang {
        Lang::En => Some(','),
        Lang::Fr => Some(NARROW_NBSP),
        Lang::Es if digits.len() >= 5 => Some('.'),
        Lang::Es => None,
    };
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            if let Some(separator) = separator {
                grouped.push(separator);
            }
        }
        grouped.push(digit);
    }
    if n < 0 {
        format!("-{grouped}")
    } else {
        grouped
    }
}

/// A decimal number with `places` digits after the language's decimal mark.
pub fn decimal(lang: Lang, value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let whole = whole.parse::<i64>().map_or_else(
        |_| whole.to_string(),
        |w| {
            // "-0.4" parses its whole part as 0: keep the sign.
            let sign = if w == 0 && whole.starts_with('-') {
                "-"
            } else {
                ""
            };
            format!("{sign}{}", number(lang, w))
        },
    );
    if fraction.is_empty() {
        whole
    } else {
        let mark = if lang == Lang::En { '.' } else { ',' };
        format!("{whole}{mark}{fraction}")
    }
}

/// A percentage of `value` (already in percent) with `places` decimals.
pub fn percent(lang: Lang, value: f64, places: usize) -> String {
    let number = decimal(lang, value, places);
    match lang {
        Lang::En => format!("{number}%"),
        Lang::Fr => format!("{number}{NARROW_NBSP}%"),
        Lang::Es => format!("{number}{NBSP}%"),
    }
}

/// "1 ISCM" or "3 ISCMs": the template for one or for other counts, with `{n}` filled in.
/// French uses the singular for 0 and 1; English and Spanish for 1 only (CLDR plural rules).
pub fn count(lang: Lang, n: usize, one: &str, other: &str) -> String {
    let singular = match lang {
        Lang::Fr => n <= 1,
        Lang::En | Lang::Es => n == 1,
    };
    let template = if singular { one } else { other };
    fill(template, &[("n", &number(lang, n as i64))])
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// The name of month 1 to 12 (lower case in French and Spanish, as they write it).
pub fn month_name(lang: Lang, month: u32) -> Option<&'static str> {
    let index = usize::try_from(month.checked_sub(1)?).ok()?;
    match lang {
        Lang::En => MONTHS_EN.get(index),
        Lang::Fr => MONTHS_FR.get(index),
        Lang::Es => MONTHS_ES.get(index),
    }
    .copied()
}

/// A full date: "5 April 2019", "1er avril 2019", "5 de abril de 2019".
pub fn date(lang: Lang, year: i32, month: u32, day: u32) -> Option<String> {
    let name = month_name(lang, month)?;
    if !(1..=31).contains(&day) {
        return None;
    }
    Some(match lang {
        Lang::En => format!("{day} {name} {year}"),
        Lang::Fr if day == 1 => format!("1er {name} {year}"),
        Lang::Fr => format!("{day} {name} {year}"),
        Lang::Es => format!("{day} de {name} de {year}"),
    })
}

/// An ISO date ("2019-04-05") written in the language; None if it is not one.
pub fn date_iso(lang: Lang, iso: &str) -> Option<String> {
    let mut parts = iso.splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month = parts.next()?.parse().ok()?;
    let day = parts.next()?.get(..2)?.parse().ok()?;
    date(lang, year, month, day)
}

/// An English "June 2019" from the data written in the language ("juin 2019",
/// "junio de 2019"); None if the text is not a month and a year.
pub fn month_year(lang: Lang, english: &str) -> Option<String> {
    let (month, year) = english.trim().split_once(' ')?;
    let year: i32 = year.trim().parse().ok()?;
    let index = MONTHS_EN
        .iter()
        .position(|m| m.eq_ignore_ascii_case(month))?;
    let name = month_name(lang, index as u32 + 1)?;
    Some(match lang {
        Lang::Es => format!("{name} de {year}"),
        Lang::En | Lang::Fr => format!("{name} {year}"),
    })
}
