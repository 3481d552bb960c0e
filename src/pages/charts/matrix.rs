//! The themes × ISCMs matrix of Annex 10, sortable both ways, with the row and column of the
//! cell under the pointer or the keyboard highlighted. It is an ARIA grid: one tab stop,
//! arrow keys move between cells, Enter or Space filters by the cell's theme.

use std::sync::Arc;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::charts::chart_id::notes_for;
use crate::charts::matrix::{
    matrix_layout, theme_matrix, Cell, IscmOrder, ThemeMatrix, ThemeOrder, CELL, MATRIX_LINE, PITCH,
};
use crate::charts::ChartId;
use crate::components::bar_chart::{focus_element, refocus};
use crate::components::chart_frame::{svg_id, ChartFrame};
use crate::explore::query::Filter;
use crate::nav::Nav;

use super::ChartInputs;

/// The row and column a cell id (`<svg id>-r-c`) names.
fn cell_at(id: &str, prefix: &str) -> Option<(usize, usize)> {
    let rest = id.strip_prefix(prefix)?.strip_prefix('-')?;
    let (r, c) = rest.split_once('-')?;
    Some((r.parse().ok()?, c.parse().ok()?))
}

fn target_id(event: &web_sys::Event) -> Option<String> {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .map(|e| e.id())
}

