//! The code the embed-code builder offers: an iframe of the view and the few lines that let
//! it take the height of its content (see [`super::height`]).

use super::height::MESSAGE_TYPE;

/// The frame's height before the app inside reports its own (and where scripts are off).
pub const INITIAL_HEIGHT_PX: u32 = 600;

/// What the frame may do: run the app and keep its offline copy (`allow-scripts
/// allow-same-origin`), and open the full view in a new, unsandboxed tab. It may never
/// navigate the host page: `allow-top-navigation` is absent.
pub const SANDBOX: &str =
    "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";

/// The iframe code for `src` (an embed address), titled `title` for screen readers, followed
/// by a script that sets the frame's height whenever the app reports it.
pub fn embed_code(src: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" loading=\"lazy\" sandbox=\"{SANDBOX}\" \
         style=\"display:block;width:100%;height:{INITIAL_HEIGHT_PX}px;border:0\"></iframe>\n\
         <script>{script}</script>",
        src = escape_attribute(src),
        title = escape_attribute(title),
        script = host_script(),
    )
}

/// The host page's listener: it resizes the iframe whose window sent the message. Adding it
/// twice is harmless.
pub fn host_script() -> String {
    format!(
        "window.addEventListener(\"message\",function(e){{var d=e.data;\
         if(!d||d.type!==\"{MESSAGE_TYPE}\"||typeof d.height!==\"number\")return;\
         var f=document.getElementsByTagName(\"iframe\");\
         for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=d.height+\"px\";}});"
    )
}

/// Escapes text for a double-quoted HTML attribute.
pub fn escape_attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}
