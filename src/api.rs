//! Fetching the dataset files: relative URLs (so the app works under any sub-path), a time
//! limit, and every failure turned into a [`LoadError`].

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use gloo_net::http::Request;
use leptos::prelude::set_timeout_with_handle;
use serde_json::Value;
use web_sys::AbortController;

use crate::dataset::decode::Decode;
use crate::dataset::validate::{decode, Problem};
use crate::load_error::LoadError;

/// The core dataset file, relative to the page.
pub const ISCMS_URL: &str = "data/iscms.json";

/// How long a dataset file may take before the app gives up and offers a retry.
pub const TIMEOUT_SECONDS: u32 = 15;

/// Fetches a dataset file, decodes it as `T` (`validate::decode`, the hand-written decoder)
/// and checks it with `check`, within [`TIMEOUT_SECONDS`]. Every failure, from the network
/// to a broken rule, is a [`LoadError`].
pub async fn load_file<T: Decode>(
    url: &str,
    check: impl FnOnce(&T, &Value) -> Vec<Problem>,
) -> Result<T, LoadError> {
    let text = fetch_text(url).await?;
    let file = url.rsplit('/').next().unwrap_or(url);
    let parsed = decode::<T>(file, &text).map_err(|problem| LoadError::Malformed {
        url: url.to_string(),
        detail: problem.to_string(),
    })?;
    let problems = check(&parsed.data, &parsed.tree);
    if problems.is_empty() {
        Ok(parsed.data)
    } else {
        Err(LoadError::Invalid {
            url: url.to_string(),
            problems: problems.iter().map(ToString::to_string).collect(),
        })
    }
}

/// Fetches `url` as text, within [`TIMEOUT_SECONDS`].
async fn fetch_text(url: &str) -> Result<String, LoadError> {
    let network_error = || LoadError::Network {
        url: url.to_string(),
    };
    let controller = AbortController::new().map_err(|_| network_error())?;
    let timed_out = Rc::new(Cell::new(false));
    let timer = {
        let controller = controller.clone();
        let timed_out = Rc::clone(&timed_out);
        set_timeout_with_handle(
            move || {
                timed_out.set(true);
                controller.abort();
            },
            Duration::from_secs(u64::from(TIMEOUT_SECONDS)),
        )
        .ok()
    };
    let failure = |timed_out: &Cell<bool>| {
        if timed_out.get() {
            LoadError::Timeout {
                url: url.to_string(),
                seconds: TIMEOUT_SECONDS,
            }
        } else {
            network_error()
        }
    };

    let signal = controller.signal();
    let result = async {
        let response = Request::get(url)
            .abort_signal(Some(&signal))
            .send()
            .await
            .map_err(|_| failure(&timed_out))?;
        if !response.ok() {
            return Err(LoadError::from_status(url, response.status()));
        }
        let bytes = response.binary().await.map_err(|_| failure(&timed_out))?;
        crate::load_error::utf8_text(url, bytes)
    }
    .await;
    if let Some(timer) = timer {
        timer.clear();
    }
    result
}
