//! The charts, their addresses (`#/charts/<slug>`) and titles.

use crate::i18n::charts::ChartsText;

/// One chart of the charts page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChartId {
    /// ISCMs by type (RCP, IRF, global process).
    ByType,
    /// ISCMs by region covered.
    ByRegion,
    /// Cumulative establishment since 1985, by type, with milestones.
    Founding,
    /// Member States per ISCM, sorted, on a logarithmic scale.
    Members,
    /// How many ISCMs work on each Annex 10 theme.
    Themes,
    /// The themes × ISCMs matrix of Annex 10.
    ThemeMatrix,
    /// Roles of IOM across ISCMs.
    IomRoles,
    /// Who provides the secretariats.
    Secretariats,
    /// The 2019 survey's respondents.
    Survey,
    /// The numbers of the 2018 review of ISCMs and the Global Compact.
    GcmReview,
}

impl ChartId {
    /// Every chart, in page order.
    pub const ALL: [ChartId; 10] = [
        ChartId::ByType,
        ChartId::ByRegion,
        ChartId::Founding,
        ChartId::Members,
        ChartId::Themes,
        ChartId::ThemeMatrix,
        ChartId::IomRoles,
        ChartId::Secretariats,
        ChartId::Survey,
        ChartId::GcmReview,
    ];

    /// The URL segment and the base of download file names.
    pub fn slug(self) -> &'static str {
        match self {
            ChartId::ByType => "by-type",
            ChartId::ByRegion => "by-region",
            ChartId::Founding => "established",
            ChartId::Members => "member-states",
            ChartId::Themes => "themes",
            ChartId::ThemeMatrix => "theme-matrix",
            ChartId::IomRoles => "iom-roles",
            ChartId::Secretariats => "secretariats",
            ChartId::Survey => "survey-2019",
            ChartId::GcmReview => "gcm-review-2018",
        }
    }

    pub fn from_slug(slug: &str) -> Option<ChartId> {
        ChartId::ALL.into_iter().find(|chart| chart.slug() == slug)
    }

    /// The chart's title, in English.
    pub fn title(self) -> &'static str {
        self.title_in(&ChartsText::EN)
    }

    /// The chart's title in the language of `t`.
    pub fn title_in(self, t: &ChartsText) -> &'static str {
        match self {
            ChartId::ByType => t.title_by_type,
            ChartId::ByRegion => t.title_by_region,
            ChartId::Founding => t.title_founding,
            ChartId::Members => t.title_members,
            ChartId::Themes => t.title_themes,
            ChartId::ThemeMatrix => t.title_theme_matrix,
            ChartId::IomRoles => t.title_iom_roles,
            ChartId::Secretariats => t.title_secretariats,
            ChartId::Survey => t.title_survey,
            ChartId::GcmReview => t.title_gcm_review,
        }
    }

    /// Whether the chart counts the ISCMs of the fact sheet, and so follows the filters
    /// (the survey and review charts show numbers the report states).
    pub fn follows_filters(self) -> bool {
        !matches!(self, ChartId::Survey | ChartId::GcmReview)
    }

    /// The data notes that concern the chart: of `iscms.json` for the charts of the fact
    /// sheet, of `context.json` for the stated figures and the timeline's events.
    pub fn note_ids(self) -> &'static [&'static str] {
        match self {
            ChartId::ByType => &[
                "prague-process-type",
                "pafom-type-irf-single-region",
                "igc-type-irf-vs-first-rcp",
                "counts-global-processes",
            ],
            ChartId::ByRegion => &["regions-compound-cells", "prague-process-type"],
            ChartId::Founding => &[
                "eap-panel-established-as-soderkoping",
                "founding-years-from-annex-2",
                "dates-from-footnotes",
            ],
            ChartId::Members => &["prague-process-type", "iom-member-of-four-iscms"],
            ChartId::Themes | ChartId::ThemeMatrix => &[
                "annex10-no-commit-column",
                "annex10-migration-and-development-row",
                "annex10-unticked-theme",
                "annex10-column-spellings",
            ],
            ChartId::IomRoles => &[
                "iom-role-technical-guidance-wordings",
                "iom-role-project-support-wording",
                "iom-role-observer-ad-hoc",
                "iom-role-pafom-secretariat-with-auc",
                "annex2-riam-iom-role-split",
                "iom-member-of-four-iscms",
            ],
            ChartId::Secretariats => &[
                "secretariat-support-qualifiers",
                "secretariats-of-associated-organizations",
                "midsa-secretariat-iom-or-sadc",
                "abu-dhabi-dialogue-secretariat-is-a-state",
                "eu-celac-no-current-secretariat",
                "cmc-iom-potential-co-secretariat",
                "african-union-or-auc-secretariat",
                "ecowas-commission",
            ],
            ChartId::Survey => &[
                "respondents-annex-6",
                "active-iscm-counts-differ",
                "figure-numbers-lost",
            ],
            ChartId::GcmReview => &[
                "gcm-review-figures-4-5",
                "figure-numbers-lost",
                "gcm-review-respondent-counts",
            ],
        }
    }
}

/// The notes of `notes` whose ids the chart names, in the chart's order.
pub fn notes_for(
    chart: ChartId,
    notes: &[crate::dataset::source::DataNote],
) -> Vec<crate::dataset::source::DataNote> {
    chart
        .note_ids()
        .iter()
        .filter_map(|id| notes.iter().find(|note| note.id == *id))
        .cloned()
        .collect()
}
