//! The progress line of long compilations: shown on stderr, when it is a terminal, once a
//! compilation has run for a second, and cleared when it ends.

use std::io::{IsTerminal, Write};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use wicker::{CompileProgress, Config};

/// How long a compilation runs before its progress is shown.
const DELAY: Duration = Duration::from_secs(1);

/// Shows the progress of compiling `name` with `config`'s engine, if stderr is a terminal.
pub fn install(config: &mut Config, name: String) {
    if !std::io::stderr().is_terminal() {
        return;
    }
    let state = Mutex::new(Line {
        started: Instant::now(),
        shown: false,
    });
    config.compile_progress(move |p| {
        let mut line = state.lock().unwrap_or_else(|e| e.into_inner());
        if p.done == 0 {
            line.started = Instant::now();
        }
        let text = line.update(p, &name);
        if let Some(text) = text {
            let mut err = std::io::stderr().lock();
            let _ = err.write_all(text.as_bytes());
            let _ = err.flush();
        }
    });
}

/// The line's state: when the compilation started and whether the line is on screen.
struct Line {
    started: Instant,
    shown: bool,
}

impl Line {
    /// What to write to the terminal for `p`: the line redrawn, the line cleared at the
    /// end, or nothing (before the delay, or after an end with nothing shown).
    fn update(&mut self, p: CompileProgress, name: &str) -> Option<String> {
        let finished = p.done >= p.total;
        if finished {
            return std::mem::take(&mut self.shown).then(|| "\r\x1b[2K".to_string());
        }
        if self.started.elapsed() < DELAY {
            return None;
        }
        self.shown = true;
        Some(format!("\r\x1b[2K{}", text(p, name)))
    }
}

/// The words of the line.
fn text(p: CompileProgress, name: &str) -> String {
    let percent = p.done as u128 * 100 / p.total.max(1) as u128;
    format!(
        "compiling {name}: {percent}% ({} of {} functions)",
        p.done, p.total
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_shows_after_the_delay_and_is_cleared_at_the_end() {
        let p = |done| CompileProgress { done, total: 400 };
        let mut line = Line {
            started: Instant::now(),
            shown: false,
        };
        assert_eq!(line.update(p(4), "x.wasm"), None);
        assert_eq!(line.update(p(400), "x.wasm"), None);
        line.started = Instant::now() - DELAY * 2;
        assert_eq!(
            line.update(p(100), "x.wasm").unwrap(),
            "\r\x1b[2Kcompiling x.wasm: 25% (100 of 400 functions)"
        );
        assert_eq!(line.update(p(400), "x.wasm").unwrap(), "\r\x1b[2K");
        assert_eq!(line.update(p(400), "x.wasm"), None);
    }
}
