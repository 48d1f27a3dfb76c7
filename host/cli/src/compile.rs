//! `wicker compile`: compile a module ahead of time into an artifact `wicker run
//! --allow-precompiled` runs without compiling.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, Result, bail};
use wicker::Engine;

use crate::options::EngineOptions;

/// Compiles a module (`.wasm` or `.wat`) into a `.cwasm` artifact, for an engine with the
/// same options: `wicker run` must be given the same `-W`/`-O` flags to load it.
#[derive(clap::Args)]
pub struct CompileCommand {
    #[command(flatten)]
    options: EngineOptions,

    /// Where to write the artifact (by default FILE with the extension `.cwasm`).
    #[arg(short = 'o', long = "output", value_name = "OUT")]
    output: Option<PathBuf>,

    /// The module to compile.
    #[arg(value_name = "FILE")]
    file: PathBuf,
}

impl CompileCommand {
    /// Compiles and writes the artifact.
    pub fn execute(self) -> Result<ExitCode> {
        let engine = Engine::new(&self.options.config()?)?;
        let bytes = std::fs::read(&self.file)
            .with_context(|| format!("failed to read `{}`", self.file.display()))?;
        let binary = wat::parse_bytes(&bytes)
            .with_context(|| format!("failed to parse `{}`", self.file.display()))?;
        if wasmparser::Parser::is_component(&binary) {
            bail!(
                "`{}` is a component; only core modules can be compiled ahead of time yet",
                self.file.display()
            );
        }
        let artifact = engine
            .precompile_module(&binary)
            .with_context(|| format!("failed to compile `{}`", self.file.display()))?;
        let output = self
            .output
            .unwrap_or_else(|| self.file.with_extension("cwasm"));
        std::fs::write(&output, artifact)
            .with_context(|| format!("failed to write `{}`", output.display()))?;
        Ok(ExitCode::SUCCESS)
    }
}
