//! Engine options shared by the subcommands, and the `-W NAME[=VALUE]` syntax they use.

use anyhow::{Context as _, Result, bail};
use wicker::Config;

/// A `Config` method that turns one WebAssembly proposal on or off.
type ProposalSetter = fn(&mut Config, bool) -> &mut Config;

/// The proposals `-W` can switch, by the names `wasmtime` uses for them.
const PROPOSALS: &[(&str, ProposalSetter)] = &[
    ("bulk-memory", Config::wasm_bulk_memory),
    ("custom-page-sizes", Config::wasm_custom_page_sizes),
    ("exceptions", Config::wasm_exceptions),
    ("extended-const", Config::wasm_extended_const),
    ("function-references", Config::wasm_function_references),
    ("gc", Config::wasm_gc),
    ("memory64", Config::wasm_memory64),
    ("multi-memory", Config::wasm_multi_memory),
    ("multi-value", Config::wasm_multi_value),
    ("reference-types", Config::wasm_reference_types),
    ("relaxed-simd", Config::wasm_relaxed_simd),
    ("simd", Config::wasm_simd),
    ("tail-call", Config::wasm_tail_call),
    ("threads", Config::wasm_threads),
    ("wide-arithmetic", Config::wasm_wide_arithmetic),
];

/// `-W` options that take a number rather than a switch.
const NUMERIC: &[&str] = &["fuel", "max-wasm-stack"];

/// Options that configure the engine and the store.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct EngineOptions {
    /// WebAssembly options, `NAME[=VALUE]` separated by commas: a proposal name with
    /// `y` or `n` (for example `-W simd=y,tail-call=n`), `fuel=N` or `max-wasm-stack=N`.
    #[arg(short = 'W', long = "wasm", value_name = "NAME[=VALUE][,...]")]
    wasm: Vec<String>,

    /// Runs with N units of fuel; a guest that uses them up traps.
    #[arg(long, value_name = "N")]
    fuel: Option<u64>,

    /// The most stack, in bytes, that wasm code may use before it traps.
    #[arg(long, value_name = "BYTES")]
    max_wasm_stack: Option<usize>,

    /// Checks every linear-memory access explicitly instead of relying on guard pages.
    #[arg(long)]
    explicit_bounds_checks: bool,

    /// Compilation options, `NAME[=VALUE]` separated by commas: `cache=y|n` (the on-disk
    /// compile cache, on by default for `run`), `cache-dir=DIR` (where it is, by default
    /// the user's cache directory), `parallel-compilation=y|n`.
    #[arg(short = 'C', long = "codegen", value_name = "NAME[=VALUE][,...]")]
    codegen: Vec<String>,
}

/// The `-C` options.
#[derive(Debug, Default)]
struct CodegenOptions {
    cache: Option<bool>,
    cache_dir: Option<std::path::PathBuf>,
    parallel_compilation: Option<bool>,
}

impl EngineOptions {
    /// The engine configuration these options describe, with the compile cache on only if
    /// `-C cache=y` asks for it.
    pub fn config(&self) -> Result<Config> {
        self.config_with_cache_default(false)
    }

    /// The engine configuration these options describe, with the compile cache on unless
    /// `-C cache=n` turns it off (as `run` has it).
    pub fn config_with_cache(&self) -> Result<Config> {
        self.config_with_cache_default(true)
    }

    fn config_with_cache_default(&self, cache_by_default: bool) -> Result<Config> {
        let mut config = Config::new();
        let codegen = self.parse_codegen()?;
        if codegen.cache.unwrap_or(cache_by_default) {
            let cache = match codegen.cache_dir {
                Some(dir) => Some(wicker::CacheConfig::new(dir)),
                None => wicker::CacheConfig::user_default(),
            };
            config.cache(cache);
        }
        if let Some(parallel) = codegen.parallel_compilation {
            config.parallel_compilation(parallel);
        }
        config.explicit_bounds_checks(self.explicit_bounds_checks);
        let parsed = self.parse_wasm()?;
        for (setter, enable) in &parsed.proposals {
            setter(&mut config, *enable);
        }
        // Relaxed SIMD is an extension of SIMD: `-W simd=n` alone turns both off.
        if parsed.simd == Some(false) && parsed.relaxed_simd.is_none() {
            config.wasm_relaxed_simd(false);
        }
        if let Some(bytes) = self.max_wasm_stack.or(parsed.max_wasm_stack) {
            config.max_wasm_stack(bytes);
        }
        if self.fuel()?.is_some() {
            config.consume_fuel(true);
        }
        Ok(config)
    }

    /// The fuel to give each store, if fuel is metered.
    pub fn fuel(&self) -> Result<Option<u64>> {
        Ok(self.fuel.or(self.parse_wasm()?.fuel))
    }

