//! The numbers behind every chart, checked against counts worked out here independently,
//! straight from the JSON text of the dataset (not through the app's types).

mod common;

use common::{data_file, dataset};
use iscm_explorer::charts::categories::{category_chart, join_and};
use iscm_explorer::charts::figures::{review_figures, stated_table, survey_respondents};
use iscm_explorer::charts::founding::{changes, founding_chart, milestones, year_in, year_query};
use iscm_explorer::charts::layout::{bar_layout, wrap, CHAR_WIDTH, LABELS_BESIDE_MIN_WIDTH};
use iscm_explorer::charts::matrix::{theme_matrix, Cell, IscmOrder, ThemeOrder};
use iscm_explorer::charts::members::{median, member_bars, members_table};
use iscm_explorer::charts::scale::{nice_max, LinearScale, LogScale};
use iscm_explorer::charts::table::ChartTable;
use iscm_explorer::charts::{selection, ChartId};
use iscm_explorer::dataset::context::Context;
use iscm_explorer::explore::query::{FacetKind, Filter, Query};
use iscm_explorer::i18n::Lang;
use iscm_explorer::route::Route;
use serde_json::Value;

fn raw() -> Value {
    serde_json::from_str(&data_file("iscms.json")).unwrap()
}

fn raw_iscms() -> Vec<Value> {
    raw()["iscms"].as_array().unwrap().clone()
}

fn context() -> Context {
    Context::from_json(&data_file("context.json")).unwrap()
}

fn strs(value: &Value) -> Vec<String> {
    value
        .as_array()
        .map(|a| a.iter().map(|v| v.as_str().unwrap().to_string()).collect())
        .unwrap_or_default()
}

/// The Annex 10 matrix of all ISCMs, rows and columns in the source's order.
fn full_matrix() -> iscm_explorer::charts::matrix::ThemeMatrix {
    theme_matrix(
        dataset(),
        &everything(),
        ThemeOrder::Annex10,
        IscmOrder::FactSheet,
    )
}

fn everything() -> Vec<bool> {
    selection(dataset(), &Query::default())
}

/// The bar for a filter: (selected, total).
fn counts_of(facet: FacetKind, query: &Query, filter: &Filter) -> (usize, usize) {
    let data = dataset();
    let chart = category_chart(data, &selection(data, query), query, facet);
    let bar = chart.bars.iter().find(|b| &b.filter == filter).unwrap();
    (bar.selected, bar.total)
}

#[test]
fn no_filter_selects_all_thirty() {
    let all = everything();
    assert_eq!(all.len(), 30);
    assert!(all.iter().all(|s| *s));
}

#[test]
fn types_count_the_type_column() {
    let iscms = raw_iscms();
    let data = dataset();
    let chart = category_chart(data, &everything(), &Query::default(), FacetKind::Type);
    let labels: Vec<&str> = chart.bars.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(labels, ["RCP", "IRF", "Global process on migration"]);
    for (bar, id) in chart.bars.iter().zip(["rcp", "irf", "global"]) {
        let expected = iscms.iter().filter(|i| i["type"] == id).count();
        assert_eq!(bar.total, expected, "{id}");
        assert_eq!(bar.selected, expected, "{id}");
    }
    assert_eq!(chart.bars.iter().map(|b| b.total).sum::<usize>(), 30);
    assert!(chart
        .reading(FacetKind::Type, false, Lang::En)
        .starts_with("Most common type: RCP,"));
}

