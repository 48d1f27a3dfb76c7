//! The result of running one script: how many directives passed and where the others failed.

/// What happened when a script ran.
///
/// Every directive counts once, whether it is an assertion or a plain `module`, `register`
/// or `invoke` (those can fail too).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcome {
    /// Directives that behaved as the script expects.
    pub passed: usize,
    /// Directives that did not.
    pub failed: usize,
    /// One line per failed directive: `file:line:col: message`.
    pub failures: Vec<String>,
}

impl Outcome {
    /// The number of directives checked.
    pub fn total(&self) -> usize {
        self.passed + self.failed
    }

    /// Whether every directive passed.
    pub fn is_success(&self) -> bool {
        self.failed == 0
    }

    /// Adds another outcome's counts and failures to this one.
    pub fn merge(&mut self, other: Outcome) {
        self.passed += other.passed;
        self.failed += other.failed;
        self.failures.extend(other.failures);
    }

    /// Records the result of one directive found at `location` (`file:line:col`).
    pub(crate) fn record(&mut self, location: &str, result: anyhow::Result<()>) {
        match result {
            Ok(()) => self.passed += 1,
            Err(err) => {
                self.failed += 1;
                let mut line = one_line(&format!("{err:#}"));
                // A trap's cause comes after its backtrace, which `one_line` cuts.
                let cause = one_line(&err.root_cause().to_string());
                if !line.contains(&cause) {
                    line = format!("{line} [{cause}]");
                }
                self.failures.push(format!("{location}: {line}"));
            }
        }
    }
}

/// Shortens an error chain to one line: a failure list is read line by line, and the wasm
/// backtrace of a trap belongs in a debugger session rather than in a test summary.
fn one_line(message: &str) -> String {
    const LIMIT: usize = 400;
    let message = match message.find("wasm backtrace:") {
        Some(at) => &message[..at],
        None => message,
    };
    let mut line = message.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.len() > LIMIT {
        let mut end = LIMIT;
        while !line.is_char_boundary(end) {
            end -= 1;
        }
        line.truncate(end);
        line.push_str("...");
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn record_counts_and_locates_failures() {
        let mut outcome = Outcome::default();
        outcome.record("a.wast:1:1", Ok(()));
        outcome.record(
            "a.wast:3:2",
            Err(anyhow::anyhow!(
                "wasm trap: unreachable\nwasm backtrace:\n  0: f"
            )),
        );
        assert_eq!(outcome.total(), 2);
        assert!(!outcome.is_success());
        assert_eq!(outcome.failures, ["a.wast:3:2: wasm trap: unreachable"]);
    }

    #[test]
    fn long_messages_are_cut() {
        let line = one_line(&"é".repeat(300));
        assert!(line.ends_with("..."));
        assert!(line.len() <= 403);
    }
}
