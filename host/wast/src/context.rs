//! [`WastContext`]: the state a script runs against, and the steps directives share
//! (compiling a module, finding an instance, invoking an export).

use std::collections::HashMap;
use std::panic::{self, AssertUnwindSafe};
use std::path::Path;
use std::sync::Arc;

use anyhow::{Context as _, Result, anyhow, bail};
use wast::lexer::Lexer;
use wast::parser::{self, ParseBuffer};
use wast::token::Id;
use wast::{QuoteWat, Wast, WastInvoke, Wat};
use wicker::component::{self, Component};
use wicker::{Config, Engine, Instance, Linker, Module, Store, Val};

use crate::Outcome;
use crate::spectest;

/// Runs `.wast` scripts against one engine, store and linker.
///
/// The linker starts with the `spectest` module and gains every `register`ed instance;
/// instances and module definitions named with `$id` stay available to later directives
/// of the same context. Use a fresh context per script so scripts cannot see each other.
pub struct WastContext {
    pub(crate) engine: Engine,
    pub(crate) store: Store<()>,
    pub(crate) linker: Linker<()>,
    /// The linker components are instantiated with (empty: reference scripts' components
    /// are self-contained).
    pub(crate) component_linker: component::Linker<()>,
    /// The instance that directives without a `$id` refer to: the last module or component
    /// that was instantiated, or none if that failed.
    pub(crate) current: Option<Inst>,
    /// Instances named by `(module $id ...)` or `(module instance $id ...)`, and their
    /// component equivalents.
    pub(crate) instances: HashMap<String, Inst>,
    /// Modules and components compiled by `(module definition $id ...)` or
    /// `(component definition $id ...)`.
    pub(crate) definitions: HashMap<String, Compiled>,
    /// The last definition, which an unnamed `module instance` refers to.
    pub(crate) last_definition: Option<Compiled>,
    /// How the script's modules are made from their bytes, if not by compiling them.
    pub(crate) module_loader: Option<ModuleLoader>,
    /// How the script's components are made from their bytes, if not by compiling them.
    pub(crate) component_loader: Option<ComponentLoader>,
}

/// Makes a module from its bytes for a script: compiles it, or (say) compiles, stores and
/// loads it again, to run a script through compiled artifacts.
pub type ModuleLoader = Arc<dyn Fn(&Engine, &[u8]) -> Result<Module> + Send + Sync>;

/// Makes a component from its bytes for a script, as [`ModuleLoader`] makes modules.
pub type ComponentLoader = Arc<dyn Fn(&Engine, &[u8]) -> Result<Component> + Send + Sync>;

/// A compiled module or component.
#[derive(Clone)]
pub(crate) enum Compiled {
    Module(Module),
    Component(Component),
}

/// An instance of a module or of a component.
#[derive(Clone)]
pub(crate) enum Inst {
    Module(Instance),
    Component(component::Instance),
}

impl Inst {
    /// The core instance, for directives only modules have.
    pub(crate) fn module(&self) -> Result<Instance> {
        match self {
            Inst::Module(i) => Ok(*i),
            Inst::Component(_) => bail!("expected a module instance, found a component instance"),
        }
    }
}

/// A result of an action: a core value or a component value.
#[derive(Debug)]
pub(crate) enum Value {
    Core(Val),
    Component(component::Val),
}

impl WastContext {
    /// Creates a context whose engine uses `config`, with the `spectest` module defined.
    pub fn new(config: &Config) -> Result<Self> {
        Self::with_engine(Engine::new(config)?)
    }

    /// Makes the script's modules (those it instantiates; not those it only checks for
    /// being invalid) with `loader` instead of compiling them.
    pub fn set_module_loader(&mut self, loader: ModuleLoader) {
        self.module_loader = Some(loader);
    }

    /// Makes the script's components (those it instantiates) with `loader` instead of
    /// compiling them.
    pub fn set_component_loader(&mut self, loader: ComponentLoader) {
        self.component_loader = Some(loader);
    }

