//! Why the dataset could not be loaded, in words a visitor can act on.

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
    pub fn title(&self) -> &'static str {
        match self {
            LoadError::NotFound { .. } => "The data file is missing",
            LoadError::Http { .. } => "The server could not send the data",
            LoadError::Network { .. } => "The data could not be reached",
            LoadError::Timeout { .. } => "The data took too long to arrive",
            LoadError::Malformed { .. } => "The data file is damaged",
            LoadError::Invalid { .. } => "The data file has errors",
        }
    }

    /// What happened and what the visitor can do, in one or two sentences.
    pub fn message(&self) -> String {
        match self {
            LoadError::NotFound { url } => format!(
                "The server has no file at {url} (error 404). If you reached this page from a link, the site may be being updated: try again in a moment."
            ),
            LoadError::Http { url, status } => format!(
                "The server answered error {status} when asked for {url}. This is usually temporary: try again."
            ),
            LoadError::Network { url } => format!(
                "No connection could be made to fetch {url}. Check your connection, then try again."
            ),
            LoadError::Timeout { url, seconds } => format!(
                "{url} did not arrive within {seconds} seconds. The connection may be slow: try again."
            ),
            LoadError::Malformed { url, detail } => format!(
                "{url} arrived but could not be read ({detail}). Trying again may help if the download was cut short."
            ),
            LoadError::Invalid { url, problems } => {
                let mut text = format!(
                    "{url} arrived but breaks {} of the dataset's rules: ",
                    problems.len()
                );
                let shown: Vec<&str> = problems
                    .iter()
                    .take(PROBLEMS_SHOWN)
                    .map(String::as_str)
                    .collect();
                text.push_str(&shown.join("; "));
                if problems.len() > PROBLEMS_SHOWN {
                    text.push_str(&format!("; and {} more", problems.len() - PROBLEMS_SHOWN));
                }
                text.push('.');
                text
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
            assert!(!error.title().is_empty());
            assert!(error.message().contains(url), "{error:?}");
        }
    }

    #[test]
    fn long_problem_lists_are_summarised() {
        let problems: Vec<String> = (0..12).map(|i| format!("problem {i}")).collect();
        let message = LoadError::Invalid {
            url: "x".into(),
            problems,
        }
        .message();
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
        assert!(error.message().contains("not UTF-8"), "{}", error.message());
        assert!(error.message().contains("byte 5"), "{}", error.message());
    }
}
