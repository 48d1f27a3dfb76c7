//! `wicker run`: instantiate a module or component and call its entry point or a named
//! export.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, Result, anyhow, bail};
use wicker::component::{self, Component};
use wicker::{Engine, Func, Instance, Linker, Module, Precompiled, Store, Val, ValType};
use wicker_wasi::{DirPerms, FilePerms, I32Exit, WasiCtx, WasiCtxBuilder};

use crate::options::EngineOptions;

/// Runs a WebAssembly module: calls `--invoke`'s function, else the export `_start`, else
/// the export named by the empty string, else nothing (instantiation alone runs the start
/// function).
///
/// A module that imports `wasi_snapshot_preview1` gets WASI with the process's standard
/// streams, the arguments `FILE`'s base name followed by ARGS, and the environment that
/// `--env` and `--inherit-env` give it (none otherwise), and the directories `--dir`
/// grants (none otherwise); its `proc_exit(n)` ends the process with status `n`.
#[derive(clap::Args)]
pub struct RunCommand {
    #[command(flatten)]
    options: EngineOptions,

    /// Calls this exported function with ARGS and prints its results, one per line.
    #[arg(long, value_name = "FUNCTION")]
    invoke: Option<String>,

    /// Passes an environment variable to a WASI guest: `NAME=VALUE` sets it, `NAME` alone
    /// passes this process's value of it (if it has one).
    #[arg(long = "env", value_name = "NAME[=VALUE]")]
    env: Vec<String>,

    /// Grants a WASI guest the host directory HOST, read-write, which it sees as GUEST
    /// (as HOST itself when `::GUEST` is left out); repeatable.
    #[arg(long = "dir", value_name = "HOST[::GUEST]")]
    dirs: Vec<String>,

    /// Passes every environment variable of this process to a WASI guest (`--env` can
    /// still override them).
    #[arg(long)]
    inherit_env: bool,

    /// Lets FILE be an artifact of `wicker compile`, whose machine code runs as it is:
    /// give it only for artifacts you trust.
    #[arg(long)]
    allow_precompiled: bool,

    /// The module: a `.wasm` binary, `.wat` text, or (with `--allow-precompiled`) a
    /// `.cwasm` artifact.
    #[arg(value_name = "FILE")]
    file: PathBuf,

    /// The guest's arguments after its name; with `--invoke`, the function's arguments,
    /// parsed by its parameter types.
    #[arg(
        value_name = "ARGS",
        trailing_var_arg = true,
        allow_hyphen_values = true
    )]
    args: Vec<String>,
}

impl RunCommand {
    /// Runs the module; traps and other failures are errors, and a WASI exit is the exit
    /// code.
    pub fn execute(self) -> Result<ExitCode> {
        let mut config = self.options.config_with_cache()?;
        crate::progress::install(&mut config, self.file.display().to_string());
        let engine = Engine::new(&config)?;
        let module = if let Some(kind) = detect_precompiled(&self.file)? {
            self.check_precompiled_allowed()?;
            match kind {
                Precompiled::Module => self.load_precompiled_module(&engine)?,
                Precompiled::Component => {
                    let component = self.load_precompiled_component(&engine)?;
                    return self.run_component(&engine, component);
                }
            }
        } else {
            let bytes = std::fs::read(&self.file)
                .with_context(|| format!("failed to read `{}`", self.file.display()))?;
            let binary = wat::parse_bytes(&bytes)
                .with_context(|| format!("failed to parse `{}`", self.file.display()))?;
            if wasmparser::Parser::is_component(&binary) {
                let component = Component::from_binary(&engine, &binary)
                    .with_context(|| format!("failed to compile `{}`", self.file.display()))?;
                return self.run_component(&engine, component);
            }
            Module::new(&engine, &binary)
                .with_context(|| format!("failed to compile `{}`", self.file.display()))?
        };
        let mut linker = Linker::new(&engine);
        let uses_wasi = module
            .imports()
            .any(|import| import.module() == wicker_wasi::preview1::MODULE);
        let wasi = if uses_wasi {
            wicker_wasi::preview1::add_to_linker(&mut linker, |cx| cx)?;
            self.wasi_ctx()?
        } else {
            // Other imports are not provided: the error names the first missing one.
            WasiCtx::builder().build()
        };
        let mut store = Store::new(&engine, wasi);
        if let Some(fuel) = self.options.fuel()? {
            store.set_fuel(fuel)?;
        }
        let instance = linker
            .instantiate(&mut store, &module)
            .with_context(|| format!("failed to instantiate `{}`", self.file.display()));
        let result = instance.and_then(|instance| self.run(&mut store, instance, uses_wasi));
        match result {
            Ok(()) => Ok(ExitCode::SUCCESS),
            Err(err) => match err.downcast_ref::<I32Exit>() {
                // WASI only accepts exit codes from 0 to 125.
                Some(&I32Exit(code)) => Ok(ExitCode::from(code as u8)),
                None => Err(err),
            },
        }
    }