    fn parse_codegen(&self) -> Result<CodegenOptions> {
        let mut options = CodegenOptions::default();
        let items = self.codegen.iter().flat_map(|arg| arg.split(','));
        for item in items.filter(|item| !item.is_empty()) {
            let (name, value) = match item.split_once('=') {
                Some((name, value)) => (name, Some(value)),
                None => (item, None),
            };
            let switch = || -> Result<bool> {
                match value {
                    None => Ok(true),
                    Some(value) => parse_switch(value)
                        .with_context(|| format!("invalid value for `-C {name}`")),
                }
            };
            match name {
                "cache" => options.cache = Some(switch()?),
                "parallel-compilation" => options.parallel_compilation = Some(switch()?),
                "cache-dir" => match value {
                    Some(dir) if !dir.is_empty() => options.cache_dir = Some(dir.into()),
                    _ => bail!("`-C cache-dir` needs a directory"),
                },
                _ => bail!(
                    "unknown `-C` option `{name}`, expected one of: cache, cache-dir, \
                     parallel-compilation"
                ),
            }
        }
        Ok(options)
    }

    fn parse_wasm(&self) -> Result<WasmOptions> {
        let mut options = WasmOptions::default();
        let items = self.wasm.iter().flat_map(|arg| arg.split(','));
        for item in items.filter(|item| !item.is_empty()) {
            let (name, value) = match item.split_once('=') {
                Some((name, value)) => (name, Some(value)),
                None => (item, None),
            };
            if let Some((_, setter)) = PROPOSALS.iter().find(|(known, _)| *known == name) {
                let enable = match value {
                    None => true,
                    Some(value) => parse_switch(value)
                        .with_context(|| format!("invalid value for `-W {name}`"))?,
                };
                options.proposals.push((*setter, enable));
                match name {
                    "simd" => options.simd = Some(enable),
                    "relaxed-simd" => options.relaxed_simd = Some(enable),
                    _ => {}
                }
                continue;
            }
            let number = || -> Result<u64> {
                let value = value.with_context(|| format!("`-W {name}` needs a value"))?;
                value
                    .parse()
                    .with_context(|| format!("invalid value for `-W {name}`: `{value}`"))
            };
            match name {
                "fuel" => options.fuel = Some(number()?),
                "max-wasm-stack" => options.max_wasm_stack = Some(usize::try_from(number()?)?),
                _ => {
                    let known: Vec<&str> = PROPOSALS
                        .iter()
                        .map(|(name, _)| *name)
                        .chain(NUMERIC.iter().copied())
                        .collect();
                    bail!(
                        "unknown `-W` option `{name}`, expected one of: {}",
                        known.join(", ")
                    )
                }
            }
        }
        Ok(options)
    }
}

/// The `-W` options, parsed.
#[derive(Debug, Default)]
struct WasmOptions {
    proposals: Vec<(ProposalSetter, bool)>,
    /// `-W simd` and `-W relaxed-simd`, when given.
    simd: Option<bool>,
    relaxed_simd: Option<bool>,
    fuel: Option<u64>,
    max_wasm_stack: Option<usize>,
}

fn parse_switch(value: &str) -> Result<bool> {
    match value {
        "y" | "yes" | "true" => Ok(true),
        "n" | "no" | "false" => Ok(false),
        _ => bail!("expected `y` or `n`, found `{value}`"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(wasm: &[&str]) -> EngineOptions {
        EngineOptions {
            wasm: wasm.iter().map(|s| s.to_string()).collect(),
            ..EngineOptions::default()
        }
    }

    #[test]
    fn proposals_and_numbers_parse() {
        let parsed = options(&["simd=n,tail-call", "fuel=10"])
            .parse_wasm()
            .unwrap();
        assert_eq!(parsed.proposals.len(), 2);
        assert!(!parsed.proposals[0].1);
        assert!(parsed.proposals[1].1);
        assert_eq!(parsed.fuel, Some(10));
    }

    #[test]
    fn codegen_options_parse() {
        let options = EngineOptions {
            codegen: vec![
                "cache=n,parallel-compilation=y".into(),
                "cache-dir=/tmp/c".into(),
            ],
            ..EngineOptions::default()
        };
        let parsed = options.parse_codegen().unwrap();
        assert_eq!(parsed.cache, Some(false));
        assert_eq!(parsed.parallel_compilation, Some(true));
        assert_eq!(
            parsed.cache_dir.as_deref(),
            Some(std::path::Path::new("/tmp/c"))
        );
        for bad in ["cache=maybe", "cache-dir", "nope"] {
            let options = EngineOptions {
                codegen: vec![bad.into()],
                ..EngineOptions::default()
            };
            assert!(options.parse_codegen().is_err(), "{bad}");
        }
    }

    #[test]
    fn unknown_names_and_values_are_errors() {
        let err = options(&["simdd"]).parse_wasm().unwrap_err();
        assert!(err.to_string().contains("unknown `-W` option `simdd`"));
        assert!(options(&["simd=maybe"]).parse_wasm().is_err());
        assert!(options(&["fuel"]).parse_wasm().is_err());
    }
}
