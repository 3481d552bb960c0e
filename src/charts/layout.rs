//! Geometry of the horizontal bar charts at a given width: where each label, bar and value
//! goes, so that from a 320 px phone to a wide desktop no label overlaps another.
//!
//! Text is measured by an estimate (the app's sans-serif at 14 px averages under 7.5 px a
//! character), and labels wrap at word boundaries to the room they have. Below
//! [`LABELS_BESIDE_MIN_WIDTH`] labels go above their bars, which then span the whole width.

/// Average width of a character of chart text, in px (an upper estimate).
pub const CHAR_WIDTH: f64 = 7.5;
/// Height of one line of chart text, in px.
pub const LINE_HEIGHT: f64 = 17.0;
/// Thickness of a bar, in px.
pub const BAR_HEIGHT: f64 = 18.0;
/// Space between rows, in px.
pub const ROW_GAP: f64 = 10.0;
/// Room kept right of the longest bar for its value label, in px.
pub const VALUE_ROOM: f64 = 72.0;
/// Room kept under the plot for the axis tick labels, in px.
pub const AXIS_ROOM: f64 = 44.0;
/// The narrowest chart that puts labels beside the bars.
pub const LABELS_BESIDE_MIN_WIDTH: f64 = 560.0;
/// The narrowest width the charts lay out for; narrower containers scroll.
pub const MIN_WIDTH: f64 = 280.0;

/// Where one row of a bar chart goes.
#[derive(Debug, Clone, PartialEq)]
pub struct RowGeometry {
    /// The label, wrapped into lines.
    pub label_lines: Vec<String>,
    /// x of the label's start and baseline y of its first line.
    pub label_x: f64,
    pub label_y: f64,
    /// Top of the bar.
    pub bar_y: f64,
}

/// A horizontal bar chart laid out for one width.
#[derive(Debug, Clone, PartialEq)]
pub struct BarLayout {
    pub width: f64,
    pub height: f64,
    /// Whether labels sit above their bars (narrow screens) rather than beside them.
    pub labels_above: bool,
    /// Where bars start, and how long the longest may be.
    pub plot_x: f64,
    pub plot_width: f64,
    /// Top of the plot (below any legend) and bottom (above the axis labels).
    pub plot_top: f64,
    pub plot_bottom: f64,
    pub rows: Vec<RowGeometry>,
}

/// Lays out rows with these labels in `width` px, starting `top` px down (room for a legend).
pub fn bar_layout(width: f64, top: f64, labels: &[&str]) -> BarLayout {
    let width = width.max(MIN_WIDTH);
    let labels_above = width < LABELS_BESIDE_MIN_WIDTH;
    let longest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) as f64;
    let (label_room, plot_x) = if labels_above {
        (width, 0.0)
    } else {
        let room = (longest * CHAR_WIDTH).clamp(60.0, width * 0.4);
        (room, room + 12.0)
    };
    let plot_width = (width - plot_x - VALUE_ROOM).max(40.0);
    let max_chars = ((label_room / CHAR_WIDTH).floor() as usize).max(8);
    let mut y = top;
    let rows = labels
        .iter()
        .map(|label| {
            let lines = wrap(label, max_chars);
            let text_height = lines.len() as f64 * LINE_HEIGHT;
            if labels_above {
                let row = RowGeometry {
                    label_lines: lines,
                    label_x: 0.0,
                    label_y: y + LINE_HEIGHT - 4.0,
                    bar_y: y + text_height + 2.0,
                };
                y += text_height + 2.0 + BAR_HEIGHT + ROW_GAP;
                row
            } else {
                let row_height = text_height.max(BAR_HEIGHT);
                let row = RowGeometry {
                    label_lines: lines,
                    label_x: 0.0,
                    label_y: y + (row_height - text_height) / 2.0 + LINE_HEIGHT - 4.0,
                    bar_y: y + (row_height - BAR_HEIGHT) / 2.0,
                };
                y += row_height + ROW_GAP;
                row
            }
        })
        .collect();
    BarLayout {
        width,
        height: y + AXIS_ROOM,
        labels_above,
        plot_x,
        plot_width,
        plot_top: top,
        plot_bottom: y,
        rows,
    }
}

/// Splits text into lines of at most `max_chars` characters at spaces; a word longer than
/// a line is cut.
pub fn wrap(text: &str, max_chars: usize) -> Vec<String> {
    let max_chars = max_chars.max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: String = word.to_string();
        loop {
            let line_len = line.chars().count();
            let word_len = word.chars().count();
            let needed = if line.is_empty() {
                word_len
            } else {
                line_len + 1 + word_len
            };
            if needed <= max_chars {
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(&word);
                break;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                continue;
            }
            // A word longer than a whole line.
            let head: String = word.chars().take(max_chars).collect();
            word = word.chars().skip(max_chars).collect();
            lines.push(head);
            if word.is_empty() {
                break;
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}
