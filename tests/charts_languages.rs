//! The charts in French and Spanish (issue #8): readings, names of marks, tables and
//! drawings speak the interface's language with its number formats and plurals, the
//! dataset's names stay English (marked `lang="en"`), and longer words still fit.

mod common;

use common::{data_file, dataset};
use iscm_explorer::charts::categories::category_chart;
use iscm_explorer::charts::draw_bars::{draw_bars, Drawing, ValueAxis};
use iscm_explorer::charts::draw_matrix::draw_matrix;
use iscm_explorer::charts::draw_timeline::draw_timeline;
use iscm_explorer::charts::figures::{
    review_figures, stated_marks, stated_table, survey_respondents,
};
use iscm_explorer::charts::founding::{founding_chart, undated_inactive};
use iscm_explorer::charts::layout::CHAR_WIDTH;
use iscm_explorer::charts::matrix::{theme_matrix, IscmOrder, ThemeOrder};
use iscm_explorer::charts::members::{member_bars, member_marks, members_reading, members_table};
use iscm_explorer::charts::svg::SvgNode;
use iscm_explorer::charts::{selection, ChartId};
use iscm_explorer::dataset::context::Context;
use iscm_explorer::explore::query::{FacetKind, Query};
use iscm_explorer::i18n::charts::ChartsText;
use iscm_explorer::i18n::Lang;

const FACETS: [FacetKind; 5] = [
    FacetKind::Type,
    FacetKind::Region,
    FacetKind::Theme,
    FacetKind::IomRole,
    FacetKind::Secretariat,
];

fn context() -> Context {
    Context::from_json(&data_file("context.json")).unwrap()
}

#[test]
fn facet_readings_read_naturally_in_french_and_spanish() {
    let data = dataset();
    let all = selection(data, &Query::default());
    let types = category_chart(data, &all, &Query::default(), FacetKind::Type);
    let rcps = types.bars[0].total;
    assert_eq!(
        types.reading(FacetKind::Type, false, Lang::Fr),
        format!("Type le plus fréquent\u{a0}: RCP, pour {rcps} des 30 ISCM.")
    );
    assert_eq!(
        types.reading(FacetKind::Type, false, Lang::Es),
        format!("Tipo más frecuente: RCP, en {rcps} de los 30 ISCM.")
    );
    let query = Query::parse("type=rcp");
    let chosen = selection(data, &query);
    let regions = category_chart(data, &chosen, &query, FacetKind::Region);
    let fr = regions.reading(FacetKind::Region, true, Lang::Fr);
    assert!(
        fr.contains(&format!("des {rcps} ISCM retenus par les filtres")),
        "{fr}"
    );
    assert!(
        fr.ends_with("leur total dépasse donc le nombre d’ISCM."),
        "{fr}"
    );
    // Nothing selected: the none reading, in each language.
    let none = Query::parse("q=zzzzzzzz");
    let empty = category_chart(data, &selection(data, &none), &none, FacetKind::Theme);
    assert_eq!(
        empty.reading(FacetKind::Theme, false, Lang::Es),
        "Ninguno de los 0 ISCM que seleccionan los filtros tiene un tema de los que se muestran aquí."
    );
    // One selected: French and Spanish agree in the singular.
    let one = Query::parse("type=global");
    let global = category_chart(data, &selection(data, &one), &one, FacetKind::Type);
    assert_eq!(
        global.reading(FacetKind::Type, false, Lang::Fr),
        "Type le plus fréquent\u{a0}: Global process on migration, pour 1 sur 1 ISCM retenu par les filtres."
    );
}

#[test]
fn other_readings_in_french_and_spanish() {
    let data = dataset();
    let all = selection(data, &Query::default());
    let founding = founding_chart(data, &all, &Query::default());
    let fr = founding.reading(Lang::Fr);
    assert!(
        fr.starts_with("Les 30 ISCM de la fiche d’information ont été créés entre 1985 et "),
        "{fr}"
    );
    let one = Query::parse("type=global");
    let gfmd = founding_chart(data, &selection(data, &one), &one);
    assert_eq!(
        gfmd.reading(Lang::Es),
        "Un solo ISCM seleccionado por los filtros: creado en 2007."
    );
    let bars = member_bars(data, &all);
    let es = members_reading(&bars, Lang::Es);
    assert!(es.starts_with("De 1"), "{es}");
    assert!(es.contains(" Estados miembros (GFMD) a "), "{es}");
    assert!(es.ends_with(
        "La escala es logarítmica, para que los procesos pequeños sigan siendo legibles."
    ));
    let matrix = theme_matrix(data, &all, ThemeOrder::Annex10, IscmOrder::FactSheet);
    let fr = matrix.reading(Lang::Fr);
    assert!(fr.starts_with("31 thèmes × "), "{fr}");
    assert!(fr.contains(" ISCM\u{a0}: "), "{fr}");
    assert!(fr.contains("«\u{a0}?\u{a0}»."), "{fr}");
    assert!(
        fr.ends_with(" L’annexe 10 n’a pas de colonne pour COMMIT."),
        "{fr}"
    );
    let undated = undated_inactive(&context(), Lang::Fr);
    assert!(undated
        .iter()
        .all(|(_, status)| ["en sommeil", "mission accomplie", "transformé"].contains(status)));
}

