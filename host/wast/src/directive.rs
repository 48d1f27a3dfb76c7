//! One method per kind of directive: what each one does and when it passes.

use crate::context::{Inst, Value, is_component};
use anyhow::{Context as _, Result, anyhow, bail};
use wast::{QuoteWat, WastDirective, WastExecute, WastRet};

use crate::WastContext;
use crate::context::encode;
use crate::trap;
use crate::value;

impl WastContext {
    /// Runs one directive; an error means the directive failed.
    pub(crate) fn directive(&mut self, directive: WastDirective<'_>) -> Result<()> {
        match directive {
            WastDirective::Module(mut module) => self.module(&mut module),
            WastDirective::ModuleDefinition(mut module) => {
                let name = module.name().map(|id| id.name().to_string());
                let compiled = self.compile(&mut module)?;
                if let Some(name) = name {
                    self.definitions.insert(name, compiled.clone());
                }
                self.last_definition = Some(compiled);
                Ok(())
            }
            WastDirective::ModuleInstance {
                instance, module, ..
            } => {
                self.current = None;
                let compiled = match module {
                    Some(id) => self.definitions.get(id.name()).cloned(),
                    None => self.last_definition.clone(),
                };
                let compiled =
                    compiled.ok_or_else(|| anyhow!("no module definition to instantiate"))?;
                let instance_handle = self.instantiate(&compiled)?;
                if let Some(id) = instance {
                    self.instances
                        .insert(id.name().to_string(), instance_handle.clone());
                }
                self.current = Some(instance_handle);
                Ok(())
            }
            WastDirective::Register { name, module, .. } => {
                match self.instance(module)? {
                    Inst::Module(instance) => {
                        self.linker.instance(&mut self.store, name, instance)?;
                    }
                    Inst::Component(instance) => {
                        self.component_linker
                            .root()
                            .instance_exports(name, &instance)?;
                    }
                }
                Ok(())
            }
            WastDirective::Invoke(invoke) => self.invoke(&invoke).map(drop),
            WastDirective::AssertReturn { exec, results, .. } => {
                let actual = self.execute(exec)?;
                check_results(self, &results, &actual)
            }
            WastDirective::AssertTrap { exec, message, .. } => match self.execute(exec) {
                Ok(actual) => bail!(
                    "expected a trap with message `{message}`, got {} results",
                    actual.len()
                ),
                Err(err) => trap::expect_message(&err, message),
            },
            WastDirective::AssertExhaustion { call, message, .. } => match self.invoke(&call) {
                Ok(_) => bail!("expected stack exhaustion (`{message}`), but the call returned"),
                Err(err) => trap::expect_message(&err, message),
            },
            WastDirective::AssertInvalid {
                mut module,
                message,
                ..
            } => self.assert_rejected(&mut module, "invalid", message),
            WastDirective::AssertMalformed {
                mut module,
                message,
                ..
            } => self.assert_rejected(&mut module, "malformed", message),
            WastDirective::AssertUnlinkable {
                module, message, ..
            } => {
                let compiled = self
                    .compile(&mut QuoteWat::Wat(module))
                    .context("expected a valid module")?;
                match self.instantiate(&compiled) {
                    Ok(_) => bail!("expected linking to fail with `{message}`, but it succeeded"),
                    Err(_) => Ok(()),
                }
            }
            // A custom section is advisory: an engine may ignore a malformed or invalid one,
            // so these pass whether the module is rejected or not. Compiling it still checks
            // that the rest of the module does not upset the engine.
            WastDirective::AssertInvalidCustom { mut module, .. }
            | WastDirective::AssertMalformedCustom { mut module, .. } => {
                let component = is_component(&module);
                if let Ok(bytes) = encode(&mut module) {
                    if component {
                        let _ = wicker::component::Component::from_binary(&self.engine, &bytes);
                    } else {
                        let _ = wicker::Module::from_binary(&self.engine, &bytes);
                    }
                }
                Ok(())
            }
            WastDirective::AssertException { .. } => unsupported("assert_exception"),
            WastDirective::AssertSuspension { .. } => unsupported("assert_suspension"),
            // Run by `run_directives`, which keeps the threads.
            WastDirective::Thread(_) | WastDirective::Wait { .. } => {
                bail!("`thread` and `wait` are run with the directives around them")
            }
        }
    }

    /// `(module ...)`: compiles and instantiates a module, which becomes the current one.
    fn module(&mut self, module: &mut QuoteWat<'_>) -> Result<()> {
        self.current = None;
        let name = module.name().map(|id| id.name().to_string());
        if let Some(name) = &name {
            // A failed module must not leave an older instance reachable under its name.
            self.instances.remove(name);
        }
        let compiled = self.compile(module)?;
        let instance = self.instantiate(&compiled)?;
        if let Some(name) = name {
            self.instances.insert(name, instance.clone());
        }
        self.current = Some(instance);
        Ok(())
    }

    /// The action of an assertion: an invocation, a global read, or a module instantiation
    /// (which neither becomes current nor gets a name).
    fn execute(&mut self, exec: WastExecute<'_>) -> Result<Vec<Value>> {
        match exec {
            WastExecute::Invoke(invoke) => self.invoke(&invoke),
            WastExecute::Wat(wat) => {
                let compiled = self.compile(&mut QuoteWat::Wat(wat))?;
                self.instantiate(&compiled)?;
                Ok(Vec::new())
            }
            WastExecute::Get { module, global, .. } => {
                let instance = self.instance(module)?.module()?;
                let global = instance
                    .get_global(&mut self.store, global)
                    .ok_or_else(|| anyhow!("no global export named `{global}`"))?;
                Ok(vec![Value::Core(global.get(&mut self.store))])
            }
        }
    }

    /// `assert_invalid` and `assert_malformed`: the module must be rejected, either by the
    /// text parser (a quoted or textual module that does not parse) or by the engine.
    /// The expected message is informative only: engines word these errors freely.
    fn assert_rejected(
        &mut self,
        module: &mut QuoteWat<'_>,
        kind: &str,
        message: &str,
    ) -> Result<()> {
        let bytes = match encode(module) {
            Ok(bytes) => bytes,
            Err(err) if is_unsupported(&err) => return Err(err),
            Err(_) => return Ok(()),
        };
        let component = is_component(module);
        let compiled = if component {
            wicker::component::Component::from_binary(&self.engine, &bytes).map(drop)
        } else {
            wicker::Module::from_binary(&self.engine, &bytes).map(drop)
        };
        match compiled {
            Ok(_) => bail!("expected a {kind} module (`{message}`), but it compiled"),
            Err(_) => Ok(()),
        }
    }
}

fn check_results(cx: &WastContext, expected: &[WastRet<'_>], actual: &[Value]) -> Result<()> {
    if expected.len() != actual.len() {
        bail!("expected {} results, got {}", expected.len(), actual.len());
    }
    for (i, (expected, actual)) in expected.iter().zip(actual).enumerate() {
        let checked = match (expected, actual) {
            (WastRet::Core(_), Value::Core(actual)) => value::check(&cx.store, expected, actual),
            (WastRet::Component(e), Value::Component(a)) => crate::component::check(e, a),
            _ => Err(anyhow!("expected {expected:?}, got {actual:?}")),
        };
        checked.with_context(|| format!("result {i}"))?;
    }
    Ok(())
}

fn unsupported(name: &str) -> Result<()> {
    bail!("unsupported directive `{name}`")
}

fn is_unsupported(err: &anyhow::Error) -> bool {
    err.to_string().starts_with("unsupported")
}
