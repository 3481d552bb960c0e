//! [`ui_text!`](crate::ui_text): one table of interface strings with each key's English,
//! French and Spanish side by side.

/// Declares a table of interface strings:
///
/// ```ignore
/// ui_text! {
///     /// The site header.
///     pub struct ShellText {
///         search_button: "Search", "Rechercher", "Buscar";
///         results_other: "{n} ISCMs", "{n} ISCM", "{n} ISCM";
///     }
/// }
/// ```
///
/// Each key must have exactly three strings (English, French, Spanish) or the crate does not
/// compile. `{name}` marks a value filled in by [`fill`](crate::i18n::fill); the native tests
/// check that every language uses the same ones. It generates the struct, one constant per
/// language, `of(lang)`, `now()` (the current language's table) and `entries()` for tests.
#[macro_export]
macro_rules! ui_text {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$key_meta:meta])* $key:ident : $en:literal, $fr:literal, $es:literal; )*
        }
    ) => {
        $(#[$meta])*
        pub struct $name {
            $( $(#[$key_meta])* pub $key: &'static str, )*
        }

        impl $name {
            pub const EN: $name = $name { $( $key: $en, )* };
            pub const FR: $name = $name { $( $key: $fr, )* };
            pub const ES: $name = $name { $( $key: $es, )* };

            /// The table in one language.
            pub fn of(lang: $crate::i18n::Lang) -> &'static $name {
                match lang {
                    $crate::i18n::Lang::En => &Self::EN,
                    $crate::i18n::Lang::Fr => &Self::FR,
                    $crate::i18n::Lang::Es => &Self::ES,
                }
            }

            /// The table in the interface's current language.
            pub fn now() -> &'static $name {
                Self::of($crate::i18n::current())
            }

            /// Every key with its string, for the completeness tests.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                vec![$( (stringify!($key), self.$key), )*]
            }
        }
    };
}
