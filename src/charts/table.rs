//! A chart's numbers as a table: shown in the chart's "Table" view and downloaded as CSV,
//! from the same value, so the two can never differ.

/// Rows of text cells under column headers.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ChartTable {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Which columns hold the dataset's English text (names, wordings): their cells are
    /// shown inside `lang="en"`. Columns past the end hold interface text or numbers.
    pub data_columns: Vec<bool>,
    /// Which column headers are the dataset's English text (the matrix's ISCM names).
    pub data_headers: Vec<bool>,
}

impl ChartTable {
    pub fn new(columns: &[&str]) -> ChartTable {
        ChartTable {
            columns: columns.iter().map(|c| c.to_string()).collect(),
            rows: Vec::new(),
            data_columns: Vec::new(),
            data_headers: Vec::new(),
        }
    }

    /// Marks which columns hold the dataset's English text.
    pub fn with_data_columns(mut self, data_columns: &[bool]) -> ChartTable {
        self.data_columns = data_columns.to_vec();
        self
    }

    /// Whether the cells of column `i` are the dataset's English text.
    pub fn is_data_column(&self, i: usize) -> bool {
        self.data_columns.get(i).copied().unwrap_or(false)
    }

    /// Whether the header of column `i` is the dataset's English text.
    pub fn is_data_header(&self, i: usize) -> bool {
        self.data_headers.get(i).copied().unwrap_or(false)
    }

    pub fn push(&mut self, row: Vec<String>) {
        self.rows.push(row);
    }

    /// The table as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when
    /// they hold a comma, a quote or a line break). A cell that a spreadsheet would run as
    /// a formula (starting with `=`, `+`, `-`, `@`) gets a leading `'`, unless it is a
    /// number.
    pub fn to_csv(&self) -> String {
        let mut out = String::new();
        for row in std::iter::once(&self.columns).chain(self.rows.iter()) {
            let line: Vec<String> = row.iter().map(|cell| csv_field(cell)).collect();
            out.push_str(&line.join(","));
            out.push_str("\r\n");
        }
        out
    }
}

fn csv_field(cell: &str) -> String {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_number(cell);
    let cell = if risky {
        format!("'{cell}")
    } else {
        cell.to_string()
    };
    if cell.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell
    }
}

/// Whether the text is a plain decimal number (`-2`, `+3.5`), which a spreadsheet reads as
/// a number, not a formula.
fn is_number(text: &str) -> bool {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    let mut parts = digits.splitn(2, '.');
    let whole = parts.next().unwrap_or("");
    let fraction = parts.next();
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}
