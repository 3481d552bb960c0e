//! Numbers the report and the 2018 review state, drawn as they are (they do not follow the
//! explorer's filters): the 2019 survey's respondents and the review's figures.

use crate::dataset::context::{Context, FigureUnit};
use crate::dataset::source::SourceRef;

use crate::i18n::charts::ChartsText;
use crate::i18n::Lang;

use super::colon;
use super::draw_bars::BarMark;
use super::table::ChartTable;

/// One bar of a stated number.
#[derive(Debug, Clone, PartialEq)]
pub struct StatedBar {
    pub label: String,
    pub value: f64,
    /// The words of the source ("more than 70% of active ISCMs").
    pub wording: String,
}

/// Bars under a heading (one figure of the review, or the survey's respondents).
#[derive(Debug, Clone, PartialEq)]
pub struct StatedGroup {
    pub heading: String,
    /// Whether the heading and labels are the dataset's English words (the review's figures)
    /// rather than interface text (the survey's kinds of respondent).
    pub from_data: bool,
    pub bars: Vec<StatedBar>,
    pub source: SourceRef,
}

/// The questionnaires the 2019 survey collected, by kind of respondent, with the share of
/// those approached the report gives for each, labelled in `lang`.
pub fn survey_respondents(context: &Context, lang: Lang) -> StatedGroup {
    let t = ChartsText::of(lang);
    let respondents = &context.assessment.respondents;
    let bar = |label: &str, count: &crate::dataset::context::RespondentCount| StatedBar {
        label: label.to_string(),
        value: f64::from(count.count),
        wording: count.share.clone(),
    };
    StatedGroup {
        heading: t.questionnaires_received.to_string(),
        from_data: false,
        bars: vec![
            bar(t.iscms, &respondents.iscms),
            bar(t.respondents_states, &respondents.states),
            bar(t.respondents_organizations, &respondents.organizations),
        ],
        source: respondents.source.clone(),
    }
}

/// The review's numbers read from its figures that kept their values, one group per
/// figure, in the order the dataset lists them. The label of each bar is the source's
/// wording of the answer.
pub fn review_figures(context: &Context) -> Vec<StatedGroup> {
    let mut groups: Vec<StatedGroup> = Vec::new();
    for figure in &context.gcm_review_figures {
        let Some(name) = &figure.figure else { continue };
        if figure.unit != FigureUnit::Count {
            continue;
        }
        let bar = StatedBar {
            label: figure.label.clone(),
            value: figure.value,
            wording: figure.wording.clone(),
        };
        match groups
            .iter_mut()
            .find(|g| g.heading.starts_with(name.as_str()))
        {
            Some(group) => group.bars.push(bar),
            None => groups.push(StatedGroup {
                heading: name.clone(),
                from_data: true,
                bars: vec![bar],
                source: figure.source.clone(),
            }),
        }
    }
    groups
}

/// The table view of stated numbers, headed in `lang`: group, what, number, the source's
/// words.
pub fn stated_table(groups: &[StatedGroup], lang: Lang) -> ChartTable {
    let t = ChartsText::of(lang);
    let from_data = groups.first().is_some_and(|g| g.from_data);
    let mut table = ChartTable::new(&[
        t.header_group,
        t.header_what,
        t.number_axis,
        t.header_wording,
    ])
    .with_data_columns(&[from_data, from_data, false, true]);
    for group in groups {
        for bar in &group.bars {
            table.push(vec![
                group.heading.clone(),
                bar.label.clone(),
                format_number(bar.value),
                bar.wording.clone(),
            ]);
        }
    }
    table
}

/// A whole number without decimals; others with one.
pub fn format_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        (value as i64).to_string()
    } else {
        super::svg::px(value)
    }
}

/// The stated numbers as marks (they only name their value). With several groups, each
/// label starts with its group's heading; a single group's labels carry the source's words
/// (in English only: elsewhere the source's English words would sit inside a translated
/// label, and the table gives them).
pub fn stated_marks(groups: &[StatedGroup], lang: Lang) -> Vec<BarMark> {
    let grouped = groups.len() > 1;
    groups
        .iter()
        .flat_map(|group| {
            group.bars.iter().enumerate().map(move |(i, bar)| {
                let label = if grouped {
                    format!("{}: {}", group.heading, bar.label)
                } else if lang == Lang::En || group.from_data {
                    format!("{} ({})", bar.label, bar.wording)
                } else {
                    bar.label.clone()
                };
                let value = format_number(bar.value);
                BarMark {
                    key: format!(
                        "{}-{i}",
                        crate::lowercase::lower_str(&group.heading).replace(' ', "-")
                    ),
                    name: format!("{label}{}{value}", colon(lang)),
                    label,
                    label_is_data: group.from_data,
                    name_after_label: (lang != Lang::En && group.from_data).then(|| value.clone()),
                    value: bar.value,
                    ghost: None,
                    value_text: value,
                    class: "bar",
                    action: None,
                    pressed: None,
                }
            })
        })
        .collect()
}