#[test]
fn regions_themes_roles_and_secretariats_count_their_lists() {
    let iscms = raw_iscms();
    let data = dataset();
    let count_list = |field: &str, id: &str| {
        iscms
            .iter()
            .filter(|i| strs(&i[field]).iter().any(|x| x == id))
            .count()
    };
    let check = |facet: FacetKind, field: &str| {
        let chart = category_chart(data, &everything(), &Query::default(), facet);
        assert!(!chart.bars.is_empty());
        for bar in &chart.bars {
            let id = bar.filter.value();
            let mut expected = count_list(field, &id);
            if field == "theme_ids" {
                expected = iscms
                    .iter()
                    .filter(|i| {
                        strs(&i["theme_ids"]).contains(&id)
                            && !strs(&i["theme_ids_unclear"]).contains(&id)
                    })
                    .count();
            }
            assert_eq!(bar.total, expected, "{field} {id}");
        }
        // Most first.
        assert!(chart.bars.windows(2).all(|w| w[0].total >= w[1].total));
        chart
    };
    let regions = check(FacetKind::Region, "region_ids");
    assert_eq!(
        regions.bars.len(),
        raw()["regions"].as_array().unwrap().len()
    );
    let themes = check(FacetKind::Theme, "theme_ids");
    assert_eq!(themes.bars.len(), 31);
    assert_eq!(themes.not_covered, ["COMMIT"]);
    check(FacetKind::IomRole, "iom_role_ids");
    let secretariats = check(FacetKind::Secretariat, "secretariat_ids");
    // Only bodies that serve as a secretariat somewhere.
    assert!(secretariats.bars.iter().all(|b| b.total > 0));
}

#[test]
fn a_filter_narrows_the_selected_counts_but_not_the_totals() {
    let iscms = raw_iscms();
    let query = Query::parse("type=rcp");
    let africa = iscms
        .iter()
        .filter(|i| i["type"] == "rcp" && strs(&i["region_ids"]).contains(&"africa".to_string()))
        .count();
    let all_africa = iscms
        .iter()
        .filter(|i| strs(&i["region_ids"]).contains(&"africa".to_string()))
        .count();
    assert!(africa > 0 && africa < all_africa);
    assert_eq!(
        counts_of(FacetKind::Region, &query, &Filter::Region("africa".into())),
        (africa, all_africa)
    );
    let data = dataset();
    let chart = category_chart(data, &selection(data, &query), &query, FacetKind::Type);
    assert!(chart.bars[0].active && !chart.bars[1].active);
    assert_eq!(chart.bars[1].selected, 0);
    assert!(chart
        .reading(FacetKind::Type, false, Lang::En)
        .contains(&format!(
            "of the {} ISCMs the filters select",
            chart.selected_iscms
        )));
    let table = chart.table(FacetKind::Type, Lang::En);
    assert_eq!(
        table.columns,
        ["Type", "ISCMs matching the filters", "All ISCMs"]
    );
}

#[test]
fn founding_is_cumulative_by_type_up_to_the_fact_sheet_year() {
    let iscms = raw_iscms();
    let data = dataset();
    let chart = founding_chart(data, &everything(), &Query::default());
    let first = iscms
        .iter()
        .map(|i| i["established_year"].as_u64().unwrap())
        .min()
        .unwrap();
    assert_eq!(u64::from(chart.first_year()), first);
    assert_eq!(chart.first_year(), 1985);
    assert_eq!(chart.last_year(), 2019);
    for year in &chart.years {
        for (k, kind) in ["rcp", "irf", "global"].iter().enumerate() {
            let expected = iscms
                .iter()
                .filter(|i| {
                    i["type"] == *kind
                        && i["established_year"].as_u64().unwrap() <= u64::from(year.year)
                })
                .count();
            assert_eq!(year.cumulative[k], expected, "{} {kind}", year.year);
        }
        let that_year = iscms
            .iter()
            .filter(|i| i["established_year"].as_u64().unwrap() == u64::from(year.year))
            .count();
        assert_eq!(year.established.len(), that_year);
        assert_eq!(year.cumulative_all, year.cumulative_selected());
    }
    assert_eq!(chart.selected_total(), 30);
    let table = chart.table(["RCP", "IRF", "Global process"], Lang::En);
    let years_with_founding: std::collections::BTreeSet<u64> = iscms
        .iter()
        .map(|i| i["established_year"].as_u64().unwrap())
        .collect();
    assert_eq!(table.rows.len(), years_with_founding.len());
    assert_eq!(table.rows.last().unwrap()[5], "30");
    assert!(chart.reading(Lang::En).contains("between 1985 and"));
}

