//! `wicker compile`: compile a module or component ahead of time into an artifact `wicker
//! run --allow-precompiled` runs without compiling.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use wicker::Engine;

use crate::options::EngineOptions;

/// Compiles a module or component (`.wasm` or `.wat`) into a `.cwasm` artifact, for an
/// engine with the same options: `wicker run` must be given the same `-W` flags to load it.
#[derive(clap::Args)]
pub struct CompileCommand {
    #[command(flatten)]
    options: EngineOptions,

    /// Where to write the artifact (by default FILE with the extension `.cwasm`).
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    output: Option<PathBuf>,

    /// The module or component to compile.
    #[arg(value_name = "FILE")]
    file: PathBuf,
}

impl CompileCommand {
    /// Compiles and writes the artifact.
    pub fn execute(self) -> Result<ExitCode> {
        let mut config = self.options.config()?;
        crate::progress::install(&mut config, self.file.display().to_string());
        let engine = Engine::new(&config)?;
        let bytes = std::fs::read(&self.file)
            .with_context(|| format!("failed to read `{}`", self.file.display()))?;
        let binary = wat::parse_bytes(&bytes)
            .with_context(|| format!("failed to parse `{}`", self.file.display()))?;
        let artifact = if wasmparser::Parser::is_component(&binary) {
            engine.precompile_component(&binary)
        } else {
            engine.precompile_module(&binary)
        };
        let artifact =
            artifact.with_context(|| format!("failed to compile `{}`", self.file.display()))?;
        let output = self
            .output
            .unwrap_or_else(|| self.file.with_extension("cwasm"));
        std::fs::write(&output, artifact)
            .with_context(|| format!("failed to write `{}`", output.display()))?;
        Ok(ExitCode::SUCCESS)
    }
}
