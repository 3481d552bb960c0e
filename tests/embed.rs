//! Embedding: the embed switch in the page's query string, the addresses and code the
//! embed-code builder makes, and the height messages a framed app posts.

use iscm_explorer::embed::code::{embed_code, escape_attribute, host_script, SANDBOX};
use iscm_explorer::embed::height::{
    datawrapper_message, frame_id, height_message, json_string, whole_pixels, MAX_HEIGHT_PX,
    MESSAGE_TYPE,
};
use iscm_explorer::embed::params::{
    embed_search, is_embed, other_params, standalone_search, MAX_SEARCH_LEN,
};
use iscm_explorer::embed::url::{embed_url, full_view_url, MAX_HASH_LEN};
use serde_json::Value;

#[test]
fn embed_mode_is_on_for_the_documented_spellings() {
    for search in [
        "?embed",
        "?embed=1",
        "embed=1",
        "?embed=true",
        "?embed=TRUE",
        "?embed=yes",
        "?lang=fr&embed",
        "?embed=&lang=fr",
        "?%65mbed=1",
    ] {
        assert!(is_embed(search), "{search:?}");
    }
}

#[test]
fn embed_mode_is_off_otherwise_and_hostile_values_are_ignored() {
    for search in [
        "",
        "?",
        "?embed=0",
        "?embed=false",
        "?embed=no",
        "?embedded=1",
        "?xembed=1",
        "?lang=fr",
        "?embed=%3Cscript%3Ealert(1)%3C/script%3E",
        "?embed=<script>",
        "?embed=%",
        "?embed=%ff%fe",
        "?=1",
        "?&&&",
    ] {
        assert!(!is_embed(search), "{search:?}");
    }
}

#[test]
fn an_over_long_query_string_is_ignored_as_a_whole() {
    let long = format!("?embed=1&pad={}", "x".repeat(MAX_SEARCH_LEN));
    assert!(!is_embed(&long));
    assert_eq!(other_params(&long), "");
    assert_eq!(embed_search(&long), "?embed=1");
}

#[test]
fn other_parameters_are_kept_as_written_and_embed_dropped() {
    assert_eq!(other_params("?embed=1&lang=fr"), "lang=fr");
    assert_eq!(other_params("?lang=fr&embed&x=a%20b"), "lang=fr&x=a%20b");
    assert_eq!(other_params("?embed=1&embed=0"), "");
    assert_eq!(other_params("?a&&b"), "a&b");
    assert_eq!(embed_search(""), "?embed=1");
    assert_eq!(embed_search("?lang=fr"), "?embed=1&lang=fr");
    assert_eq!(embed_search("?embed=1&lang=fr"), "?embed=1&lang=fr");
    assert_eq!(standalone_search("?embed=1"), "");
    assert_eq!(standalone_search("?embed=1&lang=fr"), "?lang=fr");
}

#[test]
fn the_embed_address_keeps_path_parameters_and_fragment() {
    let page = "https://example.org/apps/iscm/index.html";
    assert_eq!(
        embed_url(page, "?lang=fr", "#/?type=rcp&theme=asylum"),
        "https://example.org/apps/iscm/index.html?embed=1&lang=fr#/?type=rcp&theme=asylum"
    );
    assert_eq!(
        embed_url("https://example.org/x/", "", ""),
        "https://example.org/x/?embed=1"
    );
    assert_eq!(
        embed_url("https://example.org/x/", "?embed=1", "#/iscm/igc"),
        "https://example.org/x/?embed=1#/iscm/igc"
    );
    assert_eq!(
        embed_url("https://example.org/x/", "", "#"),
        "https://example.org/x/?embed=1"
    );
}

#[test]
fn the_full_view_address_is_the_same_view_without_embed() {
    let page = "https://example.org/x/";
    assert_eq!(
        full_view_url(
            page,
            "?embed=1&lang=fr",
            "#/compare?compare=igc,bali-process"
        ),
        "https://example.org/x/?lang=fr#/compare?compare=igc,bali-process"
    );
    assert_eq!(
        full_view_url(page, "?embed", "#/about"),
        "https://example.org/x/#/about"
    );
    let long_hash = format!("#/search?q={}", "a".repeat(MAX_HASH_LEN));
    assert_eq!(full_view_url(page, "?embed", &long_hash), page);
}