#[test]
fn founding_follows_filters_and_a_year_filters_to_that_year() {
    let data = dataset();
    let query = Query::parse("type=irf");
    let chart = founding_chart(data, &selection(data, &query), &query);
    let last = chart.years.last().unwrap();
    assert_eq!(last.cumulative[0], 0);
    assert_eq!(last.cumulative[2], 0);
    assert_eq!(last.cumulative_all, 30);
    let chosen = year_query(&query, 2002);
    assert!(chosen.has(&Filter::FoundedFrom(2002)) && chosen.has(&Filter::FoundedTo(2002)));
    assert_eq!(year_query(&chosen, 2002), query);
    assert_eq!(year_in("Updated as of June 2019"), Some(2019));
    assert_eq!(year_in("no year"), None);
}

#[test]
fn timeline_markers_come_from_the_context_timeline() {
    let context = context();
    let raw: Value = serde_json::from_str(&data_file("context.json")).unwrap();
    let events = raw["timeline"].as_array().unwrap();
    let count = |kinds: &[&str]| {
        events
            .iter()
            .filter(|e| kinds.contains(&e["kind"].as_str().unwrap()))
            .filter(|e| (1985..=2019).contains(&e["year"].as_i64().unwrap()))
            .count()
    };
    assert_eq!(
        milestones(&context, 1985, 2019).len(),
        count(&["milestone", "global-process"])
    );
    let changed = changes(&context, 1985, 2019);
    assert_eq!(
        changed.len(),
        count(&["iscm-ended", "iscm-transformed", "iscm-renamed"])
    );
    assert!(changed
        .iter()
        .any(|m| m.year == 2008 && m.title.contains("Söderköping")));
}

#[test]
fn members_are_sorted_most_first_on_a_log_scale() {
    let iscms = raw_iscms();
    let data = dataset();
    let bars = member_bars(data, &everything());
    assert_eq!(bars.len(), 30);
    assert!(bars.windows(2).all(|w| w[0].members >= w[1].members));
    let max = iscms
        .iter()
        .map(|i| i["member_states"].as_u64().unwrap())
        .max()
        .unwrap();
    assert_eq!(u64::from(bars[0].members), max);
    assert_eq!(bars[0].id, "gfmd");
    let mut values: Vec<u64> = iscms
        .iter()
        .map(|i| i["member_states"].as_u64().unwrap())
        .collect();
    values.sort_unstable();
    assert_eq!(u64::from(median(&bars)), (values[14] + values[15]) / 2);
    let table = members_table(data, &bars, Lang::En);
    assert_eq!(table.rows.len(), 30);
    assert_eq!(table.rows[0][2], max.to_string());

    let scale = LogScale::covering(195.0, 400.0);
    assert_eq!(scale.max, 200.0);
    assert_eq!(
        scale.ticks(),
        [1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0]
    );
    assert_eq!(scale.px(1.0), 0.0);
    assert_eq!(scale.px(200.0), 400.0);
    // The smallest process (6) still gets about a third of the width.
    assert!(scale.px(6.0) > 130.0);
    assert!(scale.px(10.0) < scale.px(11.0));
}