    /// Refuses an artifact of `wicker compile` unless `--allow-precompiled` allows it.
    fn check_precompiled_allowed(&self) -> Result<()> {
        if !self.allow_precompiled {
            bail!(
                "`{}` is precompiled, and its machine code would run as it is; \
                 pass `--allow-precompiled` to run it",
                self.file.display()
            );
        }
        Ok(())
    }

    /// Loads a module artifact of `wicker compile`, which `--allow-precompiled` allowed.
    #[allow(
        unsafe_code,
        reason = "loading an artifact is unsafe: its code runs as it is"
    )]
    fn load_precompiled_module(&self, engine: &Engine) -> Result<Module> {
        // SAFETY: the user vouched for the artifact with `--allow-precompiled`; its format,
        // header and checksum are still checked. The file is mapped, and must not change
        // while it runs, as for any program file.
        unsafe { Module::deserialize_file(engine, &self.file) }
            .with_context(|| format!("failed to load `{}`", self.file.display()))
    }

    /// Loads a component artifact of `wicker compile`, which `--allow-precompiled` allowed.
    #[allow(
        unsafe_code,
        reason = "loading an artifact is unsafe: its code runs as it is"
    )]
    fn load_precompiled_component(&self, engine: &Engine) -> Result<Component> {
        // SAFETY: as for `load_precompiled_module`.
        unsafe { Component::deserialize_file(engine, &self.file) }
            .with_context(|| format!("failed to load `{}`", self.file.display()))
    }

    fn run(&self, store: &mut Store<WasiCtx>, instance: Instance, uses_wasi: bool) -> Result<()> {
        match &self.invoke {
            Some(name) => invoke(store, instance, name, &self.args),
            None => {
                if !self.args.is_empty() && !uses_wasi {
                    bail!(
                        "arguments were given without `--invoke` to a module that does not \
                         import WASI"
                    );
                }
                let entry = ["_start", ""]
                    .into_iter()
                    .find_map(|name| instance.get_func(&mut *store, name).map(|f| (name, f)));
                if let Some((name, func)) = entry {
                    call(store, func, &[])
                        .with_context(|| format!("failed to run `{}`", display_name(name)))?;
                }
                Ok(())
            }
        }
    }

    /// Runs a component: WASI 0.2 linked, then `wasi:cli/run` (or `--invoke`'s function).
    fn run_component(&self, engine: &Engine, component: Component) -> Result<ExitCode> {
        let mut linker = component::Linker::new(engine);
        wicker_wasi::preview2::add_to_linker(&mut linker, |cx| cx)?;
        let mut store = Store::new(engine, self.wasi_ctx()?);
        if let Some(fuel) = self.options.fuel()? {
            store.set_fuel(fuel)?;
        }
        let instance = linker
            .instantiate(&mut store, &component)
            .with_context(|| format!("failed to instantiate `{}`", self.file.display()))?;
        let result = match &self.invoke {
            Some(call) => invoke_component(&mut store, &instance, call),
            None => {
                let run = component
                    .exports()
                    .map(|(name, _)| name)
                    .find(|name| name.starts_with("wasi:cli/run@0.2"))
                    .and_then(|name| instance.get_instance(name))
                    .ok_or_else(|| {
                        anyhow!(
                            "`{}` exports no `wasi:cli/run` to run; name a function with `--invoke`",
                            self.file.display()
                        )
                    })?;
                let run = run
                    .get_typed_func::<(), (Result<(), ()>,)>(&mut store, "run")
                    .context("`wasi:cli/run` has an unexpected type")?;
                match run.call(&mut store, ()) {
                    Ok((Ok(()),)) => Ok(()),
                    Ok((Err(()),)) => Err(I32Exit(1).into()),
                    Err(e) => Err(e),
                }
            }
        };
        match result {
            Ok(()) => Ok(ExitCode::SUCCESS),
            Err(err) => match err.downcast_ref::<I32Exit>() {
                Some(&I32Exit(code)) => Ok(ExitCode::from(code as u8)),
                None => Err(err),
            },
        }
    }

    /// The WASI context of the guest: inherited stdio, arguments, and the environment the
    /// flags grant.
    fn wasi_ctx(&self) -> Result<WasiCtx> {
        let mut builder = WasiCtxBuilder::new();
        builder
            .inherit_stdio()
            .arg(program_name(&self.file)?)
            .args(&self.args);
        if self.inherit_env {
            builder.inherit_env();
        }
        for var in &self.env {
            match var.split_once('=') {
                Some((name, value)) => {
                    builder.env(name, value);
                }
                None => {
                    if let Some(value) = std::env::var_os(var) {
                        let value = value.into_string().map_err(|_| {
                            anyhow!(
                                "the value of environment variable `{var}` is not valid Unicode"
                            )
                        })?;
                        builder.env(var, value);
                    }
                }
            }
        }
        for dir in &self.dirs {
            let (host, guest) = dir.split_once("::").unwrap_or((dir, dir));
            builder.preopened_dir(host, guest, DirPerms::all(), FilePerms::all())?;
        }
        Ok(builder.build())
    }
}