#[component]
pub fn MatrixChart(inputs: ChartInputs) -> impl IntoView {
    let chart = ChartId::ThemeMatrix;
    let nav = expect_context::<Nav>();
    let query = nav.query;
    let theme_order = RwSignal::new(ThemeOrder::Annex10);
    let iscm_order = RwSignal::new(IscmOrder::FactSheet);
    let data = Arc::clone(&inputs.data);
    let selection = inputs.selection;
    let model = Memo::new(move |_| {
        selection.with(|s| theme_matrix(&data, s, theme_order.get(), iscm_order.get()))
    });
    let reading = Signal::derive(move || model.with(ThemeMatrix::reading));
    let table = Signal::derive(move || model.with(ThemeMatrix::table));
    let hover = RwSignal::new(None::<(usize, usize)>);
    let id = svg_id(chart);

    let on_theme_order = move |event: ev::Event| {
        theme_order.set(if event_target_value(&event) == "frequency" {
            ThemeOrder::Frequency
        } else {
            ThemeOrder::Annex10
        });
    };
    let on_iscm_order = move |event: ev::Event| {
        iscm_order.set(match event_target_value(&event).as_str() {
            "themes" => IscmOrder::ThemeCount,
            "name" => IscmOrder::Name,
            _ => IscmOrder::FactSheet,
        });
    };

    let drawing = {
        let id = id.clone();
        move || {
            let m = model.get();
            let current = query.get();
            let layout = matrix_layout(&m);
            let rows_n = m.themes.len();
            let cols_n = m.iscms.len();
            let choose = {
                let id = id.clone();
                let themes: Vec<String> = m.themes.iter().map(|t| t.id.clone()).collect();
                move |cell_id: &str| {
                    if let Some((r, _)) = cell_at(cell_id, &id) {
                        if let Some(theme) = themes.get(r) {
                            let next = query.get_untracked().toggled(Filter::Theme(theme.clone()));
                            nav.set_query(next, false);
                            refocus(cell_id.to_string());
                        }
                    }
                }
            };
            let on_click = {
                let choose = choose.clone();
                move |event: ev::MouseEvent| {
                    if let Some(target) = target_id(&event) {
                        choose(&target);
                    }
                }
            };
            let on_key = {
                let id = id.clone();
                move |event: ev::KeyboardEvent| {
                    let Some(target) = target_id(&event) else { return };
                    let Some((r, c)) = cell_at(&target, &id) else { return };
                    let (r, c) = match event.key().as_str() {
                        "ArrowUp" => (r.saturating_sub(1), c),
                        "ArrowDown" => ((r + 1).min(rows_n - 1), c),
                        "ArrowLeft" => (r, c.saturating_sub(1)),
                        "ArrowRight" => (r, (c + 1).min(cols_n - 1)),
                        "Home" => (r, 0),
                        "End" => (r, cols_n - 1),
                        "Enter" | " " => {
                            event.prevent_default();
                            choose(&target);
                            return;
                        }
                        _ => return,
                    };
                    event.prevent_default();
                    if let Some(element) = document().get_element_by_id(&format!("{id}-{r}-{c}")) {
                        let _ = focus_element(&element);
                    }
                }
            };
            let hover_target = {
                let id = id.clone();
                move |event: &web_sys::Event| {
                    hover.set(target_id(event).and_then(|t| cell_at(&t, &id)));
                }
            };
            let on_over = {
                let hover_target = hover_target.clone();
                move |event: ev::MouseEvent| hover_target(&event)
            };
            let on_focus = move |event: ev::FocusEvent| hover_target(&event);
            let theme_ids: Vec<String> = m.themes.iter().map(|t| t.id.clone()).collect();
            let header = m
                .iscms
                .iter()
                .enumerate()
                .map(|(c, iscm)| {
                    let x = layout.column_x(c) + CELL / 2.0 + 4.0;
                    let y = layout.rows_y - 6.0;
                    view! {
                        <g role="columnheader" aria-label=format!("{} ({} themes)", iscm.short_name, iscm.count)>
                            <text class="matrix-label" x=x y=y transform=format!("rotate(-60 {x} {y})")
                                aria-hidden="true">{iscm.short_name.clone()}</text>
                        </g>
                    }
                })
                .collect_view();
            let rows = m
                .themes
                .iter()
                .zip(&m.cells)
                .zip(&layout.rows)
                .enumerate()
                .map(|(r, ((theme, cells), (top, height, lines)))| {
                    let text_top = top + (height - lines.len() as f64 * MATRIX_LINE) / 2.0 + 11.0;
                    let label = lines
                        .iter()
                        .enumerate()
                        .map(|(i, line)| view! { <tspan x=0.0 y=text_top + i as f64 * MATRIX_LINE>{line.clone()}</tspan> })
                        .collect_view();
                    let cell_y = top + (height - CELL) / 2.0;
                    let active = current.has(&Filter::Theme(theme_ids[r].clone()));
                    let cells = cells
                        .iter()
                        .enumerate()
                        .map(|(c, cell)| {
                            let x = layout.column_x(c);
                            let (class, word) = match cell {
                                Cell::Ticked => ("cell-ticked", "yes"),
                                Cell::Empty => ("cell-empty", "no"),
                                Cell::Unclear => ("cell-unclear", "cannot be read"),
                            };
                            let name = format!(
                                "{} × {}: {word}.{}",
                                theme.name,
                                m.iscms[c].short_name,
                                if active { " Theme filter applied." } else { "" }
                            );
                            let unclear = (*cell == Cell::Unclear).then(|| view! {
                                <text class="unclear-mark" x=x + CELL / 2.0 y=cell_y + 14.0 text-anchor="middle" aria-hidden="true">"?"</text>
                            });
                            view! {
                                <rect id=format!("{id}-{r}-{c}") class=format!("cell {class}") role="gridcell"
                                    x=x y=cell_y width=CELL height=CELL rx=2.0
                                    tabindex=if r == 0 && c == 0 { "0" } else { "-1" }
                                    aria-label=name aria-selected=active.to_string() />
                                {unclear}
                            }
                        })
                        .collect_view();
                    view! {
                        <g role="row">
                            <g role="rowheader" aria-label=format!("{} ({} ISCMs)", theme.name, theme.count)>
                                <text class="matrix-label" class:active=active aria-hidden="true">{label}</text>
                            </g>
                            {cells}
                            <text class="matrix-count" x=layout.column_x(cols_n) + 6.0 y=cell_y + 14.0 aria-hidden="true">{theme.count}</text>
                        </g>
                    }
                })
                .collect_view();
            let band = {
                let layout = layout.clone();
                move || {
                    hover.get().filter(|(r, c)| *r < rows_n && *c < cols_n).map(|(r, c)| {
                        let (top, height, _) = layout.rows[r];
                        view! {
                            <rect class="highlight" x=0.0 y=top width=layout.width height=height />
                            <rect class="highlight" x=layout.column_x(c) - 1.0 y=0.0 width=PITCH height=layout.height />
                        }
                    })
                }
            };
            view! {
                <div class="matrix-scroll" tabindex="-1">
                    <svg id=id.clone() class="chart-svg matrix" xmlns="http://www.w3.org/2000/svg"
                        width=layout.width height=layout.height
                        viewBox=format!("0 0 {} {}", layout.width, layout.height)
                        role="grid" aria-label=format!("Annex 10: {} themes by {} ISCMs", rows_n, cols_n)
                        aria-rowcount=(rows_n + 1).to_string() aria-colcount=(cols_n + 1).to_string()
                        on:click=on_click on:keydown=on_key on:mouseover=on_over
                        on:mouseleave=move |_| hover.set(None) on:focusin=on_focus>
                        <g aria-hidden="true">{band}</g>
                        <g role="row">
                            <g role="columnheader" aria-label="Theme"></g>
                            {header}
                        </g>
                        {rows}
                    </svg>
                </div>
            }
        }
    };
    let data = &inputs.data;
    let source = data
        .themes
        .first()
        .map_or_else(|| data.meta.fact_sheet_source.clone(), |t| t.source.clone());
    view! {
        <ChartFrame data=Arc::clone(data) chart=chart alone=inputs.alone reading=reading table=table
            sources=vec![source] notes=notes_for(chart, &data.data_notes)>
            <div class="matrix-controls">
                <label>"Themes: "
                    <select on:change=on_theme_order>
                        <option value="annex10">"Annex 10 order"</option>
                        <option value="frequency">"Most ISCMs first"</option>
                    </select>
                </label>
                <label>"ISCMs: "
                    <select on:change=on_iscm_order>
                        <option value="fact-sheet">"Fact sheet order"</option>
                        <option value="themes">"Most themes first"</option>
                        <option value="name">"Name, A to Z"</option>
                    </select>
                </label>
                <p class="hint">"Arrow keys move between cells; Enter filters by the cell's theme. Blue: ticked; “?”: the cell cannot be read."</p>
            </div>
            {drawing}
        </ChartFrame>
    }
}