#[test]
fn the_matrix_is_annex_10_cell_by_cell() {
    let iscms = raw_iscms();
    let data = dataset();
    let matrix = full_matrix();
    let covered: Vec<&Value> = iscms.iter().filter(|i| !i["theme_ids"].is_null()).collect();
    assert_eq!(matrix.iscms.len(), covered.len());
    assert_eq!(matrix.themes.len(), 31);
    let mut unclear = 0;
    for (row, theme) in matrix.themes.iter().enumerate() {
        for (column, iscm) in covered.iter().enumerate() {
            assert_eq!(matrix.iscms[column].id, iscm["id"].as_str().unwrap());
            let ticked = strs(&iscm["theme_ids"]).contains(&theme.id);
            let is_unclear = strs(&iscm["theme_ids_unclear"]).contains(&theme.id);
            let expected = if is_unclear {
                unclear += 1;
                Cell::Unclear
            } else if ticked {
                Cell::Ticked
            } else {
                Cell::Empty
            };
            assert_eq!(
                matrix.cells[row][column], expected,
                "{} {}",
                theme.id, matrix.iscms[column].id
            );
        }
    }
    assert_eq!(matrix.unclear_cells(), unclear);
    assert!(unclear > 0);
    // The theme counts agree with the theme-frequency chart.
    let themes = category_chart(data, &everything(), &Query::default(), FacetKind::Theme);
    for theme in &matrix.themes {
        let bar = themes
            .bars
            .iter()
            .find(|b| b.filter == Filter::Theme(theme.id.clone()))
            .unwrap();
        assert_eq!(theme.count, bar.total, "{}", theme.id);
    }
    let sorted = theme_matrix(
        data,
        &everything(),
        ThemeOrder::Frequency,
        IscmOrder::ThemeCount,
    );
    assert!(sorted.themes.windows(2).all(|w| w[0].count >= w[1].count));
    assert!(sorted.iscms.windows(2).all(|w| w[0].count >= w[1].count));
    let by_name = theme_matrix(data, &everything(), ThemeOrder::Annex10, IscmOrder::Name);
    assert!(by_name
        .iscms
        .windows(2)
        .all(|w| w[0].short_name.to_lowercase() <= w[1].short_name.to_lowercase()));
    // Every cell moves with its row and column.
    for (row, theme) in sorted.themes.iter().enumerate() {
        for (column, iscm) in sorted.iscms.iter().enumerate() {
            let r = matrix.themes.iter().position(|t| t.id == theme.id).unwrap();
            let c = matrix.iscms.iter().position(|i| i.id == iscm.id).unwrap();
            assert_eq!(sorted.cells[row][column], matrix.cells[r][c]);
        }
    }
    let table = matrix.table(Lang::En);
    assert_eq!(table.rows.len(), 31);
    assert_eq!(table.columns.len(), covered.len() + 2);
    assert!(matrix
        .reading(Lang::En)
        .contains("Annex 10 has no column for COMMIT"));
}

#[test]
fn the_matrix_follows_filters() {
    let data = dataset();
    let query = Query::parse("type=global");
    let matrix = theme_matrix(
        data,
        &selection(data, &query),
        ThemeOrder::Annex10,
        IscmOrder::FactSheet,
    );
    assert_eq!(matrix.iscms.len(), 1);
    assert_eq!(matrix.iscms[0].id, "gfmd");
}

#[test]
fn stated_figures_are_the_reports_numbers() {
    let context = context();
    let survey = survey_respondents(&context, Lang::En);
    let values: Vec<f64> = survey.bars.iter().map(|b| b.value).collect();
    assert_eq!(values, [22.0, 46.0, 3.0]);
    assert_eq!(survey.bars[0].wording, "more than 70% of active ISCMs");
    let groups = review_figures(&context);
    let headings: Vec<&str> = groups.iter().map(|g| g.heading.as_str()).collect();
    assert_eq!(headings, ["Figure 2", "Figure 4", "Figure 5"]);
    let values = |i: usize| groups[i].bars.iter().map(|b| b.value).collect::<Vec<f64>>();
    assert_eq!(values(0), [5.0, 4.0]);
    assert_eq!(values(1), [5.0, 2.0, 1.0, 1.0]);
    assert_eq!(values(2), [6.0, 2.0]);
    let table = stated_table(&groups, Lang::En);
    assert_eq!(table.rows.len(), 8);
    assert_eq!(table.rows[0][2], "5");
}

