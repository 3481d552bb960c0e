//! Scales from data values to pixels, and the tick values of their axes.

/// A linear scale from `0..=max` to `0..=length` pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinearScale {
    pub max: f64,
    pub length: f64,
}

impl LinearScale {
    /// A scale whose end is a "nice" number at or above `max` (so the last tick is a
    /// round value), with the tick step.
    pub fn nice(max: f64, length: f64) -> (LinearScale, f64) {
        let (nice_max, step) = nice_max(max);
        (
            LinearScale {
                max: nice_max,
                length,
            },
            step,
        )
    }

    pub fn px(&self, value: f64) -> f64 {
        if self.max <= 0.0 {
            0.0
        } else {
            (value.clamp(0.0, self.max) / self.max) * self.length
        }
    }

    /// The ticks from 0 to the end, `step` apart.
    pub fn ticks(&self, step: f64) -> Vec<f64> {
        if step <= 0.0 {
            return vec![0.0];
        }
        let count = (self.max / step).round() as usize;
        (0..=count).map(|i| i as f64 * step).collect()
    }
}

/// A round upper bound for an axis at or above `max`, and a step giving 2 to 6 ticks:
/// steps are 1, 2 or 5 times a power of ten, and never below 1 (the charts count things).
pub fn nice_max(max: f64) -> (f64, f64) {
    if !max.is_finite() || max <= 0.0 {
        return (1.0, 1.0);
    }
    let rough = max / 4.0;
    let power = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|s| max / s <= 5.0)
        .unwrap_or(10.0 * power)
        .max(1.0);
    ((max / step).ceil() * step, step)
}

/// A base-10 logarithmic scale from `1..=max` to `0..=length` pixels: a process with 6
/// members stays visible next to one with 195. Values below 1 sit at 0.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LogScale {
    pub max: f64,
    pub length: f64,
}

impl LogScale {
    /// A scale whose end is the next tick (1, 2 or 5 times a power of ten) at or above `max`.
    pub fn covering(max: f64, length: f64) -> LogScale {
        let end = log_ticks(f64::INFINITY)
            .into_iter()
            .find(|tick| *tick >= max)
            .unwrap_or(max.max(1.0));
        LogScale { max: end, length }
    }

    pub fn px(&self, value: f64) -> f64 {
        if value <= 1.0 || self.max <= 1.0 {
            return 0.0;
        }
        (value.min(self.max).log10() / self.max.log10()) * self.length
    }

    /// 1, 2, 5, 10, 20, 50, … up to the end of the scale.
    pub fn ticks(&self) -> Vec<f64> {
        log_ticks(self.max)
    }
}

/// The 1-2-5 sequence up to `max` (at most 1e9).
fn log_ticks(max: f64) -> Vec<f64> {
    let mut ticks = Vec::new();
    let mut power = 1.0;
    while power <= 1e9 {
        for m in [1.0, 2.0, 5.0] {
            let tick = m * power;
            if tick > max {
                return ticks;
            }
            ticks.push(tick);
        }
        power *= 10.0;
    }
    ticks
}
