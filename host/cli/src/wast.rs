//! `wicker wast`: run spec-test scripts and report each file and the total.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Result;
use wicker_wast::{Outcome, WastContext};

use crate::options::EngineOptions;

/// Runs `.wast` scripts, each in a fresh store; exits with 1 if any directive fails.
#[derive(clap::Args)]
pub struct WastCommand {
    #[command(flatten)]
    options: EngineOptions,

    /// The scripts to run.
    #[arg(value_name = "FILE", required = true)]
    files: Vec<PathBuf>,
}

impl WastCommand {
    /// Runs every script and prints `PASS`/`FAIL` per file and a summary line.
    pub fn execute(self) -> Result<ExitCode> {
        let config = self.options.config()?;
        let fuel = self.options.fuel()?;
        let mut total = Outcome::default();
        for file in &self.files {
            let mut cx = WastContext::new(&config)?;
            if let Some(fuel) = fuel {
                cx.store_mut().set_fuel(fuel)?;
            }
            let outcome = cx.run_file(file)?;
            if outcome.is_success() {
                println!("PASS {} ({} assertions)", file.display(), outcome.total());
            } else {
                println!(
                    "FAIL {}: {}/{}",
                    file.display(),
                    outcome.passed,
                    outcome.total()
                );
                for failure in &outcome.failures {
                    println!("  {failure}");
                }
            }
            total.merge(outcome);
        }
        println!("{} passed, {} failed", total.passed, total.failed);
        Ok(if total.is_success() {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        })
    }
}