#[test]
fn csv_quotes_what_it_must_and_defuses_formulas() {
    let mut table = ChartTable::new(&["Name", "Count"]);
    table.push(vec!["Plain".into(), "3".into()]);
    table.push(vec!["Comma, inside".into(), "-2".into()]);
    table.push(vec!["Say \"hi\"".into(), "0".into()]);
    table.push(vec!["=HYPERLINK(\"x\")".into(), "1".into()]);
    table.push(vec!["Two\nlines".into(), "1".into()]);
    assert_eq!(
        table.to_csv(),
        "Name,Count\r\nPlain,3\r\n\"Comma, inside\",-2\r\n\"Say \"\"hi\"\"\",0\r\n\"'=HYPERLINK(\"\"x\"\")\",1\r\n\"Two\nlines\",1\r\n"
    );
}

#[test]
fn nice_axes() {
    assert_eq!(nice_max(17.0), (20.0, 5.0));
    assert_eq!(nice_max(3.0), (3.0, 1.0));
    assert_eq!(nice_max(30.0), (30.0, 10.0));
    assert_eq!(nice_max(0.0), (1.0, 1.0));
    assert_eq!(nice_max(f64::NAN), (1.0, 1.0));
    let (scale, step) = LinearScale::nice(17.0, 300.0);
    assert_eq!(scale.ticks(step), [0.0, 5.0, 10.0, 15.0, 20.0]);
    assert_eq!(scale.px(10.0), 150.0);
    assert_eq!(scale.px(99.0), 300.0);
}

#[test]
fn bar_labels_never_overlap_from_phone_to_desktop() {
    let data = dataset();
    let labels: Vec<String> = data.themes.iter().map(|t| t.name.clone()).collect();
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    for width in (280..=1600).step_by(20) {
        let layout = bar_layout(f64::from(width), 24.0, &labels);
        assert_eq!(
            layout.labels_above,
            f64::from(width) < LABELS_BESIDE_MIN_WIDTH
        );
        let mut previous_bottom = 0.0_f64;
        for row in &layout.rows {
            let text_top = row.label_y - 13.0;
            let text_bottom = row.label_y + (row.label_lines.len() as f64 - 1.0) * 17.0 + 4.0;
            let row_top = text_top.min(row.bar_y);
            let row_bottom = text_bottom.max(row.bar_y + 18.0);
            assert!(row_top >= previous_bottom - 0.01, "rows overlap at {width}");
            previous_bottom = row_bottom;
            for line in &row.label_lines {
                let end = row.label_x + line.chars().count() as f64 * CHAR_WIDTH;
                let limit = if layout.labels_above {
                    layout.width
                } else {
                    layout.plot_x
                };
                assert!(
                    end <= limit + 0.01,
                    "label {line:?} runs into the plot at {width}"
                );
            }
            if layout.labels_above {
                assert!(
                    row.bar_y >= text_bottom - 4.0,
                    "bar under its label at {width}"
                );
            }
        }
        assert!(layout.plot_x + layout.plot_width <= layout.width);
        assert!(layout.height >= previous_bottom);
    }
}

#[test]
fn wrapping_keeps_every_word_within_the_width() {
    let text = "Labour migration and human development, including circular migration";
    for max in 1..40 {
        let lines = wrap(text, max);
        assert!(lines.iter().all(|l| l.chars().count() <= max), "{max}");
        assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""));
    }
    assert_eq!(wrap("", 10), [""]);
    assert_eq!(join_and(&["a", "b", "c"]), "a, b and c");
}

#[test]
fn chart_routes() {
    assert_eq!(Route::from_hash("#/charts"), Route::Charts);
    for chart in ChartId::ALL {
        let route = Route::Chart(chart);
        assert_eq!(Route::from_hash(&route.to_hash()), route);
        assert!(!chart.title().is_empty());
    }
    assert!(matches!(
        Route::from_hash("#/charts/<script>"),
        Route::NotFound(_)
    ));
    assert!(matches!(
        Route::from_hash("#/charts/unknown"),
        Route::NotFound(_)
    ));
    assert_eq!(
        Route::from_hash("#/charts/themes?type=rcp"),
        Route::Chart(ChartId::Themes)
    );
}