/// Whether `file` is a compiled artifact, and of what, from its first bytes (an artifact is
/// mapped rather than read whole).
fn detect_precompiled(file: &Path) -> Result<Option<Precompiled>> {
    use std::io::Read;
    let mut start = Vec::with_capacity(4096);
    std::fs::File::open(file)
        .and_then(|f| f.take(4096).read_to_end(&mut start))
        .with_context(|| format!("failed to read `{}`", file.display()))?;
    Ok(Engine::detect_precompiled(&start))
}

/// The guest's first argument: the module's file name without its directories, as
/// Wasmtime gives it, so that the host's paths stay private.
fn program_name(file: &Path) -> Result<&str> {
    let name = file.file_name().unwrap_or(file.as_os_str());
    name.to_str()
        .ok_or_else(|| anyhow!("the file name `{}` is not valid Unicode", file.display()))
}

/// Calls the export `name` with `args` parsed by its parameter types and prints the results.
fn invoke(
    store: &mut Store<WasiCtx>,
    instance: Instance,
    name: &str,
    args: &[String],
) -> Result<()> {
    let func = instance
        .get_func(&mut *store, name)
        .ok_or_else(|| anyhow!("no exported function named `{name}`"))?;
    let params: Vec<ValType> = func.ty(&*store).params().collect();
    if params.len() != args.len() {
        bail!(
            "function `{name}` takes {} arguments, {} were given",
            params.len(),
            args.len()
        );
    }
    let args = params
        .iter()
        .zip(args)
        .map(|(ty, arg)| parse_arg(ty, arg))
        .collect::<Result<Vec<_>>>()?;
    let results = call(store, func, &args).with_context(|| format!("failed to invoke `{name}`"))?;
    for result in &results {
        println!("{}", display_val(result));
    }
    Ok(())
}

fn call(store: &mut Store<WasiCtx>, func: Func, args: &[Val]) -> Result<Vec<Val>> {
    let count = func.ty(&*store).results().count();
    let mut results: Vec<Val> = std::iter::repeat_with(|| Val::I32(0)).take(count).collect();
    func.call(&mut *store, args, &mut results)?;
    Ok(results)
}

