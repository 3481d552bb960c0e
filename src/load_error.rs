//! Why the dataset could not be loaded, in words a visitor can act on.

use crate::i18n::shell::ShellText;
use crate::i18n::{fill, number, Lang};

/// A failure to load one dataset file. Every variant maps to a plain message; none panics.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    /// The server answered 404: the file is not where the app expects it.
    NotFound { url: String },
    /// The server answered with another error status.
    Http { url: String, status: u16 },
    /// No answer at all: offline, DNS, refused connection, blocked request.
    Network { url: String },
    /// No complete answer within the time limit.
    Timeout { url: String, seconds: u32 },
    /// An answer that is not the JSON the app expects.
    Malformed { url: String, detail: String },
    /// JSON of the right shape whose content breaks the dataset's rules.
    Invalid { url: String, problems: Vec<String> },
}

/// How many validation problems an error message lists before summarising the rest.
const PROBLEMS_SHOWN: usize = 5;

impl LoadError {
    /// A short heading for the error state.
    pub fn title(&self, lang: Lang) -> &'static str {
        let t = ShellText::of(lang);
        match self {
            LoadError::NotFound { .. } => t.error_missing,
            LoadError::Http { .. } => t.error_http,
            LoadError::Network { .. } => t.error_network,
            LoadError::Timeout { .. } => t.error_timeout,
            LoadError::Malformed { .. } => t.error_damaged,
            LoadError::Invalid { .. } => t.error_invalid,
        }
    }

    /// What happened and what the visitor can do, in one or two sentences. The technical
    /// detail of a damaged or invalid file (the JSON reader's and the validation's words) is
    /// English in every language, and said to be.
    pub fn message(&self, lang: Lang) -> String {
        let t = ShellText::of(lang);
        let in_english = |detail: &str| match lang {
            Lang::En => detail.to_string(),
            _ => format!("{detail} {}", t.error_details_english),
        };
        match self {
            LoadError::NotFound { url } => fill(t.error_missing_text, &[("url", url)]),
            LoadError::Http { url, status } => fill(
                t.error_http_text,
                &[("url", url), ("status", &status.to_string())],
            ),
            LoadError::Network { url } => fill(t.error_network_text, &[("url", url)]),
            LoadError::Timeout { url, seconds } => fill(
                t.error_timeout_text,
                &[("url", url), ("seconds", &seconds.to_string())],
            ),
            LoadError::Malformed { url, detail } => fill(
                t.error_damaged_text,
                &[("url", url), ("detail", &in_english(detail))],
            ),
            LoadError::Invalid { url, problems } => {
                let mut shown: Vec<&str> = problems
                    .iter()
                    .take(PROBLEMS_SHOWN)
                    .map(String::as_str)
                    .collect();
                let more = (problems.len() > PROBLEMS_SHOWN).then(|| {
                    let n = number(lang, (problems.len() - PROBLEMS_SHOWN) as i64);
                    fill(t.error_more, &[("n", &n)])
                });
                if let Some(more) = &more {
                    shown.push(more);
                }
                fill(
                    t.error_invalid_text,
                    &[
                        ("url", url),
                        ("n", &number(lang, problems.len() as i64)),
                        ("problems", &in_english(&shown.join("; "))),
                    ],
                )
            }
        }
    }

    /// Classifies an HTTP status that is not a success.
    pub fn from_status(url: &str, status: u16) -> LoadError {
        if status == 404 || status == 410 {
            LoadError::NotFound {
                url: url.to_string(),
            }
        } else {
            LoadError::Http {
                url: url.to_string(),
                status,
            }
        }
    }
}

/// A fetched body as text. The browser's `Response.text()` would quietly turn bytes that are
/// not UTF-8 into U+FFFD and show them as `�` among the facts; a file in another encoding
/// is reported as damaged instead. A leading byte-order mark is dropped, as `text()` does.
pub fn utf8_text(url: &str, bytes: Vec<u8>) -> Result<String, LoadError> {
    let text = String::from_utf8(bytes).map_err(|error| LoadError::Malformed {
        url: url.to_string(),
        detail: format!(
            "it is not UTF-8 text: byte {} is not valid UTF-8",
            error.utf8_error().valid_up_to() + 1
        ),
    })?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_are_classified() {
        assert!(matches!(
            LoadError::from_status("d.json", 404),
            LoadError::NotFound { .. }
        ));
        assert!(matches!(
            LoadError::from_status("d.json", 500),
            LoadError::Http { status: 500, .. }
        ));
    }

    #[test]
    fn every_error_names_the_file_and_has_a_title() {
        let url = "data/iscms.json";
        let errors = [
            LoadError::NotFound { url: url.into() },
            LoadError::Http {
                url: url.into(),
                status: 503,
            },
            LoadError::Network { url: url.into() },
            LoadError::Timeout {
                url: url.into(),
                seconds: 15,
            },
            LoadError::Malformed {
                url: url.into(),
                detail: "expected value at line 1 column 1".into(),
            },
            LoadError::Invalid {
                url: url.into(),
                problems: vec!["iscms[0].id: empty".into()],
            },
        ];
        for error in errors {
            for lang in Lang::ALL {
                assert!(!error.title(lang).is_empty());
                let message = error.message(lang);
                assert!(message.contains(url), "{error:?}");
                assert!(!message.contains('{'), "a placeholder left in {message:?}");
            }
        }
    }

    #[test]
    fn long_problem_lists_are_summarised() {
        let problems: Vec<String> = (0..12).map(|i| format!("problem {i}")).collect();
        let message = LoadError::Invalid {
            url: "x".into(),
            problems,
        }
        .message(Lang::En);
        assert!(message.contains("12 of the dataset's rules"));
        assert!(message.contains("problem 4"));
        assert!(!message.contains("problem 5;"));
        assert!(message.contains("and 7 more"));
    }

    #[test]
    fn bodies_must_be_utf8() {
        assert_eq!(utf8_text("d.json", b"{}".to_vec()), Ok("{}".to_string()));
        assert_eq!(
            utf8_text("d.json", b"\xef\xbb\xbf[1]".to_vec()),
            Ok("[1]".to_string())
        );
        // "café" in Latin-1: the fifth byte, 0xE9, starts no UTF-8 sequence.
        let error = utf8_text("d.json", b"\"caf\xe9\"".to_vec()).unwrap_err();
        assert!(matches!(error, LoadError::Malformed { .. }));
        assert!(
            error.message(Lang::En).contains("not UTF-8"),
            "{}",
            error.message(Lang::En)
        );
        assert!(
            error.message(Lang::En).contains("byte 5"),
            "{}",
            error.message(Lang::En)
        );
    }
}