#[test]
fn every_chart_names_notes_that_exist() {
    let data = dataset();
    let context = context();
    for chart in ChartId::ALL {
        let mut found = iscm_explorer::charts::chart_id::notes_for(chart, &data.data_notes);
        found.extend(iscm_explorer::charts::chart_id::notes_for(
            chart,
            &context.data_notes,
        ));
        assert_eq!(found.len(), chart.note_ids().len(), "{chart:?}");
    }
}

#[test]
fn step_paths_and_year_ticks() {
    use iscm_explorer::charts::founding::{step_area, step_line, year_ticks};
    let edges = [0.0, 10.0, 20.0];
    assert_eq!(
        step_area(&edges, &[100.0, 100.0], &[90.0, 80.0]),
        "M0,90V90H10V80H20V100H10V100H0Z"
    );
    assert_eq!(step_line(&edges, &[5.0, 4.0]), "M0,5V5H10V4H20");
    assert_eq!(step_area(&[], &[], &[]), "");
    assert_eq!(
        year_ticks(1985, 2019, 10.0),
        [1985, 1990, 1995, 2000, 2005, 2010, 2015]
    );
    assert_eq!(year_ticks(1985, 2019, 6.0), [1985, 1995, 2005, 2015]);
}

#[test]
fn undated_inactive_iscms_are_named_not_placed() {
    use iscm_explorer::charts::founding::undated_inactive;
    let raw: Value = serde_json::from_str(&data_file("context.json")).unwrap();
    let expected: Vec<String> = raw["inactive_iscms"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["year_ended"].is_null())
        .filter(|i| {
            ["dormant", "completed", "transformed"].contains(&i["status"].as_str().unwrap())
        })
        .map(|i| {
            i["short_name"]
                .as_str()
                .unwrap_or(i["name"].as_str().unwrap())
                .to_string()
        })
        .collect();
    let found: Vec<String> = undated_inactive(&context(), Lang::En)
        .into_iter()
        .map(|(n, _)| n)
        .collect();
    assert_eq!(found, expected);
    assert!(!found.is_empty());
}

#[test]
fn matrix_labels_fit_and_rows_do_not_overlap() {
    use iscm_explorer::charts::matrix::{label_chars, matrix_layout, MATRIX_CHAR_WIDTH, PITCH};
    let matrix = full_matrix();
    assert_eq!(label_chars(320.0), 18);
    assert_eq!(label_chars(1280.0), 40);
    for width in [280.0, 320.0, 768.0, 1280.0] {
        let chars = label_chars(width);
        let layout = matrix_layout(&matrix, width);
        assert_eq!(layout.rows.len(), 31);
        let mut bottom = layout.rows_y;
        for (top, height, lines) in &layout.rows {
            assert!((*top - bottom).abs() < 0.01);
            assert!(*height >= PITCH);
            assert!(lines.iter().all(|l| l.chars().count() <= chars));
            assert!(lines.len() as f64 * 14.0 <= *height);
            bottom = top + height;
        }
        assert!(chars as f64 * MATRIX_CHAR_WIDTH <= layout.columns_x);
        assert!(layout.column_x(matrix.iscms.len()) <= layout.width);
        assert!(layout.height >= bottom);
    }
}

#[test]
fn svg_numbers_have_at_most_one_decimal() {
    use iscm_explorer::charts::svg::px;
    assert_eq!(px(0.0), "0");
    assert_eq!(px(12.34), "12.3");
    assert_eq!(px(12.96), "13");
    assert_eq!(px(-3.25), "-3.3");
    assert_eq!(px(-0.04), "0");
    assert_eq!(px(f64::NAN), "0");
}