#[test]
fn tables_head_in_the_language_and_keep_the_dataset_english() {
    let data = dataset();
    let query = Query::parse("type=rcp");
    let chosen = selection(data, &query);
    let regions = category_chart(data, &chosen, &query, FacetKind::Region);
    let table = regions.table(FacetKind::Region, Lang::Fr);
    assert_eq!(
        table.columns,
        ["Région", "ISCM correspondant aux filtres", "Tous les ISCM"]
    );
    assert!(table.is_data_column(0) && !table.is_data_column(1));
    let english = regions.table(FacetKind::Region, Lang::En);
    assert_eq!(
        table.rows, english.rows,
        "the values are the dataset's, whatever the language"
    );
    assert!(table
        .to_csv()
        .starts_with("Région,ISCM correspondant aux filtres,Tous les ISCM\r\n"));

    let all = selection(data, &Query::default());
    let founding = founding_chart(data, &all, &Query::default());
    let table = founding.table(["RCP", "IRF", "Global process"], Lang::Es);
    assert_eq!(
        table.columns,
        [
            "Año",
            "Creados ese año",
            "RCP (acumulado)",
            "IRF (acumulado)",
            "Global process (acumulado)",
            "Total (acumulado)"
        ]
    );
    assert!(table.is_data_column(1) && !table.is_data_column(0));
    let members = members_table(data, &member_bars(data, &all), Lang::Fr);
    assert_eq!(members.columns, ["ISCM", "Type", "États membres"]);

    let matrix = theme_matrix(data, &all, ThemeOrder::Annex10, IscmOrder::FactSheet);
    let table = matrix.table(Lang::Es);
    assert_eq!(table.columns[0], "Tema");
    assert_eq!(table.columns.last().unwrap(), "ISCM");
    assert!(!table.is_data_header(0) && table.is_data_header(1));
    let cells: Vec<&String> = table.rows.iter().flat_map(|r| &r[1..r.len() - 1]).collect();
    assert!(cells.iter().any(|c| *c == "sí") && cells.iter().any(|c| *c == "ilegible"));

    let context = context();
    let survey = [survey_respondents(&context, Lang::Fr)];
    let table = stated_table(&survey, Lang::Fr);
    assert_eq!(
        table.columns,
        ["Groupe", "Objet", "Nombre", "Formulation de la source"]
    );
    assert_eq!(
        table.rows[1][..2],
        ["Questionnaires reçus", "Gouvernements d’États"]
    );
    assert!(!table.is_data_column(0) && table.is_data_column(3));
    let review = stated_table(&review_figures(&context), Lang::Es);
    assert!(review.is_data_column(0) && review.is_data_column(1));
}

/// Every drawing of the charts page in a language, at a width, with a filter applied.
fn drawings(lang: Lang, width: f64, query: &Query) -> Vec<Drawing> {
    let data = dataset();
    let t = ChartsText::of(lang);
    let chosen = selection(data, query);
    let mut drawings = Vec::new();
    for facet in FACETS {
        let chart = category_chart(data, &chosen, query, facet);
        let axis = ValueAxis::Linear(chart.max_total() as f64);
        drawings.push(draw_bars(
            "c",
            "t",
            &chart.marks(query, lang),
            axis,
            width,
            &[],
            t.iscms,
        ));
    }
    let bars = member_bars(data, &chosen);
    let legend = [("series-rcp", "RCP".to_string(), true)];
    drawings.push(draw_bars(
        "m",
        ChartId::Members.title_in(t),
        &member_marks(data, &bars, lang),
        ValueAxis::Log(195.0),
        width,
        &legend,
        t.members_axis,
    ));
    let context = context();
    for groups in [
        vec![survey_respondents(&context, lang)],
        review_figures(&context),
    ] {
        let marks = stated_marks(&groups, lang);
        let max = marks.iter().map(|m| m.value).fold(0.0, f64::max);
        drawings.push(draw_bars(
            "s",
            "t",
            &marks,
            ValueAxis::Linear(max),
            width,
            &[],
            t.number_axis,
        ));
    }
    let labels = ["RCP".to_string(), "IRF".to_string(), "Global".to_string()];
    let founding = founding_chart(data, &chosen, query);
    drawings.push(draw_timeline(
        "f",
        &founding,
        query,
        width,
        &[],
        &[],
        &labels,
        lang,
    ));
    let matrix = theme_matrix(data, &chosen, ThemeOrder::Annex10, IscmOrder::FactSheet);
    drawings.push(draw_matrix("x", &matrix, query, width, lang));
    drawings
}

