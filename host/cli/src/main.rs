//! The `wicker` command: run WebAssembly modules and spec scripts.
//!
//! `wicker run` instantiates a core module or component (`.wasm` or `.wat`) and calls
//! `_start`, `wasi:cli/run` or the function named by `--invoke`; `wicker compile` compiles
//! one ahead of time into a `.cwasm` artifact that `wicker run --allow-precompiled` loads
//! (its code mapped from the file); `wicker wast` runs
//! `.wast` spec scripts. All take the same engine options, named as `wasmtime` names them
//! (`-W simd=n`, `--fuel N`, ...).

// The only unsafe calls load a precompiled artifact the user vouched for with
// `--allow-precompiled`.
#![deny(unsafe_code)]

mod compile;
mod options;
mod progress;
mod run;
mod wast;
mod wave;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Runs WebAssembly modules and spec-test scripts.
#[derive(Parser)]
#[command(name = "wicker", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Runs a WebAssembly module.
    Run(run::RunCommand),
    /// Compiles a module ahead of time into a `.cwasm` artifact.
    Compile(compile::CompileCommand),
    /// Runs `.wast` spec-test scripts.
    Wast(wast::WastCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Run(command) => command.execute(),
        Command::Compile(command) => command.execute(),
        Command::Wast(command) => command.execute(),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("Error: {err:?}");
            // Like `wasmtime`, a trap ends the process as an abort would on Unix (128 +
            // SIGABRT), so scripts can tell a trapping guest from a usage error.
            if err.downcast_ref::<wicker::Trap>().is_some() {
                ExitCode::from(134)
            } else {
                ExitCode::FAILURE
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::{CommandFactory, Parser};

    #[test]
    fn command_line_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }

    #[test]
    fn invoke_arguments_may_be_negative() {
        let cli = super::Cli::try_parse_from(["wicker", "run", "--invoke", "f", "m.wat", "-1"]);
        assert!(cli.is_ok(), "{:?}", cli.err());
    }
}