#[test]
fn csv_keeps_numbers_and_defuses_lookalikes() {
    let mut table = ChartTable::new(&["a"]);
    for cell in ["-2", "+3.5", "-1.", "-x", "+", "@SUM(A1)", "-2-3"] {
        table.push(vec![cell.to_string()]);
    }
    assert_eq!(
        table.to_csv(),
        "a\r\n-2\r\n+3.5\r\n'-1.\r\n'-x\r\n'+\r\n'@SUM(A1)\r\n'-2-3\r\n"
    );
}

#[test]
fn an_svg_file_escapes_every_value_and_text() {
    use iscm_explorer::charts::svg::{escape, SvgNode};
    let tree = SvgNode::new("svg")
        .attr("width", "300.5")
        .attr("height", "120")
        .attr("aria-label", "a \"quoted\" <b>label</b>")
        .child(SvgNode::new("text").text("<img src=x onerror=alert(1)> & 'more'"));
    let file = tree.to_file();
    assert!(file.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg width=\"300.5\""));
    assert!(file.contains("aria-label=\"a &quot;quoted&quot; &lt;b&gt;label&lt;/b&gt;\""));
    assert!(file.contains("<text>&lt;img src=x onerror=alert(1)&gt; &amp; &apos;more&apos;</text>"));
    assert!(!file.contains("<img"));
    assert!(file.contains("<style>"));
    assert_eq!(tree.size(), (300, 120));
    assert_eq!(escape("a&b"), "a&amp;b");
}

#[test]
fn every_mark_a_keyboard_reaches_has_a_name_that_includes_its_visible_text() {
    use iscm_explorer::charts::draw_bars::{draw_bars, ValueAxis};
    use iscm_explorer::charts::draw_matrix::draw_matrix;
    use iscm_explorer::charts::draw_timeline::draw_timeline;
    use iscm_explorer::charts::members::member_marks;
    let data = dataset();
    let query = Query::parse("type=rcp");
    let chosen = selection(data, &query);
    let mut drawings = Vec::new();
    for facet in [
        FacetKind::Type,
        FacetKind::Region,
        FacetKind::Theme,
        FacetKind::IomRole,
        FacetKind::Secretariat,
    ] {
        let chart = category_chart(data, &chosen, &query, facet);
        let axis = ValueAxis::Linear(chart.max_total() as f64);
        drawings.push(draw_bars(
            "c",
            "t",
            &chart.marks(&query, Lang::En),
            axis,
            320.0,
            &[],
            "ISCMs",
        ));
    }
    let bars = member_bars(data, &chosen);
    drawings.push(draw_bars(
        "m",
        "t",
        &member_marks(data, &bars, Lang::En),
        ValueAxis::Log(195.0),
        900.0,
        &[],
        "x",
    ));
    let labels = ["RCP".to_string(), "IRF".to_string(), "Global".to_string()];
    let founding = founding_chart(data, &chosen, &query);
    drawings.push(draw_timeline(
        "f",
        &founding,
        &query,
        320.0,
        &[],
        &[],
        &labels,
        Lang::En,
    ));
    let matrix = theme_matrix(data, &chosen, ThemeOrder::Annex10, IscmOrder::FactSheet);
    drawings.push(draw_matrix("x", &matrix, &query, 1280.0, Lang::En));
    let mut reached = 0;
    for drawing in &drawings {
        for node in drawing.svg.descendants() {
            if node.get("tabindex").is_none() && node.get("href").is_none() {
                continue;
            }
            reached += 1;
            let name = node.get("aria-label").unwrap_or_default();
            assert!(!name.trim().is_empty(), "{:?}", node.attrs);
            // What a mark shows (its label lines and value) is part of its name.
            for word in node
                .descendants()
                .into_iter()
                .filter(|n| n.tag == "tspan" || n.get("class") == Some("bar-value"))
                .map(|n| n.text_content())
            {
                assert!(name.contains(word.trim()), "{word:?} not in {name:?}");
            }
            // Every action a mark applies is one the drawing lists.
            if let Some(index) = node.get("data-mark") {
                assert!(index.parse::<usize>().unwrap() < drawing.actions.len());
            }
        }
    }
    assert!(reached > 100);
}