    /// Creates a context on `engine` (a fresh store and linker), with `spectest` defined.
    pub(crate) fn with_engine(engine: Engine) -> Result<Self> {
        let mut store = Store::new(&engine, ());
        let mut linker = Linker::new(&engine);
        // Scripts register several instances under the same name on purpose.
        linker.allow_shadowing(true);
        spectest::define(&mut linker, &mut store).context("failed to define `spectest`")?;
        Ok(WastContext {
            component_linker: component::Linker::new(&engine),
            engine,
            store,
            linker,
            current: None,
            instances: HashMap::new(),
            definitions: HashMap::new(),
            last_definition: None,
            module_loader: None,
            component_loader: None,
        })
    }

    /// The store the script's instances live in, for example to give it fuel.
    pub fn store_mut(&mut self) -> &mut Store<()> {
        &mut self.store
    }

    /// Runs the script at `path`; fails only if the file cannot be read.
    pub fn run_file(&mut self, path: &Path) -> Result<Outcome> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("failed to read `{}`", path.display()))?;
        Ok(self.run_buffer(&path.display().to_string(), &text))
    }

    /// Runs the script `text`, naming it `filename` in failure messages.
    ///
    /// A script that does not parse is one failed directive.
    pub fn run_buffer(&mut self, filename: &str, text: &str) -> Outcome {
        let mut outcome = Outcome::default();
        let location = |offset: usize| {
            let (line, col) = wast::token::Span::from_offset(offset).linecol_in(text);
            format!("{filename}:{}:{}", line + 1, col + 1)
        };
        let mut lexer = Lexer::new(text);
        // `names.wast` uses bidirectional-override characters in names on purpose.
        lexer.allow_confusing_unicode(true);
        let buffer = match ParseBuffer::new_with_lexer(lexer) {
            Ok(buffer) => buffer,
            Err(err) => {
                outcome.record(&location(err.span().offset()), Err(parse_error(&err)));
                return outcome;
            }
        };
        let wast = match parser::parse::<Wast<'_>>(&buffer) {
            Ok(wast) => wast,
            Err(err) => {
                outcome.record(&location(err.span().offset()), Err(parse_error(&err)));
                return outcome;
            }
        };

        self.run_directives(wast.directives, &location)
    }

    /// Runs `directives` in order, each checked on its own; `location` names the place of
    /// a directive's offset in failure messages. A `thread` runs its directives on a thread
    /// of its own while the next ones go on; `wait` joins it, and threads never waited for
    /// are joined at the end, their failures counted either way.
    pub(crate) fn run_directives(
        &mut self,
        directives: Vec<wast::WastDirective<'_>>,
        location: &(dyn Fn(usize) -> String + Sync),
    ) -> Outcome {
        let mut outcome = Outcome::default();
        std::thread::scope(|scope| {
            let mut threads = crate::thread::Threads::default();
            for directive in directives {
                let here = location(directive.span().offset());
                let result = match directive {
                    wast::WastDirective::Thread(thread) => {
                        self.spawn_thread(scope, &mut threads, thread, location)
                    }
                    wast::WastDirective::Wait { thread, .. } => {
                        threads.wait(thread.name(), &mut outcome)
                    }
                    directive => {
                        // A panic in the runtime is a failure of this directive, not of the
                        // whole run.
                        panic::catch_unwind(AssertUnwindSafe(|| self.directive(directive)))
                            .unwrap_or_else(|payload| Err(panicked(payload)))
                    }
                };
                outcome.record(&here, result);
            }
            threads.wait_all(&mut outcome);
        });
        outcome
    }

    /// Encodes a module or component of the script and compiles it.
    pub(crate) fn compile(&self, module: &mut QuoteWat<'_>) -> Result<Compiled> {
        let is_component = is_component(module);
        let bytes = module.encode()?;
        Ok(if is_component {
            Compiled::Component(match &self.component_loader {
                Some(load) => load(&self.engine, &bytes)?,
                None => Component::from_binary(&self.engine, &bytes)?,
            })
        } else {
            Compiled::Module(match &self.module_loader {
                Some(load) => load(&self.engine, &bytes)?,
                None => Module::from_binary(&self.engine, &bytes)?,
            })
        })
    }

    /// Instantiates a module or component with the linkers' definitions.
    pub(crate) fn instantiate(&mut self, compiled: &Compiled) -> Result<Inst> {
        Ok(match compiled {
            Compiled::Module(m) => Inst::Module(self.linker.instantiate(&mut self.store, m)?),
            Compiled::Component(c) => {
                Inst::Component(self.component_linker.instantiate(&mut self.store, c)?)
            }
        })
    }

    /// The instance named `id`, or the current one.
    pub(crate) fn instance(&self, id: Option<Id<'_>>) -> Result<Inst> {
        match id {
            Some(id) => self
                .instances
                .get(id.name())
                .cloned()
                .ok_or_else(|| anyhow!("no instance named `${}`", id.name())),
            None => self
                .current
                .clone()
                .ok_or_else(|| anyhow!("no current module: the last module failed")),
        }
    }

    /// Calls an exported function and returns its results.
    pub(crate) fn invoke(&mut self, invoke: &WastInvoke<'_>) -> Result<Vec<Value>> {
        let instance = match self.instance(invoke.module)? {
            Inst::Module(i) => i,
            Inst::Component(i) => return self.invoke_component(&i, invoke),
        };
        let func = instance
            .get_func(&mut self.store, invoke.name)
            .ok_or_else(|| anyhow!("no function export named `{}`", invoke.name))?;
        let args = invoke
            .args
            .iter()
            .map(|arg| crate::value::arg(&mut self.store, arg))
            .collect::<Result<Vec<_>>>()?;
        let results = func.ty(&self.store).results().count();
        let mut results: Vec<Val> = std::iter::repeat_with(|| Val::I32(0))
            .take(results)
            .collect();
        func.call(&mut self.store, &args, &mut results)?;
        Ok(results.into_iter().map(Value::Core).collect())
    }

    /// Calls a component's exported function, then its post-return function.
    fn invoke_component(
        &mut self,
        instance: &component::Instance,
        invoke: &WastInvoke<'_>,
    ) -> Result<Vec<Value>> {
        let func = instance
            .get_func(&mut self.store, invoke.name)
            .ok_or_else(|| anyhow!("no function export named `{}`", invoke.name))?;
        let args = invoke
            .args
            .iter()
            .map(|arg| match arg {
                wast::WastArg::Component(v) => crate::component::arg(v),
                _ => bail!("a core value passed to a component function"),
            })
            .collect::<Result<Vec<_>>>()?;
        let n = func.result_count().unwrap_or(0);
        let mut results = vec![component::Val::Bool(false); n];
        func.call(&mut self.store, &args, &mut results)?;
        Ok(results.into_iter().map(Value::Component).collect())
    }
}

/// The error of a directive that panicked, with the panic's message.
pub(crate) fn panicked(payload: Box<dyn std::any::Any + Send>) -> anyhow::Error {
    let message = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    anyhow!("panicked: {message}")
}

fn parse_error(err: &wast::Error) -> anyhow::Error {
    anyhow!("failed to parse script: {}", err.message())
}

/// Whether a script module is a component.
pub(crate) fn is_component(module: &QuoteWat<'_>) -> bool {
    matches!(
        module,
        QuoteWat::QuoteComponent(..) | QuoteWat::Wat(Wat::Component(_))
    )
}

/// The binary form of a module or component of the script.
pub(crate) fn encode(module: &mut QuoteWat<'_>) -> Result<Vec<u8>> {
    Ok(module.encode()?)
}