/// Parses a command-line argument as a value of type `ty`. Integers may be given signed or
/// unsigned (`-1` and `4294967295` are the same `i32`).
fn parse_arg(ty: &ValType, arg: &str) -> Result<Val> {
    let invalid = || format!("invalid {} argument `{arg}`", type_name(ty));
    Ok(match ty {
        ValType::I32 => Val::I32(match arg.parse::<i32>() {
            Ok(x) => x,
            Err(_) => arg.parse::<u32>().with_context(invalid)? as i32,
        }),
        ValType::I64 => Val::I64(match arg.parse::<i64>() {
            Ok(x) => x,
            Err(_) => arg.parse::<u64>().with_context(invalid)? as i64,
        }),
        ValType::F32 => Val::F32(arg.parse::<f32>().with_context(invalid)?.to_bits()),
        ValType::F64 => Val::F64(arg.parse::<f64>().with_context(invalid)?.to_bits()),
        ValType::V128 => Val::V128(parse_v128(arg).with_context(invalid)?.into()),
        ValType::Ref(_) => bail!("reference arguments cannot be given on the command line"),
    })
}

/// A `v128` argument: its 128 bits as an unsigned integer, in decimal or in hexadecimal
/// after `0x` (lane 0 in the lowest bits).
fn parse_v128(arg: &str) -> Result<u128> {
    Ok(
        match arg.strip_prefix("0x").or_else(|| arg.strip_prefix("0X")) {
            Some(hex) => u128::from_str_radix(&hex.replace('_', ""), 16)?,
            None => arg.parse::<u128>()?,
        },
    )
}

fn type_name(ty: &ValType) -> &'static str {
    match ty {
        ValType::I32 => "i32",
        ValType::I64 => "i64",
        ValType::F32 => "f32",
        ValType::F64 => "f64",
        ValType::V128 => "v128",
        ValType::Ref(_) => "reference",
    }
}

fn display_val(val: &Val) -> String {
    match val {
        Val::I32(x) => x.to_string(),
        Val::I64(x) => x.to_string(),
        Val::F32(x) => f32::from_bits(*x).to_string(),
        Val::F64(x) => f64::from_bits(*x).to_string(),
        Val::V128(x) => x.as_u128().to_string(),
        Val::FuncRef(None) | Val::ExternRef(None) => "null".into(),
        Val::FuncRef(Some(_)) => "<funcref>".into(),
        Val::ExternRef(Some(_)) => "<externref>".into(),
    }
}

fn display_name(name: &str) -> &str {
    if name.is_empty() {
        "the default export"
    } else {
        name
    }
}

/// Calls a component's exported function given as `name(arg, ...)`, with arguments and
/// results in the WAVE text format, and prints the result.
fn invoke_component(
    store: &mut Store<WasiCtx>,
    instance: &component::Instance,
    call: &str,
) -> Result<()> {
    let (name, args) = crate::wave::parse_call(call)?;
    let func = instance
        .get_func(&mut *store, &name)
        .ok_or_else(|| anyhow!("the component exports no function `{name}`"))?;
    let types = func.params();
    if types.len() != args.len() {
        bail!(
            "`{name}` takes {} arguments, {} given",
            types.len(),
            args.len()
        );
    }
    let params = args
        .iter()
        .zip(&types)
        .map(|(text, (pname, ty))| {
            crate::wave::parse_value(text, ty)
                .with_context(|| format!("argument `{pname}` of `{name}`"))
        })
        .collect::<Result<Vec<_>>>()?;
    let mut results = vec![component::Val::Bool(false); func.result_count().unwrap_or(0)];
    func.call(&mut *store, &params, &mut results)?;
    for r in &results {
        println!("{}", crate::wave::print_value(r));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arguments_parse_by_type() {
        assert!(matches!(
            parse_arg(&ValType::I32, "-1").unwrap(),
            Val::I32(-1)
        ));
        assert!(matches!(
            parse_arg(&ValType::I32, "4294967295").unwrap(),
            Val::I32(-1)
        ));
        assert!(
            matches!(parse_arg(&ValType::F64, "1.5").unwrap(), Val::F64(b) if b == 1.5f64.to_bits())
        );
        assert!(parse_arg(&ValType::I32, "1.5").is_err());
        assert!(matches!(
            parse_arg(&ValType::V128, "0x0000_0001_0000_0002").unwrap(),
            Val::V128(v) if v.as_u128() == 0x1_0000_0002
        ));
        assert!(matches!(
            parse_arg(&ValType::V128, "340282366920938463463374607431768211455").unwrap(),
            Val::V128(v) if v.as_u128() == u128::MAX
        ));
        assert!(parse_arg(&ValType::V128, "0xg").is_err());
        assert!(parse_arg(&ValType::V128, "-1").is_err());
    }
}