/// A mark's accessible name: its aria-label, or the text of the elements its
/// aria-labelledby lists, joined by spaces.
fn name_of(svg: &SvgNode, node: &SvgNode) -> String {
    if let Some(label) = node.get("aria-label") {
        return label.to_string();
    }
    let ids = node.get("aria-labelledby").unwrap_or_default();
    ids.split(' ')
        .map(|id| {
            let found = svg
                .descendants()
                .into_iter()
                .find(|n| n.get("id") == Some(id));
            found
                .map(SvgNode::text_content)
                .unwrap_or_else(|| panic!("no {id}"))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The part of a mark's name that is not the dataset's English: all of an aria-label
/// made of interface words around short names, or the labelledby elements not marked
/// lang="en".
fn translated_part(svg: &SvgNode, node: &SvgNode) -> String {
    if let Some(label) = node.get("aria-label") {
        return label.to_string();
    }
    let ids = node.get("aria-labelledby").unwrap_or_default();
    svg.descendants()
        .into_iter()
        .filter(|n| {
            n.get("id")
                .is_some_and(|id| ids.split(' ').any(|i| i == id))
        })
        .filter(|n| n.get("lang") != Some("en"))
        .map(SvgNode::text_content)
        .collect::<Vec<_>>()
        .join(" ")
}

fn number_attr(node: &SvgNode, name: &str) -> f64 {
    node.get(name).and_then(|v| v.parse().ok()).unwrap_or(0.0)
}

#[test]
fn every_mark_is_named_in_the_language_and_includes_its_visible_text() {
    let query = Query::parse("type=rcp");
    for lang in [Lang::Fr, Lang::Es] {
        let mut reached = 0;
        for drawing in drawings(lang, 320.0, &query) {
            for node in drawing.svg.descendants() {
                if node.get("tabindex").is_none() && node.get("href").is_none() {
                    continue;
                }
                reached += 1;
                let name = name_of(&drawing.svg, node);
                let name = name.as_str();
                assert!(!name.trim().is_empty(), "{:?}", node.attrs);
                for word in node
                    .descendants()
                    .into_iter()
                    .filter(|n| n.tag == "tspan" || n.get("class") == Some("bar-value"))
                    .map(|n| n.text_content())
                {
                    assert!(name.contains(word.trim()), "{word:?} not in {name:?}");
                }
                // The words around the dataset's names are translated.
                let own = translated_part(&drawing.svg, node);
                for english in ["Choose", " of ", "member States", "established", "yes"] {
                    assert!(!own.contains(english), "{lang:?}: {own:?} in {name:?}");
                }
            }
        }
        assert!(reached > 100);
    }
    let fr = drawings(Lang::Fr, 900.0, &query);
    let root = |i: usize| fr[i].svg.get("aria-label").unwrap().to_string();
    assert_eq!(root(5), "États membres par ISCM");
    assert_eq!(
        root(8),
        "ISCM créés depuis 1985, en cumul, par type, avec les jalons"
    );
    assert!(root(9).starts_with("Annexe 10\u{a0}: 31 thèmes par "));
}

#[test]
fn the_datasets_names_in_a_drawing_are_marked_english() {
    let query = Query::parse("type=rcp");
    for drawing in drawings(Lang::Es, 900.0, &query) {
        for node in drawing.svg.descendants() {
            let data_label = node.get("class") == Some("bar-label")
                || node
                    .get("class")
                    .is_some_and(|c| c.starts_with("matrix-label"));
            if data_label && node.get("lang").is_none() {
                // Only the survey's kinds of respondent are interface text.
                let text = node.text_content();
                assert!(
                    [
                        "ISCM",
                        "Gobiernos de Estados",
                        "Organizaciones intergubernamentales"
                    ]
                    .contains(&text.as_str()),
                    "{text:?} is not marked lang=\"en\""
                );
            }
        }
    }
}

#[test]
fn longer_french_and_spanish_values_and_axis_labels_stay_inside_the_chart() {
    // Filtered, so bars show "n of total" ("n sur total", "n de total").
    let query = Query::parse("type=rcp");
    for lang in [Lang::En, Lang::Fr, Lang::Es] {
        for width in (280..=1280).step_by(40) {
            for drawing in drawings(lang, f64::from(width), &query).iter().take(8) {
                let svg_width = number_attr(&drawing.svg, "width");
                for node in drawing.svg.descendants() {
                    let class = node.get("class").unwrap_or_default();
                    if class != "bar-value" && class != "axis-label" {
                        continue;
                    }
                    let length = node.text_content().chars().count() as f64 * CHAR_WIDTH;
                    let x = number_attr(node, "x");
                    let (start, end) = if node.get("text-anchor") == Some("end") {
                        (x - length, x)
                    } else {
                        (x, x + length)
                    };
                    assert!(
                        start >= -0.5 && end <= svg_width + 0.5,
                        "{lang:?} at {width}: {:?} runs out ({start}..{end} of {svg_width})",
                        node.text_content()
                    );
                }
            }
        }
    }
}