#[test]
fn the_embed_code_is_an_iframe_with_escaped_attributes_and_the_resize_script() {
    let code = embed_code(
        "https://example.org/x/?embed=1&lang=fr#/?type=rcp",
        "Bali Process · \"ISCM\" <Explorer>",
    );
    assert!(code.starts_with(
        "<iframe src=\"https://example.org/x/?embed=1&amp;lang=fr#/?type=rcp\" \
         title=\"Bali Process · &quot;ISCM&quot; &lt;Explorer&gt;\""
    ));
    assert!(code.contains(&format!("sandbox=\"{SANDBOX}\"")));
    assert!(!SANDBOX.contains("allow-top-navigation"));
    assert!(code.contains("</iframe>\n<script>"));
    assert!(code.ends_with("</script>"));
    assert!(code.contains(&host_script()));
    assert!(host_script().contains(MESSAGE_TYPE));
    // Nothing from the address or title can close the tag or the attribute.
    let hostile = embed_code("x\"><script>alert(1)</script>", "'\"<>&\u{0}");
    assert!(!hostile.contains("\"><script>alert"));
    assert_eq!(hostile.matches("<script>").count(), 1);
    assert_eq!(escape_attribute("'\"<>&\u{0}"), "&#39;&quot;&lt;&gt;&amp; ");
}

#[test]
fn heights_are_whole_pixels_rounded_up_and_clamped() {
    assert_eq!(whole_pixels(812.2), 813);
    assert_eq!(whole_pixels(812.0), 812);
    assert_eq!(whole_pixels(0.0), 0);
    assert_eq!(whole_pixels(-5.0), 0);
    assert_eq!(whole_pixels(f64::NAN), 0);
    assert_eq!(whole_pixels(f64::INFINITY), MAX_HEIGHT_PX);
    assert_eq!(whole_pixels(1e12), MAX_HEIGHT_PX);
}

#[test]
fn the_own_height_message_has_the_documented_shape() {
    let message: Value = serde_json::from_str(&height_message(
        812,
        "https://example.org/x/?embed=1#/iscm/igc",
    ))
    .unwrap();
    assert_eq!(
        message,
        serde_json::json!({
            "type": "iscm-explorer:height",
            "height": 812,
            "href": "https://example.org/x/?embed=1#/iscm/igc"
        })
    );
}

#[test]
fn the_datawrapper_message_has_datawrappers_shape() {
    let message: Value = serde_json::from_str(&datawrapper_message(640, "#/iscm/igc")).unwrap();
    assert_eq!(
        message,
        serde_json::json!({ "datawrapper-height": { "iscm-explorer-iscm-igc": 640 } })
    );
}

#[test]
fn frame_ids_name_the_view_in_safe_characters() {
    assert_eq!(frame_id(""), "iscm-explorer");
    assert_eq!(frame_id("#/"), "iscm-explorer");
    assert_eq!(frame_id("#/?type=rcp"), "iscm-explorer");
    assert_eq!(
        frame_id("#/iscm/bali-process"),
        "iscm-explorer-iscm-bali-process"
    );
    assert_eq!(
        frame_id("#/grcp8/Session-2"),
        "iscm-explorer-grcp8-session-2"
    );
    assert_eq!(frame_id("#/a\"<b>//c"), "iscm-explorer-a-b-c");
    let long = frame_id(&format!("#/{}", "ab".repeat(100)));
    assert!(long.len() <= 64, "{long}");
    for id in [frame_id("#/é%20x"), long] {
        assert!(id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
        assert!(!id.ends_with('-') && !id.contains("--"), "{id}");
    }
}

#[test]
fn message_strings_survive_any_text() {
    for text in [
        "",
        "plain",
        "q\"uote",
        "back\\slash",
        "tab\tnew\nline\u{1}",
        "é ü 中 \u{2028} 🙂",
    ] {
        let parsed: String = serde_json::from_str(&json_string(text)).unwrap();
        assert_eq!(parsed, text);
        let message: Value = serde_json::from_str(&height_message(1, text)).unwrap();
        assert_eq!(message["href"], text);
    }
}
