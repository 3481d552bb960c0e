//! Fetching the dataset files: relative URLs (so the app works under any sub-path), a time
//! limit, and every failure turned into a [`LoadError`].

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use gloo_net::http::Request;
use leptos::prelude::set_timeout_with_handle;
use serde::de::DeserializeOwned;
use web_sys::AbortController;

use crate::load_error::LoadError;

/// The core dataset file, relative to the page.
pub const ISCMS_URL: &str = "data/iscms.json";

/// How long a dataset file may take before the app gives up and offers a retry.
pub const TIMEOUT_SECONDS: u32 = 15;

/// Fetches `url` and parses it as `T`, within [`TIMEOUT_SECONDS`].
pub async fn fetch_json<T: DeserializeOwned>(url: &str) -> Result<T, LoadError> {
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
        let text = response.text().await.map_err(|_| failure(&timed_out))?;
        serde_json::from_str::<T>(&text).map_err(|error| LoadError::Malformed {
            url: url.to_string(),
            detail: error.to_string(),
        })
    }
    .await;
    if let Some(timer) = timer {
        timer.clear();
    }
    result
}
